"""The review report: cover, coverage counts, findings table, landscape 対照表 with 傍線."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_UNDERLINE
from docx.oxml.ns import qn

from ordreview.core.model import Coverage, DiffChunk, RequirementId, Span
from ordreview.export.report import build_report, export_report, location_label, marks_of
from tests.export.helpers import (
    REVIEWER,
    annotation,
    bare_ordinance,
    comparison,
    finding,
    review_of,
    span_of,
    text_document,
)
from ordreview.core.model import Location

LINES = [
    "架空市個人情報保護条例",
    "（定義）",
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
    "(1)　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。",
    "(2)　実施機関　市長、教育委員会及び議会をいう。",
]
DRAFT = "生存する個人に関する情報であって、特定の個人を識別することができるもの"
STATUTE = "生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの"
COMPARED = STATUTE[:59] + "情報"
# ruler: DRAFT[17:33] == COMPARED[43:59] == "特定の個人を識別することができる";
# COMPARED[17:43] is the inserted passage, "もの" / "情報" the replaced ending
CHUNKS = (
    DiffChunk("equal", 0, 17, 0, 17),
    DiffChunk("insert", 17, 17, 17, 43),
    DiffChunk("equal", 17, 33, 43, 59),
    DiffChunk("replace", 33, 35, 59, 61),
)


def _review():
    doc = text_document(LINES)
    ordinance = bare_ordinance(doc, title="架空市個人情報保護条例")
    comp = comparison(DRAFT, COMPARED, CHUNKS, span_of(doc, DRAFT))
    f_def = finding(doc, span_of(doc, DRAFT), comparison=comp)
    f_gap = finding(doc, ordinance.title_span, rule="gap", requirement="B2", severity="error",
                    message_ja="要配慮個人情報の定義がありません。", suggestion="(3)　要配慮個人情報　本人の人種…をいう。",
                    statute="行政機関個人情報保護法 第2条第4項", point="B")
    f_word = finding(doc, span_of(doc, "市長、教育委員会及び議会"), rule="term.scope", requirement="O3", severity="info",
                     message_ja="実施機関の範囲を確認してください。", suggestion="市長、教育委員会、選挙管理委員会及び議会", point="other")
    coverage = (
        Coverage(RequirementId("A1"), "partial", (), 0.7, 0.2, None),
        Coverage(RequirementId("A2"), "covered", (Location("2", 1, "1", None),), 0.9, 0.5, None),
        Coverage(RequirementId("B2"), "missing", (), 0.1, 0.0, "below_floor"),
        Coverage(RequirementId("C0"), "not_applicable", (), 0.0, 0.0, "conditional"),
        Coverage(RequirementId("C1"), "not_applicable", (), 0.0, 0.0, "conditional"),
    )
    return review_of(ordinance, [f_def, f_gap, f_word], coverage), (f_def, f_gap, f_word)


def _report(tmp_path: Path, **kw) -> tuple[docx.document.Document, tuple]:
    review, fs = _review()
    out = export_report(review=review, annotations={fs[0].id: annotation(fs[0], "on_hold", "審議会に諮る")},
                        reviewer=REVIEWER, path=tmp_path / "report.docx", municipality="架空市", **kw)
    return docx.Document(str(out)), fs


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_cover_names_draft_reviewer_profile_and_hash(tmp_path: Path) -> None:
    review, _ = _review()
    d = build_report(review=review, annotations={}, reviewer=REVIEWER, municipality="架空市", today=dt.date(2026, 11, 27))
    assert _cells(d.tables[0]) == [
        ["項目", "内容"],
        ["条例案の題名", "架空市個人情報保護条例"],
        ["団体名", "架空市"],
        ["作成日", "2026年11月27日"],
        ["審査者", "法制 太郎"],
        ["審査基準（プロファイル）", "basic-policy-2016（版 2016.1）"],
        ["条例案ファイル", "draft.txt"],
        ["SHA-256", "0" * 64],
        ["指摘件数", "誤り 1件、注意 1件、参考 1件（計 3件）"],
    ]


def test_coverage_counts_per_point(tmp_path: Path) -> None:
    d, _ = _report(tmp_path)
    assert _cells(d.tables[1]) == [
        ["観点", "充足", "一部", "欠落", "対象外", "計"],
        ["A　個人情報の定義の明確化", "1", "1", "0", "0", "2"],
        ["B　要配慮個人情報の取扱い", "0", "0", "1", "0", "1"],
        ["C　非識別加工情報の提供の仕組み", "0", "0", "0", "2", "2"],
        ["その他", "0", "0", "0", "0", "0"],
    ]
    per_req = _cells(d.tables[2])
    assert [row[0] for row in per_req] == ["ID", "A1", "A2", "B2", "C0", "C1"]
    assert [row[2] for row in per_req[1:]] == ["一部", "充足", "欠落", "対象外", "対象外"]
    assert per_req[2][3] == "第2条第1項第1号"


def test_findings_table_sorted_by_location_with_status_and_comment(tmp_path: Path) -> None:
    d, fs = _report(tmp_path)
    rows = _cells(d.tables[3])
    assert rows[0] == ["No.", "位置", "重要度", "項目", "指摘内容", "根拠・修正案", "状況", "担当者コメント"]
    assert [r[4] for r in rows[1:]] == ["要配慮個人情報の定義がありません。", "定義が法と異なります。", "実施機関の範囲を確認してください。"]
    assert [r[2] for r in rows[1:]] == ["誤り", "注意", "参考"]
    assert [(r[6], r[7]) for r in rows[1:]] == [("未確認", ""), ("保留", "審議会に諮る"), ("未確認", "")]
    assert rows[1][5] == "行政機関個人情報保護法 第2条第4項\n修正案: 「(3)　要配慮個人情報　本人の人種…をいう。」"


def test_every_table_repeats_its_header_row(tmp_path: Path) -> None:
    d, _ = _report(tmp_path)
    for table in d.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in table.rows[1:])


def test_findings_and_comparison_sections_are_landscape(tmp_path: Path) -> None:
    d, _ = _report(tmp_path)
    assert len(d.sections) == 3
    first, findings, tables = d.sections
    assert first.orientation == WD_ORIENT.PORTRAIT and first.page_width < first.page_height
    for section in (findings, tables):
        assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
        assert (section.page_width, section.page_height) == (first.page_height, first.page_width)
    body = d.element.body
    sect_breaks = [p for p in body.iter(qn("w:p")) if p.find(qn("w:pPr")) is not None and p.find(qn("w:pPr")).find(qn("w:sectPr")) is not None]
    texts_after = []
    for p in sect_breaks:
        nxt = p.getnext()
        while nxt is not None and not "".join(t.text for t in nxt.iter(qn("w:t"))):
            nxt = nxt.getnext()
        texts_after.append("".join(t.text for t in nxt.iter(qn("w:t"))))
    assert texts_after == ["2　指摘事項一覧", "3　対照表"]


def _underlined_positions(cell) -> set[int]:
    pos, marked = 0, set()
    for run in cell.paragraphs[0].runs:
        if run.font.underline == WD_UNDERLINE.SINGLE:
            marked.update(range(pos, pos + len(run.text)))
        pos += len(run.text)
    return marked


def _expected(chunks, side: str) -> set[int]:
    return {i for a, b in marks_of(chunks, side) for i in range(a, b)}


@pytest.mark.parametrize("statute_first", [False, True])
def test_bosen_underlines_exactly_the_changed_characters(tmp_path: Path, statute_first: bool) -> None:
    d, _ = _report(tmp_path, statute_first=statute_first)
    table = d.tables[4]
    header = [c.text for c in table.rows[0].cells]
    draft_col = 1 if statute_first else 0
    assert header == (["法（参考）", "条例案"] if statute_first else ["条例案", "法（参考）"])
    cells = table.rows[1].cells
    assert cells[draft_col].text == DRAFT
    assert cells[1 - draft_col].text == COMPARED
    assert _underlined_positions(cells[draft_col]) == _expected(CHUNKS, "a") == {33, 34}
    assert _underlined_positions(cells[1 - draft_col]) == _expected(CHUNKS, "b") == set(range(17, 43)) | {59, 60}


def test_suggestions_get_their_own_comparison_tables(tmp_path: Path) -> None:
    # 新旧対照表 order: 修正案 left, 原案 right; the whole provision (here the whole line: the
    # bare test ordinance has no parsed articles) with only the changed characters underlined.
    d, _ = _report(tmp_path)
    gap, rewrite = d.tables[5], d.tables[6]
    assert _cells(gap) == [["修正案", "原案"], ["(3)　要配慮個人情報　本人の人種…をいう。", "（新設）"]]
    assert _underlined_positions(gap.rows[1].cells[0]) == set(range(len("(3)　要配慮個人情報　本人の人種…をいう。")))
    assert _underlined_positions(gap.rows[1].cells[1]) == set()
    old_line = LINES[4]
    new_line = old_line.replace("教育委員会及び", "教育委員会、選挙管理委員会及び")
    assert _cells(rewrite) == [["修正案", "原案"], [new_line, old_line]]
    # "及び" became "、選挙管理委員会及び": only the inserted characters are marked, on the left
    start = old_line.index("市長")
    assert _underlined_positions(rewrite.rows[1].cells[0]) == set(range(start + 8, start + 16))
    assert _underlined_positions(rewrite.rows[1].cells[1]) == set()
    headings = [p.text for p in d.paragraphs if p.text.startswith(("本則", "全体", "第2条", "個人情報の定義"))]
    assert headings == [  # named as the window and the CLI name them: a missing provision (anchored on
        # the title) concerns the whole ordinance; the bare ordinance has no parsed article, its text is 本則
        "個人情報の定義（行政機関個人情報保護法 第2条第2項）",
        "全体　B2　要配慮個人情報の定義がありません。",
        "本則　O3　実施機関の範囲を確認してください。",
    ]


def test_footer_has_a_page_field_and_styles_a_japanese_face(tmp_path: Path) -> None:
    d, _ = _report(tmp_path)
    footer = d.sections[0].footer.paragraphs[0]._p
    assert [t.text for t in footer.iter(qn("w:instrText"))] == [" PAGE "]
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "ＭＳ 明朝"


def test_empty_review_still_makes_a_report(tmp_path: Path) -> None:
    doc = text_document(LINES)
    out = export_report(review=review_of(bare_ordinance(doc), []), annotations={}, reviewer=REVIEWER, path=tmp_path / "r.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "指摘事項なし。" in text and "対照する規定なし。" in text


@pytest.mark.parametrize(
    ("loc", "label"),
    [
        (Location("2", None, None, Span(0, 1)), "第2条"),
        (Location("34_2", 2, None, Span(0, 1)), "第34条の2第2項"),
        (Location("5", 1, "3", Span(0, 1)), "第5条第1項第3号"),
        (Location("5", 1, "2_2.1", Span(0, 1)), "第5条第1項第2号の2ア"),
        (Location(None, None, None, None), "全体"),  # one name for the whole ordinance, as in the window and the CLI
    ],
)
def test_location_label(loc: Location, label: str) -> None:
    assert location_label(loc) == label


def test_finding_rows_stay_whole_but_comparison_rows_may_break(tmp_path: Path) -> None:
    d, _ = _report(tmp_path)

    def cant_split(row) -> bool:
        trpr = row._tr.trPr
        return trpr is not None and trpr.find(qn("w:cantSplit")) is not None

    assert all(cant_split(r) for r in d.tables[3].rows)
    assert [cant_split(r) for r in d.tables[4].rows] == [True, False]


def test_post_2023_report_counts_per_profile_group_not_as_other() -> None:
    """A 施行条例 profile has no points A–C: the summary counts its requirements under the
    profile's own group headings (総則, 開示…), each requirement in exactly one row."""
    from ordreview.core.choose import choose_profile
    from ordreview.core.profile import load_profile
    from ordreview.core.parse import load_ordinance
    from ordreview.core.review import review_ordinance

    ordinance = load_ordinance(Path(__file__).resolve().parents[2] / "fixtures" / "post-2023.txt")
    review = review_ordinance(ordinance, choose_profile(ordinance).profile)
    assert review.profile_id == "kojin-joho-2023"
    d = build_report(review=review, annotations={}, reviewer=REVIEWER, today=dt.date(2026, 11, 27))
    rows = _cells(d.tables[1])
    groups = load_profile("kojin-joho-2023").groups
    assert [r[0] for r in rows[1:]] == [g.title_ja for g in groups]
    assert "その他" not in [r[0] for r in rows]
    general = next(r for r in rows if r[0].startswith("総則"))
    statuses = {str(c.requirement): c.status for c in review.coverage}
    expected = [sum(1 for rid in ("P1", "P2", "P3", "P4") if statuses.get(rid) == s)
                for s in ("covered", "partial", "missing", "not_applicable")]
    assert [int(x) for x in general[1:5]] == expected
    assert sum(int(r[5]) for r in rows[1:]) == len(review.coverage)


