"""The generated 改め文, applied by a strict test oracle (``oracle.py``) to the current
version, gives the amended version: on the 2017 fixture and on random edit sequences."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.generate import GenerateSettings, generate_bill
from tests.conftest import FIXTURES
from tests.core.amend.edits import edited
from tests.core.amend.oracle import State, apply_bill

BASES = {
    "yuzuriha": (FIXTURES / "amend" / "yuzuriha-current.txt").read_text(encoding="utf-8"),
    "old-style": (FIXTURES / "old-style.txt").read_text(encoding="utf-8"),
}
AMENDED_2017 = (FIXTURES / "amend" / "yuzuriha-amended.txt").read_text(encoding="utf-8")


def check(current: str, amended: str, **options) -> None:
    bill = generate_bill(compare_texts(current, amended), GenerateSettings(**options))
    assert bill.notices == (), bill.notices
    assert apply_bill(current, bill.text) == State(amended).shape(), bill.text


def test_2017_amendment() -> None:
    check(BASES["yuzuriha"], AMENDED_2017)


@st.composite
def versions(draw) -> tuple[str, str]:
    base = BASES[draw(st.sampled_from(sorted(BASES)))]
    return base, draw(edited(base, max_edits=5))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(versions(), st.sampled_from(("次", "下")), st.sampled_from((4, 99)))
def test_random_edit_sequences(pair: tuple[str, str], word: str, range_min: int) -> None:
    current, amended = pair
    bill = generate_bill(compare_texts(current, amended), GenerateSettings(insert_word=word, range_min=range_min))
    # an article added as the first of an existing chapter is left to the officer (a notice)
    assert all("章の初め" in n.message_ja for n in bill.notices), bill.notices
    assume(not bill.notices)
    assert apply_bill(current, bill.text) == State(amended).shape(), bill.text
