"""Quoted phrases of a definition difference ignore spacing artefacts.

A web copy rejoined with a stray space (「個人に関する情報 であって」) must quote the same phrase as
the clean draft: the space neither ends the phrase nor shows in the quote.
"""

from __future__ import annotations

import pytest

from ordreview.core.phrases import whole_phrase

CLEAN = "個人に関する情報であって、特定の個人を識別することができるもの"


@pytest.mark.parametrize("spaced", [
    "個人に関する情報 であって、特定の個人を識別することができるもの",
    "個人に関する情報\u3000であって、特定の個人を識別することができるもの",
    "個人に関す る情報であって、特定の個人を識別することができるもの",
])
def test_a_stray_space_changes_neither_the_extent_nor_the_quote(spaced: str) -> None:
    at = spaced.index("関")  # a difference inside the first phrase
    assert whole_phrase(spaced, at, at + 1) == whole_phrase(CLEAN, CLEAN.index("関"), CLEAN.index("関") + 1)
    assert whole_phrase(spaced, at, at + 1) == "個人に関する情報であって"


def test_punctuation_and_line_breaks_still_end_a_phrase() -> None:
    text = "甲であって、乙\n丙のもの"
    assert whole_phrase(text, text.index("乙"), text.index("乙") + 1) == "乙"
