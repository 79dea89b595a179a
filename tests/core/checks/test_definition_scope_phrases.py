"""def.diff: scope phrases and inline definitions said otherwise are no difference in meaning."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

MODEL_ITEM = ("文書、図画若しくは電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することが"
              "できない方式をいう。次項第2号において同じ。）で作られる記録をいう。以下同じ。）に記載され")


def _a1_diffs(text: str) -> list[str]:
    review = review_ordinance(parse_text(text), load_profile())
    return [f.message_ja for f in review.findings if f.rule == "def.diff" and f.requirement == "A1"]


def _model() -> str:
    text = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    assert MODEL_ITEM in text
    return text


@pytest.mark.parametrize(
    "item",
    [
        # the scope phrase dropped (the draft's 個人識別符号 article does not use 電磁的方式)
        "文書、図画若しくは電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することが"
        "できない方式をいう。）で作られる記録をいう。以下同じ。）に記載され",
        # 電磁的方式 spelled out in place
        "文書、図画若しくは電磁的記録（電子的方式、磁気的方式その他人の知覚によっては認識することができない方式で"
        "作られる記録をいう。以下同じ。）に記載され",
        # 電磁的記録 defined elsewhere (公文書 definition below)
        "文書、図画若しくは電磁的記録に記載され",
    ],
)
def test_benign_scope_and_inline_definitions(item: str) -> None:
    text = _model().replace(MODEL_ITEM, item)
    text = text.replace(
        "3　この条例において「個人識別符号」とは",
        "3　この条例において「電磁的記録」とは、電子的方式、磁気的方式その他人の知覚によっては認識することができない"
        "方式で作られる記録をいう。\n4　この条例において「個人識別符号」とは",
        1,
    ) if "電磁的記録に記載され" in item else text
    assert _a1_diffs(text) == []


def test_a_real_difference_next_to_a_scope_phrase_is_still_reported() -> None:
    # 図画 left out: one finding on the definition (the most specific rule's), carrying the comparison
    item = ("文書若しくは電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することが"
            "できない方式をいう。）で作られる記録をいう。以下同じ。）に記載され")
    review = review_ordinance(parse_text(_model().replace(MODEL_ITEM, item)), load_profile())
    found = [f for f in review.findings if f.severity in ("error", "warning")
             and f.location.article == "2" and f.location.paragraph == 2]
    assert len(found) == 1
    assert found[0].comparison is not None
    assert "図画" in found[0].comparison.statute
    assert "実質的な相違1箇所" in found[0].message_ja


def test_term_without_parenthesis_and_defined_nowhere_is_reported() -> None:
    assert len(_a1_diffs(_model().replace(MODEL_ITEM, "文書、図画若しくは電磁的記録に記載され"))) == 1


def _lossy_review(text: str):
    """The review of ``text`` extracted from a PDF that lost its 、。 (spaces in their place)."""
    from fixtures.tools import make_pdf_text as forms
    from ordreview.core.parse import parse_document
    from ordreview.core.read import read_bytes

    lossy = forms.FORMS["punct-lost-paged"](text)
    return review_ordinance(parse_document(read_bytes(lossy.encode("utf-8"), path="extracted.txt")), load_profile())


def test_scope_phrases_whose_full_stop_was_lost_are_no_difference_but_a_real_one_is() -> None:
    # 「…方式をいう 次項第2号において同じ ）」: the phrase is set aside without its 。
    review = _lossy_review(_model())
    assert [f for f in review.findings if f.rule == "def.diff" and f.requirement == "A1"] == []
    # 図画 left out: still reported on the definition, with the comparison
    item = ("文書若しくは電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することが"
            "できない方式をいう。次項第2号において同じ。）で作られる記録をいう。以下同じ。）に記載され")
    review = _lossy_review(_model().replace(MODEL_ITEM, item))
    found = [f for f in review.findings if f.severity in ("error", "warning")
             and f.location.article == "2" and f.location.paragraph == 2]
    assert len(found) == 1 and found[0].comparison is not None
    assert "図画" in found[0].comparison.statute
