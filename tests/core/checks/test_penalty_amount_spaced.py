"""A penalty amount cut by a stray space (a web copy whose hard wraps became spaces, 「１５０
万円以下の罰金」; a PDF text with numbers set apart, 「１ ５ ０ 万円」) is still the amount, so
the statutory limit [O9] is checked as on the clean draft; a space between two separate numbers
joins nothing."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import rows

E = "error"
PENALTY = "（罰則）\n第1条　{body}に処する。"


@pytest.mark.parametrize(
    ("body", "anchor"),
    [
        ("１年以下の懲役又は１５０ 万円以下の罰金", "１５０ 万円以下の罰金"),
        ("１年以下の懲役又は１ ５ ０ 万円以下の罰金", "１ ５ ０ 万円以下の罰金"),
        ("１年以下の懲役又は百五十 万円以下の罰金", "百五十 万円以下の罰金"),
        ("１０万 円以下の過料", "１０万 円以下の過料"),
    ],
)
def test_spaced_amount_over_the_limit(body: str, anchor: str) -> None:
    assert rows("penalty.limit", PENALTY.format(body=body)) == [("penalty.limit", "O9", E, anchor)]


@pytest.mark.parametrize(
    "body",
    ["１年以下の懲役又は５０ 万円以下の罰金", "第５条の規定に違反した者は、 ３ 万円以下の過料", "２年以下の懲役又は 100万円以下の罰金"],
)
def test_spaced_amount_within_the_limit(body: str) -> None:
    assert rows("penalty.limit", PENALTY.format(body=body)) == []
