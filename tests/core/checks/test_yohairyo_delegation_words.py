"""The 要配慮個人情報 definition's 「政令で定める記述等」 said in other words that mean the same: the
statute's full title with its number and a 略称 before 「第2条第4項の政令で定める」, or the 規則 named
with its maker (the 長, 地方自治法第15条第1項: 「町長が規則で定める」)."""

from __future__ import annotations

import pytest

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_definition_diff
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.test_review_drafts import MINI, YOHAIRYO


def _b1(delegation: str) -> list[str]:
    assert YOHAIRYO in MINI and "規則で定める" in YOHAIRYO
    text = MINI.replace(YOHAIRYO, YOHAIRYO.replace("規則で定める", delegation))
    ctx = CheckContext(ordinance=parse_text(text), profile=load_profile())
    return [f.severity for f in check_definition_diff(ctx) if f.requirement == "B1"]


@pytest.mark.parametrize(
    "delegation",
    [
        "行政機関の保有する個人情報の保護に関する法律（平成１５年法律第５８号。以下「法」という。）第２条第４項の政令で定める",
        "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第4項の政令で定める",
        "町長が規則で定める",
        "市長が規則で定める",
        # the 管理者 of a 一部事務組合 under the title its 規約 gives (企業団: 企業長; 組合長)
        "企業長が規則で定める",
        "組合長が規則で定める",
    ],
)
def test_the_same_delegation_in_other_words_is_no_difference(delegation: str) -> None:
    assert _b1(delegation) == []


@pytest.mark.parametrize(
    "delegation",
    [
        # another instrument than a 規則 or the Cabinet Order
        "町長が別に定める",
        # the title before another law's article is not the Cabinet Order of 第2条第4項
        "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第4項の規定により町長が告示で定める",
    ],
)
def test_another_instrument_is_still_a_difference(delegation: str) -> None:
    assert _b1(delegation) == ["warning"]
