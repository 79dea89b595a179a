"""The core layers stay free of Qt and SQL, and python-docx stays out of the text path."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

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
