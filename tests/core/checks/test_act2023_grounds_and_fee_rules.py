"""kojin-joho-2023: 不開示情報 listed on top of 法第78条第1項 (P12) and the 法第119条 fee left to a 規則
with the 政令's amount as a mere standard (P18/P19). Drafts written here."""

from __future__ import annotations

from ordreview.core.labels import place_label
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

HEAD = """ゆうなぎ町個人情報の保護に関する法律施行条例

（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（手数料）
第2条　法第89条第2項の条例で定める手数料の額は、無料とする。

{article}

　　　附　則
この条例は、令和5年4月1日から施行する。
"""

ADDED = """（不開示情報）
第3条　町長は、開示請求に係る保有個人情報に{grounds}、次の各号のいずれかに該当する情報が含まれているときは、当該保有個人情報を開示しないことができる。
一　町の機関の内部における審議に関する情報であって、開示することにより、率直な意見の交換が不当に損なわれるおそれがあるもの
二　町の機関が行う交渉に係る事務に関する情報であって、開示することにより、当該事務の適正な遂行に支障を及ぼすおそれがあるもの"""

FEE = """（行政機関等匿名加工情報の利用に関する契約の手数料）
第3条　法第119条第3項又は第4項の規定により納付しなければならない手数料の額は、{amount}。
（提案の募集）
第4条　町長は、法第111条の規定により、毎年度1回、行政機関等匿名加工情報をその用に供して行う事業に関する提案を募集するものとする。"""


def found(text: str, rule: str) -> list[tuple[str, str, str]]:
    r = review_ordinance(parse_text(text), load_profile("kojin-joho-2023"))
    return [(f.requirement or "", f.code, place_label(r.ordinance, f.location)) for f in r.findings if f.rule == rule]


def test_grounds_of_its_own_on_top_of_article_78_1_are_p12() -> None:
    got = found(HEAD.format(article=ADDED.format(grounds="法第78条第1項各号に掲げる情報のほか")), "act.nondisclosure")
    assert got == [("P12", "check.act.nondisclosure_added", "第3条")]


def test_a_paragraph_that_only_mentions_article_78_1_is_left_alone() -> None:
    article = ("（開示の実施）\n第3条　法第78条第1項各号に掲げる情報が記録されている部分を除いて開示するときは、"
               "その旨を書面により通知するものとする。")
    assert found(HEAD.format(article=article), "act.nondisclosure") == []


def test_a_fee_set_by_regulation_with_the_cabinet_orders_amount_as_standard_is_p19() -> None:
    amount = "同条第3項又は第4項の政令で定める額を標準として、町長が規則で定める"
    got = [g for g in found(HEAD.format(article=FEE.format(amount=amount)), "act.anon_fee") if g[0] in ("P18", "P19")]
    assert got == [("P19", "check.act.anon_fee_delegated", "第3条")]


def test_a_fee_the_ordinance_sets_with_the_standard_in_mind_is_not_delegated() -> None:
    amount = "同条第3項又は第4項の政令で定める額を標準として、別表に定める額とする"
    got = [g for g in found(HEAD.format(article=FEE.format(amount=amount)), "act.anon_fee")
           if g[1] == "check.act.anon_fee_delegated"]
    assert got == []
