"""Copy the licence files of every bundled distribution into one folder (for the bundle).

Usage: python packaging/collect_licenses.py OUTDIR
Writes OUTDIR/<distribution>/<licence file> for each runtime dependency, read from the
installed distributions' metadata (dist-info), plus OUTDIR/SUMMARY.txt.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

RUNTIME = [
    "PySide6-Essentials", "shiboken6", "python-docx", "lxml", "SQLAlchemy", "alembic", "Mako",
    "MarkupSafe", "diff-match-patch", "platformdirs", "charset-normalizer", "typing_extensions",
    "pypdfium2",
]


def collect(out: Path) -> list[str]:
    """Copy licence files; returns summary lines ``name version licence files``."""
    lines = []
    for name in RUNTIME:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            lines.append(f"{name}: not installed")
            continue
        meta = dist.metadata
        licence = meta.get("License-Expression") or meta.get("License") or "?"
        copied = []
        for file in dist.files or []:
            base = file.name.upper()
            if any(key in base for key in ("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                target = out / dist.metadata["Name"] / file.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(Path(file.locate()).read_bytes())
                copied.append(file.name)
        lines.append(f"{meta['Name']} {dist.version}: {licence.splitlines()[0]} [{', '.join(copied) or 'see THIRD-PARTY.txt'}]")
    (out / "SUMMARY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    print("\n".join(collect(target)))
