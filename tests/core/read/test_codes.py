"""The readers' message catalogue (``core.read.codes``)."""

from __future__ import annotations

import re

import pytest

from ordreview.core import messages
from ordreview.core.read import codes

READ_CODES = [c for c in messages.codes() if c.startswith("read.")]


def test_every_code_constant_is_registered() -> None:
    constants = {v for k, v in vars(codes).items() if k.isupper() and isinstance(v, str)}
    assert constants == set(READ_CODES)
    assert len(READ_CODES) == 51  # 31 + six bounds on hostile input + fourteen for PDF files and text


@pytest.mark.parametrize("code", READ_CODES)
def test_japanese_first_english_ascii_same_placeholders(code: str) -> None:
    entry = messages.lookup(code)
    assert entry is not None
    assert re.search("[\u3040-\u30ff\u4e00-\u9fff]", entry.ja)
    assert entry.en.isascii()
    assert set(re.findall(r"{(\w+)}", entry.ja)) == set(re.findall(r"{(\w+)}", entry.en))


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 B"), (64, "64 B"), (1_048_575, "1,048,575 B"), (1_048_576, "1.0 MB"), (314_573_710, "300.0 MB")],
)
def test_size_text(n: int, text: str) -> None:
    assert codes.size_text(n) == text
