"""A chapter that ends with a deleted range (「第三条から第四条まで　削除」): its articles run to the
range's last article, so a 目次 entry 「（第一条―第四条）」 agrees with the body; one that says
「（第一条―第三条）」 does not."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """ゆうなぎ町個人情報保護条例
目次
　第一章　総則（第一条―第四条）
　第二章　雑則（第五条・第六条）
　附則
　　　第一章　総則
（目的）
第一条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（責務）
第二条　町は、個人情報の保護に関し必要な施策を講ずるものとする。
第三条から第四条まで　削除
　　　第二章　雑則
（委任）
第五条　この条例の施行に関し必要な事項は、町長が定める。
（報告）
第六条　町長は、この条例の運用の状況を毎年度公表するものとする。
　　　附　則
この条例は、令和八年四月一日から施行する。
"""


def _toc(text: str) -> list[str]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return [f.message_ja for f in review.findings if f.rule == "toc.mismatch"]


def test_a_chapter_ending_with_a_deleted_range_runs_to_its_end() -> None:
    assert _toc(DRAFT) == []


def test_a_range_that_stops_short_of_the_deleted_articles_is_found() -> None:
    found = _toc(DRAFT.replace("総則（第一条―第四条）", "総則（第一条―第三条）"))
    assert len(found) == 1 and "第1条―第4条" in found[0]
