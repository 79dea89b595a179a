"""Every amendment case of the held-out sets as a 対照表 bill in municipal layout: the 対照表
generated from the two versions, with every unchanged 項, 号 and 附則 項 abridged 「（略）」 (the
article's opening line too when its 項 or 号 are shown), built as a Word file in both column
orders (改正後|改正前, 現行|改正案). It must give no finding and merge exactly as the unabridged
table does."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_diff, rows_from_document, verify_rows
from ordreview.core.read.tables import read_docx_tables
from tests.core.amend.taisho_abridge import municipal_bill
from tests.core.amend.taisho_variants import build_bill

TESTS = Path(__file__).resolve().parents[2]
CASES = sorted((d.name, p.name[: -len(".current.txt")])
               for d in TESTS.glob("heldout-amend*") for p in (d / "cases").glob("*.current.txt"))


@pytest.mark.parametrize(("folder", "case"), CASES, ids=[c for _, c in CASES])
def test_abridged_municipal_table_reads_clean_and_merges(folder: str, case: str, tmp_path: Path) -> None:
    cases = TESTS / folder / "cases"
    current = (cases / f"{case}.current.txt").read_text(encoding="utf-8")
    amended = (cases / f"{case}.expected.txt").read_text(encoding="utf-8")
    rows = rows_from_diff(compare_texts(current, amended))
    plain = consolidate_from_table(current, rows)
    assert plain.failures == ()
    for old_left in (False, True):
        bill, abridged = municipal_bill(f"{case}-{old_left}", rows, old_left=old_left)
        read = rows_from_document(read_docx_tables(build_bill(bill, tmp_path / f"{bill.name}.docx")))
        assert verify_rows(read, current) == []
        merged = consolidate_from_table(current, read)
        assert merged.failures == () and merged.text == plain.text
    assert abridged > 0  # the layout was exercised
