"""Markers of items and paragraphs, numbers and the fast fold."""

from __future__ import annotations

import pytest

from ordreview.core.parse.numbers import egov_num, item_markers, paragraph_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(1)　甲", [("paren_digit", 1, "(1)")]),
        ("( 12 ) 甲", [("paren_digit", 12, "( 12 )")]),
        ("(2の2)　甲", [("paren_digit", 2, "(2の2)")]),
        ("⑶甲", [("enclosed", 3, "⑶")]),
        ("③　甲", [("circled", 3, "③")]),
        ("[4]　甲", [("bracket_digit", 4, "[4]")]),
        ("十一　甲", [("kanji", 11, "十一")]),
        ("二の二　甲", [("kanji", 2, "二の二")]),
        ("一「甲」とは", [("kanji", 1, "一")]),
        ("ア　甲", [("kata", 1, "ア"), ("iroha", 36, "ア")]),  # both readings; context decides
        ("イ　甲", [("kata", 2, "イ"), ("iroha", 1, "イ")]),
        ("ロ　甲", [("kata", 43, "ロ"), ("iroha", 2, "ロ")]),
        ("ア「甲」", [("kata", 1, "ア"), ("iroha", 36, "ア")]),
        ("(ア)甲", [("paren_kata", 1, "(ア)"), ("paren_iroha", 36, "(ア)")]),
        ("(ロ)甲", [("paren_kata", 43, "(ロ)"), ("paren_iroha", 2, "(ロ)")]),
        ("(ii)　甲", [("paren_roman", 2, "(ii)")]),
        ("(i)　甲", [("paren_roman", 1, "(i)"), ("paren_alpha", 9, "(i)")]),
        ("(b)　甲", [("paren_alpha", 2, "(b)")]),
        ("ⅲ　甲", [("roman_sym", 3, "ⅲ")]),
        ("3 甲", [("digit", 3, "3")]),
        ("ア1時間までごとに", [("kata", 1, "ア"), ("iroha", 36, "ア")]),  # a PDF copy lost the space
        ("アクセス", []),
        ("イメージ図", []),
        ("一般の", []),
        ("(定義)", []),
        ("10日以内", []),
    ],
)
def test_item_markers(text: str, expected: list[tuple]) -> None:
    assert [(m.family, m.number, m.title) for m in item_markers(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 前項", (2, 2)),
        ("12  前項", (12, 4)),
        ("2前項の", (2, 1)),
        ("10日以内", None),
        ("2年", None),
        ("3,000円", None),
        ("前項", None),
    ],
)
def test_paragraph_number(text: str, expected: tuple | None) -> None:
    assert paragraph_number(text, 0) == expected


@pytest.mark.parametrize(
    ("num", "branch", "expected"),
    [
        ("34", "", "34"),
        ("34", "の2", "34_2"),
        ("三十四", "の二", "34_2"),
        ("2", "の2の2", "2_2_2"),
        ("1 2", "", "12"),
        ("百二", "", "102"),
        ("甲", "", None),
    ],
)
def test_egov_num(num: str, branch: str, expected: str | None) -> None:
    assert egov_num(num, branch) == expected
