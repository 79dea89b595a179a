"""Export from the window, the coverage/outline jumps and the definition diff."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QModelIndex

from ordreview.export.names import output_paths
from ordreview.gui.models.tree import SpanRole
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.detail import comparison_html
from tests.conftest import FIXTURES
from tests.gui.factories import DEFINITION_COMPARISON


def test_export_writes_both_word_files(make_window, dialogs, tmp_path: Path) -> None:
    settings = AppSettings()
    settings.reviewer_name = "法制 花子"
    settings.reviewer_initials = "HH"
    window = make_window()
    assert window.export_action is not None and not window.export_action.isEnabled()
    window.open_file(str(FIXTURES / "defects.txt"))
    assert window.export_action.isEnabled()
    target = window.review.findings[4]
    window.select_finding(target.id)
    window.editor.comment.insertPlainText("出力テスト")
    dialogs.folder_answer = str(tmp_path)
    window.export_action.trigger()
    annotated, report = tmp_path / "defects_review-annotated.docx", tmp_path / "defects_review-report.docx"
    assert (annotated, report) == output_paths(FIXTURES / "defects.txt", tmp_path)  # the CLI's names
    assert dialogs.errors == []
    assert dialogs.infos == [("出力しました", f"{annotated}\n{report}")]
    comments = list(docx.Document(str(annotated)).comments)
    mine = [c for c in comments if "出力テスト" in c.text]
    assert len(mine) == 1
    assert (mine[0].author, mine[0].initials) == ("法制 花子", "HH")
    assert docx.Document(str(report)).paragraphs


def test_export_cancelled_writes_nothing(make_window, dialogs, tmp_path: Path) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    dialogs.folder_answer = None
    window.export()
    assert list(tmp_path.iterdir()) == [] and dialogs.infos == []


def _first_leaf_with_span(model, parent=QModelIndex()):
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        if model.rowCount(idx):
            found = _first_leaf_with_span(model, idx)
            if found is not None:
                return found
        elif idx.data(SpanRole) is not None:
            return idx
    return None


def test_outline_and_coverage_rows_jump_to_the_text(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "model-complete.txt"))
    for view, model in ((window.outline, window.outline_model),
                        (window.coverage.coverage_tree, window.coverage_model),
                        (window.coverage.alignment_tree, window.alignment_model)):
        idx = _first_leaf_with_span(model)
        assert idx is not None
        view.clicked.emit(idx)
        assert window.draft.cursor_offset() == idx.data(SpanRole).start  # through the view's offset map


def test_article_rows_show_their_requirements(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "model-complete.txt"))
    rows = {n.key: n.cells for n in window.outline_model.walk()}
    reqs = window.review.article_requirements["2"]
    assert rows["2"][0] == "第2条（定義）"
    assert rows["2"][1].split(" ")[1:] == list(reqs)


def test_definition_diff_marks_the_differences(qapp) -> None:
    html = comparison_html(DEFINITION_COMPARISON, draft_label="条例案")
    assert '<span style="background-color:#d4f4d4; text-decoration:underline;">生存する</span>' in html
    assert "<th width=\"50%\" bgcolor=\"#eeeeee\">行政機関個人情報保護法 第2条第2項</th>" in html
    assert "個人に関する情報であって" in html


def test_selecting_a_definition_finding_shows_the_side_by_side_diff(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    with_cmp = [f for f in window.review.findings if f.comparison is not None]
    assert with_cmp, "defects.txt has definition findings with a comparison"
    window.select_finding(with_cmp[0].id)
    html = window.detail.toHtml()
    assert "定義の比較" in window.detail.toPlainText()
    assert "text-decoration: underline" in html or "text-decoration:underline" in html


def test_the_detail_shows_bracketed_advice_as_what_to_do_and_a_wording_as_the_suggestion(make_window, tmp_path) -> None:
    from tests.export.test_own_provision_edits import HEAD, TAIL

    # a legacy list with a category that is no kind of 要配慮個人情報: no edit is right, the
    # finding says what to decide
    listed = ("2　実施機関は、次に掲げる個人情報を収集してはならない。\n"
              "　(1)　思想、信条及び信教に関する個人情報\n　(2)　その他実施機関が定める個人情報\n")
    draft = tmp_path / "draft.txt"
    draft.write_text(HEAD + listed + TAIL, encoding="utf-8")
    window = make_window()
    window.open_file(str(draft))
    (legacy,) = [f for f in window.review.findings if f.requirement == "B4"]
    window.select_finding(legacy.id)
    text = window.detail.toPlainText()
    assert "対応" in text and "旧来のセンシティブ情報の列挙を要配慮個人情報を対象とする定めに改めるか" in text
    (register,) = [f for f in window.review.findings if f.requirement == "B3"]
    window.select_finding(register.id)
    text = window.detail.toPlainText()  # (Qt shows the ideographic space as a space)
    assert "修正案" in text and "(4) 要配慮個人情報が含まれるときは、その旨\n(5) その他町長が定める事項" in text
    window.open_file(str(FIXTURES / "defects.txt"))
    (abbr,) = [f for f in window.review.findings if f.rule == "abbr.before_definition"]
    window.select_finding(abbr.id)
    assert "修正案" in window.detail.toPlainText() and "（以下「審査会」という。）" in window.detail.toPlainText()
