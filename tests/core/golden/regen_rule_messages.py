"""Regenerate ``rule_messages.json``: for every registered rule, the first finding it gives on
the golden drafts — its location label and its message in both languages, as the review shows
it (a finding the engine merges into another, such as a definition difference noted on a more
specific definition finding, is taken as the rule itself words it).

Run ``python -m tests.core.golden.regen_rule_messages`` after a deliberate change of wording or
labels, then READ the diff of the JSON: each entry is what an officer reads for that rule.
"""

from __future__ import annotations

import json
from pathlib import Path

from ordreview.core.align import DraftIndex, align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.labels import place_label
from ordreview.core.model import Finding, Review
from ordreview.core.profile import load_profile
from ordreview.core.review import review_file

HERE = Path(__file__).parent
GOLDEN = HERE / "rule_messages.json"
ROOT = HERE.parents[2]
DIRS = ("fixtures", "tests/core/drafts", "tests/core/checks/drafts", "tests/core/golden/drafts")
PROFILES = ("basic-policy-2016", "kojin-joho-2023")


def sources() -> list[str]:
    return [f"{d}/{p.name}" for d in DIRS for ext in ("txt", "html") for p in sorted((ROOT / d).glob(f"*.{ext}"))]


def rule_findings(review: Review, rule_id: str) -> list[Finding]:
    """The findings rule ``rule_id`` gives on the reviewed draft, as the review shows them where
    it shows them (a merged one as the rule words it)."""
    rule = next(r for r in all_rules() if r.id == rule_id)
    profile = load_profile(review.profile_id)
    if rule_id in profile.skip_rules:
        return []
    index = DraftIndex(review.ordinance, profile)
    alignment = align(review.ordinance, profile, index=index)
    ctx = CheckContext(ordinance=review.ordinance, profile=profile, coverage=alignment.coverage,
                       extra={"alignment": alignment, "index": index})
    shown = {f.id: f for f in review.findings}
    return [shown.get(f.id, f) for f in rule.run(ctx)]


def entry(source: str, review: Review, f: Finding) -> dict[str, str]:
    return {"draft": source, "profile": review.profile_id, "place": place_label(review.ordinance, f.location),
            "message_ja": f.message_ja, "message_en": f.message_en}


def entries() -> dict[str, dict[str, str]]:
    """Per rule id, its first finding on the golden drafts (drafts in order, each profile)."""
    out: dict[str, dict[str, str]] = {}
    for source in sources():
        for profile in PROFILES:
            review = review_file(ROOT / source, profile=profile)
            for rule in all_rules():
                if rule.id in out:
                    continue
                found = rule_findings(review, rule.id)
                if found:
                    out[rule.id] = entry(source, review, found[0])
    return dict(sorted(out.items()))


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(entries(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    missing = sorted({r.id for r in all_rules()} - set(json.loads(GOLDEN.read_text(encoding="utf-8"))))
    print("rules without a golden message:", missing)
