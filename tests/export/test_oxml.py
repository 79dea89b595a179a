"""Element helpers: run splitting, run slots, tracked-change elements, table flags."""

from __future__ import annotations

import datetime as dt

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from ordreview.export import oxml

W = nsdecls("w")
WHEN = dt.datetime(2026, 11, 27, 1, 2, 3, tzinfo=dt.timezone.utc)


def para(inner: str) -> etree._Element:
    return parse_xml(f"<w:p {W}>{inner}</w:p>")


def texts(p: etree._Element) -> list[str]:
    return [oxml.run_text(s.r) for s in oxml.iter_run_slots(p)]


B = "<w:rPr><w:b/></w:rPr>"


@pytest.mark.parametrize(
    ("inner", "offset", "expected"),
    [
        # ruler:        0123456
        (f"<w:r>{B}<w:t>第2条定義</w:t></w:r>", 3, ["第2条", "定義"]),
        (f"<w:r>{B}<w:t>ab</w:t><w:tab/><w:t>cd</w:t></w:r>", 2, ["ab", "\tcd"]),
        (f"<w:r>{B}<w:t>ab</w:t><w:tab/><w:t>cd</w:t></w:r>", 3, ["ab\t", "cd"]),
        (f"<w:r>{B}<w:t>ab</w:t><w:t>cd</w:t></w:r>", 1, ["a", "bcd"]),
        (f"<w:r><w:t>x</w:t></w:r><w:r>{B}<w:t>abcd</w:t></w:r>", 3, ["x", "ab", "cd"]),
        (f"<w:r>{B}<w:t>abcd</w:t></w:r>", 0, ["abcd"]),
        (f"<w:r>{B}<w:t>abcd</w:t></w:r>", 4, ["abcd"]),
    ],
)
def test_ensure_boundary_splits_runs_keeping_text(inner: str, offset: int, expected: list[str]) -> None:
    p = para(inner)
    before = oxml.paragraph_run_text(p)
    oxml.ensure_boundary(p, offset)
    assert texts(p) == expected
    assert oxml.paragraph_run_text(p) == before


def test_split_run_copies_rpr_to_both_halves() -> None:
    p = para(f"<w:r>{B}<w:t>個人情報</w:t></w:r>")
    r = p.find(qn("w:r"))
    right = oxml.split_run(r, 2)
    assert [etree.tostring(x.find(qn("w:rPr"))) for x in (r, right)] == [etree.tostring(parse_xml(f"<w:rPr {W}><w:b/></w:rPr>"))] * 2
    assert right.find(qn("w:t")).get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("<w:r><w:t>ab</w:t></w:r><w:ins><w:r><w:t>cd</w:t></w:r></w:ins>", [("ab", 0, 2), ("cd", 2, 4)]),
        ("<w:r><w:t>ab</w:t></w:r><w:del><w:r><w:delText>xx</w:delText></w:r></w:del><w:r><w:t>c</w:t></w:r>", [("ab", 0, 2), ("c", 2, 3)]),
        ("<w:hyperlink><w:r><w:t>法</w:t></w:r></w:hyperlink><w:r><w:br/></w:r>", [("法", 0, 1), ("\n", 1, 2)]),
        ("<w:r><w:commentReference w:id='0'/></w:r><w:r><w:t>a</w:t></w:r>", [("a", 0, 1)]),
    ],
)
def test_run_slots_follow_accepted_view(inner: str, expected: list[tuple[str, int, int]]) -> None:
    p = para(inner)
    assert [(oxml.run_text(s.r), s.start, s.end) for s in oxml.iter_run_slots(p)] == expected


def test_runs_covering_returns_exact_runs() -> None:
    p = para("<w:r><w:t>第3条　実施機関は</w:t></w:r>")
    runs = oxml.runs_covering(p, 4, 8)
    assert [oxml.run_text(r) for r in runs] == ["実施機関"]
    assert texts(p) == ["第3条　", "実施機関", "は"]


