"""The export dialog's choices (as on the command line), remembered and shared with the CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
from PySide6.QtWidgets import QDialogButtonBox

from ordreview.gui.widgets.exportdialog import ExportDialog, ExportOptions
from tests.conftest import FIXTURES


def _texts(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_first_export_asks_and_the_next_remembers(make_window, dialogs, tmp_path: Path) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    infos = sum(1 for f in window.review.findings if f.severity == "info")
    assert infos > 0
    dialogs.export_answer = ExportOptions(reviewer_name="法制 花子", reviewer_initials="HH",
                                          municipality="あおば市", include_info=False)
    dialogs.folder_answer = str(tmp_path / "first")
    (tmp_path / "first").mkdir()
    window.export()
    assert dialogs.errors == []
    first = dialogs.export_offered[0]
    assert (first.reviewer_name, first.municipality) == ("", "")  # nothing remembered yet
    annotated = tmp_path / "first" / "defects_review-annotated.docx"
    comments = list(docx.Document(str(annotated)).comments)
    assert {(c.author, c.initials) for c in comments} == {("法制 花子", "HH")}
    assert len(comments) == len(window.review.findings) - infos  # 参考 left out
    assert not any(c.text.startswith("【参考】") for c in comments)
    assert "あおば市" in _texts(tmp_path / "first" / "defects_review-report.docx")

    dialogs.export_answer = "accept"
    dialogs.folder_answer = str(tmp_path / "second")
    (tmp_path / "second").mkdir()
    window.export()
    again = dialogs.export_offered[1]
    assert (again.reviewer_name, again.reviewer_initials, again.municipality, again.include_info) == (
        "法制 花子", "HH", "あおば市", False)


def test_cancelled_export_dialog_writes_nothing(make_window, dialogs, tmp_path: Path) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    dialogs.export_answer = None
    dialogs.folder_answer = str(tmp_path)
    window.export()
    assert list(tmp_path.iterdir()) == [] and dialogs.asked == []


def test_cli_export_signs_with_the_window_setting_not_the_os_user(make_window, dialogs, tmp_path: Path, monkeypatch) -> None:
    from ordreview.cli import main

    monkeypatch.delenv("ORDREVIEW_REVIEWER", raising=False)
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    dialogs.export_answer = ExportOptions(reviewer_name="法制 花子", reviewer_initials="HH",
                                          municipality="あおば市", include_info=False)
    dialogs.folder_answer = str(tmp_path / "gui")
    (tmp_path / "gui").mkdir()
    window.export()
    window.close()
    assert main(["export", str(FIXTURES / "defects.txt"), "-o", str(tmp_path / "cli")]) == 0
    comments = list(docx.Document(str(tmp_path / "cli" / "defects_review-annotated.docx")).comments)
    assert {(c.author, c.initials) for c in comments} == {("法制 花子", "HH")}
    assert not any(c.text.startswith("【参考】") for c in comments)
    assert "あおば市" in _texts(tmp_path / "cli" / "defects_review-report.docx")
    # on the command line the choice can be overridden for one run
    assert main(["export", str(FIXTURES / "defects.txt"), "-o", str(tmp_path / "cli2"), "--info",
                 "--reviewer", "審査 太郎"]) == 0
    comments = list(docx.Document(str(tmp_path / "cli2" / "defects_review-annotated.docx")).comments)
    assert any(c.text.startswith("【参考】") for c in comments)
    assert {c.author for c in comments} == {"審査 太郎"}


def test_export_dialog_needs_a_name_and_derives_initials(qtbot) -> None:
    dialog = ExportDialog(ExportOptions(reviewer_name="", reviewer_initials="", municipality=""))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("山田 太郎")
    assert ok.isEnabled() and dialog.initials.text() == "山太"
    dialog.municipality.setText("みどり町")
    dialog.include_info.setChecked(False)
    assert dialog.options() == replace(ExportOptions("山田 太郎", "山太", "みどり町"), include_info=False)


def test_tracked_changes_choice_reaches_the_word_file(make_window, dialogs, tmp_path: Path) -> None:
    from docx.oxml.ns import qn

    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    dialogs.folder_answer = str(tmp_path)
    dialogs.export_answer = ExportOptions("法制 花子", "HH", "", suggest_changes=True)
    window.export()
    body = docx.Document(str(tmp_path / "defects_review-annotated.docx")).element.body
    insertions = list(body.iter(qn("w:ins")))
    assert insertions and {i.get(qn("w:author")) for i in insertions} == {"法制 花子"}
    dialogs.export_answer = "accept"  # offered again as chosen in this session
    dialogs.folder_answer = None
    window.export()
    assert dialogs.export_offered[-1].suggest_changes is True
