"""Translations: the .ts is complete, compiles, and turns the real window English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ordreview.core.model import ANNOTATION_STATUSES, STATUS_LABELS
from ordreview.gui import labels
from ordreview.gui.i18n import compiled_qm, install_translators, resolve_language
from ordreview.paths import resource, user_data_dir

TS = resource("translations", "ordreview_en.ts")


def test_every_source_string_has_a_finished_translation() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) >= 100
    unfinished = [m.findtext("source") for m in messages
                  if not (m.findtext("translation") or "").strip() or m.find("translation").get("type")]
    assert unfinished == []


def test_qm_is_compiled_into_the_user_folder() -> None:
    qm = compiled_qm("en")
    assert qm == user_data_dir() / "translations" / "ordreview_en.qm"
    assert qm.stat().st_size > 1000
    assert compiled_qm("xx") is None


@pytest.mark.parametrize(("setting", "expected"), [("ja", "ja"), ("en", "en")])
def test_resolve_language(setting: str, expected: str) -> None:
    assert resolve_language(setting) == expected


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield translators
    for tr in translators:
        QApplication.instance().removeTranslator(tr)


@pytest.mark.parametrize("code", ANNOTATION_STATUSES)
def test_status_labels_match_the_core_in_japanese(qapp, code: str) -> None:
    assert labels.status_label(code) == STATUS_LABELS[code][0]


@pytest.mark.parametrize("code", ANNOTATION_STATUSES)
def test_status_labels_match_the_core_in_english(english, code: str) -> None:
    assert labels.status_label(code) == STATUS_LABELS[code][1]


def test_menus_are_japanese_by_default(make_window) -> None:
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["ファイル(&F)", "編集(&E)", "表示(&V)", "レビュー(&R)", "ヘルプ(&H)"]


def test_english_window(english, make_window) -> None:
    window = make_window(lang="en")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Review", "&Help"]
    assert window.next_action.text() == "&Next open finding"
    assert window.findings_model.headerData(0, Qt.Orientation.Horizontal) == "Severity"


@pytest.fixture
def stale_resources(tmp_path, monkeypatch):
    """A resources folder whose shipped .qm is older than its .ts."""
    import os
    import shutil

    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    qm = folder / "ordreview_en.qm"
    qm.write_bytes(b"old")
    os.utime(qm, (1_000_000, 1_000_000))
    shutil.copy(TS, folder / "ordreview_en.ts")
    monkeypatch.setenv("ORDREVIEW_RESOURCES", str(tmp_path / "resources"))
    return qm


def test_stale_qm_is_recompiled_into_the_user_folder(stale_resources) -> None:
    assert compiled_qm("en") == user_data_dir() / "translations" / "ordreview_en.qm"


def test_stale_qm_is_used_when_lrelease_is_missing(stale_resources, monkeypatch) -> None:
    import ordreview.gui.i18n as i18n

    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    assert compiled_qm("en") == stale_resources


def test_frozen_build_trusts_its_qm(stale_resources, monkeypatch) -> None:
    import ordreview.gui.i18n as i18n

    monkeypatch.setattr(i18n, "is_frozen", lambda: True)
    assert compiled_qm("en") == stale_resources
