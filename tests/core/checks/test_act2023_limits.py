"""kojin-joho-2023: what the Act lets an ordinance set, and no more — the 法第119条 fee amounts
(set in the ordinance, not left to a 規則) and the 不開示情報 of 法第78条第2項 (only what the
情報公開条例 withholds). Small drafts written here, in the national style (kanji numbers, 一・二 items)."""

from __future__ import annotations

import pytest

from tests.core.checks.test_act2023_delegation import counted

PREF = """かもめ県個人情報の保護に関する法律施行条例
令和五年三月十七日
かもめ県条例第四号

（趣旨）
第一条　この条例は、個人情報の保護に関する法律（平成十五年法律第五十七号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（定義）
第二条　この条例において使用する用語は、法において使用する用語の例による。

（手数料）
第三条　法第八十九条第二項の条例で定める手数料の額は、開示請求に係る保有個人情報が記録されている行政文書一件につき三百円とする。

（開示しない情報）
第四条　法第七十八条第二項の規定により読み替えて適用する同条第一項の条例で定める情報は、次に掲げる情報とする。
一　かもめ県情報公開条例（平成十一年かもめ県条例第二十号）第七条第五号に掲げる情報
二　{item}

（行政機関等匿名加工情報の利用に関する契約の手数料）
第五条　法第百十九条第三項の条例で定める手数料の額は、二万千円に、作成に要する時間一時間までごとに三千九百五十円を加算した額とする。
２　法第百十九条第四項の条例で定める手数料の額は、{fee4}

（審査会への諮問）
第六条　法第百五条第三項において準用する同条第一項の規定による諮問は、かもめ県個人情報保護審査会条例（令和五年かもめ県条例第五号）に定めるかもめ県個人情報保護審査会に対して行うものとする。

　　　附　則
（施行期日）
１　この条例は、令和五年四月一日から施行する。
（かもめ県個人情報保護条例の廃止）
２　かもめ県個人情報保護条例（平成十二年かもめ県条例第九号。以下「旧条例」という。）は、廃止する。
（経過措置）
３　この条例の施行の日前に旧条例の規定によりされた開示請求の取扱いについては、なお従前の例による。
"""
FOI_ITEM = "かもめ県情報公開条例第七条第六号に掲げる情報のうち、監査、検査又は取締りに係る事務に関する情報"
FEE4 = "二万千円に、作成に要する時間一時間までごとに三千九百五十円を加算した額とする。"


def test_fees_in_the_ordinance_and_items_from_the_foi_ordinance_are_clean() -> None:
    assert counted(PREF.format(item=FOI_ITEM, fee4=FEE4)) == []


@pytest.mark.parametrize("fee4", ["規則で定める。", "知事が別に定める額とする。"])
def test_a_fee_of_article_119_left_to_a_rule_or_the_head_is_an_error(fee4: str) -> None:
    assert counted(PREF.format(item=FOI_ITEM, fee4=fee4)) == [("P18", "error", "第5条第2項")]


def test_a_town_that_opts_in_gets_the_opt_in_point() -> None:
    town = PREF.format(item=FOI_ITEM, fee4="規則で定める。").replace("かもめ県", "かもめ町").replace("知事", "町長")
    assert ("P19", "error", "第5条第2項") in counted(town)


@pytest.mark.parametrize("item", [
    "前号に掲げるもののほか、知事が公益上開示しないことが必要であると認める情報",
    "前号に掲げる情報に準ずる情報として規則で定める情報",
    "前号に掲げるもののほか、これに類するものとして規則で定めるもの",
])
def test_an_item_the_foi_ordinance_does_not_withhold_goes_beyond_article_78(item: str) -> None:
    assert counted(PREF.format(item=item, fee4=FEE4)) == [("P12", "warning", "第4条第1項第2号")]


def test_the_manner_of_payment_left_to_a_rule_is_not_the_amount() -> None:
    paid = PREF.format(item=FOI_ITEM, fee4=FEE4).replace(
        "（審査会への諮問）", "３　法第百十九条第三項の手数料は、規則で定めるところにより、前納しなければならない。\n\n（審査会への諮問）", 1)
    assert counted(paid) == []
