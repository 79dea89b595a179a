"""Fuzzing the PDF reader: damaged, truncated and spliced PDFs, bombs and odd pages.

Every case is made deterministically from ``fixtures/defects.pdf`` or the hand-made PDFs of
``fixtures/tools/make_pdf.py`` (seeded ``random.Random``; the id names the recipe) and must
end in exactly one of two ways: a ``Document`` whose blocks join to its text and whose source
map stays inside what was read, or a ``ReadError`` with both messages. On POSIX each case
runs with its address space capped (as in ``test_fuzz_pipeline``), so a reader that tried to
hold an inflated bomb in memory would fail here instead of taking the machine down.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from fixtures.tools import make_pdf
from ordreview.core.errors import ReadError
from ordreview.core.read import read_bytes
from tests.conftest import FIXTURES
from tests.core.read.test_fuzz import _mutate_bytes
from tests.hardening.test_fuzz_pipeline import _memory_cap

SEED = 20261206
BASE = (FIXTURES / "defects.pdf").read_bytes()


def _cases() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    cases: list[tuple[str, bytes]] = []
    for i in range(12):
        cases.append((f"truncated-{i}", BASE[: rng.randrange(16, len(BASE))]))
    for i in range(12):
        cases.append((f"mutated-{i}", _mutate_bytes(rng, BASE, rng.randrange(1, 40))))
    xref = BASE.rfind(b"xref")
    cases.append(("xref-zeroed", BASE[:xref] + b"0" * (len(BASE) - xref)))
    cases.append(("streams-cut", re.sub(rb"stream\r?\n(.{0,64})", rb"stream\n", BASE, flags=re.S)))
    cases.append(("lengths-wrong", re.sub(rb"/Length \d+", b"/Length 7", BASE)))
    cases.append(("spliced", BASE[: len(BASE) // 2] + make_pdf.image_only_pdf()))
    cases.append(("encrypted", make_pdf.encrypted_pdf()))
    cases.append(("encrypted-mutated", _mutate_bytes(rng, make_pdf.encrypted_pdf(), 5)))
    cases.append(("bomb", make_pdf.flate_bomb_pdf(96 << 20)))
    cases.append(("pages", make_pdf.many_pages_pdf(5000)))
    cases.append(("huge-page", make_pdf.text_pdf(["Dai 1 jo"] * 50, size=(14400, 14400))))
    cases.append(("negative-page", make_pdf.text_pdf(["Dai 1 jo"] * 5, size=(-595, -842))))
    cases.append(("scan", make_pdf.image_only_pdf()))
    cases.append(("header-only", b"%PDF-2.0\n%%EOF\n"))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("name", "data"), CASES, ids=[name for name, _ in CASES])
def test_pdf_reader_answers_with_a_document_or_a_read_error(name: str, data: bytes) -> None:
    try:
        with _memory_cap():
            doc = read_bytes(data, path=f"{name}.pdf")
    except ReadError as err:
        assert re.search("[\u3040-\u30ff\u4e00-\u9fff]", err.message_ja), name
        assert err.message_en.strip() and err.message_en.isascii(), name
        return
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    assert doc.source_map is not None
    offsets = doc.source_map.offsets
    assert len(offsets) == len(doc.text) + 1
    assert all(0 <= o <= len(doc.source_map.original) for o in offsets)


def _text_cases() -> list[tuple[str, str]]:
    """Extracted forms of the drafts, then cut, shuffled and spliced at random places."""
    from fixtures.tools.make_pdf_text import FORMS

    rng = random.Random(SEED + 1)
    drafts = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("defects.txt", "model-national-style.txt")]
    cases: list[tuple[str, str]] = []
    for i in range(40):
        form = rng.choice(sorted(FORMS))
        text = FORMS[form](rng.choice(drafts))
        a, b = sorted(rng.randrange(len(text)) for _ in range(2))
        recipe = rng.randrange(4)
        if recipe == 0:
            text = text[a:]
        elif recipe == 1:
            text = text[:a] + text[b:] + text[a:b]
        elif recipe == 2:
            text = text[:a] + " － 7 － 3/9 \f" * rng.randrange(1, 5) + text[a:]
        else:
            text = text[:a] + "".join(rng.choice(" \u3000\n、。第条(（)）0123456789ア") for _ in range(200)) + text[b:]
        cases.append((f"{form}-{recipe}-{i}", text))
    return cases


TEXT_CASES = _text_cases()


@pytest.mark.parametrize(("name", "text"), TEXT_CASES, ids=[name for name, _ in TEXT_CASES])
def test_cleanup_keeps_every_character_it_does_not_remove_in_place(name: str, text: str) -> None:
    from ordreview.core.read.cleanup import clean_extracted

    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    offsets = cleaned.source_map.offsets
    assert len(offsets) == len(cleaned.text) + 1
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    for i, ch in enumerate(cleaned.text):
        if ch != "\n":  # the same character, or a Kangxi radical read as its kanji
            assert ch in (text[offsets[i]], unicodedata.normalize("NFKC", text[offsets[i]])), (name, i)
