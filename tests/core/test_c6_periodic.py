"""C6: proposals are invited periodically (行政機関個人情報保護法 第44条の4); 「必要に応じて」 is not enough."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

PERIODIC = "実施機関は、規則で定めるところにより、定期的に、当該実施機関が保有している個人情報ファイル"


def _c6(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.rule, f.severity) for f in review.findings if f.requirement == "C6" and f.severity != "info"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("実施機関は、規則で定めるところにより、定期的に、当該実施機関が保有している個人情報ファイル", []),
        ("実施機関は、規則で定めるところにより、毎年度、当該実施機関が保有している個人情報ファイル", []),
        ("実施機関は、規則で定めるところにより、必要に応じて、当該実施機関が保有している個人情報ファイル", [("gap", "error")]),
        ("実施機関は、規則で定めるところにより、当該実施機関が保有している個人情報ファイル", [("gap", "error")]),
    ],
)
def test_invitation_must_be_periodic(words: str, expected: list) -> None:
    text = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    assert PERIODIC in text
    assert _c6(text.replace(PERIODIC, words, 1)) == expected
