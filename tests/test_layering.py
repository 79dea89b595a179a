"""The core layers stay free of Qt and SQL, python-docx stays out of the text path, and Word
XML is written in one place (export/oxml/)."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import ordreview
import ordreview.core


def _core_modules() -> list[str]:
    names = ["ordreview.core"]
    for info in pkgutil.walk_packages(ordreview.core.__path__, "ordreview.core."):
        names.append(info.name)
    return names


def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in ('PySide6', 'shiboken6', 'sqlalchemy') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core pulled in {out.stdout.strip()}"
    assert len(modules) > 5


# Word XML is built and edited in export/oxml/ alone; the readers (core/read/) parse it with
# lxml. Anywhere else, these are the marks of hand-written WordprocessingML.
_XML_MARKS = {
    "python-docx's element factory": re.compile(r"\bOxmlElement\b|\bparse_xml\b|\bnsdecls\b|\bregister_element_cls\b"),
    "a qualified tag name": re.compile(r"\bqn\("),
    "python-docx's oxml package": re.compile(r"\bdocx\.oxml\b"),
    "an element behind a proxy": re.compile(r"\._(p|r|tbl|tr|tc|element)\b"),
    "lxml": re.compile(r"^\s*(from|import) lxml\b", re.M),
    "an XML string literal": re.compile(r"""['"]<w:"""),
}
_XML_HOMES = ("ordreview/export/oxml/", "ordreview/core/read/")


def test_word_xml_is_written_only_in_export_oxml() -> None:
    root = Path(ordreview.__file__).resolve().parent.parent
    offenders = []
    for path in sorted((root / "ordreview").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(_XML_HOMES):
            continue
        text = path.read_text(encoding="utf-8")
        for what, pattern in _XML_MARKS.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{rel}:{line}: {what}")
    assert offenders == [], "Word XML outside export/oxml/:\n" + "\n".join(offenders)


def test_the_xml_rule_sees_what_it_forbids() -> None:
    samples = {
        'p = OxmlElement("w:p")': "python-docx's element factory",
        'el.get(qn("w:id"))': "a qualified tag name",
        "rpr = run._r.get_or_add_rPr()": "an element behind a proxy",
        "from lxml import etree": "lxml",
        "xml = '<w:r><w:t>x</w:t></w:r>'": "an XML string literal",
    }
    for code, what in samples.items():
        assert _XML_MARKS[what].search(code), code
    assert not any(p.search("paragraph.add_run(text)") for p in _XML_MARKS.values())


_HOMES = {
    "PySide6": ("ordreview/gui/",),
    "shiboken6": ("ordreview/gui/",),
    "sqlalchemy": ("ordreview/store/",),
    "alembic": ("ordreview/store/",),
    "docx": ("ordreview/export/",),
}


def test_each_library_is_imported_in_its_own_layer_only() -> None:
    root = Path(ordreview.__file__).resolve().parent.parent
    pattern = re.compile(rf"^\s*(?:from|import)\s+({'|'.join(_HOMES)})\b", re.M)
    offenders = []
    for path in sorted((root / "ordreview").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            if not rel.startswith(_HOMES[match.group(1)]):
                offenders.append(f"{rel}: {match.group(1)}")
    assert offenders == []
