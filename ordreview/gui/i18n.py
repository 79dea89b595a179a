"""Qt translations: Japanese source strings, English from ``resources/translations/*.ts``.

The ``.ts`` files are the sources kept in git; the compiled ``.qm`` files are build
products. :func:`compiled_qm` runs ``lrelease`` (shipped with PySide6-Essentials as
``pyside6-lrelease``) when the ``.qm`` is missing or older than its ``.ts``, writing into
the user data folder when the resources folder is read-only (installed or frozen).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ordreview.paths import is_frozen, resource, user_data_dir

log = logging.getLogger("ordreview.gui")


def resolve_language(setting: str) -> str:
    """``"ja"`` or ``"en"`` for a setting of ``"ja"``, ``"en"`` or ``"system"``."""
    if setting in ("ja", "en"):
        return setting
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def _lrelease() -> list[str] | None:
    exe_dir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        cand = exe_dir / name
        if cand.exists():
            return [str(cand)]
        found = shutil.which(name)
        if found:
            return [found]
    import PySide6  # the wheel keeps the real binary next to the Qt libraries

    for name in ("lrelease", "lrelease.exe"):
        cand = Path(PySide6.__file__).parent / name
        if cand.exists():
            return [str(cand)]
    return None


def compiled_qm(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``, compiled if missing or stale; ``None`` if unavailable.

    A ``.qm`` shipped next to the ``.ts`` (a packaged build compiles it there) is used when
    it is at least as new as the ``.ts``; otherwise the ``.ts`` is compiled into the user
    data folder, so the source tree and read-only installs are never written to.
    """
    ts = resource("translations", f"ordreview_{lang}.ts")
    if not ts.exists():
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (is_frozen() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped  # a bundle's file times are not reliable; its .qm was built with it
    qm = user_data_dir() / "translations" / f"ordreview_{lang}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found to compile %s", ts)
        return shipped if shipped.exists() else None  # a stale translation beats none
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as err:
        log.warning("could not compile %s: %s", ts, err)
        return shipped if shipped.exists() else None
    return qm if qm.exists() else None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install ordreview's and Qt's own translators for ``lang``; returns them (keep them alive).

    Japanese needs no ordreview translator (the source strings are Japanese) but gets Qt's
    Japanese catalogue so standard dialog buttons read キャンセル etc.
    """
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    if lang != "ja":
        qm = compiled_qm(lang)
        tr = QTranslator(app)
        if qm is not None and tr.load(str(qm)):
            app.installTranslator(tr)
            installed.append(tr)
    return installed
