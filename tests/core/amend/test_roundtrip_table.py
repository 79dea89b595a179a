"""Round trip of the 新旧対照表 on random edit sequences: the generated table, read back, has no
finding, and its 改正後 column merged into 現行 gives the amended version."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordreview.core.amend.compare import compare_texts, provisions
from ordreview.core.amend.generate import generate_bill
from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_diff, rows_from_document, verify_rows
from ordreview.core.parse import parse_text
from ordreview.core.read.tables import read_docx_tables
from ordreview.export.taishohyo import build_taishohyo
from tests.conftest import FIXTURES
from tests.core.amend.edits import edited

BASES = {
    "yuzuriha": (FIXTURES / "amend" / "yuzuriha-current.txt").read_text(encoding="utf-8"),
    "old-style": (FIXTURES / "old-style.txt").read_text(encoding="utf-8"),
}


def shape(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in provisions(parse_text(text))]


@st.composite
def versions(draw) -> tuple[str, str]:
    base = BASES[draw(st.sampled_from(sorted(BASES)))]
    return base, draw(edited(base))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions())
def test_table_rows_verify_clean_and_consolidate(pair: tuple[str, str]) -> None:
    current, amended = pair
    diff = compare_texts(current, amended)
    rows = rows_from_diff(diff)
    assert verify_rows(rows, current) == []
    merged = consolidate_from_table(current, rows)
    assert merged.failures == ()
    assert shape(merged.text) == shape(amended)
    generate_bill(diff)  # the generator never fails on what the comparison gives


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions())
def test_word_table_reads_back_without_finding(pair: tuple[str, str]) -> None:
    current, amended = pair
    diff = compare_texts(current, amended)
    buf = io.BytesIO()
    build_taishohyo(diff).save(buf)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        path.write_bytes(buf.getvalue())
        rows = rows_from_document(read_docx_tables(path))
    assert len(rows) == len(diff.rows)
    assert verify_rows(rows, current) == []
    assert shape(consolidate_from_table(current, rows).text) == shape(amended)
