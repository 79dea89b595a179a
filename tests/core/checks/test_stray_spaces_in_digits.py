"""A web copy rejoined with stray half-width spaces between the digits of a year, a law number or
an amount written in Arabic numerals (「平成２ ６年法律第６ ８号」, 「１ ０万円以下の過料」) must be
judged as the clean draft: the wrong law number and the 過料 over the limit are still found."""

from __future__ import annotations

import re

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """ささなみ県個人情報保護条例
（目的）
第１条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（定義）
第２条　この条例において「実施機関」とは、知事、教育委員会及び監査委員をいう。
（審理員による審理手続に関する規定の適用除外）
第３条　開示決定等に係る審査請求については、行政不服審査法（平成２６年法律第６９号）第９条第１項本文の規定は、適用しない。
（罰則）
第４条　実施機関の職員が、正当な理由がないのに、個人情報を提供したときは、２年以下の懲役又は１００万円以下の罰金に処する。
（過料）
第５条　偽りその他不正の手段により、個人情報の開示を受けた者は、１０万円以下の過料に処する。
"""

STRAY = (
    CLEAN.replace("平成２６年法律第６９号", "平成２ ６年法律第６ ９号")
    .replace("１００万円以下の罰金", "１ ００万円以下の罰金")
    .replace("１０万円以下の過料", "１ ０万円以下の過料")
    .replace("正当な理由", "正 当な理由")
)


def _findings(text: str) -> list[tuple[str, str, str]]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return sorted(
        (f.rule, f.location.article or "", re.sub(r"\s", "", f.message_ja))
        for f in review.findings
        if f.rule in ("cite.law_number_wrong", "penalty.limit")
    )


def test_the_clean_draft_has_both_findings() -> None:
    assert [(rule, art) for rule, art, _ in _findings(CLEAN)] == [
        ("cite.law_number_wrong", "3"), ("penalty.limit", "5")]


def test_stray_spaces_between_digits_change_no_finding() -> None:
    assert _findings(STRAY) == _findings(CLEAN)


def test_a_space_between_numbers_that_are_not_one_stays() -> None:
    from ordreview.core.checks.integrity_index import index_for

    # a paragraph number before a count, a table row's number before its amount: two numbers
    text = CLEAN + "２ ３件以上の請求は、まとめて一の請求とみなす。\n"
    assert "2 3件以上" in index_for(parse_text(text)).joined
