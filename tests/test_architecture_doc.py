"""docs/architecture.md stays true of the tree: its Modules section names every module under
ordreview/, and every path it names exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ordreview

ROOT = Path(ordreview.__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "ordreview"


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"docs/architecture.md has no section '## {heading}'"
    return match.group(1)


def _bullets(section: str) -> dict[str, set[str]]:
    """Each bullet of the Modules section, keyed by the package it opens with (`core/read/`),
    with every name it gives in backquotes."""
    bullets: dict[str, set[str]] = {}
    for bullet in re.split(r"^- ", section, flags=re.M)[1:]:
        head = re.match(r"`([^`]*/)`:", bullet)
        if head:
            bullets[head.group(1)] = set(re.findall(r"`([^`]+)`", bullet))
    return bullets


def _only_docstring(path: Path) -> bool:
    """A package's __init__ that holds its docstring and nothing else (no code to name)."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body)


def _modules() -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[:2] == ("store", "migrations"):
            continue  # Alembic's environment and revisions: named as `migrations/versions/`
        if path.name == "__init__.py" and _only_docstring(path):
            continue
        out.append(rel)
    return out


def _bullet_for(rel: Path, bullets: dict[str, set[str]]) -> str:
    """The longest package of the Modules section that holds the module."""
    posix = "ordreview/" + rel.as_posix()
    best, best_len = "", 0
    for package in bullets:
        full = package if package.startswith("ordreview/") else "ordreview/" + package
        if posix.startswith(full) and len(full) > best_len:
            best, best_len = package, len(full)
    return best


def test_every_module_is_named_in_the_modules_section() -> None:
    bullets = _bullets(_section(DOC.read_text(encoding="utf-8"), "Modules"))
    assert "core/read/" in bullets and "gui/" in bullets
    missing = []
    for rel in _modules():
        package = _bullet_for(rel, bullets)
        name = rel.stem
        names = bullets.get(package, set())
        if name == "__init__" and (rel.parent.name + "/") in names:
            continue  # a subpackage named as a whole (`operations/`) with its modules
        if name not in names:
            missing.append(rel.as_posix())
    assert not missing, "modules not named in docs/architecture.md's Modules section: " + ", ".join(missing)


_PATH = re.compile(r"`((?:ordreview|core|cli|export|store|gui|tests|bench|docs|resources)/[^`\s]*)`")


_SUFFIXES = (".py", ".json", ".md", ".ts", ".txt", ".qm", ".ini", ".toml")


def _exists(named: str) -> bool:
    candidates = [named]
    last = named.rstrip("/").rsplit("/", 1)[-1]
    if "." not in last:
        candidates.append(named + ".py")  # `gui/services`: a module without its suffix
    elif not last.endswith(_SUFFIXES):
        candidates.append(named.rsplit(".", 1)[0] + ".py")  # `store/locking.set_annotation`
    for base in (ROOT, PACKAGE):
        for candidate in candidates:
            if any(ch in candidate for ch in "*?["):
                if list(base.glob(candidate.rstrip("/"))):
                    return True
            elif (base / candidate).exists():
                return True
    return False


def test_every_path_named_in_the_document_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    named = sorted(set(_PATH.findall(text)))
    assert len(named) > 20
    absent = [path for path in named if not _exists(path)]
    assert not absent, "docs/architecture.md names paths that do not exist: " + ", ".join(absent)
