"""The system libraries the window needs on a Linux desktop, checked before Qt starts.

Without them Qt either fails to import (``ImportError: libEGL.so.1: cannot open shared
object file``) or aborts the whole process when its platform plugin cannot load ("Could not
load the Qt platform plugin "xcb""), which the officer sees as a crash. Checking first lets
``ordreview open`` name the missing library and the package that provides it. The Debian /
Ubuntu package names are listed in README.md (“Linux desktop”).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

from ordreview.core.errors import OrdreviewError
from ordreview.core.messages import define

MISSING = define(
    "gui.missing_system_library",
    ja="画面を開くために必要なシステムライブラリがありません: {libraries}。"
       "システム管理者に次のパッケージのインストールを依頼してください: {packages}"
       "（コマンドライン機能はこのままで使えます）。",
    en="System libraries needed to open the window are missing: {libraries}. "
       "Ask your administrator to install these packages: {packages} "
       "(the command-line functions work without them).",
)

CORE_LIBRARIES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""Needed by QtGui/QtWidgets on every Linux (also offscreen) — soname: Debian package."""

XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
"""Needed in addition by the X11 (xcb) platform plugin, the usual one on a Linux desktop."""

_SONAME = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def needed_libraries(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The libraries this start of the window needs (soname: package) on this platform."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return {}
    needed = dict(CORE_LIBRARIES)
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.startswith("xcb") or (not platform and env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        needed.update(XCB_LIBRARIES)
    return needed


def missing_libraries(environ: dict[str, str] | None = None, *, loadable=_loadable) -> dict[str, str]:
    """Needed libraries that cannot be loaded (soname: package); empty when all are there."""
    return {so: pkg for so, pkg in needed_libraries(environ).items() if not loadable(so)}


def missing_error(missing: dict[str, str]) -> OrdreviewError:
    """The bilingual error naming ``missing`` libraries and their packages."""
    return OrdreviewError(MISSING, libraries=", ".join(missing),
                          packages=" ".join(dict.fromkeys(missing.values())))


def error_for_import(err: ImportError) -> OrdreviewError | None:
    """The bilingual error for Qt failing to import because a shared library is missing, else ``None``."""
    match = _SONAME.search(str(err))
    if match is None:
        return None
    soname = match.group(1)
    package = {**CORE_LIBRARIES, **XCB_LIBRARIES}.get(soname, soname.split(".so")[0])
    return missing_error({soname: package})


def check() -> None:
    """Raise the bilingual error when a library the window needs is missing."""
    missing = missing_libraries()
    if missing:
        raise missing_error(missing)
