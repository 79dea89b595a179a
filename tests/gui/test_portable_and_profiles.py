"""Handing a review to a colleague (portable review file) and choosing the profile, in the real window."""

from __future__ import annotations

import json
from pathlib import Path

from ordreview.core.model import FindingId
from ordreview.gui.services import profile_choices
from ordreview.paths import resource, user_profiles_dir
from tests.conftest import FIXTURES

DRAFT = FIXTURES / "defects.txt"


def _annotate(window, index: int, status: str, comment: str) -> FindingId:
    target = window.review.findings[index]
    window.select_finding(target.id)
    window.set_current_status(status)
    window.editor.comment.insertPlainText(comment)
    window.editor.flush()
    return target.id


def test_review_file_round_trip_to_another_database(make_window, dialogs, tmp_path: Path) -> None:
    window = make_window()
    assert not window.export_review_action.isEnabled()
    window.open_file(str(DRAFT))
    assert window.export_review_action.isEnabled()
    fid = _annotate(window, 2, "needs_fix", "審議会資料に記載")
    target = tmp_path / "defects_review.json"
    dialogs.save_answer = str(target)
    window.export_review_action.trigger()
    assert dialogs.asked[-1] == ("レビューファイルを書き出す", str(DRAFT.with_name("defects_review.json")))
    assert dialogs.errors == []
    assert dialogs.infos[-1][0] == "書き出しました"
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "ordreview-review"

    # the colleague: another closed network, another database, the same draft file
    window.settings.db_url = str(tmp_path / "colleague.sqlite3")
    window.apply_settings()
    window.open_file(str(DRAFT))
    assert window.findings_model.annotation(fid) is None
    dialogs.open_answer = str(target)
    window.import_review_action.trigger()
    assert dialogs.errors == []
    assert dialogs.infos[-1] == ("読み込みました", "「あおば市個人情報保護条例」のレビューを読み込み、表示しました。")
    ann = window.findings_model.annotation(fid)
    assert (ann.status, ann.comment, ann.author) == ("needs_fix", "審議会資料に記載", window.settings.reviewer().name)
    window.select_finding(fid)
    assert [(h.new_status, h.new_comment) for h in window.detail.history()] == [("needs_fix", "審議会資料に記載")]


def test_importing_a_review_of_another_draft_says_what_to_open(make_window, dialogs, tmp_path: Path) -> None:
    window = make_window()
    window.open_file(str(DRAFT))
    dialogs.save_answer = str(tmp_path / "r.json")
    window.export_review_action.trigger()
    window.settings.db_url = str(tmp_path / "colleague.sqlite3")
    window.apply_settings()
    window.open_file(str(FIXTURES / "model-complete.txt"))
    dialogs.open_answer = dialogs.save_answer
    window.import_review_action.trigger()
    assert dialogs.infos[-1] == (
        "読み込みました",
        "「あおば市個人情報保護条例」のレビューを読み込みました。同じ条例案（defects.txt）を開くと、注釈が表示されます。",
    )


def test_damaged_review_file_gives_a_bilingual_error(make_window, dialogs, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    window = make_window()
    dialogs.open_answer = str(bad)
    window.import_review_action.trigger()
    [(title, text)] = dialogs.errors
    ja, en = text.split("\n\n")
    assert title == "読み込めません"
    assert "bad.json" in ja and "bad.json" in en
    assert ja != en


def _drop_user_profile() -> Path:
    data = json.loads(resource("profiles", "basic-policy-2016.json").read_text(encoding="utf-8"))
    data.update(id="minato-policy", version="2026.1", title_ja="みなと市の確認方針", title_en="Minato checklist")
    folder = user_profiles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "dropped.json"  # the file name need not match the id
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_profile_choices_include_a_dropped_profile(qapp) -> None:
    path = _drop_user_profile()
    choices = profile_choices("")
    assert [ident for ident, _ in choices] == ["basic-policy-2016", "kojin-joho-2023", str(path)]
    assert choices[2][1] == "みなと市の確認方針（2026.1）"


def test_choosing_a_profile_rechecks_the_draft(make_window) -> None:
    path = _drop_user_profile()
    window = make_window()
    window.open_file(str(DRAFT))
    assert window.review.profile_id == "basic-policy-2016"
    window.profile_menu.aboutToShow.emit()
    actions = window.profile_menu.actions()
    assert [(a.text(), a.isChecked()) for a in actions] == [
        ("自動（条例案から判定）", True),  # the default: each draft's own profile
        ("個人情報の保護に関する基本方針 3(1)（平成28年10月28日一部変更）（2016-10-28.1）", False),
        ("個人情報の保護に関する法律施行条例（令和5年4月1日以降）（2023.1）", False),
        ("みなと市の確認方針（2026.1）", False),
    ]
    actions[3].trigger()
    assert window.review.profile_id == "minato-policy"
    assert window.settings.profile == str(path)
    assert window.profile_label.text() == "minato-policy 2026.1"
    fid = _annotate(window, 1, "on_hold", "独自方針で確認")  # the stored review accepts the new findings
    assert window.findings_model.annotation(fid).comment == "独自方針で確認"
    window.profile_menu.aboutToShow.emit()
    assert [a.isChecked() for a in window.profile_menu.actions()] == [False, False, False, True]
    window.profile_menu.actions()[0].trigger()
    assert (window.review.profile_id, window.settings.profile) == ("basic-policy-2016", "")
    assert window.profile_label.text() == "basic-policy-2016 2016-10-28.1（自動）"
    assert window.profile_label.toolTip() == "自動選択: 法施行条例の特徴が見当たらないため"


def test_profile_chosen_in_the_settings_rechecks_too(make_window) -> None:
    path = _drop_user_profile()
    window = make_window()
    window.open_file(str(DRAFT))
    window.settings.profile = str(path)  # what the settings dialog's OK writes
    window.apply_settings()
    assert window.review.profile_id == "minato-policy"


def test_post_2023_draft_opens_with_its_own_profile_and_says_why(make_window) -> None:
    window = make_window()
    window.open_file(str(DRAFT.parent / "post-2023.txt"))
    assert window.review.profile_id == "kojin-joho-2023"
    assert window.profile_label.text() == "kojin-joho-2023 2023.1（自動）"
    assert window.profile_label.toolTip().startswith("自動選択: 令和5年4月1日以後の法施行条例の特徴（")
    assert [r.id for r in window.requirements][:2] == ["P1", "P2"]  # the coverage view follows the choice