def test_point_comment_sits_at_offset() -> None:
    p = para("<w:r><w:t>abcd</w:t></w:r>")
    oxml.insert_point_comment(p, 2, 7)
    tags = [etree.QName(c).localname for c in p]
    assert tags == ["r", "commentRangeStart", "commentRangeEnd", "r", "r"]
    assert texts(p) == ["ab", "cd"]


def test_wrap_deleted_turns_text_into_deltext() -> None:
    p = para("<w:r><w:t>特定</w:t></w:r>")
    deleted = oxml.wrap_deleted(p.find(qn("w:r")), rev_id=5, author="法制 太郎", when=WHEN)
    assert etree.tostring(deleted, encoding="unicode").endswith(
        'w:id="5" w:author="法制 太郎" w:date="2026-11-27T01:02:03Z"><w:r><w:delText>特定</w:delText></w:r></w:del>'
    )
    assert oxml.paragraph_run_text(p) == ""


def test_inserted_run_carries_author_date_and_format() -> None:
    ins = oxml.make_inserted_run("次の", rpr=parse_xml(f"<w:rPr {W}><w:b/></w:rPr>"), rev_id=9, author="A", when=WHEN)
    assert ins.get(qn("w:author")) == "A"
    assert ins.get(qn("w:date")) == "2026-11-27T01:02:03Z"
    assert ins.find(qn("w:r")).find(qn("w:rPr")).find(qn("w:b")) is not None
    assert ins.find(qn("w:r")).find(qn("w:t")).text == "次の"


def test_max_annotation_id_sees_revisions_and_bookmarks() -> None:
    body = parse_xml(f"<w:body {W}><w:p><w:bookmarkStart w:id='4' w:name='x'/><w:ins w:id='12'/></w:p></w:body>")
    assert oxml.max_annotation_id(body) == 12


