"""Round trip of the generated 改め文 through the applier: applying the bill generated from
(CURRENT, AMENDED) to CURRENT gives AMENDED.

The consolidated text carries the bill's own 附則 appended after the base ordinance's (as a
例規集 prints it); the comparison leaves that one out and compares every other provision
(題名, 目次, headings, articles, 附則, 別表) text for text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordreview.core.amend.apply import consolidate_texts
from ordreview.core.amend.compare import compare_texts, provisions
from ordreview.core.amend.generate import generate_bill
from ordreview.core.parse import parse_text
from tests.conftest import FIXTURES
from tests.core.amend.edits import edited

BASES = {
    "yuzuriha": (FIXTURES / "amend" / "yuzuriha-current.txt").read_text(encoding="utf-8"),
    "old-style": (FIXTURES / "old-style.txt").read_text(encoding="utf-8"),
}
AMENDED_2017 = (FIXTURES / "amend" / "yuzuriha-amended.txt").read_text(encoding="utf-8")


def shape(text: str, suppl_limit: int | None = None) -> list[tuple[str, str]]:
    out = []
    suppl = 0
    for p in provisions(parse_text(text)):
        if p.kind == "suppl":
            suppl += 1
            if suppl_limit is not None and suppl > suppl_limit:
                continue  # the bill's own 附則, appended by the consolidation
        out.append((p.kind, "".join(p.text.split())))
    return out


def check(current: str, amended: str) -> None:
    bill = generate_bill(compare_texts(current, amended))
    if bill.notices:
        return  # a change the generator leaves to the officer: nothing to round-trip
    result = consolidate_texts(current, bill.text)
    assert not result.failures, (bill.text, result.failures)
    n_suppl = sum(1 for p in provisions(parse_text(amended)) if p.kind == "suppl")
    assert shape(result.text, n_suppl) == shape(amended), bill.text


def test_2017_amendment_round_trips() -> None:
    check(BASES["yuzuriha"], AMENDED_2017)


@st.composite
def versions(draw) -> tuple[str, str]:
    base = BASES[draw(st.sampled_from(sorted(BASES)))]
    return base, draw(edited(base))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions())
def test_generated_bill_round_trips(pair: tuple[str, str]) -> None:
    check(*pair)
