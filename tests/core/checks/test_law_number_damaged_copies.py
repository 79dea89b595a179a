"""The first citation of a law or ordinance (cite.law_number) on damaged copies of a draft.

A copy that lost what separates a 号's term from its definition (「（２）個人番号番号法第２条…」),
an item marker on a line of its own (a web copy's cell), a space left inside a number by a PDF's line (「第三 十一号」) or a no-break space before a name
must cite the same laws as the clean draft: no name runs across the start of a unit.
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """ひなげし市個人番号の利用に関する条例
（趣旨）
第１条　この条例は、行政手続における特定の個人を識別するための番号の利用等に関する法律（平成２５年法律第２７号。以下「番号法」という。）の施行に関し必要な事項を定めるものとする。
（定義）
第２条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　個人番号　番号法第２条第５項に規定する個人番号をいう。
（２）　特定個人情報　番号法第２条第８項に規定する特定個人情報をいう。
（利用の範囲）
第３条　市長は、地方自治法（昭和２２年法律第６７号）第２条第９項の事務のうち、別表に掲げる事務の処理に関して必要な限度で個人番号を利用することができる。
２　前項の規定による利用は、地方自治法第２条第１４項の趣旨に従い、適正に行うものとする。
附　則
（施行期日）
１　この条例は、令和５年４月１日から施行する。
（ひなげし市番号条例の廃止）
２　ひなげし市番号条例（平成二十七年ひなげし市条例第三十一号）は、廃止する。
３　前項の規定による廃止前のひなげし市番号条例の規定によりされた処分は、この条例の規定によりされた処分とみなす。
"""

COPIES = {
    "glued-terms": CLEAN.replace("（１）　個人番号　", "（１）個人番号").replace("（２）　特定個人情報　", "（２）特定個人情報"),
    "marker-cells": CLEAN.replace("（１）　個人番号　", "（１）\n個人番号　").replace("（２）　特定個人情報　", "（２）\n特定個人情報　"),
    "number-wrapped": CLEAN.replace("条例第三十一号", "条例第三 十一号"),
    "no-break-space": CLEAN.replace("２　前項の規定による利用は、", "２\u00a0前項の規定による利用は、\u00a0"),
}


def _citations(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return sorted((f.location.article or "", f.message_ja) for f in review.findings if f.rule == "cite.law_number")


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_a_damaged_copy_cites_the_laws_of_the_clean_draft(kind: str) -> None:
    assert _citations(COPIES[kind]) == _citations(CLEAN)


def test_a_name_split_by_a_stray_space_is_the_same_name() -> None:
    # a web copy rejoined with stray half-width spaces where the page's lines ended: the later
    # citation without a number is not the first one of 地方自治法
    copy = CLEAN.replace("第３条　市長は、地方自治法", "第３条 市長は、地方 自治法").replace(
        "２　前項の規定による利用は、地方自治法", "２　前項の規定による利用は、地方自 治法")
    assert _citations(copy) == _citations(CLEAN)


def test_a_name_split_after_no_by_a_stray_space_is_the_same_name() -> None:
    # 「廃止前の雛菊市番 号条例」: the words before the space, after 「の」, are the name's start
    clean = CLEAN.replace("ひなげし市番号条例", "雛菊市番号条例").replace("平成二十七年ひなげし市", "平成二十七年雛菊市")
    copy = clean.replace("廃止前の雛菊市番号条例", "廃止前の雛菊市番 号条例")
    assert _citations(copy) == _citations(clean)


OWN_TITLE = """水楢町情報公開・個人情報保護審査会条例
（設置）
第１条　情報公開及び個人情報保護に関する事項を調査審議するため、水楢町情報公開・個人情報保護審査会を置く。
附　則
１　この条例は、令和５年４月１日から施行する。
２　水楢町情報公開審査会条例（平成十六年水楢町条例第四号）は、廃止する。
３　前項の規定による廃止前の水楢町情報公開審査会条例の規定によりされた答申は、この条例の規定によりされた答申とみなす。
"""


def test_a_cited_name_cut_by_a_stray_space_into_a_part_of_the_title_is_still_cited() -> None:
    # 「…情報公開 審査会条例」: 審査会条例 reads like a part of the draft's own title, but the
    # name is the former ordinance's, cited here with its number
    copy = OWN_TITLE.replace("２　水楢町情報公開審査会条例", "２　水楢町情報公開 審査会条例")
    assert _citations(OWN_TITLE) == []
    assert _citations(copy) == []
    # a page's running head glued after an item's words is the draft's own title, no citation
    head = OWN_TITLE.replace("を置く。", "を置く。事務の名称 水楢町情報公開・個人情報保護審査会条例")
    assert _citations(head.replace("２　水楢町情報公開審査会条例", "２　水楢町情報公開 審査会条例")) == []


def test_marker_cells_after_an_item_without_a_full_stop_start_no_name() -> None:
    # items that end without 。 (「…に関する事項」) and a web copy's marker cells: the words before
    # the marker and the marker itself are no part of a name beginning the next item (「条例要配慮…」)
    clean = CLEAN.replace(
        "（利用の範囲）\n",
        "（諮問）\n第２条の２　市長は、次に掲げる事項について審議会に諮問する。\n"
        "一　個人番号の利用に関する事項\n二　条例要配慮個人情報の取扱いに関する事項\n（利用の範囲）\n")
    copy = clean.replace("一　個人番号の利用", "一\n個人番号の利用").replace("二　条例要配慮", "二\n条例要配慮")
    assert _citations(copy) == _citations(clean)
