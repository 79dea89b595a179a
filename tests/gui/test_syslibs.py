"""A Linux desktop without Qt's system libraries: the window names what is missing."""

from __future__ import annotations

import sys

import pytest

from ordreview.gui import syslibs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the library check is for Linux")
def test_x11_desktop_needs_the_xcb_libraries_offscreen_does_not() -> None:
    desktop = syslibs.needed_libraries({"DISPLAY": ":0"})
    offscreen = syslibs.needed_libraries({"QT_QPA_PLATFORM": "offscreen"})
    assert "libxcb-cursor.so.0" in desktop and "libEGL.so.1" in desktop
    assert "libxcb-cursor.so.0" not in offscreen and "libEGL.so.1" in offscreen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the library check is for Linux")
def test_missing_library_is_named_with_its_package() -> None:
    missing = syslibs.missing_libraries({"DISPLAY": ":0"}, loadable=lambda so: so != "libxcb-cursor.so.0")
    assert missing == {"libxcb-cursor.so.0": "libxcb-cursor0"}
    err = syslibs.missing_error(missing)
    assert "libxcb-cursor.so.0" in err.message_ja and "libxcb-cursor0" in err.message_ja
    assert "libxcb-cursor0" in err.message_en and "内部エラー" not in err.message_ja


def test_import_error_of_qt_becomes_the_named_message() -> None:
    err = syslibs.error_for_import(ImportError("libEGL.so.1: cannot open shared object file: No such file or directory"))
    assert err is not None and "libegl1" in err.message_ja and "libEGL.so.1" in err.message_en
    assert syslibs.error_for_import(ImportError("No module named 'foo'")) is None


def test_open_command_reports_the_missing_library(monkeypatch, capsys) -> None:
    from ordreview.cli import main

    monkeypatch.setattr(syslibs, "missing_libraries", lambda environ=None, **_k: {"libEGL.so.1": "libegl1"})
    code = main(["open"])
    err = capsys.readouterr().err
    assert code == 2
    assert "libEGL.so.1" in err and "libegl1" in err and "内部エラー" not in err
