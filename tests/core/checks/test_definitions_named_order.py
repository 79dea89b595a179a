"""A definition that names the statute's Cabinet Order where the statute says 「政令で定める」 is
the statute's definition (a draft written in full-width numbers, as many 県 write)."""

from __future__ import annotations

import pytest

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_definition_diff
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.test_review_drafts import MINI, YOHAIRYO


def _diff(text: str) -> list[tuple[str | None, str]]:
    ctx = CheckContext(ordinance=parse_text(text), profile=load_profile())
    return [(f.requirement, f.severity) for f in check_definition_diff(ctx)]


LAW = "行政機関の保有する個人情報の保護に関する法律（平成１５年法律第５８号。以下「法」という。）"


@pytest.mark.parametrize(
    ("delegation", "expected"),
    [
        ("規則で定める", []),
        ("法第２条第４項の政令で定める", []),
        ("行政機関の保有する個人情報の保護に関する法律施行令（平成１５年政令第５４８号）で定める", []),
        ("法施行令で定める", []),
        # another instrument is a real difference
        ("知事が別に定める", [("B1", "warning")]),
    ],
)
def test_the_statutes_cabinet_order_named_in_the_definition(delegation: str, expected: list) -> None:
    yohairyo = YOHAIRYO.replace("規則で定める", delegation)
    assert YOHAIRYO in MINI
    text = MINI.replace("（目的）\n第1条　", f"（目的）\n第1条　{LAW}の趣旨にのっとり、").replace(YOHAIRYO, yohairyo)
    assert [r for r in _diff(text) if r[0] == "B1"] == expected
