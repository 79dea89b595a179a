"""Shared helpers of the integrity family (core/checks/integrity_index.py)."""

from __future__ import annotations

import pytest

from ordreview.core.checks.integrity_index import index_for, num_key, num_label, standalone
from ordreview.core.model import Span
from ordreview.core.parse import parse_text

WRAPPED = "第1条　個人情報\n　ファイルを作る。\n2　規則で定\nめる。"
# offsets: 個 4, 報 7, newline 8, 　 9, フ 10 … ル 13; 規 21, 定 24, newline 25, め 26, る 27


def test_joined_text_drops_line_breaks_and_indentation() -> None:
    index = index_for(parse_text(WRAPPED))
    assert index.joined == "第1条 個人情報ファイルを作る。2 規則で定める。"


@pytest.mark.parametrize(
    ("word", "span"),
    [
        ("個人情報ファイル", Span(4, 14)),
        ("規則で定める", Span(21, 28)),
        ("第1条", Span(0, 3)),
    ],
)
def test_joined_positions_map_back_to_the_text(word: str, span: Span) -> None:
    ordinance = parse_text(WRAPPED)
    index = index_for(ordinance)
    j = index.joined.find(word)
    assert index.span(j, j + len(word)) == span
    assert index.to_joined(span.start) == j


def test_every_joined_position_round_trips() -> None:
    index = index_for(parse_text(WRAPPED))
    assert all(index.to_joined(index.to_original(j)) == j for j in range(len(index.joined)))
    assert all(index.folded[index.to_original(j)] == ch for j, ch in enumerate(index.joined))


@pytest.mark.parametrize(
    ("num", "key", "label"),
    [
        ("2", (2,), "第2条"),
        ("34_2", (34, 2), "第34条の2"),
        ("2_2_3", (2, 2, 3), "第2条の2の3"),
        ("3:5", (3,), "第3条"),
    ],
)
def test_num_key_and_label(num: str, key: tuple[int, ...], label: str) -> None:
    assert (num_key(num), num_label(num, "条")) == (key, label)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("、審議会は", "審議会", True),
        ("保護審議会は", "審議会", False),
        ("審議会委員", "審議会", False),
        ("審議会等", "審議会", True),
        ("当該審議会", "審議会", True),
        ("、その他審議会の意見を聴いて", "審議会", True),
        ("各実施機関は", "実施機関", True),
        ("他審議会", "審議会", False),
        ("法第2条", "法", True),
        ("方法第", "法", False),
        ("地方独立行政法人みなと市民病院", "地方独立行政法人", True),
    ],
)
def test_standalone(text: str, word: str, expected: bool) -> None:
    assert standalone(text, text.find(word), len(word)) is expected


def test_municipality_name_continues_a_proper_name() -> None:
    text = "地方独立行政法人みなと市民病院"
    assert standalone(text, 0, 8, continuations=("みなと市", "みなと")) is False