def test_every_2023_requirement_is_in_one_group() -> None:
    from ordreview.core.profile import load_profile

    profile = load_profile("kojin-joho-2023")
    placed = [rid for g in profile.groups for rid in g.requirements]
    assert sorted(placed) == sorted(str(r.id) for r in profile.requirements)
    assert len(placed) == len(set(placed))


def test_delegations_are_one_finding_and_a_checklist_table_in_the_report() -> None:
    from ordreview.core.checks.integrity_style import delegations
    from ordreview.core.review import review_file

    review = review_file(Path(__file__).resolve().parents[2] / "fixtures" / "defects.txt")
    o8 = [f for f in review.findings if f.rule == "delegation"]
    rows_ = delegations(review.ordinance)
    assert len(o8) == 1 and len(rows_) > 20 and len(o8[0].evidence) == len(rows_)
    d = build_report(review=review, annotations={}, reviewer=REVIEWER, today=dt.date(2026, 11, 27))
    (table,) = [t for t in d.tables if [c.text for c in t.rows[0].cells][:3] == ["No.", "規定", "委任の内容（規定の文言）"]]
    body = _cells(table)[1:]
    assert [r[1] for r in body] == [r.where for r in rows_]
    assert {r[1] for r in body if r[4].startswith("手数料")} == {"第47条の13第1項"}
    assert all(r[5] == "□" for r in body)
    # a row quotes whole sentences or whole phrases, never a bracket left open
    assert all(r[2].count("（") == r[2].count("）") for r in body)


