"""The same draft, however it was laid out, gets the same review.

``variant-wrapped.txt`` (hard-wrapped at 38 characters), ``variant-flat-web.txt`` (copied from a
例規集 web page) and ``variant-pdf-flattened.txt`` (PDF extraction: spaced numbers, captions on
the article line) are generated from ``model-complete.txt``; ``model-national-style.txt`` is
the same content in national-statute style. Their findings must be the same by rule,
requirement, severity and anchor text (whitespace and widths aside).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pytest

from ordreview.core.review import review_file
from ordreview.core.text import fold
from tests.conftest import FIXTURES


@lru_cache(maxsize=None)
def _findings(name: str) -> Counter[tuple[str, str | None, str, str]]:
    review = review_file(f"{FIXTURES}/{name}")
    return Counter(
        (f.rule, f.requirement, f.severity, re.sub(r"\s+", "", fold(f.anchor_text))) for f in review.findings
    )


@pytest.mark.parametrize(
    "variant",
    [
        "variant-wrapped.txt",
        "variant-flat-web.txt",
        "variant-pdf-flattened.txt",
        "model-complete.docx",
        "reikishu.html",
    ],
)
def test_variant_gets_the_findings_of_the_model(variant: str) -> None:
    assert _findings(variant) == _findings("model-complete.txt")


def test_the_model_has_only_the_delegation_inventory() -> None:
    assert {(rule, req, sev) for rule, req, sev, _ in _findings("model-complete.txt")} == {("delegation", "O8", "info")}
    assert sum(_findings("model-complete.txt").values()) == 1  # one inventory of its 32 delegations
    (inventory,) = review_file(FIXTURES / "model-complete.txt").findings
    assert len(inventory.evidence) == 32


def test_national_style_gets_the_same_kinds_of_findings() -> None:
    kinds = Counter({(r, q, s): 0 for r, q, s, _ in _findings("model-complete.txt")})
    for (rule, req, sev, _), n in _findings("model-national-style.txt").items():
        kinds[(rule, req, sev)] += n
    assert kinds == Counter({("delegation", "O8", "info"): 1})
