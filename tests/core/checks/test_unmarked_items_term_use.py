"""A web copy that dropped the item markers of a list (「（６）」 gone, the item's text alone on its
line): a defined term opening such an item is used there, although the line above ends without
punctuation and the two lines read on as one word."""

from __future__ import annotations

from ordreview.core.choose import choose_profile
from ordreview.core.parse import parse_text
from ordreview.core.review import review_ordinance

CLEAN = """みずほ町個人情報保護条例
（定義）
第１条　この条例において「条例要配慮個人情報」とは、町の機関が保有する個人情報のうち、規則で定めるものをいう。
（登録簿）
第２条　町の機関は、個人情報取扱事務について、次に掲げる事項を記載した帳簿を作成しなければならない。
（１）　個人情報取扱事務の名称
（２）　個人情報の記録項目
（３）　条例要配慮個人情報が含まれるときは、その旨
（４）　前各号に掲げるもののほか、規則で定める事項
"""

NO_MARKERS = CLEAN.replace("（１）　", " ").replace("（２）　", " ").replace("（３）　", " ").replace("（４）　", " ")


def _unused(text: str) -> list[str]:
    ordinance = parse_text(text)
    review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
    return [f.message_ja for f in review.findings if f.rule == "term.unused"]


def test_a_term_opening_an_unmarked_item_is_used() -> None:
    assert _unused(CLEAN) == []
    assert _unused(NO_MARKERS) == []