def test_advice_in_brackets_is_shown_as_what_to_do_not_as_a_wording() -> None:
    from ordreview.export.annotate import comment_lines

    doc = text_document(LINES)
    ordinance = bare_ordinance(doc, title="架空市個人情報保護条例")
    advice = finding(doc, span_of(doc, DRAFT), rule="num.item", requirement="O5", severity="error", point="other",
                     message_ja="第2条第1項第3号が欠けている。番号を改められたい。", suggestion="（第3号を置くか、第4号以下を繰り上げる。）")
    lines = [text for text, _ in comment_lines(advice, None, ordinance)]
    assert "対応: 第3号を置くか、第4号以下を繰り上げる。" in lines
    assert not any(line.startswith("修正案") for line in lines)
    d = build_report(review=review_of(ordinance, [advice]), annotations={}, reviewer=REVIEWER, today=dt.date(2026, 11, 27))
    (row,) = [r for t in d.tables for r in _cells(t) if r[0] == "1" and len(r) == 8]
    assert row[5].endswith("対応: 第3号を置くか、第4号以下を繰り上げる。")


def test_long_advice_is_shown_whole_in_the_findings_table() -> None:
    """Advice never goes to the 対照表, so the findings table must not send the reader there."""
    doc = text_document(LINES)
    ordinance = bare_ordinance(doc, title="架空市個人情報保護条例")
    long_advice = "（" + "第6条第1項に号を加え、" * 10 + "同号以下を繰り下げる。）"
    f = finding(doc, span_of(doc, DRAFT), rule="gap", requirement="B3", severity="error", point="B",
                message_ja="登録簿の記載事項がない。", suggestion=long_advice)
    d = build_report(review=review_of(ordinance, [f]), annotations={}, reviewer=REVIEWER, today=dt.date(2026, 11, 27))
    (row,) = [r for t in d.tables for r in _cells(t) if r[0] == "1" and len(r) == 8]
    assert row[5].endswith("対応: " + long_advice[1:-1]) and "全文は対照表" not in row[5]


def test_new_items_and_a_rewritten_item_in_a_go_style_draft(tmp_path: Path) -> None:
    """old-style.txt lacks four definitions and defines 個人情報 in the old form: the 対照表
    numbers the four new 号 as --suggest-changes inserts them ((5) to (8), not four (5)), and
    shows the draft's own (2) rewritten with ア, イ against the draft's line, not as （新設）."""
    from ordreview.core.review import review_file
    from tests.conftest import FIXTURES

    review = review_file(FIXTURES / "old-style.txt")
    out = export_report(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "r.docx")
    rows = [_cells(t) for t in docx.Document(str(out)).tables]
    pairs = [(r[0], r[1]) for table in rows for r in table[1:] if len(r) == 2]
    heads = sorted(new.split("　")[0] for new, old in pairs
                   if old == "（新設）" and new.split("　")[1:2] and new.split("　")[1] in
                   {"個人識別符号", "要配慮個人情報", "保有個人情報", "個人情報ファイル"})
    assert heads == ["(5)", "(6)", "(7)", "(8)"]
    (rewritten,) = [(new, old) for new, old in pairs if new.startswith("(2)　個人情報　生存する") and "\nイ　" in new]
    assert rewritten[1].startswith("(2)　個人情報　個人に関する情報であって")
