"""``core.amend.tablereview``: a 対照表 bill checked, merged and reviewed, told by its headers."""

from __future__ import annotations

from pathlib import Path

from ordreview.core.amend.tablereview import is_table_bill, review_table_bill
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
CURRENT = str(AMEND / "yuzuriha-current.txt")


def make_bill(path: Path, header: tuple[str, str], rows: list[tuple[str, str]], *, underline_all_new: bool = False) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("ゆずりは町個人情報保護条例の一部を改正する条例")
    t = d.add_table(rows=1 + len(rows), cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = header
    for tr, (left, right) in zip(t.rows[1:], rows):
        for cell, text in zip(tr.cells, (left, right)):
            cell.paragraphs[0].text = ""
            for k, line in enumerate(text.split("\n")):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.add_run(line)
    d.save(path)
    return path


def test_headers_in_either_order_and_other_labels(tmp_path: Path) -> None:
    row = ("（組織）\n第15条　審議会は、委員5人以内で組織する。\n2　（略）",) * 2
    for header in (("改正後", "改正前"), ("現行", "改正案"), ("旧", "新")):
        bill = make_bill(tmp_path / "b.docx", header, [row])
        assert is_table_bill(bill)
        assert review_table_bill(str(bill), CURRENT).table_findings == ()
    assert not is_table_bill(make_bill(tmp_path / "c.docx", ("項目", "内容"), [row]))
    assert not is_table_bill(AMEND / "yuzuriha-current.txt")


def test_row_that_cannot_be_merged_is_an_error_on_its_old_cell(tmp_path: Path) -> None:
    # the abridged 第3項 does not exist in the text in force: the row cannot be merged
    row = ("（組織）\n第15条　審議会は、委員5人以内で組織する。\n3　（略）",) * 2
    bill = make_bill(tmp_path / "b.docx", ("改正後", "改正前"), [row])
    tr = review_table_bill(str(bill), CURRENT)
    assert [n for n, *_ in tr.check.consolidation.failures] == [1]
    unmatched = [f for f in tr.table_findings if f.rule == "taisho.unmatched_row"]
    assert [(f.severity, f.location.table_row, f.location.column, f.location.article) for f in unmatched] == [
        ("error", 1, "old", "15")]


def test_seeded_row_with_a_stale_old_column_is_reported_once() -> None:
    tr = review_table_bill(str(AMEND / "yuzuriha-taishohyo-seeded.docx"), CURRENT)
    assert [f.rule for f in tr.table_findings if f.location.table_row == 7] == ["taisho.old_mismatch"]
    assert tr.cells[7]["old"] and all(i >= 0 for i in tr.cells[7]["old"])
