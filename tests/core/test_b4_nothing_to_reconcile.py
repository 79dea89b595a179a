"""B4 reconciles a legacy sensitive-information collection ban with 要配慮個人情報. A collection
article with no sensitive list at all (the statute has none) leaves nothing to reconcile."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """くもま村個人情報保護条例

（目的）
第1条　この条例は、村の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、村長及び教育委員会をいう。
2　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。

（収集の制限）
第3条　実施機関は、個人情報を収集するときは、利用目的を明確にし、適法かつ公正な手段により収集しなければならない。
2　実施機関は、個人情報を収集するときは、本人から収集しなければならない。ただし、本人の同意があるときは、この限りでない。
{extra}
（委任）
第4条　この条例の施行に関し必要な事項は、規則で定める。
"""

LEGACY = "3　実施機関は、思想、信条及び信教に関する個人情報並びに社会的差別の原因となるおそれのある個人情報を収集してはならない。\n"
KEYED = "3　実施機関は、法令等に基づくときを除き、要配慮個人情報を収集してはならない。\n"


def _b4(extra: str) -> str:
    return align(parse_text(DRAFT.format(extra=extra)), load_profile()).coverage["B4"].status


def test_no_sensitive_list_leaves_nothing_to_reconcile() -> None:
    assert _b4("") == "not_applicable"


def test_a_legacy_list_is_still_reported() -> None:
    assert _b4(LEGACY) == "partial"


def test_a_ban_keyed_to_yohairyo_is_covered() -> None:
    assert _b4(KEYED) == "covered"