def test_east_asian_font_is_set() -> None:
    rpr = parse_xml(f"<w:rPr {W}/>")
    oxml.set_east_asian_font(rpr, "ＭＳ 明朝", latin="Century")
    fonts = rpr.find(qn("w:rFonts"))
    assert (fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii")), fonts.get(qn("w:hAnsi"))) == ("ＭＳ 明朝", "Century", "Century")


def test_page_field_is_a_complex_field() -> None:
    p = para("")
    oxml.append_field(p, "PAGE")
    kinds = [c[0].get(qn("w:fldCharType")) or c[0].text for c in p]
    assert kinds == ["begin", " PAGE ", "separate", "1", "end"]


def test_revision_and_comment_elements_are_typed_when_parsed() -> None:
    from ordreview.export.oxml.elements import CT_Markup, CT_TrackChange

    p = para(
        "<w:commentRangeStart w:id='3'/>"
        "<w:ins w:id='7' w:author='起案者' w:date='2026-01-02T03:04:05Z'><w:r><w:t>新</w:t></w:r></w:ins>"
        "<w:del w:id='8' w:author='起案者'><w:r><w:delText>旧</w:delText></w:r></w:del>"
    )
    start, ins, deleted = list(p)
    assert isinstance(start, CT_Markup) and start.id == 3
    assert isinstance(ins, CT_TrackChange) and isinstance(deleted, CT_TrackChange)
    assert (ins.id, ins.author, ins.date) == (7, "起案者", dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
    assert deleted.date is None


def _t(el: etree._Element) -> str:
    """The text of every ``w:t`` under ``el``."""
    return "".join(t.text or "" for t in el.iter(qn("w:t")))


def test_rewrite_range_marks_only_the_changed_words() -> None:
    p = para(f"<w:r>{B}<w:t>実施機関は、個人情報を収集する。</w:t></w:r>")
    ids = iter(range(100, 200))
    stamp = oxml.RevisionStamp("法制 太郎", WHEN, lambda: next(ids))
    # 個人情報 (6..10) becomes 保有個人情報: one insertion before it, nothing deleted
    assert oxml.rewrite_range(p, 6, 10, [oxml.EditOp(0, 0, "保有")], stamp)
    kinds = [(etree.QName(c).localname, _t(c)) for c in p]
    assert kinds == [("r", "実施機関は、"), ("ins", "保有"), ("r", "個人情報"), ("r", "を収集する。")]  # split at the range
    inserted = p[1]
    assert inserted.find(qn("w:r")).find(qn("w:rPr")).find(qn("w:b")) is not None  # formatted as the text before


def test_inserted_paragraphs_are_tracked_and_leave_numbering_behind() -> None:
    body = parse_xml(
        f"<w:body {W}><w:p><w:pPr><w:numPr><w:numId w:val='1'/></w:numPr><w:ind w:left='210'/></w:pPr>"
        f"<w:r>{B}<w:t>第1条</w:t></w:r></w:p></w:body>"
    )
    anchor = body[0]
    ids = iter(range(1, 10))
    oxml.insert_paragraphs_after(anchor, ["第2条　新設", "", "第3条　新設"], oxml.RevisionStamp("A", WHEN, lambda: next(ids)))
    new = list(body)[1:]
    assert [_t(p) for p in new] == ["第2条　新設", "第3条　新設"]
    for p in new:
        ppr = p.find(qn("w:pPr"))
        assert ppr.find(qn("w:numPr")) is None and ppr.find(qn("w:ind")) is not None
        assert ppr.find(qn("w:rPr")).find(qn("w:ins")) is not None  # the paragraph mark is inserted


def test_table_rows_and_widths_follow_the_schema_order() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    oxml.row_repeat_as_header(table.rows[0])
    oxml.row_cant_split(table.rows[1])
    oxml.cell_shading(table.rows[0].cells[0], "D9D9D9")
    oxml.table_fixed_widths(table, [1000, 2000])
    tbl = table._tbl
    trpr = [etree.QName(c).localname for c in tbl.tr_lst[0].trPr]
    assert trpr == ["cantSplit", "tblHeader"]
    tblpr = [etree.QName(c).localname for c in tbl.tblPr]
    assert tblpr.index("tblLayout") < tblpr.index("tblLook")
    assert [c.get(qn("w:w")) for c in tbl.tblGrid] == ["1000", "2000"]
    assert [tc.tcPr.find(qn("w:tcW")).get(qn("w:w")) for tc in tbl.tr_lst[1].tc_lst] == ["1000", "2000"]
    shd = tbl.tr_lst[0].tc_lst[0].tcPr.find(qn("w:shd"))
    assert (shd.val, shd.fill) == ("clear", "D9D9D9")


def test_rewrite_range_deletes_then_inserts_a_replaced_word() -> None:
    p = para(f"<w:r>{B}<w:t>個人情報を収集する。</w:t></w:r>")
    ids = iter(range(100, 200))
    stamp = oxml.RevisionStamp("法制 太郎", WHEN, lambda: next(ids))
    assert oxml.rewrite_range(p, 0, 10, [oxml.EditOp(5, 2, "取得")], stamp)  # 収集 → 取得
    kinds = [(etree.QName(c).localname, _t(c)) for c in p]
    assert kinds == [("r", "個人情報を"), ("del", ""), ("ins", "取得"), ("r", "する。")]
    deleted = p[1]
    assert "".join(t.text for t in deleted.iter(qn("w:delText"))) == "収集"
    assert (deleted.id, p[2].id) == (100, 101)
    assert oxml.paragraph_run_text(p) == "個人情報を取得する。"  # as the reader counts it: changes accepted


def test_rewrite_range_leaves_runs_inside_a_hyperlink_alone() -> None:
    p = para("<w:hyperlink><w:r><w:t>個人情報</w:t></w:r></w:hyperlink>")
    stamp = oxml.RevisionStamp("A", WHEN, lambda: 1)
    assert not oxml.rewrite_range(p, 0, 4, [oxml.EditOp(0, 2, "保有")], stamp)
    assert p.find(qn("w:ins")) is None and p.find(qn("w:del")) is None
