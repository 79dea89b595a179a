"""``Reference.address``: the node a reference names, whether or not it exists."""

from __future__ import annotations

import pytest

from ordreview.core.model import NodeRef
from ordreview.core.parse import load_ordinance, parse_text
from tests.core.parse.regen_golden import FIXTURES, GOLDEN_FIXTURES
from tests.core.parse.test_refs import BASE


def _addresses(line: str) -> list[tuple]:
    text = BASE + line
    o = parse_text(text)
    return [(r.text, r.kind, r.target, r.address) for r in o.references if r.span.start >= len(BASE)]


N = NodeRef


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3　第2条第2号による。", [("第2条第2号", "absolute", N("2", 1, "2"), N("2", 1, "2"))]),
        ("3　第2条第5号による。", [("第2条第5号", "absolute", None, N("2", 1, "5"))]),
        ("3　第9条第2項による。", [("第9条第2項", "absolute", None, N("9", 2, None))]),
        ("3　第1条第0項による。", [("第1条第0項", "absolute", None, N("1", 0, None))]),
        ("3　第2条第2号又は第5号による。", [
            ("第2条第2号", "absolute", N("2", 1, "2"), N("2", 1, "2")),
            ("第5号", "absolute", None, N("2", 1, "5")),
        ]),
        # a paragraph in the bracket right after an article is one of that article's
        ("3　第1条（第3項を除く。）の規定を準用する。", [
            ("第1条", "absolute", N("1", None, None), N("1", None, None)),
            ("第3項", "absolute", N("1", 3, None), N("1", 3, None)),
        ]),
        ("3　第1条各項（第2項を除く。）の規定を準用する。", [
            ("第1条", "absolute", N("1", None, None), N("1", None, None)),
            ("第2項", "absolute", N("1", 2, None), N("1", 2, None)),
        ]),
        # after a whole article, a paragraph is this article's (「前条及び第1項から第3項まで」)
        ("3　第1条及び第1項の規定を準用する。", [
            ("第1条", "absolute", N("1", None, None), N("1", None, None)),
            ("第1項", "absolute", N("3", 1, None), N("3", 1, None)),
        ]),
        ("3　第1条第3項又は第4項による。", [
            ("第1条第3項", "absolute", N("1", 3, None), N("1", 3, None)),
            ("第4項", "absolute", None, N("1", 4, None)),
        ]),
        ("3　前項又は第5項による。", [
            ("前項", "relative", N("3", 2, None), N("3", 2, None)),
            ("第5項", "absolute", None, N("3", 5, None)),
        ]),
        ("3　前条第4項による。", [("前条第4項", "relative", None, N("2_2", 4, None))]),
        ("3　次項による。", [("次項", "relative", None, None)]),
        ("第4条　前条第3項による。", [("前条第3項", "relative", None, N("3", 3, None))]),
        ("第4条　次条による。", [("次条", "relative", None, None)]),
        ("第4条　同項による。", [("同項", "relative", None, None)]),
        ("3　第1条から第9条までによる。", [("第1条から第9条まで", "range", None, N("1", None, None))]),
        ("3　法第2条第3項による。", [("第2条第3項", "external", None, None)]),
        ("3　第2章による。", [("第2章", "absolute", N("3", None, None), N("3", None, None))]),
        ("3　第5章による。", [("第5章", "absolute", None, None)]),
    ],
)
def test_address_of_each_reference(line: str, expected: list[tuple]) -> None:
    assert _addresses(line) == expected


def test_continuation_names_the_item_of_the_previous_reference() -> None:
    text = (
        "第1条　甲とする。\n" + "".join(f"第{n}条　甲とする。\n" for n in range(2, 12))
        + "第12条　次に掲げる。\n2　次に掲げる。\n(1)　一\n(2)　二\n(3)　三\n"
        + "第13条　前条第2項第3号又は第5号による。\n"
    )
    refs = parse_text(text).references
    assert [(r.text, r.target, r.address) for r in refs] == [
        ("前条第2項第3号", N("12", 2, "3"), N("12", 2, "3")),
        ("第5号", None, N("12", 2, "5")),
    ]


def test_first_paragraph_and_first_item_have_no_previous_one() -> None:
    text = "第1条　前項による。\n第2条　次に掲げる。\n(1)　前号による。\n(2)　前号による。\n"
    refs = parse_text(text).references
    assert [(r.text, r.address) for r in refs] == [
        ("前項", None), ("前号", None), ("前号", N("2", 1, "1")),
    ]


@pytest.mark.parametrize("name", GOLDEN_FIXTURES)
def test_address_equals_target_when_resolved_and_is_null_for_external(name: str) -> None:
    refs = load_ordinance(FIXTURES / name).references
    assert [r.text for r in refs if r.target is not None and r.address != r.target] == []
    assert [r.text for r in refs if r.kind == "external" and r.address is not None] == []
