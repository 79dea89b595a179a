"""The integrity family on the repository's drafts, run through the engine (core.review).

- the clean model drafts raise no error-severity integrity finding;
- every O-item (and C14) defect listed in ``fixtures/defects.expected.json`` is found, with its
  requirement and severity, anchored inside the listed passage;
- every error-severity integrity finding on ``defects.txt`` lies on a listed passage (no false
  error);
- every anchor is exactly the text under its span;
- no integrity rule fails (the engine would turn an exception into a ``rule_failed`` finding).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest

from ordreview.core.checks import integrity
from ordreview.core.checks.registry import all_rules
from ordreview.core.model import Finding, Review
from ordreview.core.review import review_file
from tests.conftest import FIXTURES
from tests.core.checks.integrity_support import anchors_are_exact

_MODULES = {m.__name__ for m in integrity.RULE_MODULES}
INTEGRITY_RULES = frozenset(r.id for r in all_rules() if r.run.__module__ in _MODULES)
CLEAN = [
    "model-complete.txt",
    "model-national-style.txt",
    "model-complete.docx",
    "reikishu.html",
    "variant-flat-web.txt",
    "variant-pdf-flattened.txt",
    "variant-wrapped.txt",
]


@lru_cache(maxsize=None)
def _review(name: str) -> Review:
    return review_file(FIXTURES / name)


def _integrity(review: Review) -> list[Finding]:
    return [f for f in review.findings if f.rule in INTEGRITY_RULES]


def test_family_registers_its_rules() -> None:
    assert INTEGRITY_RULES == {
        "ref.unresolved", "ref.range_order", "ref.chapter", "num.article", "num.paragraph", "num.item",
        "toc.mismatch", "term.undefined", "term.unused", "abbr.duplicate", "abbr.before_definition",
        "abbr.out_of_scope", "cite.drift", "cite.law_number", "caption.missing", "caption.style", "delegation",
        "penalty.limit", "suppl.entry_into_force", "fee.delegated", "cite.law_number_wrong", "cite.law_number_shared",
        "suppl.date", "suppl.reference", "suppl.old_undefined", "suppl.repeal", "term.statute_undefined",
        "text.bidi_control",
        "ref.no_previous", "ref.deleted", "ref.wrong_kind", "ref.table", "cite.range", "cite.article",
    }


@pytest.mark.parametrize("name", CLEAN)
def test_clean_drafts_have_no_integrity_errors(name: str) -> None:
    errors = [(f.rule, f.anchor_text) for f in _integrity(_review(name)) if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("name", CLEAN)
def test_clean_drafts_have_no_integrity_warnings(name: str) -> None:
    warnings = [(f.rule, f.anchor_text) for f in _integrity(_review(name)) if f.severity == "warning"]
    assert warnings == []


@pytest.mark.parametrize("name", [*CLEAN, "defects.txt", "old-style.txt"])
def test_anchors_are_exact_and_no_rule_failed(name: str) -> None:
    review = _review(name)
    found = _integrity(review)
    assert anchors_are_exact(review.ordinance, found)
    assert [f.rule for f in found if f.requirement is None] == []


def _expected_defects() -> list[dict[str, str]]:
    entries = json.loads((FIXTURES / "defects.expected.json").read_text(encoding="utf-8"))
    return [e for e in entries if e["requirement"].startswith("O") or e["requirement"] == "C14"]


@pytest.mark.parametrize("entry", _expected_defects(), ids=lambda e: f"{e['requirement']}-{e['kind']}")
def test_listed_defect_is_found(entry: dict[str, str]) -> None:
    review = _review("defects.txt")
    text = review.ordinance.text
    start = text.find(entry["text"])
    assert start >= 0, f"passage not in defects.txt: {entry['text']}"
    end = start + len(entry["text"])
    hits = [
        f for f in _integrity(review)
        if f.requirement == entry["requirement"] and f.severity == entry["severity"]
        and f.location.span is not None and f.location.span.start < end and start < f.location.span.end
    ]
    assert hits, f"no {entry['requirement']} {entry['severity']} finding on 「{entry['text']}」"


def test_every_integrity_error_on_the_defects_draft_is_a_listed_defect() -> None:
    review = _review("defects.txt")
    text = review.ordinance.text
    entries = json.loads((FIXTURES / "defects.expected.json").read_text(encoding="utf-8"))
    listed = []
    for entry in entries:
        start = text.find(entry["text"])
        listed.append((start, start + len(entry["text"])))
    stray = [
        (f.rule, f.anchor_text) for f in _integrity(review)
        if f.severity == "error" and f.location.span is not None
        and not any(a < f.location.span.end and f.location.span.start < b for a, b in listed)
    ]
    assert stray == []


def _summary(name: str) -> list[tuple[str, str]]:
    return [(f.rule, re.sub(r"\s+", "", f.anchor_text)) for f in _integrity(_review(name))]


def test_hard_wrapped_draft_gives_the_same_findings() -> None:
    assert _summary("variant-wrapped.txt") == _summary("model-complete.txt")


@pytest.mark.parametrize("name", ["defects.txt", "old-style.txt", "post-2023.txt", "tracked-changes.docx"])
def test_messages_are_fully_rendered_in_both_languages(name: str) -> None:
    found = _integrity(_review(name))
    assert found
    unrendered = [(f.rule, f.code) for f in found if "{" in f.message_ja or "{" in f.message_en]
    assert unrendered == []
    assert all(f.code.startswith("check.integrity.") for f in found)
