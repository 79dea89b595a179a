"""A 別表 whose heading names an article (「別表（第6条関係）」) is part of what that article says:
the fee amounts set in it are set by the ordinance."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.attached_tables import related_articles
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """ゆうなぎ町個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、町の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、町長及び教育委員会をいう。
2　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる情報であって、特定の個人を識別することができないように加工し、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　町非識別加工情報の提供

（町非識別加工情報の作成及び提供等）
第3条　実施機関は、この章の規定に従い、町非識別加工情報を作成し、及び提供することができる。

（提案の募集）
第4条　実施機関は、定期的に、町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。

（契約の締結）
第5条　実施機関は、提案をした者との間で、町非識別加工情報の利用に関する契約を締結するものとする。

（手数料）
第6条　前条の規定により町非識別加工情報の利用に関する契約を締結する者は、{table}に定める額の手数料を納めなければならない。

附　則
この条例は、令和2年4月1日から施行する。

{heading}
1　前条の契約を締結する者　次に掲げる額の合計額
ア　21,000円
イ　町非識別加工情報の作成に要する時間1時間までごとに3,950円
"""


def _c14(table: str, heading: str) -> list[bool]:
    al = align(parse_text(DRAFT.format(table=table, heading=heading)), load_profile())
    return [h.span is not None for h in al.must["C14"]]


def test_amounts_in_the_table_of_the_fee_article_are_the_ordinances() -> None:
    assert _c14("別表", "別表（第6条関係）") == [True, True, True]


def test_the_heading_decides_even_when_the_reference_is_miswritten() -> None:
    assert _c14("別表第2", "別表（第6条関係）") == [True, True, True]


def test_a_table_of_another_article_is_not_the_fee_articles() -> None:
    assert _c14("別表", "別表（第2条関係）") == [True, False, False]


def test_headings_in_every_number_style() -> None:
    assert related_articles("別表（第３３条関係）") == ["33"]
    assert related_articles("別表第一（第二十二条の八、第二十二条の九関係）") == ["22_8", "22_9"]
    assert related_articles("別表( 第 33 条関係 )") == ["33"]  # spaced out by a PDF copy
    assert related_articles("別表") == []
