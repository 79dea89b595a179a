"""A 略称 used first at the start of a 号's definition counts as used on damaged copies too.

A web copy that lost the space between a 号's term and its definition, or that set the term on
a line of its own, glues the term to the definition's first word (「情報提供等の記録番号法第23条…」):
the definition still begins there, and 番号法 there is a use of the 略称 (term.unused must not
report it, as it does not on the clean draft). So is a term opening an article's sentence that a
PDF's layout set right after the heading's number (「第２条実施機関は」).
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """すずらん町個人情報保護条例
（定義）
第１条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　実施機関　町長、教育委員会及び選挙管理委員会をいう。
二　特定個人情報　行政手続における特定の個人を識別するための番号の利用等に関する法律（平成二十五年法律第二十七号。以下「番号法」という。）第二条第八項に規定する特定個人情報をいう。
三　情報提供等の記録　番号法第二十三条第一項に規定する記録に記録された特定個人情報をいう。
（実施機関の責務）
第２条　実施機関は、特定個人情報及び情報提供等の記録の適正な取扱いに努めなければならない。
"""

COPIES = {
    "glued": CLEAN.replace("三　情報提供等の記録　", "三　情報提供等の記録"),
    "term-line": CLEAN.replace("三　情報提供等の記録　", "三　情報提供等の記録\n"),
    # laid out from a PDF's glyphs with no gap after the heading (実施機関 is used only there)
    "heading-glued": CLEAN.replace("第２条　実施機関は", "第２条実施機関は"),
}


def _term_findings(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return sorted((f.rule, f.message_ja) for f in review.findings if f.rule in ("term.unused", "term.undefined"))


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_a_short_name_opening_a_glued_definition_is_used(kind: str) -> None:
    assert [t.term for t in parse_text(COPIES[kind]).terms] == [t.term for t in parse_text(CLEAN).terms]
    assert _term_findings(COPIES[kind]) == _term_findings(CLEAN)


STRAY = """すずらん町個人情報保護条例
（定義）
第１条　この条例において「個人情報取扱事務登録簿」とは、実施機関が個人情報を取り扱う事務について作成する帳簿をいう。
２　この条例において「構成町村」とは、すずらん町及び近隣の町村をいう。
（登録簿の閲覧）
第２条　町長は、個人情報取扱事務登録簿を一般の閲覧に供しなければならない。
３　構成町村は、前項の閲覧に協力するものとする。
"""


def test_a_term_used_with_a_stray_space_inside_it_is_used() -> None:
    # a web copy rejoined with stray half-width spaces where the page's lines ended
    copy = STRAY.replace("個人情報取扱事務登録簿を一般", "個人情報 取扱事務登録簿を一般").replace("３　構成町村は", "３　構成 町村は")
    assert _term_findings(copy) == _term_findings(STRAY)
    assert not [f for f in _term_findings(copy) if f[0] == "term.unused"]


UNDEFINED = """すずらん町情報公開審査会条例
（定義）
第１条　この条例において「諮問庁」とは、審査会に諮問をした実施機関をいう。
（審査会の調査権限）
第２条　審査会は、必要があると認めるときは、諮問庁に対し、保有個人情報の提示を求めることができる。
"""


def test_terms_of_art_and_their_definitions_are_read_across_stray_spaces() -> None:
    # 保有個人情報 is used and defined nowhere (the clean draft's finding, carried by the A7 gap
    # finding that reports its definition missing); 実施機関 is said to be what 諮問庁 means
    # (「…実施機関をいう」): the copy must say the same
    copy = UNDEFINED.replace("実施機関をいう", "実施機関を いう").replace("保有個人情報の提示", "保有 個人情報の提示")
    assert _term_findings(copy) == _term_findings(UNDEFINED)
    for text in (UNDEFINED, copy):
        review = review_ordinance(parse_text(text), load_profile(None))
        (a7,) = [f for f in review.findings if f.rule == "gap" and f.requirement == "A7"]
        assert any(e.article == "2" for e in a7.evidence)  # the use in 第2条
