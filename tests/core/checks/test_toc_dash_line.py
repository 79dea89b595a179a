"""A 目次 copied in the PDF's content-stream order puts each range dash on a line of its own above
its entry (「―」 / 「第二章 雑則（第三条 第四条）」): the entry's name is still compared with the
body's heading, as on the clean draft."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """ゆうなぎ町個人情報保護条例
目次
　第一章　総則（第一条―第二条）
　第二章　補則（第三条―第四条）
　附則
　　　第一章　総則
（目的）
第一条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（責務）
第二条　町は、個人情報の保護に関し必要な施策を講ずるものとする。
　　　第二章　雑則
（委任）
第三条　この条例の施行に関し必要な事項は、町長が定める。
（報告）
第四条　町長は、この条例の運用の状況を毎年度公表するものとする。
　　　附　則
この条例は、令和八年四月一日から施行する。
"""

DASH_LINES = CLEAN.replace("　第一章　総則（第一条―第二条）", "―\n第一章 総則（第一条 第二条）").replace(
    "　第二章　補則（第三条―第四条）", "―\n第二章 補則（第三条 第四条）"
)


def _toc(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return sorted((f.rule, f.code) for f in review.findings if f.rule == "toc.mismatch")


def test_the_name_mismatch_is_found_with_the_dash_above() -> None:
    assert _toc(CLEAN)  # 補則 in the 目次, 雑則 in the body
    assert _toc(DASH_LINES) == _toc(CLEAN)
