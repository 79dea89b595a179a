"""新旧対照表 bills in municipal layouts the other fixtures do not use (see ``taisho_variants``):
each seeded 傍線 error is reported on its cell, a clean bill gives no finding and merges into
the ordinance in force exactly as amended."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_document, verify_rows
from ordreview.core.read.tables import read_docx_tables
from tests.core.amend.taisho_variants import CASES, KUSU, TOKI, build_bill, plain

IDS = [c.name for c in CASES]


def _rows(bill, tmp_path: Path):
    return rows_from_document(read_docx_tables(build_bill(bill, tmp_path / f"{bill.name}.docx")))


def _cells(findings) -> set[tuple[int, str, str]]:
    return {(f.location.table_row, f.location.column, f.rule) for f in findings}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reader_takes_the_columns_by_their_headers(case, tmp_path: Path) -> None:
    rows = _rows(case.clean, tmp_path)
    written = [r for t in case.clean.tables for r in t.rows]
    assert len(rows) == len(written)  # title rows and repeated header rows are not rows
    for row, (new, old) in zip(rows, written):
        assert (row.new.text or row.new.note or "") in (plain(new), plain(new).strip("（）"))
        assert (row.old.text or row.old.note or "") in (plain(old), plain(old).strip("（）"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_clean_bill_has_no_finding(case, tmp_path: Path) -> None:
    rows = _rows(case.clean, tmp_path)
    assert verify_rows(rows, case.current) == []
    assert verify_rows(rows) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_each_seeded_error_is_reported_on_its_cell(case, tmp_path: Path) -> None:
    rows = _rows(case.seeded, tmp_path)
    findings = verify_rows(rows, case.current)
    assert _cells(findings) == case.expected
    assert len(findings) == len(case.expected)  # one finding per seeded error
    for f in findings:
        assert f.anchor_text == case.anchors[(f.location.table_row, f.location.column, f.rule)]
    # without the ordinance in force, all but the comparison with it
    without = {c for c in case.expected if c[2] != "taisho.old_mismatch"}
    assert _cells(verify_rows(rows)) == without


def test_bold_counts_as_a_mark_only_when_the_bill_says_so(tmp_path: Path) -> None:
    silent = dataclasses.replace(TOKI.clean, name="tokiwa-silent",
                                 before=[p.replace("下線及び太字", "下線") for p in TOKI.clean.before])
    findings = verify_rows(_rows(silent, tmp_path), TOKI.current)
    assert {(f.rule, f.anchor_text) for f in findings} == {
        ("taisho.unmarked_number", f"第{n}条") for n in range(4, 9)}


def test_abridged_change_names_the_abridged_line(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "kusunoki")
    (f,) = [f for f in verify_rows(_rows(case.seeded, tmp_path)) if f.rule == "taisho.abridged_change"]
    assert (f.severity, f.anchor_text, f.location.article) == ("error", "2　（略）", "5")
    assert "（略）" in f.message_ja and "改正前欄" in f.message_ja


def test_bill_review_lists_each_seeded_error_once(tmp_path: Path) -> None:
    from ordreview.core.amend.tablereview import review_table_bill

    for case in CASES:
        current = tmp_path / f"{case.name}.txt"
        current.write_text(case.current, encoding="utf-8")
        bill = build_bill(case.seeded, tmp_path / f"{case.seeded.name}.docx")
        tr = review_table_bill(str(bill), str(current))
        # a row abridged in one column cannot be merged; the abridged_change says why
        assert _cells(tr.table_findings) == case.expected, case.name


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_clean_bill_merges_into_the_ordinance_in_force_as_amended(case, tmp_path: Path) -> None:
    merged = consolidate_from_table(case.current, _rows(case.clean, tmp_path))
    assert merged.failures == ()
    assert merged.text.rstrip("\n") == case.amended.rstrip("\n")


def test_a_row_going_on_with_an_article_is_located_in_that_article(tmp_path: Path) -> None:
    (f,) = [f for f in verify_rows(_rows(TOKI.seeded, tmp_path)) if f.rule == "taisho.abridged_change"]
    assert (f.location.table_row, f.location.article) == (2, "3")  # the row after 第3条's, in a table of its own


def _respelled(bill, name: str):
    """``bill`` as other municipalities spell the same table: 「略」 without brackets, 「2及び3」
    for 「2・3」, labels spaced out or with a note (「改 正 後（案）」, 「現　行」)."""
    import copy

    out = copy.deepcopy(bill)
    out.name = name
    out.new_label = " ".join(bill.new_label) + "（案）" if len(bill.new_label) > 1 else bill.new_label + "（改正案）"
    out.old_label = "　".join(bill.old_label)
    for t in out.tables:
        t.rows = [tuple(c.replace("（略）", "略").replace("・", "及び") for c in row) for row in t.rows]
    return out


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_other_spellings_of_the_same_tables_read_the_same(case, tmp_path: Path) -> None:
    clean = _rows(_respelled(case.clean, case.clean.name + "-r"), tmp_path)
    assert verify_rows(clean, case.current) == []
    merged = consolidate_from_table(case.current, clean)
    assert merged.failures == () and merged.text.rstrip("\n") == case.amended.rstrip("\n")
    seeded = _rows(_respelled(case.seeded, case.seeded.name + "-r"), tmp_path)
    assert _cells(verify_rows(seeded, case.current)) == case.expected


def test_several_articles_in_one_row_merge_one_by_one(tmp_path: Path) -> None:
    import copy

    bill = copy.deepcopy(KUSU.clean)
    bill.name = "kusunoki-one-row"
    rows = bill.tables[0].rows
    (n6, o6), (n7, o7) = rows[5], rows[6]
    rows[5:7] = [(n6 + "\n" + n7, o6 + "\n" + o7)]  # 第7条 and 第8条 (moved up) in one row
    table_rows = _rows(bill, tmp_path)
    assert len(table_rows) == 6 and verify_rows(table_rows, KUSU.current) == []
    merged = consolidate_from_table(KUSU.current, table_rows)
    assert merged.failures == () and merged.text.rstrip("\n") == KUSU.amended.rstrip("\n")
