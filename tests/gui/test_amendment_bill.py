"""An amendment bill opened in the window: the ordinance in force, the consolidated text,
findings linked to the bill's sentences (real window, real files, synchronous pools)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ordreview.core.amend.billreview import review_bill

AMEND = Path(__file__).resolve().parents[2] / "fixtures" / "amend"
FIXTURES = AMEND.parent
BILL = "bill-yamabuki-errors-a.txt"
CLEAN = "bill-yamabuki-2017.txt"
CURRENT = "current-yamabuki.txt"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """Copies of the bills and the ordinance in force."""
    for name in (BILL, CLEAN, CURRENT):
        shutil.copy(AMEND / name, tmp_path / name)
    shutil.copy(FIXTURES / "model-complete.txt", tmp_path / "model-complete.txt")
    return tmp_path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _asked_current(dialogs) -> list[str]:
    return [title for title, _start in dialogs.asked if "現行条例" in title]


def test_bill_is_consolidated_with_the_engine_of_the_cli(make_window, dialogs, files: Path) -> None:
    bill, current = files / BILL, files / CURRENT
    before = (_sha(bill), _sha(current))
    dialogs.open_answer = str(current)
    window = make_window()
    window.open_file(str(bill))

    assert len(_asked_current(dialogs)) == 1
    assert window.bill is not None and window.bill.view is not None
    cli = review_bill(str(bill), str(current))
    # the draft pane shows the consolidated text, exactly as `consolidate` writes it
    assert window.draft.source_text() == cli.consolidation.text
    assert window.review.ordinance.text == cli.consolidation.text
    # every finding of `check --current` is in the list: the bill's first, then the text's
    shown = {f.id for f in window.findings_model.findings()}
    assert {f.id for f in cli.findings} <= shown
    assert not window.bill_banner.isHidden()
    assert "current-yamabuki.txt" in window.bill_banner_text.text()
    assert window.left.isTabVisible(window.bill_tab)
    assert window.bill_panel.list.count() == len(cli.consolidation.bill.sentences)
    assert window.bill_panel.choose.text() == window.bill_banner_button.text() == "現行条例を変更…"
    assert (_sha(bill), _sha(current)) == before  # the source files are never modified


def test_each_sentence_that_cannot_be_applied_is_a_finding_quoting_it(make_window, dialogs, files: Path) -> None:
    expected = json.loads((AMEND / "bill-yamabuki-errors-a.expected.json").read_text(encoding="utf-8"))
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / BILL))
    view = window.bill.view
    sentences = {s.number: s.text for s in view.sentences}
    findings = window.findings_model.findings()
    for failure in expected["failures"]:
        n = failure["sentence"]
        quoted = [f for f in findings if f.severity == "error" and f.message_ja.startswith(f"改正規定{n}「{sentences[n]}」")]
        assert len(quoted) == 1, n
        f = quoted[0]
        assert f.code == f"amend.{failure['code']}"
        assert view.sentence_of[f.id] == n
        assert f.location.span is None  # nothing in the consolidated text to underline
        # selecting the finding shows its sentence in the 改正規定 tab
        window.select_finding(f.id)
        assert window.bill_panel.selected_sentence() == n
        assert sentences[n] in window.bill_panel.shown_text()
    failed_rows = [window.bill_panel.list.item(i).text() for i in range(window.bill_panel.list.count())]
    assert [row.startswith("✖") for row in failed_rows] == [
        s.number in {x["sentence"] for x in expected["failures"]} for s in view.sentences]


def test_amended_line_click_shows_its_sentence_and_back(make_window, dialogs, files: Path, qtbot) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.resize(1400, 900)
    window.open_file(str(files / CLEAN))
    view = window.bill.view
    assert view.failed == 0
    text = window.draft.source_text()
    # sentence 3 of the clean bill changes 第5条's caption: its line is marked and linked
    sentence = next(s for s in view.sentences if "見出し" in s.text)
    span = sentence.changes[0]
    assert "（個人情報取扱事務の登録等）" in text[span.start:span.end]
    block = text.count("\n", 0, span.start)
    assert block in window.draft.changed_blocks()
    # a real click on that line (no finding there) selects the sentence
    window.draft.jump_to(span.start)
    cursor = window.draft.textCursor()
    cursor.setPosition(window.draft._map.to_qt(span.start + 2))
    point = window.draft.cursorRect(cursor).center()
    assert window.draft.findings_at(span.start + 2) == []  # the click goes to the text, not a finding
    window.left.setCurrentIndex(0)
    qtbot.mouseClick(window.draft.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.bill_panel.selected_sentence() == sentence.number
    assert window.left.currentWidget() is window.bill_panel
    assert sentence.text in window.bill_panel.shown_text()
    # and choosing another sentence in the tab shows the lines it wrote
    other = next(s for s in view.sentences if s.changes and s.number != sentence.number)
    for row in range(window.bill_panel.list.count()):
        if window.bill_panel.list.item(row).text().split("　")[0].endswith(f"改正規定{other.number}"):
            window.bill_panel.list.setCurrentRow(row)
    shown = window.draft.selected_span()
    assert (shown.start, shown.end) == (other.changes[0].start, other.changes[0].end)


def test_detail_of_a_finding_on_amended_text_names_the_sentence_that_wrote_it(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / CLEAN))
    view = window.bill.view
    # a finding in the chapter sentence 7 added (第18条の4's fee), and one on a line no sentence wrote
    fee = next(f for f in window.findings_model.findings() if f.rule == "fee.delegated")
    assert view.sentence_of[fee.id] == 7
    window.select_finding(fee.id)
    sentence = next(s for s in view.sentences if s.number == 7)
    assert sentence.text == "第3章の次に次の1章を加える。"
    title, text = window.detail.origin()
    assert text == f"改正規定7　{sentence.text}" and title == "この箇所を書いた改正規定"
    assert sentence.text in window.detail.toPlainText()
    untouched = next(f for f in window.findings_model.findings() if f.id not in view.sentence_of
                     and f.location.article == "1")
    window.select_finding(untouched.id)
    assert window.detail.origin() is None
    assert "この箇所を書いた改正規定" not in window.detail.toPlainText()


def test_current_is_remembered_per_bill(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / BILL))
    assert len(_asked_current(dialogs)) == 1
    window.close()
    dialogs.open_answer = None  # would decline: it must not be asked
    again = make_window()
    again.open_file(str(files / BILL))
    assert len(_asked_current(dialogs)) == 1
    assert again.bill.view is not None and again.bill.current == str(files / CURRENT)
    # another bill is asked for its own
    again.open_file(str(files / CLEAN))
    assert len(_asked_current(dialogs)) == 2
    assert again.bill.view is None


def test_without_current_the_bill_itself_is_reviewed_and_the_need_is_said(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = None
    window = make_window()
    window.open_file(str(files / BILL))
    assert window.bill is not None and window.bill.view is None
    bill_text = window.review.ordinance.text
    assert bill_text.startswith("やまぶき町個人情報保護条例の一部を改正する条例")
    # the amendment-bill check of the bill's own form is shown
    assert any(f.requirement == "O14" for f in window.findings_model.findings())
    banner = window.bill_banner_text.text()
    assert not window.bill_banner.isHidden()
    assert "現行条例が指定されていない" in banner and "現行条例が必要" in banner
    assert window.bill_banner_button.text() == "現行条例を指定…"
    # the officer chooses it later from the banner
    dialogs.open_answer = str(files / CURRENT)
    window.bill_banner_button.click()
    assert window.bill.view is not None
    assert window.draft.source_text() == review_bill(str(files / BILL), str(files / CURRENT)).consolidation.text


def test_unreadable_current_is_a_message_not_a_traceback(make_window, dialogs, files: Path) -> None:
    broken = files / "broken.docx"
    broken.write_bytes(b"this is not a zip file")
    dialogs.open_answer = str(broken)
    window = make_window()
    window.open_file(str(files / BILL))
    assert window.bill.view is None
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "現行条例に溶け込ませることができません"
    assert "broken.docx" in text and "Traceback" not in text
    assert "現行条例が指定されていない" in window.bill_banner_text.text()
    assert window.review.ordinance.text.startswith("やまぶき町個人情報保護条例の一部を改正する条例")
    # not remembered: the next opening asks again
    dialogs.open_answer = None
    window.open_file(str(files / BILL))
    assert len(_asked_current(dialogs)) == 2


def test_an_ordinary_draft_has_no_bill_banner(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / BILL))
    assert not window.bill_banner.isHidden()
    window.open_file(str(files / "model-complete.txt"))
    assert window.bill is None
    assert window.bill_banner.isHidden()
    assert not window.left.isTabVisible(window.bill_tab)
    assert window.draft.changed_blocks() == set()
    assert len(_asked_current(dialogs)) == 1


def test_english_banner(make_window, dialogs, files: Path, qapp) -> None:
    from PySide6.QtWidgets import QApplication

    from ordreview.gui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        dialogs.open_answer = str(files / CURRENT)
        window = make_window(lang="en")
        window.open_file(str(files / BILL))
        assert window.bill_banner_text.text().startswith("Showing the ordinance as amended")
        assert window.left.tabText(window.bill_tab) == "Amending sentences"
    finally:
        for tr in translators:
            QApplication.instance().removeTranslator(tr)


def test_screenshot_of_a_consolidated_bill(make_window, dialogs, files: Path, qapp) -> None:
    """The window as the officer sees it (saved into ``ORDREVIEW_SCREENSHOTS`` when set, to look at)."""
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.resize(1500, 950)
    window.splitter.setSizes([380, 620, 500])
    window.open_file(str(files / BILL))
    window.left.setCurrentWidget(window.bill_panel)
    fid = next(fid for fid, n in window.bill.view.sentence_of.items() if n == 4)
    window.select_finding(fid)
    qapp.processEvents()  # the layouts settle, as they do at once in the running window
    image = window.grab()
    assert image.width() >= 1400
    folder = os.environ.get("ORDREVIEW_SCREENSHOTS")
    if folder:
        image.save(str(Path(folder) / "amendment-bill.png"))
    banner = window.bill_banner
    # the banner's text is never clipped: the frame is as tall as the wrapped text needs, its
    # button shows, and the text of the draft starts below it
    assert banner.height() >= banner.text.heightForWidth(banner.text.width())
    button = window.bill_banner_button
    assert button.isVisible() and button.geometry().bottom() <= banner.height()
    assert window.draft.geometry().top() >= banner.geometry().bottom()


def test_bill_amending_two_ordinances_applies_the_article_of_the_given_current(make_window, dialogs, files: Path) -> None:
    for name in ("bill-yamabuki-two-ordinances.txt", "current-yamabuki-shingikai.txt", "current-shirakaba.txt"):
        shutil.copy(AMEND / name, files / name)
    bill = files / "bill-yamabuki-two-ordinances.txt"
    dialogs.open_answer = str(files / "current-yamabuki-shingikai.txt")
    window = make_window()
    window.open_file(str(bill))
    view = window.bill.view
    assert view is not None and dialogs.errors == []
    assert "委員7人以内" in window.draft.source_text() and "総務部総務課" in window.draft.source_text()
    assert [s.text for s in view.sentences] == ["第2条第1項中「5人以内」を「7人以内」に改める。",
                                                "第4条中「総務課」を「総務部総務課」に改める。"]
    # numbered through the whole bill: the first article has two sentences
    rows = [window.bill_panel.list.item(i).text() for i in range(window.bill_panel.list.count())]
    assert [row.split("　")[0] for row in rows] == ["○ 改正規定3", "○ 改正規定4"]
    other = [f for f in window.findings_model.findings() if f.rule == "amend.other_ordinance"]
    assert len(other) == 1 and other[0].severity == "warning"
    assert "第1条は「やまぶき町個人情報保護条例" in other[0].message_ja
    # an ordinance no article amends: the message names each article's ordinance
    dialogs.open_answer = str(files / "current-shirakaba.txt")
    window.ask_current()
    (title, text), = dialogs.errors
    assert title == "現行条例に溶け込ませることができません"
    assert "第1条: やまぶき町個人情報保護条例" in text and "第2条: やまぶき町個人情報保護審議会条例" in text
    # the consolidated text shown before stays shown, with what it was consolidated into
    assert window.bill.view is view and window.bill.current == str(files / "current-yamabuki-shingikai.txt")
    assert "current-yamabuki-shingikai.txt" in window.bill_banner_text.text()
    assert "委員7人以内" in window.draft.source_text()


def _comments(path: Path) -> list[tuple[str, str]]:
    """(anchored text, comment text) of every comment of the Word file, in comment id order."""
    import docx

    from tests.export.helpers import anchored_texts

    texts = {c.comment_id: c.text for c in docx.Document(str(path)).comments}
    anchored = anchored_texts(path, ours="")
    return [(anchored.get(cid, ""), texts[cid]) for cid in sorted(texts)]


def _export_in_window(window, dialogs, out: Path) -> None:
    out.mkdir()
    dialogs.folder_answer = str(out)
    window.export_action.trigger()
    assert dialogs.errors == []


def test_export_of_a_consolidated_bill_writes_what_the_cli_writes(
        make_window, dialogs, files: Path, tmp_path: Path) -> None:
    """The window's export of a consolidated 改め文 bill writes the files of `ordreview export
    BILL --current CURRENT`: the bill commented on its failing sentences, the report, the
    consolidated text and the generated 新旧対照表."""
    import docx

    from ordreview.cli import main

    bill, current = files / BILL, files / CURRENT
    before = (_sha(bill), _sha(current))
    dialogs.open_answer = str(current)
    window = make_window()
    window.open_file(str(bill))
    out = tmp_path / "window"
    _export_in_window(window, dialogs, out)
    reviewer = dialogs.export_offered[-1].reviewer_name
    cli_out = tmp_path / "cli"
    assert main(["export", str(bill), "--current", str(current), "-o", str(cli_out), "--reviewer", reviewer,
                 "--info"]) == 0
    stem = "bill-yamabuki-errors-a"
    names = [f"{stem}_consolidated.txt", f"{stem}_review-annotated.docx", f"{stem}_review-report.docx",
             f"{stem}_taishohyo.docx"]
    assert sorted(p.name for p in out.iterdir()) == names == sorted(p.name for p in cli_out.iterdir())
    assert all(str(out / n) in dialogs.infos[-1][1] for n in names)  # the officer is told every file

    # the annotated file is the bill, each sentence that could not be applied commented on its own text
    annotated = out / f"{stem}_review-annotated.docx"
    body = "\n".join(p.text for p in docx.Document(str(annotated)).paragraphs)
    assert "の一部を次のように改正する。" in body and "第2条に次の3号を加える。" in body
    result = window.bill.view.source
    sentences = result.consolidation.bill.sentences
    comments = _comments(annotated)
    for failure in result.consolidation.failures:
        sentence = sentences[failure.sentence - 1].text
        on_it = [text for anchor, text in comments if anchor.strip() == sentence.strip()]
        assert any(text.startswith("【誤り】") and failure.message_ja.split("。")[0] in text for text in on_it), sentence
    assert len(result.consolidation.failures) >= 5
    # the same comments as the command line's, on the same text
    assert comments == _comments(cli_out / f"{stem}_review-annotated.docx")

    # the report lists the consolidated text's findings with their sentence, as the CLI's
    def report_text(path: Path) -> str:
        d = docx.Document(str(path))
        return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])

    text = report_text(out / f"{stem}_review-report.docx")
    assert "（改正規定4）第6条第2項に「思想及び信条に関する個人情報」がない" in text
    assert (out / f"{stem}_consolidated.txt").read_text(encoding="utf-8") == result.consolidation.text + (
        "" if result.consolidation.text.endswith("\n") else "\n")
    table = docx.Document(str(out / f"{stem}_taishohyo.docx")).tables[0]
    rows = [(r.cells[0].text, r.cells[1].text) for r in table.rows]
    assert any("第18条の2　実施機関は" in new and old == "（新設）" for new, old in rows[1:])
    assert (_sha(bill), _sha(current)) == before


def test_export_of_a_consolidated_table_bill_comments_on_its_cells(
        make_window, dialogs, files: Path, tmp_path: Path) -> None:
    for name in ("yuzuriha-taishohyo-seeded.docx", "yuzuriha-current.txt"):
        shutil.copy(AMEND / name, files / name)
    bill, current = files / "yuzuriha-taishohyo-seeded.docx", files / "yuzuriha-current.txt"
    dialogs.open_answer = str(current)
    window = make_window()
    window.open_file(str(bill))
    assert window.bill is not None and window.bill.kind == "table"
    out = tmp_path / "window"
    _export_in_window(window, dialogs, out)
    stem = "yuzuriha-taishohyo-seeded"
    assert sorted(p.name for p in out.iterdir()) == [
        f"{stem}_consolidated.txt", f"{stem}_review-annotated.docx", f"{stem}_review-report.docx",
        f"{stem}_taishohyo.docx"]
    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))["findings"]
    comments = _comments(out / f"{stem}_review-annotated.docx")
    for e in expected:  # each seeded 傍線 error is a comment on the cell's text it names
        assert any(e["anchor"] in anchor for anchor, _text in comments), e


def test_table_bill_is_consolidated_and_its_cells_findings_name_their_row(make_window, dialogs, files: Path) -> None:
    from ordreview.core.amend.tablereview import review_table_bill

    for name in ("yuzuriha-taishohyo-seeded.docx", "yuzuriha-current.txt"):
        shutil.copy(AMEND / name, files / name)
    bill, current = files / "yuzuriha-taishohyo-seeded.docx", files / "yuzuriha-current.txt"
    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))["findings"]
    dialogs.open_answer = str(current)
    window = make_window()
    window.resize(1500, 950)
    window.open_file(str(bill))
    assert window.bill is not None and window.bill.kind == "table"
    view = window.bill.view
    assert view is not None and view.unit == "row"
    cli = review_table_bill(str(bill), str(current))
    assert window.draft.source_text() == cli.check.consolidation.text
    findings = window.findings_model.findings()
    for e in expected:
        column = {"new": "改正後", "old": "改正前"}[e["column"]]
        hits = [f for f in findings if f.rule == e["rule"] and f.message_ja.startswith(f"表{e['table_row']}行目・{column}欄: ")]
        assert len(hits) == 1, e
        window.select_finding(hits[0].id)
        assert window.bill_panel.selected_sentence() == e["table_row"]
        assert window.bill_panel.shown_text().startswith(f"表{e['table_row']}行目\n【改正後】")
        title, origin = window.detail.origin()
        assert title == "この箇所を書いた新旧対照表の行" and origin.startswith(f"表{e['table_row']}行目　")
    rows = [window.bill_panel.list.item(i).text() for i in range(window.bill_panel.list.count())]
    assert len(rows) == len(cli.rows)
    assert [row[:2] for row in rows] == [("○ " if s.applied else "✖ ") for s in view.sentences]
    assert all(row[2:].startswith(f"表{n}行目") for n, row in enumerate(rows, start=1))
    # the row that added a chapter is marked in the text and leads back to its row
    added = next(s for s in view.sentences if "第3章の2" in s.text)
    assert added.changes
    window.bill_panel.select_sentence(None)
    window._bill_text_clicked(added.changes[0].start + 1)
    assert window.bill_panel.selected_sentence() == added.number
    window.left.setCurrentWidget(window.bill_panel)
    folder = os.environ.get("ORDREVIEW_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / "table-bill.png"))


def test_cancelled_consolidation_leaves_the_bill_review_and_says_what_is_needed(
        make_window, dialogs, files: Path, monkeypatch) -> None:
    from ordreview.gui.ops import Cancelled
    from ordreview.gui.services import Services

    def cancelled(self, bill_path, current_path, progress, *, kind="aratame"):  # the officer pressed 中止
        raise Cancelled()

    monkeypatch.setattr(Services, "review_amendment", cancelled)
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / BILL))
    assert window.bill.view is None and dialogs.errors == []
    assert "現行条例が指定されていない" in window.bill_banner_text.text()  # not "…しています…" for ever
    assert window.progress.isHidden()
    assert window.review.ordinance.text.startswith("やまぶき町個人情報保護条例の一部を改正する条例")
