"""A provision listed after a range (「…から…まで及び第N項」) belongs to the range's article and
instrument, and 同条 after it keeps that instrument."""

from __future__ import annotations

from ordreview.core.model import NodeRef
from ordreview.core.parse import parse_text

DRAFT = """ことり村個人情報保護条例

（定義）
第1条　この条例において「個人情報」及び「本人」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項まで及び第6項に定めるところによる。この場合において、同条第4項中「行政機関」とあるのは「実施機関」と読み替えるものとする。

（手続）
第2条　実施機関は、次に掲げる事項を定める。
　(1)　甲
　(2)　乙
　(3)　丙
2　前項に定めるもののほか、必要な事項を定める。
3　第1項第1号から第2号まで及び第3号に掲げる事項は、公表する。

（準用）
第3条　第2条第1項から第2項まで及び第3項の規定は、規則について準用する。
"""


def _refs() -> dict[str, tuple]:
    return {r.text: (r.kind, r.external_law is not None, r.target) for r in parse_text(DRAFT).references}


def test_a_paragraph_after_a_statute_range_is_of_the_statute() -> None:
    refs = _refs()
    assert refs["第2条第2項から第4項まで"][:2] == ("external", True)
    assert refs["第6項"][:2] == ("external", True)  # not 第1条第6項 of this ordinance
    assert refs["同条第4項"][:2] == ("external", True)


def test_a_provision_after_an_internal_range_is_of_the_range_article() -> None:
    refs = _refs()
    assert refs["第3号"][2] == NodeRef(article="2", paragraph=1, item="3")
    assert refs["第3項"][2] == NodeRef(article="2", paragraph=3, item=None)


def test_an_article_listed_after_a_statute_article_is_of_the_statute() -> None:
    text = DRAFT.replace("（準用）\n第3条　第2条第1項から第2項まで及び第3項の規定は、規則について準用する。",
                         "（特例）\n第3条　開示請求に係る法第83条及び第84条の規定の適用については、法第83条第1項中「30日以内」とあるのは「15日以内」とする。\n\n第4条　第3条及び第2条の規定による。")
    refs = {r.text: r for r in parse_text(text).references}
    assert refs["第84条"].external_law is not None  # not 第84条 of this ordinance
    assert refs["第2条"].external_law is None and refs["第2条"].target is not None  # this ordinance's list
