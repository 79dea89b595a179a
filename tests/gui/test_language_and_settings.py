"""Switching the UI language without a restart, English place labels, and the settings browse buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ordreview.core.model import Finding, FindingId, Location, RuleId
from ordreview.core.parse import parse_text
from ordreview.gui import labels
from ordreview.gui.models.findings import COL_PLACE
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.settings import SettingsDialog
from ordreview.paths import default_db_path, user_profiles_dir
from tests.conftest import FIXTURES


@pytest.fixture
def restore_japanese():
    """Remove any translator a test installed, so later tests start in Japanese."""
    yield
    app = QApplication.instance()
    for window in QApplication.topLevelWidgets():
        for tr in getattr(window, "translators", []):
            app.removeTranslator(tr)


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_language_switches_both_ways_without_restart(make_window, restore_japanese) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[0]
    window.select_finding(target.id)
    window.set_language("en")
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Review", "&Help"]
    assert window.next_action.text() == "&Next open finding"
    assert window.export_review_action.text() == "&Write review file..."
    assert window.profile_menu.title() == "Pro&file"
    assert [window.left.tabText(i) for i in range(2)] == ["Outline", "Coverage"]
    assert window.findings_model.headerData(0, Qt.Orientation.Horizontal) == "Severity"
    assert window.outline_model.headerData(0, Qt.Orientation.Horizontal) == "Structure"
    assert window.findings.state.itemText(3) == "Obsolete (earlier revision)"
    assert window.findings.text.placeholderText() == "Filter findings (Ctrl+F)"
    assert window.findings_model.index(0, 4).data() == target.message_en
    assert target.message_en.replace("\u3000", " ") in window.detail.toPlainText()
    assert "History" in window.detail.toPlainText()
    assert [b.text() for b in window.editor.status_buttons()] == [
        "No&t reviewed", "&Needs fixing", "No &action needed", "On &hold",
    ]
    window.set_language("ja")
    assert _menu_titles(window) == ["ファイル(&F)", "編集(&E)", "表示(&V)", "レビュー(&R)", "ヘルプ(&H)"]
    assert window.findings_model.index(0, 4).data() == target.message_ja
    assert window.findings.state.itemText(3) == "廃止（以前の版）"
    assert "変更履歴" in window.detail.toPlainText()


def test_settings_dialog_language_applies_at_once(make_window, restore_japanese, monkeypatch) -> None:
    window = make_window()
    window.settings.language = "ja"
    window._language_setting = "ja"
    window.settings.language = "en"  # what the dialog's OK writes
    window.apply_settings()
    assert window.lang == "en"
    assert _menu_titles(window)[0] == "&File"


def test_english_places_in_the_findings_table(make_window, restore_japanese) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    ja = [window.findings_model.index(r, COL_PLACE).data() for r in range(window.findings_model.rowCount())]
    window.set_language("en")
    en = [window.findings_model.index(r, COL_PLACE).data() for r in range(window.findings_model.rowCount())]
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in place) for place in en)
    assert ("第2条第3項" in ja) == ("Art. 2(3)" in en)


DRAFT = "\n".join([
    "さくら村個人情報保護条例",
    "第1条　この条例は、目的を定める。",
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
    "一　個人情報　個人に関する情報",
    "二　実施機関　村長",
    "2　前項の規定にかかわらず、次に掲げるものを除く。",
    "一　統計",
    "第2条の2　特例を定める。",
])


def _at(article: str | None, paragraph: int | None, item: str | None) -> Finding:
    return Finding(
        id=FindingId("f"), rule=RuleId("t"), requirement=None, severity="info", point="other",
        location=Location(article, paragraph, item, None), code="c", message_ja="", message_en="",
        statute="", policy="", suggestion="", anchor_text="", comparison=None,
    )


@pytest.mark.parametrize(
    ("article", "paragraph", "item", "ja", "en"),
    [
        ("1", 1, None, "第1条", "Art. 1"),
        ("2", 1, None, "第2条第1項", "Art. 2(1)"),
        ("2", 2, None, "第2条第2項", "Art. 2(2)"),
        ("2", 1, "2", "第2条第1項第2号", "Art. 2(1)(ii)"),
        ("2", 2, "1", "第2条第2項第1号", "Art. 2(2)(i)"),
        ("2", 1, "2.3", "第2条第1項第2号ウ", "Art. 2(1)(ii)(c)"),
        ("2", 1, "2_2", "第2条第1項第2号の2", "Art. 2(1)(ii-2)"),
        ("2_2", 1, None, "第2条の2", "Art. 2-2"),
        ("1", 1, "4", "第1条第4号", "Art. 1(1)(iv)"),
        (None, None, None, "全体", "全体"),
    ],
)
def test_place_label_in_both_languages(qapp, article, paragraph, item, ja: str, en: str) -> None:
    ordinance = parse_text(DRAFT, path="sakura.txt")
    finding = _at(article, paragraph, item)
    assert labels.place_label(ordinance, finding) == ja
    assert labels.place_label(ordinance, finding, "en") == en  # untranslated labels stay Japanese here


def test_database_browse_button(qtbot, dialogs, tmp_path: Path) -> None:
    settings = AppSettings()
    dialog = SettingsDialog(settings, dialogs=dialogs)
    qtbot.addWidget(dialog)
    storage = dialog.pages[1]
    dialogs.database_answer = str(tmp_path / "team.sqlite3")
    storage.db_browse.click()
    assert dialogs.asked[-1] == ("データベースファイルを選択", str(default_db_path()))
    assert storage.db.text() == str(tmp_path / "team.sqlite3")
    dialogs.database_answer = None  # cancelled: unchanged
    storage.db_browse.click()
    assert storage.db.text() == str(tmp_path / "team.sqlite3")
    dialog.accept()
    assert AppSettings().store_url() == f"sqlite:///{tmp_path / 'team.sqlite3'}"


def test_profiles_folder_browse_button_fills_the_profile_list(qtbot, dialogs, tmp_path: Path) -> None:
    import json

    from ordreview.paths import resource

    data = json.loads(resource("profiles", "basic-policy-2016.json").read_text(encoding="utf-8"))
    data.update(id="team-policy", version="3", title_ja="課内の確認方針")
    (tmp_path / "team.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dialog = SettingsDialog(AppSettings(), dialogs=dialogs)
    qtbot.addWidget(dialog)
    storage = dialog.pages[1]
    dialogs.folder_answer = str(tmp_path)
    storage.profiles_browse.click()
    assert dialogs.asked[-1] == ("プロファイルのフォルダを選択", str(user_profiles_dir()))
    assert storage.profiles.text() == str(tmp_path)
    assert [storage.profile.itemText(i) for i in range(storage.profile.count())] == [
        "自動（条例案から判定）",  # "" = chosen from each draft; every bundled profile can be forced
        "個人情報の保護に関する基本方針 3(1)（平成28年10月28日一部変更）（2016-10-28.1）",
        "個人情報の保護に関する法律施行条例（令和5年4月1日以降）（2023.1）",
        "team.json",
    ]
    storage.profile.setCurrentIndex(3)
    dialog.accept()
    assert AppSettings().profile == str(tmp_path / "team.json")


@pytest.mark.parametrize(
    ("label", "key", "expected"),
    [
        ("要修正", "N", "要修正(&N)"),
        ("Needs fixing", "N", "&Needs fixing"),
        ("On hold", "H", "On &hold"),
        # English labels never get the Japanese-style bracketed key 「(&U)」
        ("Not reviewed", "U", "&Not reviewed"),
    ],
)
def test_mnemonic_label(label: str, key: str, expected: str) -> None:
    from ordreview.gui.widgets.detail import mnemonic_label

    assert mnemonic_label(label, key) == expected


def test_english_status_buttons_have_no_bracketed_keys(qapp) -> None:
    from ordreview.gui.i18n import install_translators
    from ordreview.gui.widgets.detail import AnnotationEditor

    translators = install_translators(qapp, "en")
    try:
        editor = AnnotationEditor()
        texts = [b.text() for b in editor.status_buttons()]
        assert all("(&" not in t and t.count("&") == 1 for t in texts), texts
        assert texts[0] == "No&t reviewed"
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(keys)) == len(keys)
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)


def test_the_window_places_findings_with_the_one_label_builder(make_window, tmp_path) -> None:
    from ordreview.core.labels import place_label as core_place_label
    from tests.core.test_labels import YUZURIHA

    draft = tmp_path / "yuzuriha.txt"
    draft.write_text(YUZURIHA, encoding="utf-8")
    window = make_window()
    window.open_file(str(draft))
    shown = [window.findings_model.index(r, COL_PLACE).data() for r in range(window.findings_model.rowCount())]
    assert "第2条第2号ロ" in shown and not any("第1項" in p and p.startswith("第2条") for p in shown)
    for f in window.review.findings:
        if f.location.article is not None:
            assert labels.place_label(window.review.ordinance, f) == core_place_label(window.review.ordinance, f.location)


def test_severity_words_are_the_exports_in_both_languages(qapp, restore_japanese) -> None:
    """The window calls a finding's severity what the CLI, the Word comments and the report call it."""
    from ordreview.core.messages import render
    from ordreview.export.labels import SEVERITY_LABEL

    for severity, code in SEVERITY_LABEL.items():
        assert labels.severity_label(severity) == render(code).ja
