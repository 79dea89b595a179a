"""Golden message texts and location labels for every registered rule.

``rule_messages.json`` holds, per rule id, the first finding the rule gives on the golden
drafts (fixtures, the test drafts and ``tests/core/golden/drafts``, each under both bundled
profiles): where it is (the label the window, the CLI, the Word comments and the report show)
and what it says, in Japanese and English. A rule added without a golden entry fails here, and
so does any change of wording or label until the JSON is regenerated on purpose and read
(``python -m tests.core.golden.regen_rule_messages``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest

from ordreview.core.checks.registry import all_rules
from ordreview.core.labels import place_label
from ordreview.core.model import Review
from ordreview.core.review import review_file
from tests.core.golden.regen_rule_messages import GOLDEN, ROOT, rule_findings

EXPECTED = json.loads(GOLDEN.read_text(encoding="utf-8"))
RULES = sorted(r.id for r in all_rules())


def test_every_registered_rule_has_a_golden_message() -> None:
    assert [r for r in RULES if r not in EXPECTED] == []
    assert [r for r in EXPECTED if r not in RULES] == []  # no entry for a rule that is gone


@lru_cache(maxsize=None)
def _review(draft: str, profile: str) -> Review:
    return review_file(ROOT / draft, profile=profile)


@pytest.mark.parametrize("rule", RULES)
def test_the_rules_message_and_label_are_as_golden(rule: str) -> None:
    want = EXPECTED[rule]
    review = _review(want["draft"], want["profile"])
    got = [{"place": place_label(review.ordinance, f.location), "message_ja": f.message_ja,
            "message_en": f.message_en} for f in rule_findings(review, rule)]
    assert got, f"{rule} gives no finding on {want['draft']}"
    assert got[0] == {k: want[k] for k in ("place", "message_ja", "message_en")}


@pytest.mark.parametrize("rule", RULES)
def test_golden_messages_keep_the_memo_register(rule: str) -> None:
    """Japanese: plain style, requests as 「…されたい。」, never です・ます or 「…すること。」;
    English: no ``(s)``; labels half-width Arabic, never 第1項 of a one-paragraph article."""
    want = EXPECTED[rule]
    ja = re.sub(r"「[^「」]*」", "「」", want["message_ja"])  # quoted draft text is the draft's
    assert not re.search(r"(?:です|ます|ください|すること)。", ja), want["message_ja"]
    assert "(s)" not in want["message_en"]
    assert not re.search("[０-９一二三四五六七八九十]+[条項号]", want["place"])
