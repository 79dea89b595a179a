"""The accuracy bench's matching of a finding to a gold defect (bench/accuracy.py ``matches``)."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.heldout_reading import bench_accuracy

DRAFT = """ささぶね町個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（責務）
第3条　町は、個人情報の保護に関し必要な措置を講ずるものとする。
"""


def _gap_finding():
    ordinance = parse_text(DRAFT)
    review = review_ordinance(ordinance, load_profile())
    found = [f for f in review.findings if f.rule == "num.article"]
    assert len(found) == 1 and found[0].requirement is not None  # the profile files it under a requirement
    return found[0], ordinance


def _gold(requirement, rule: str = "num.article") -> dict:
    return {"id": "x-1", "requirement": requirement, "rule": rule, "kind": "numbering_gap",
            "location": "第3条", "severity": "error", "seeded": True, "reviewer_ja": "第2条が欠けている。"}


def test_a_gold_defect_without_requirement_is_matched_by_rule() -> None:
    acc = bench_accuracy()
    finding, ordinance = _gap_finding()
    assert acc.matches(finding, _gold(None), ordinance=ordinance)
    assert not acc.matches(finding, _gold(None, rule="toc.mismatch"), ordinance=ordinance)


def test_a_gold_defect_with_requirements_still_needs_one_of_them() -> None:
    acc = bench_accuracy()
    finding, ordinance = _gap_finding()
    assert acc.matches(finding, _gold(finding.requirement), ordinance=ordinance)
    assert not acc.matches(finding, _gold("A1"), ordinance=ordinance)
