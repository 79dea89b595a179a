"""Typed character diff and the normalised definition diff (offsets into the original texts)."""

from __future__ import annotations

import pytest

from ordreview.core.diff import diff_chunks, diff_normalised, normalise_mapped
from ordreview.core.model import DiffChunk


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # 0123456789
        ("個人情報を収集する", "個人情報を収集する", [("equal", 0, 9, 0, 9)]),
        ("個人情報を収集する", "個人情報を取得する", [("equal", 0, 5, 0, 5), ("replace", 5, 7, 5, 7), ("equal", 7, 9, 7, 9)]),
        ("他の情報と容易に照合", "他の情報と照合", [("equal", 0, 5, 0, 5), ("delete", 5, 8, 5, 5), ("equal", 8, 10, 5, 7)]),
        ("個人に関する情報", "生存する個人に関する情報", [("insert", 0, 0, 0, 4), ("equal", 0, 8, 4, 12)]),
        ("", "", []),
    ],
)
def test_diff_chunks(a: str, b: str, expected: list[tuple]) -> None:
    assert diff_chunks(a, b) == tuple(DiffChunk(*e) for e in expected)


def test_chunks_cover_both_texts_contiguously() -> None:
    a, b = "実施機関は、保有個人情報を適切に管理する。", "行政機関の長は、保有個人情報を適正に管理しなければならない。"
    chunks = diff_chunks(a, b)
    assert chunks[0].start_a == 0 and chunks[0].start_b == 0
    assert chunks[-1].end_a == len(a) and chunks[-1].end_b == len(b)
    for x, y in zip(chunks, chunks[1:]):
        assert (x.end_a, x.end_b) == (y.start_a, y.start_b)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("　(1)　個人識別符号が\n含まれるもの", "個人識別符号が含まれるもの"),
        ("第二項第一号に該当", "第2項第1号に該当"),
        ("第 2 項第 1 号", "第2項第1号"),
        ("ア　当該情報", "当該情報"),
    ],
)
def test_normalise_mapped(text: str, normalised: str) -> None:
    n = normalise_mapped(text)
    assert n.text == normalised
    assert len(n.starts) == len(n.text) + 1 and n.starts[-1] == len(text)


def test_benign_substitutions_compare_equal() -> None:
    draft = "この条例において実施機関が定める記述等"
    statute = "この法律において政令で定める記述等"
    chunks = diff_normalised(
        draft, statute,
        draft_replacements=[("この条例", "この条例"), ("実施機関が定める", "規則で定める")],
        statute_replacements=[("この法律", "この条例"), ("政令で定める", "規則で定める")],
    )
    assert chunks == (DiffChunk("equal", 0, len(draft), 0, len(statute)),)


def test_internal_references_compare_equal_but_wording_does_not() -> None:
    draft = "第1号アに該当する個人情報であって容易に照合"
    statute = "第二項第一号に該当する個人情報であって照合"
    chunks = diff_normalised(draft, statute)
    changed = [(c.tag, draft[c.start_a:c.end_a], statute[c.start_b:c.end_b]) for c in chunks if c.tag != "equal"]
    assert changed == [("delete", "容易に", "")]


def test_dropped_range_is_not_compared() -> None:
    draft = "識別することができない（括弧書き）ように加工"
    statute = "識別することができないように加工"
    chunks = diff_normalised(draft, statute, draft_drop=[(11, 17)])
    assert [c.tag for c in chunks] == ["equal"]
    assert (chunks[0].start_a, chunks[0].end_a) == (0, len(draft))
