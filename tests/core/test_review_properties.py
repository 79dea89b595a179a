"""Properties of the whole review over real draft lines in any order: no rule ever fails.

A rule that raises is reported as a ``check.rule_failed`` finding (see ``core.review``); these
tests make sure no fixture line, shuffled, duplicated, dropped or with trailing blanks, makes
one raise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

_LINES = sorted({
    line
    for path in sorted(Path(FIXTURES).glob("*.txt"))
    if not path.name.startswith("enc-")
    for line in path.read_text(encoding="utf-8").splitlines()
})
_TAILS = ["", "", "", "\u3000", " ", "\t", "\u3000\u3000"]
_PROFILE = load_profile()


def _failed(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), _PROFILE)
    return [(f.rule, f.message_en) for f in review.findings if f.code == "check.rule_failed"]


@pytest.mark.parametrize(
    "text",
    [
        "第1条　甲とする。\u3000\u3000\n第2条　乙とする。",  # num.item read an inverted span
        "第1条　甲とする。 \n",
        "（目的）第1条　甲とする。\t\n2　乙とする。  ",
        "第1条　次に掲げる。\n　(1)　甲 \n　(3)　乙\u3000\n",
    ],
)
def test_trailing_blanks_after_a_paragraph(text: str) -> None:
    assert _failed(text) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_LINES), st.sampled_from(_TAILS)).map("".join), max_size=30))
def test_no_rule_fails_on_shuffled_fixture_lines(lines: list[str]) -> None:
    assert _failed("\n".join(lines)) == []
