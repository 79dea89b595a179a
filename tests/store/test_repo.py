"""Finding <-> row conversion is lossless for any finding (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ordreview.core.model import Comparison, DiffChunk, Finding, FindingId, Location, Span
from ordreview.store import repo

_text = st.text(max_size=40)
_opt_text = st.none() | st.text(min_size=1, max_size=10)


@st.composite
def spans(draw) -> Span:  # type: ignore[no-untyped-def]
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


locations = st.builds(
    Location,
    article=_opt_text,
    paragraph=st.none() | st.integers(1, 99),
    item=_opt_text,
    span=st.none() | spans(),
)
chunks = st.builds(
    DiffChunk,
    tag=st.sampled_from(["equal", "insert", "delete", "replace"]),
    start_a=st.integers(0, 99),
    end_a=st.integers(0, 99),
    start_b=st.integers(0, 99),
    end_b=st.integers(0, 99),
)
comparisons = st.builds(
    Comparison,
    label_ja=_text,
    label_en=_text,
    draft=_text,
    statute=_text,
    statute_ref=_text,
    chunks=st.lists(chunks, max_size=4).map(tuple),
    draft_span=st.none() | spans(),
)
findings = st.builds(
    Finding,
    id=st.text(min_size=1, max_size=30).map(FindingId),
    rule=st.sampled_from(["gap", "def.diff", "ref.unresolved"]),
    requirement=st.none() | st.sampled_from(["A1", "B3", "C14"]),
    severity=st.sampled_from(["error", "warning", "info"]),
    point=st.sampled_from(["A", "B", "C", "other"]),
    location=locations,
    code=_text,
    message_ja=_text,
    message_en=_text,
    statute=_text,
    policy=_text,
    suggestion=_text,
    anchor_text=_text,
    evidence=st.lists(locations, max_size=3).map(tuple),
    comparison=st.none() | comparisons,
)


@settings(max_examples=200, deadline=None)
@given(findings)
def test_finding_survives_the_row_round_trip(finding: Finding) -> None:
    assert repo.finding_from_columns(repo.finding_columns(finding)) == finding


def test_timestamps_round_trip_in_utc() -> None:
    text = "2026-04-01T09:30:00.123456+00:00"
    assert repo.iso(repo.parse_iso(text)) == text
    assert repo.iso(repo.parse_iso("2026-04-01T18:30:00+09:00")) == "2026-04-01T09:30:00+00:00"
    assert repo.iso(repo.parse_iso("2026-04-01T09:30:00")) == "2026-04-01T09:30:00+00:00"
