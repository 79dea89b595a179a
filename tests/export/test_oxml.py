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
