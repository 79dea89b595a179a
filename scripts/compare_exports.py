"""Check that a change to the exporters leaves the Word files they write unchanged.

    python scripts/compare_exports.py write OUTDIR [CODE]  # every kind of export
    python scripts/compare_exports.py diff OLD NEW         # compare two such folders

``write`` runs the command line on the fixtures: ten drafts (.docx, .txt, .html) exported with
``--suggest-changes``, a 改め文 bill and a 新旧対照表 bill with ``--current``, and the 対照表 of
two versions (both column orders). ``diff`` compares every part of every .docx of the two
folders byte for byte, ignoring what changes from run to run (``w:rsid*``, ``w:date``, the
package's created and modified times), and prints where the first difference of each part is.
``write`` runs the ``ordreview`` package found in CODE (default: this checkout) on this
checkout's fixtures, so the code before a change can be a ``git archive`` of the old commit:
``write`` once with it and once without, then ``diff``; exit status 1 when anything differs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = (
    "model-complete.docx", "tracked-changes.docx", "auto-numbering.docx", "model-complete.txt",
    "reikishu.html", "defects.txt", "old-style.txt", "partial-no-c.txt", "post-2023.txt",
    "variant-wrapped.txt",
)  # fmt: skip
RUNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((name.replace(".", "_"), ("export", f"fixtures/{name}", "--suggest-changes", "--municipality", "架空市"))
      for name in DRAFTS),
    ("bill_aratamebun", ("export", "fixtures/amend/bill-yamabuki-2017.txt",
                         "--current", "fixtures/amend/current-yamabuki.txt")),
    ("bill_taishohyo", ("export", "fixtures/amend/yuzuriha-taishohyo-seeded.docx",
                        "--current", "fixtures/amend/yuzuriha-current.txt")),
    ("compare", ("compare", "fixtures/amend/yuzuriha-current.txt", "fixtures/amend/yuzuriha-amended.txt")),
    ("compare_old_left", ("compare", "fixtures/amend/yuzuriha-current.txt",
                          "fixtures/amend/yuzuriha-amended.txt", "--old-left")),
)
_VOLATILE = (
    re.compile(rb' w:rsid\w*="[^"]*"'),
    re.compile(rb' w:date="[^"]*"'),
)
_CORE_TIME = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def write(out: Path, code: Path = ROOT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ORDREVIEW_HOME=home, ORDREVIEW_REVIEWER="法制 太郎", QT_QPA_PLATFORM="offscreen")
        env.pop("ORDREVIEW_DB_URL", None)  # never the officer's database
        for name, args in RUNS:
            paths = [str(ROOT / a) if a.startswith("fixtures/") else a for a in args]
            cmd = [sys.executable, "-m", "ordreview", *paths, "-o", str(out / name)]
            if args[0] == "export":
                cmd += ["--initials", "HT"]
            done = subprocess.run(cmd, cwd=code, env=env, capture_output=True)
            if done.returncode != 0:
                failed += 1
                print(f"{name}: exit {done.returncode}\n{done.stderr.decode(errors='replace')}", file=sys.stderr)
    print(f"{len(list(out.rglob('*.docx')))} Word files in {out}")
    return 1 if failed else 0


def _stable(data: bytes) -> bytes:
    for pattern in _VOLATILE:
        data = pattern.sub(b"", data)
    return _CORE_TIME.sub(rb"\1\3", data)


def diff(old: Path, new: Path) -> int:
    names_old = sorted(p.relative_to(old) for p in old.rglob("*.docx"))
    names_new = sorted(p.relative_to(new) for p in new.rglob("*.docx"))
    differences = 0
    if names_old != names_new:
        print("different files:", sorted(set(names_old) ^ set(names_new)))
        differences += 1
    parts = 0
    for rel in sorted(set(names_old) & set(names_new)):
        with zipfile.ZipFile(old / rel) as a, zipfile.ZipFile(new / rel) as b:
            if a.namelist() != b.namelist():
                print(f"{rel}: different parts")
                differences += 1
            for part in sorted(set(a.namelist()) & set(b.namelist())):
                parts += 1
                x, y = _stable(a.read(part)), _stable(b.read(part))
                if x != y:
                    differences += 1
                    at = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
                    print(f"{rel}:{part} differs at byte {at}\n  old: {x[max(0, at - 120):at + 120]!r}\n"
                          f"  new: {y[max(0, at - 120):at + 120]!r}")
    print(f"{len(names_old)} files, {parts} parts compared, {differences} differences")
    return 1 if differences else 0


def main(argv: list[str]) -> int:
    if len(argv) in (2, 3) and argv[0] == "write":
        return write(Path(argv[1]).resolve(), Path(argv[2]).resolve() if len(argv) == 3 else ROOT)
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
