"""A finding a redraft no longer raises is named by the label stored when it was found (the
draft of that revision knew whether the article had one 項), never by a guess."""

from __future__ import annotations

from dataclasses import replace

from ordreview.core.labels import earlier_label, location_label
from ordreview.core.model import Finding, FindingId, Location, Review, RuleId, Span
from ordreview.core.parse import parse_text
from ordreview.store import Store
from tests.store.factory import REVIEWER

FIRST = """ひいらぎ村個人情報保護条例

（収集の制限）
第三条　実施機関は、次に掲げる事項を守らなければならない。
　一　収集の目的を明確にすること。
　二　規則で定める方法により収集すること。
"""
SECOND = FIRST.replace("　二　規則で定める方法により収集すること。\n", "")


def _review(text: str, findings: tuple[Finding, ...]) -> Review:
    return Review(ordinance=parse_text(text), profile_id="basic-policy-2016", profile_version="1.0",
                  coverage=(), article_requirements={}, findings=findings)


def test_an_obsolete_finding_keeps_the_label_of_its_revision(store: Store) -> None:
    at = FIRST.index("規則で定める")
    finding = Finding(id=FindingId("delegation:3-2"), rule=RuleId("delegation"), requirement=None, severity="info",
                      point="other", location=Location("3", 1, "2", Span(at, at + 6)), code="c",
                      message_ja="第3条第2号で規則に委任している。", message_en="")
    first = _review(FIRST, (finding,))
    r1 = store.save_review(first, reviewer=REVIEWER, source_path="/v1.txt")
    r2 = store.save_review(replace(_review(SECOND, ()), ordinance=parse_text(SECOND)), reviewer=REVIEWER,
                           source_path="/v2.txt", previous_review_id=r1)
    (row,) = [r for r in store.load_review_rows(r2) if r.state == "obsolete"]
    assert row.finding == finding
    assert location_label(row.finding.location) == "第3条第1項第2号"  # the guess without that draft
    current = parse_text(SECOND)
    assert earlier_label(row.finding, current) == "第3条第2号"  # one 項: never named
    assert earlier_label(row.finding, current, "draft") == "第三条第二号"  # the current draft's numerals


def test_a_finding_stored_without_a_label_falls_back_to_its_location() -> None:
    finding = Finding(id=FindingId("x"), rule=RuleId("r"), requirement=None, severity="info", point="other",
                      location=Location("3", 2, None, None), code="c", message_ja="", message_en="")
    assert earlier_label(finding) == "第3条第2項"
    assert earlier_label(replace(finding, location=Location(None, None, None, None))) == "全体"
