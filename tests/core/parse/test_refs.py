"""Cross-references: absolute, ranges, relative, divisions, external instruments, unresolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.model import NodeRef, Span
from ordreview.core.parse import parse_text

BASE = """\
第1章　総則
第1条　甲とする。
2　乙とする。
3　丙とする。
第2条　次に掲げる。
(1)　一号
(2)　二号
(3)　三号
第2条の2　丁とする。
第2章　雑則
第3条　戊とする。
2　己とする。
"""
# BASE ends after 第3条第2項; each case appends one line as 第3条第3項 (or 第4条) and reads
# the references of that line.


def _refs(line: str) -> list[tuple]:
    text = BASE + line
    o = parse_text(text)
    start = len(BASE)
    return [
        (r.text, r.kind, r.target, r.range_end, r.external_law)
        for r in o.references
        if r.span.start >= start
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3　第1条の規定による。", [("第1条", "absolute", NodeRef("1"), None, None)]),
        ("3　第１条第２項の規定による。", [("第１条第２項", "absolute", NodeRef("1", 2), None, None)]),
        ("3　第2条第3号の規定による。", [("第2条第3号", "absolute", NodeRef("2", 1, "3"), None, None)]),
        ("3　第2条の2の規定による。", [("第2条の2", "absolute", NodeRef("2_2"), None, None)]),
        ("3　第二条の二の規定による。", [("第二条の二", "absolute", NodeRef("2_2"), None, None)]),
        ("3　第9条の規定による。", [("第9条", "absolute", None, None, None)]),
        ("3　第1条第5項の規定による。", [("第1条第5項", "absolute", None, None, None)]),
        ("3　第1条から第2条の2までの規定による。",
         [("第1条から第2条の2まで", "range", NodeRef("1"), NodeRef("2_2"), None)]),
        ("3　第1条から第8条までの規定による。", [("第1条から第8条まで", "range", None, None, None)]),
        ("3　第1項の規定による。", [("第1項", "absolute", NodeRef("3", 1), None, None)]),
        ("3　前項の規定による。", [("前項", "relative", NodeRef("3", 2), None, None)]),
        ("3　前2項の規定による。", [("前2項", "relative", NodeRef("3", 1), NodeRef("3", 2), None)]),
        ("3　前二項の規定による。", [("前二項", "relative", NodeRef("3", 1), NodeRef("3", 2), None)]),
        ("3　前条第2号の規定による。", [("前条第2号", "relative", None, None, None)]),  # 第2条の2 has no items
        ("3　前条の規定による。", [("前条", "relative", NodeRef("2_2"), None, None)]),
        ("3　次項の規定による。", [("次項", "relative", None, None, None)]),
        ("3　第1条第2項又は同条第3項の規定による。", [
            ("第1条第2項", "absolute", NodeRef("1", 2), None, None),
            ("同条第3項", "relative", NodeRef("1", 3), None, None),
        ]),
        ("3　第2条第1号及び同号の規定による。", [
            ("第2条第1号", "absolute", NodeRef("2", 1, "1"), None, None),
            ("同号", "relative", NodeRef("2", 1, "1"), None, None),
        ]),
        ("3　第2条第1号又は第3号の規定による。", [
            ("第2条第1号", "absolute", NodeRef("2", 1, "1"), None, None),
            ("第3号", "absolute", NodeRef("2", 1, "3"), None, None),
        ]),
        ("3　第1条、第2条及び第3条の規定による。", [
            ("第1条", "absolute", NodeRef("1"), None, None),
            ("第2条", "absolute", NodeRef("2"), None, None),
            ("第3条", "absolute", NodeRef("3"), None, None),
        ]),
        ("3　同項の規定による。", [("同項", "relative", None, None, None)]),
        ("3　第1章の規定による。", [("第1章", "absolute", NodeRef("1"), NodeRef("2_2"), None)]),
        ("3　第2章の規定による。", [("第2章", "absolute", NodeRef("3"), None, None)]),
        ("3　第5章の2の規定による。", [("第5章の2", "absolute", None, None, None)]),
        ("3　法第2条第3項に規定する。", [("第2条第3項", "external", None, None, "法")]),
        ("3　行政機関個人情報保護法第2条第4項に規定する。",
         [("第2条第4項", "external", None, None, "行政機関個人情報保護法")]),
        ("3　情報公開条例第13条に規定する。", [("第13条", "external", None, None, "情報公開条例")]),
        ("3　地方自治法第14条第3項に規定する。", [("第14条第3項", "external", None, None, "地方自治法")]),
        ("3　規則第2条に規定する。", [("第2条", "external", None, None, "規則")]),
        ("3　地方自治法（昭和22年法律第67号）第244条の2第3項に規定する。",
         [("第244条の2第3項", "external", None, None, "地方自治法")]),
        # a web copy's stray space after the law number's bracket
        ("3　地方自治法（昭和22年法律第67号） 第244条の2第3項に規定する。",
         [("第244条の2第3項", "external", None, None, "地方自治法")]),
        ("3　情報公開条例第5条及び同条第2項に規定する。", [
            ("第5条", "external", None, None, "情報公開条例"),
            ("同条第2項", "external", None, None, "情報公開条例"),
        ]),
        ("3　この条例第1条の規定による。", [("第1条", "absolute", NodeRef("1"), None, None)]),
        ("3　実施機関は、個人情報の保護に関する法律第2条に規定する。",
         [("第2条", "external", None, None, "個人情報の保護に関する法律")]),
        ("3　附則第2項の規定による。", []),
        ("3　「第1条」とあるのは「第2条」と読み替える。", []),
    ],
)
def test_references_from_article_3_paragraph_3(line: str, expected: list[tuple]) -> None:
    assert _refs(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(4)　前号の規定による。", [("前号", "relative", NodeRef("2", 1, "3"), None, None)]),
        ("(4)　前各号に掲げるもののほか", [("前各号", "relative", NodeRef("2", 1, "1"), NodeRef("2", 1, "3"), None)]),
        ("(4)　前3号に掲げるもののほか", [("前3号", "relative", NodeRef("2", 1, "1"), NodeRef("2", 1, "3"), None)]),
    ],
)
def test_item_relative_references(line: str, expected: list[tuple]) -> None:
    text = BASE.replace("(3)　三号\n", f"(3)　三号\n{line}\n")
    o = parse_text(text)
    got = [(r.text, r.kind, r.target, r.range_end, r.external_law)
           for r in o.references if r.source == NodeRef("2", 1, "4")]
    assert got == expected


def test_reference_source_and_span() -> None:
    text = BASE + "3　前条の規定による。"
    o = parse_text(text)
    (ref,) = [r for r in o.references if r.text == "前条"]
    start = text.index("前条の")
    assert ref.span == Span(start, start + 2)
    assert ref.source == NodeRef("3", 3)


def test_abbreviated_law_name_from_the_ordinance() -> None:
    text = (
        "第1条　行政手続における特定の個人を識別するための番号の利用等に関する法律"
        "（平成25年法律第27号。以下「番号法」という。）第2条第8項に規定する。\n"
        "2　番号法第19条各号のいずれかに該当する場合"
    )
    o = parse_text(text)
    assert [(r.text, r.kind, r.external_law) for r in o.references] == [
        ("第2条第8項", "external", "番号法"),
        ("第19条", "external", "番号法"),
    ]


def test_reference_broken_by_a_hard_wrap() -> None:
    text = "第1条　甲\n第2条　第1\n条の規定による。"
    o = parse_text(text)
    (ref,) = o.references
    assert (ref.text, ref.target) == ("第1条", NodeRef("1"))
    assert ref.span.slice(text) == "第1\n条"


def test_national_style_sub_item_reference() -> None:
    text = (
        "第一条　次に掲げる。\n　一　甲\n　　イ　甲の一\n　　ロ　甲の二\n"
        "　二　第一号ロに該当するもの\n"
    )
    o = parse_text(text)
    (ref,) = o.references
    assert (ref.text, ref.target) == ("第一号ロ", NodeRef("1", 1, "1.2"))


def test_reference_to_a_branch_item() -> None:
    text = "第1条　次に掲げる\n(1)　甲\n(2)　乙\n(2の2)　乙の二\n(3)　第2号の2に掲げるもの"
    (ref,) = parse_text(text).references
    assert (ref.text, ref.kind, ref.target) == ("第2号の2", "absolute", NodeRef("1", 1, "2_2"))


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("あおば市個人情報保護条例", "第4条　あおば市個人情報保護条例第2条による。", "あおば市個人情報保護条例"),
        ("みなと市個人情報保護条例", "第4条　この条例は、みなと市情報公開条例第5条による。", "みなと市情報公開条例"),
        ("さくら町個人情報保護条例", "第4条　この条例は、さくら町情報公開条例第5条による。", "さくら町情報公開条例"),
        ("かわせ村個人情報保護条例", "第4条　かわせ村情報公開条例第5条による。", "かわせ村情報公開条例"),
        ("高岡市個人情報保護条例", "第4条　高岡市情報公開条例第5条による。", "高岡市情報公開条例"),
        ("みなと市個人情報保護条例", "第4条　この場合においてはみなと市情報公開条例第5条による。", "みなと市情報公開条例"),
        ("さくら町個人情報保護条例", "第4条　この条例は、ひばり町情報公開条例第5条による。", "ひばり町情報公開条例"),
        ("さくら町個人情報保護条例", "第4条　この条例は、地方自治法第5条による。", "地方自治法"),
    ],
)
def test_municipal_names_with_kana_are_whole(title: str, line: str, expected: str) -> None:
    o = parse_text(f"{title}\n{BASE}{line}")
    assert [a.num for a in o.articles][-1] == "4"
    assert [r.external_law for r in o.references if r.kind == "external"] == [expected]


# References into other instruments (expected behaviour written first): a form or table number,
# an ordinance cited with its number, and 「条例」 where it is a 略称 or the text is a 規則 are
# never resolved against the draft.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3　請求書は、様式第1号によるものとする。", []),
        ("3　請求書は、様式第1号及び第2号の2による。", []),
        ("3　請求書は、別記様式第3号による。", []),
        ("3　費用は、別表第1第2号に定める。", []),
        ("3　手数料は、ひばり野市個人情報の保護に関する条例（平成13年ひばり野市条例第8号）第2条第3項の定めるところによる。",
         [("第2条第3項", "external", None, None, "ひばり野市個人情報の保護に関する条例")]),
        ("3　この条例第1条第2項の規定による。", [("第1条第2項", "absolute", NodeRef("1", 2), None, None)]),
        ("3　情報公開条例第13条第1項もしくは第2項の規定による。",
         [("第13条第1項", "external", None, None, "情報公開条例"), ("第2項", "external", None, None, "情報公開条例")]),
        ("3　情報公開条例（平成12年ひばり野市条例第3号。以下「条例」という。）第5条の規定による。条例第7条第2項も同様とする。",
         [("第5条", "external", None, None, "条例"), ("第7条第2項", "external", None, None, "条例")]),
    ],
)
def test_other_instruments_are_external(line: str, expected: list) -> None:
    assert _refs(line) == expected


def test_a_rule_cites_its_ordinance_as_another_instrument() -> None:
    text = (Path(__file__).parents[1] / "drafts" / "kasumidai-rule.txt").read_text(encoding="utf-8")
    o = parse_text(text)
    assert [(r.text, r.kind, r.external_law) for r in o.references] == [
        ("第14条", "external", "条例"),
        ("第21条の2第2項", "external", "条例"),
        ("第2条第4項", "external", "かすみ台市手数料条例"),
        ("第15条第3項", "external", "かすみ台市個人情報の保護に関する条例"),
        ("第44条の8", "external", "法"),
        ("第44条の5第1項", "external", "法"),
        ("第9条第1項", "external", "条例"),
    ]
