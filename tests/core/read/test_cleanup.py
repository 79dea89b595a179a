"""Text pasted from a PDF: artefacts removed, every real character kept and mapped back.

The extracted forms are generated from the clean drafts by ``fixtures/tools/make_pdf_text.py``
(spaced characters, spaced numbers, layout line breaks, lost 、。, page numbers and running
heads mid-sentence).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.model import Span
from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.profile import load_profile
from ordreview.core.read import read_document
from ordreview.core.read.cleanup import clean_extracted, looks_extracted
from ordreview.core.review import review_ordinance, review_to_json
from ordreview.core.text import fold
from tests.conftest import FIXTURES

CLEAN = [
    "defects.txt",
    "model-complete.txt",
    "model-national-style.txt",
    "old-style.txt",
    "partial-no-c.txt",
    "post-2023.txt",
    "amendment-aratamebun.txt",
]
ARABIC = ["defects.txt", "model-complete.txt", "old-style.txt", "partial-no-c.txt", "post-2023.txt"]
EVERY_FORM = sorted(forms.FORMS)


def _source(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", [*CLEAN, "variant-flat-web.txt", "variant-wrapped.txt", "enc-utf8-bom.txt"]
)
def test_a_clean_text_is_not_touched(name: str) -> None:
    text = (FIXTURES / name).read_bytes().decode("utf-8-sig")
    assert not looks_extracted(text)
    assert clean_extracted(text) is None
    assert read_document(FIXTURES / name).source_map is None


@pytest.mark.parametrize("form", sorted(forms.FORMS))
@pytest.mark.parametrize("name", CLEAN)
def test_every_real_character_is_kept_and_only_artefacts_go(name: str, form: str) -> None:
    clean = _source(name)
    extracted = forms.FORMS[form](clean)
    cleaned = clean_extracted(extracted)
    assert cleaned is not None
    # nothing made up: every character but a restored line break is the original's character
    # (a Kangxi radical read as the kanji of the same shape)
    offsets = cleaned.source_map.offsets
    assert len(offsets) == len(cleaned.text) + 1
    for i, ch in enumerate(cleaned.text):
        if ch != "\n":
            assert unicodedata.normalize("NFKC", extracted[offsets[i]]) == ch or extracted[offsets[i]] == ch
    # nothing real lost: the same characters as the draft, page numbers and heads gone
    expected = forms.punct_lost(clean) if "punct" in form else clean
    assert re.sub(r"\s", "", cleaned.text) == re.sub(r"\s", "", expected)


def test_offsets_only_grow_so_spans_map_to_one_stretch_of_the_file() -> None:
    extracted = forms.FORMS["spaced-wrapped-paged"](_source("defects.txt"))
    offsets = clean_extracted(extracted).source_map.offsets
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))


def _struct(ordinance) -> list[tuple]:
    return [
        (a.num, a.caption, len(a.paragraphs), tuple(len(p.items) for p in a.paragraphs))
        for a in ordinance.articles
    ]


@pytest.mark.parametrize("form", EVERY_FORM)
@pytest.mark.parametrize("name", ARABIC)
def test_structure_is_recovered_as_from_the_clean_draft(name: str, form: str, tmp_path) -> None:
    clean = _source(name)
    path = tmp_path / "extracted.txt"
    path.write_text(forms.FORMS[form](clean), encoding="utf-8")
    assert _struct(load_ordinance(path)) == _struct(parse_text(clean))


@lru_cache(maxsize=None)
def _findings_of_text(text: str) -> Counter:
    ordinance = parse_text(text) if not looks_extracted(text) else _read_text(text)
    review = review_ordinance(ordinance, load_profile(None))
    return Counter(
        (f.rule, f.requirement, f.severity, re.sub(r"[\s、。]+", "", fold(f.anchor_text)))
        for f in review.findings
        if f.rule != "def.extraction"  # the notice that 、。 were lost: see the test below
    )


def _read_text(text: str):
    from ordreview.core.parse import parse_document
    from ordreview.core.read import read_bytes

    return parse_document(read_bytes(text.encode("utf-8"), path="extracted.txt"))


@pytest.mark.parametrize("form", EVERY_FORM)
@pytest.mark.parametrize("name", ARABIC)
def test_a_draft_gets_the_same_findings_in_every_extracted_form(name: str, form: str) -> None:
    """The defect draft first of all: every seeded defect (references, numbering, terms, 目次,
    citations, penalties) is found again, and nothing else; lost 、。 are not differences."""
    clean = _source(name)
    assert _findings_of_text(forms.FORMS[form](clean)) == _findings_of_text(clean)


@pytest.mark.parametrize("form", EVERY_FORM)
def test_lost_punctuation_is_said_per_definition_as_information(form: str) -> None:
    """Where the extractor lost 、 and 。, each definition compared with the statute says so in
    one information finding (def.extraction), never as a difference; elsewhere it never shows."""
    clean = _source("defects.txt")
    text = forms.FORMS[form](clean)
    review = review_ordinance(_read_text(text), load_profile(None))
    notes = [f for f in review.findings if f.rule == "def.extraction"]
    assert all(f.severity == "info" for f in notes)
    assert bool(notes) == ("punct-lost" in form)
    clean_review = review_ordinance(parse_text(clean), load_profile(None))
    assert not [f for f in clean_review.findings if f.rule == "def.extraction"]
    if notes:
        assert not any("句読点" in f.message_ja for f in review.findings if f.rule == "def.diff")


def test_the_reader_says_what_it_did_and_keeps_the_file(tmp_path) -> None:
    path = tmp_path / "pasted.txt"
    extracted = forms.FORMS["spaced-wrapped-paged"](_source("defects.txt"))
    path.write_bytes(extracted.encode("utf-8"))
    before = path.read_bytes()
    doc = read_document(path)
    assert path.read_bytes() == before
    codes = [n.code for n in doc.notices]
    assert "read.pdf_text_cleaned" in codes
    assert "read.pdf_punctuation_lost" not in codes
    assert doc.source_map is not None and doc.source_map.original == extracted
    # each block's locator is the file line its first character is on
    lines = extracted.split("\n")
    for block, start in zip(doc.blocks, doc.block_starts):
        if block.text:
            first = doc.source_map.offsets[start]
            assert extracted.count("\n", 0, first) == block.locator.index
            assert block.text[0] in lines[block.locator.index]


def test_lost_punctuation_is_noticed() -> None:
    extracted = forms.FORMS["punct-lost-paged"](_source("model-complete.txt"))
    doc = _read_text(extracted).document
    assert "read.pdf_punctuation_lost" in [n.code for n in doc.notices]


def test_check_json_points_at_the_characters_of_the_file(tmp_path) -> None:
    path = tmp_path / "pasted.txt"
    extracted = forms.FORMS["spaced-wrapped-paged"](_source("defects.txt"))
    path.write_text(extracted, encoding="utf-8")
    ordinance = load_ordinance(path)
    out = review_to_json(review_ordinance(ordinance, load_profile(None)))
    located = [f for f in out["findings"] if f["location"]["span"] is not None]
    assert located
    lines = extracted.split("\n")
    for f in located:
        start, end = f["location"]["source_span"]
        cleaned = Span(*f["location"]["span"]).slice(ordinance.text)
        # the file's characters there are the finding's, once the extractor's layout is gone
        original = re.sub(r"\s", "", extracted[start:end])
        assert original.startswith(re.sub(r"\s", "", cleaned)[:4])
        line = lines[f["location"]["source_line"] - 1]
        assert line[f["location"]["source_column"] - 1] == extracted[start]


def test_the_committed_sample_is_current_and_reviews_as_its_source() -> None:
    assert forms.main(["--check"]) == 0
    sample = FIXTURES / "pdf-extracted-old-style.txt"
    assert read_document(sample).source_map is not None
    assert _findings_of_text(sample.read_text(encoding="utf-8")) == _findings_of_text(_source("old-style.txt"))


@pytest.mark.parametrize("form", EVERY_FORM)
def test_a_kanji_numbered_draft_keeps_its_structure_and_findings_in_every_form(form: str) -> None:
    clean = _source("model-national-style.txt")
    extracted = forms.FORMS[form](clean)
    assert _struct(_read_text(extracted)) == _struct(parse_text(clean))
    assert _findings_of_text(extracted) == _findings_of_text(clean)


@pytest.mark.parametrize("head", ["みなと市例規集　令和5年4月1日現在", "あおば市個人情報保護条例"])
def test_lines_repeated_atop_or_below_most_pages_are_running_heads(head: str) -> None:
    clean = _source("defects.txt")
    lines = clean.split("\n")
    pages = [
        "\n".join([head, *lines[i : i + 40], f"- {i // 40 + 1} -"]) for i in range(0, len(lines), 40)
    ]
    cleaned = clean_extracted("\f".join(pages), force=True)
    assert re.sub(r"\s", "", cleaned.text) == re.sub(r"\s", "", clean)  # the title itself stays once


@pytest.mark.parametrize("form", EVERY_FORM)
@pytest.mark.parametrize("seed", [3, 11, 22])
def test_generated_drafts_nobody_tuned_the_cleanup_on_keep_their_structure(seed: int, form: str) -> None:
    """Long drafts from the benchmark generator (branch articles without captions, sentences
    starting with references, 附則): not fixtures the rules were written against."""
    from bench.gen import generate_ordinance

    clean = generate_ordinance(40 + seed * 7, seed=seed)
    assert _struct(_read_text(forms.FORMS[form](clean))) == _struct(parse_text(clean))
