"""Two 非識別 provisions in a wording that folds them into neighbouring articles:
the ファイル簿 entry written into the invitation article (「個人情報ファイル簿に、提案の募集をする旨、
提案を受ける組織の名称及び所在地…を記載し、…提案を募集するものとする」; 行政機関個人情報保護法
第44条の3) is C5's 「提案の募集をする旨」, and a proposal about information already entered in the
ファイル簿 by 「…記載された…非識別加工情報をその用に供して事業を行おうとする者は、…提案をすることが
できる」 (同法第44条の12) is C13."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """すずらん町個人情報保護条例

第１章　総則

（定義）
第１条　この条例において「実施機関」とは、町長及び教育委員会をいう。
２　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる情報であって、特定の個人を識別することができないように加工し、かつ、当該個人情報を復元することができないようにしたものをいう。

第２章　町非識別加工情報の提供

（提案の募集）
第２条　実施機関は、個人情報ファイル簿に、提案の募集をする旨、提案を受ける組織の名称及び所在地を記載し、規則で定めるところにより、定期的に、次条第１項の提案を募集するものとする。

（提案）
第３条　前条の規定による募集に応じて、町非識別加工情報をその用に供して行う事業に関する提案をしようとする者は、提案書を実施機関に提出しなければならない。

（作成の基準等）
第４条　実施機関は、町非識別加工情報を作成したときは、その概要、提案を受ける組織の名称及び所在地を個人情報ファイル簿に記載しなければならない。

（作成された情報の利用に関する提案）
第５条　前条の規定により個人情報ファイル簿に記載された町非識別加工情報をその用に供して事業を行おうとする者は、実施機関に対し、当該事業に関する提案をすることができる。
"""


def _must(text: str, rid: str) -> list[bool]:
    al = align(parse_text(text), load_profile())
    return [h.span is not None for h in al.must[rid]]


def test_the_entry_in_the_invitation_article_is_c5() -> None:
    assert _must(DRAFT, "C5") == [True, True, True, True]


def test_without_the_entry_c5_lacks_it() -> None:
    text = DRAFT.replace("個人情報ファイル簿に、提案の募集をする旨、提案を受ける組織の名称及び所在地を記載し、", "")
    assert _must(text, "C5")[0] is False


def test_the_proposal_on_entered_information_is_c13() -> None:
    assert _must(DRAFT, "C13") == [True]


def test_without_that_article_c13_is_missing() -> None:
    text = DRAFT.split("（作成された情報の利用に関する提案）")[0]
    assert _must(text, "C13") == [False]
