"""Two versions → 対照表 rows, the 対照表 .docx, reading it back, 傍線 checks, consolidation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.amend.compare import compare_texts, number_key
from ordreview.core.amend.taishohyo import (
    TableRow,
    TableSide,
    consolidate_from_table,
    rows_from_document,
    verify_rows,
)
from ordreview.core.read.tables import read_docx_tables
from ordreview.export.taishohyo import TableSettings, export_taishohyo
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
CURRENT = (AMEND / "yuzuriha-current.txt").read_text(encoding="utf-8")
AMENDED = (AMEND / "yuzuriha-amended.txt").read_text(encoding="utf-8")


def _marked(text: str, marks) -> list[str]:
    return [text[s:e] for s, e in marks]


def test_rows_of_the_2017_amendment() -> None:
    diff = compare_texts(CURRENT, AMENDED)
    summary = [(r.kind, r.old.label if r.old else None, r.new.label if r.new else None) for r in diff.rows]
    assert summary == [
        ("changed", "目次", "目次"),
        ("changed", "第2条", "第2条"),
        ("changed", "第5条", "第5条"),
        ("changed", "第6条", "第6条"),
        ("added", None, "第3章の2"),
        ("added", None, "第13条の2"),
        ("added", None, "第13条の3"),
        ("added", None, "第13条の4"),
        ("added", None, "第13条の5"),
        ("added", None, "第16条"),
        ("renumbered", "第16条", "第17条"),
        ("renumbered", "第17条", "第18条"),
        ("renumbered", "第18条", "第19条"),
    ]
    art5 = diff.rows[2]
    assert _marked(art5.new.text, art5.new_marks) == ["要配慮"]
    assert _marked(art5.old.text, art5.old_marks) == ["思想、信条及び信教に関する個人情報並びに社会的差別の原因となるおそれのある"]
    art2 = diff.rows[1]
    old_marks = _marked(art2.old.text, art2.old_marks)
    assert "(3)" in old_marks and "(4)" in old_marks  # renumbered items: whole markers underlined
    moved = diff.rows[10]
    assert not moved.text_changed
    assert _marked(moved.new.text, moved.new_marks) == ["第17条"] and _marked(moved.old.text, moved.old_marks) == ["第16条"]


def test_whole_rewrite_at_same_number_is_one_changed_row() -> None:
    new = CURRENT.replace("第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。",
                          "第3条　町は、町民の権利利益が侵害されないよう、あらゆる施策を通じて万全を期するものとする。")
    rows = compare_texts(CURRENT, new).rows
    assert [(r.kind, r.old.label, r.new.label) for r in rows] == [("changed", "第3条", "第3条")]


def test_deleted_article_and_moves_up() -> None:
    cut = CURRENT.replace("（苦情の処理）\n第17条　実施機関は、個人情報の取扱いに関する苦情の申出があったときは、適切かつ迅速に処理するよう努めなければならない。\n\n", "")
    cut = cut.replace("第18条　この条例の施行", "第17条　この条例の施行")
    rows = compare_texts(CURRENT, cut).rows
    kinds = [(r.kind, r.old.label if r.old else None, r.new.label if r.new else None) for r in rows]
    assert ("deleted", "第17条", None) in kinds and ("renumbered", "第18条", "第17条") in kinds


def test_number_key_reads_kanji_and_width() -> None:
    assert number_key("第十五条の二") == (15, 2) == number_key("第１５条の２")


def test_generated_table_reads_back_without_finding_and_consolidates(tmp_path: Path) -> None:
    diff = compare_texts(CURRENT, AMENDED)
    path = export_taishohyo(diff, tmp_path / "t.docx")
    doc = read_docx_tables(path)
    rows = rows_from_document(doc)
    assert len(rows) == len(diff.rows)
    assert verify_rows(rows, CURRENT) == []
    merged = consolidate_from_table(CURRENT, rows)
    assert merged.failures == () and merged.text == AMENDED


def test_old_left_table_reads_with_the_same_columns(tmp_path: Path) -> None:
    diff = compare_texts(CURRENT, AMENDED)
    path = export_taishohyo(diff, tmp_path / "t.docx", settings=TableSettings(old_left=True, new_label="改正案", old_label="現行"))
    rows = rows_from_document(read_docx_tables(path))
    assert rows[1].new.text.startswith("（定義）") and "個人識別符号" in rows[1].new.text
    assert "個人識別符号" not in rows[1].old.text
    assert consolidate_from_table(CURRENT, rows).text == AMENDED


def test_hand_made_clean_bill_has_no_finding_and_consolidates() -> None:
    rows = rows_from_document(read_docx_tables(AMEND / "yuzuriha-taishohyo.docx"))
    assert verify_rows(rows, CURRENT) == []
    assert consolidate_from_table(CURRENT, rows).text == AMENDED


def test_seeded_bill_gives_exactly_the_expected_findings() -> None:
    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))
    rows = rows_from_document(read_docx_tables(AMEND / expected["bill"]))
    got = [
        {"rule": f.rule, "severity": f.severity, "table_row": f.location.table_row, "column": f.location.column, "anchor": f.anchor_text.replace("\u3000", "　")}
        for f in verify_rows(rows, CURRENT)
    ]
    want = [{k: v for k, v in e.items() if k != "seeded"} for e in expected["findings"]]
    assert got == want
    without_current = {f.rule for f in verify_rows(rows)}
    assert "taisho.old_mismatch" not in without_current


def test_unmarked_and_stray_marks_on_a_plain_row() -> None:
    row = TableRow(1, TableSide("第3条　町は、特定個人情報を守る。", ((7, 9),)), TableSide("第3条　町は、個人情報を守る。", ()))
    assert verify_rows([row]) == []
    missing = TableRow(1, TableSide("第3条　町は、特定個人情報を守る。", ()), TableSide("第3条　町は、個人情報を守る。", ()))
    (f,) = verify_rows([missing])
    assert (f.rule, f.location.column, f.anchor_text, f.location.article) == ("taisho.unmarked_change", "new", "特定", "3")
    stray = TableRow(1, TableSide("第3条　町は、特定個人情報を守る。", ((7, 9), (10, 12))), TableSide("第3条　町は、個人情報を守る。", ()))
    (f,) = verify_rows([stray])
    assert (f.rule, f.severity, f.anchor_text) == ("taisho.stray_mark", "warning", "人情")


def test_a_widened_mark_on_a_number_is_accepted() -> None:
    row = TableRow(1, TableSide("第3条　前条第5項による。", ((6, 9),)), TableSide("第3条　前条第4項による。", ((6, 9),)))
    assert verify_rows([row]) == []


def test_unmatched_old_cell_is_a_failure_not_a_guess() -> None:
    rows = [TableRow(1, TableSide("第3条　別の文。"), TableSide("第3条　存在しない文。"))]
    merged = consolidate_from_table(CURRENT, rows)
    assert merged.text == CURRENT and [n for n, *_ in merged.failures] == [1]


def test_document_without_a_header_is_refused(tmp_path: Path) -> None:
    import docx

    from ordreview.core.errors import ReadError

    d = docx.Document()
    d.add_table(rows=2, cols=2).rows[0].cells[0].text = "項目"
    d.save(tmp_path / "x.docx")
    with pytest.raises(ReadError) as err:
        rows_from_document(read_docx_tables(tmp_path / "x.docx"))
    assert "改正後" in err.value.message_ja


def test_check_table_bill_in_one_call() -> None:
    from ordreview.core.amend.taishohyo import check_table_bill

    clean = check_table_bill(str(AMEND / "yuzuriha-taishohyo.docx"), CURRENT)
    assert clean.findings == () and clean.consolidation.text == AMENDED and len(clean.rows) == 9
    seeded = check_table_bill(str(AMEND / "yuzuriha-taishohyo-seeded.docx"), CURRENT)
    assert [f.location.table_row for f in seeded.findings] == [2, 3, 4, 5, 7]
    assert [n for n, *_ in seeded.consolidation.failures] == [7]  # its 改正前 is not the text in force


def test_abridged_cells_are_filled_in_from_the_text_in_force() -> None:
    art6_head = "（個人情報取扱事務の登録）\n第6条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を開始しようとするときは、次に掲げる事項を登録簿に登録しなければならない。"
    rows = [
        TableRow(1, TableSide(art6_head + "\n　(1)～(3)　（略）\n　(4)　要配慮個人情報が含まれるときは、その旨\n　(5)　その他規則で定める事項\n2　（略）"),
                 TableSide(art6_head + "\n　(1)～(3)　（略）\n　(4)　その他規則で定める事項\n2　（略）")),
        TableRow(2, TableSide("（組織）\n第15条　審議会は、委員5人以内で組織する。\n2　（略）\n3　委員の任期は、2年とする。"),
                 TableSide("（組織）\n第15条　審議会は、委員5人以内で組織する。\n2　（略）")),
        TableRow(3, TableSide("（審議会への諮問）\n第16条　実施機関は、あらかじめ、審議会の意見を聴かなければならない。"), TableSide("", (), "新設")),
        TableRow(4, TableSide("（運用状況の公表）\n第17条　（略）"), TableSide("（運用状況の公表）\n第16条　（略）")),
        TableRow(5, TableSide("（苦情の処理）\n第18条　（略）"), TableSide("（苦情の処理）\n第17条　（略）")),
        TableRow(6, TableSide("（委任）\n第19条　（略）"), TableSide("（委任）\n第18条　（略）")),
    ]
    expected = CURRENT.replace("　(4)　その他規則で定める事項", "　(4)　要配慮個人情報が含まれるときは、その旨\n　(5)　その他規則で定める事項")
    expected = expected.replace("2　委員は、学識経験を有する者のうちから、町長が委嘱する。\n",
                                "2　委員は、学識経験を有する者のうちから、町長が委嘱する。\n3　委員の任期は、2年とする。\n\n（審議会への諮問）\n第16条　実施機関は、あらかじめ、審議会の意見を聴かなければならない。\n")
    for n in (18, 17, 16):
        expected = expected.replace(f"\n第{n}条　", f"\n第{n + 1}条　")
    expected = expected.replace("\n第17条　実施機関は、あらかじめ", "\n第16条　実施機関は、あらかじめ")
    merged = consolidate_from_table(CURRENT, rows)
    assert merged.failures == ()
    assert merged.text == expected


def test_abridged_line_that_does_not_exist_is_a_failure() -> None:
    rows = [TableRow(1, TableSide("（組織）\n第15条　審議会は、委員5人以内で組織する。\n3　（略）"), TableSide("（組織）\n第15条　審議会は、委員5人以内で組織する。\n3　（略）"))]
    assert [n for n, *_ in consolidate_from_table(CURRENT, rows).failures] == [1]
