"""A 別表 row that ends with a word and a next row that starts with the draft's abbreviation of a
law (「…についての審査請求」 / 「法第105条…」), or the same run onto one line with a space: no law
「審査請求法」 is cited, so there is no first citation without a number to report (fictional text)."""

from __future__ import annotations

from tests.core.checks.integrity_support import findings

TEXT = """しらさぎ広域連合審査会条例
（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定める。
（諮問）
第2条　審査会は、別表の上欄に掲げる規定により諮問を受けた審査請求について調査審議する。
附　則
この条例は、令和5年4月1日から施行する。
別表（第2条関係）
法第105条第3項　開示請求に係る不作為についての審査請求
法第105条第1項　保有個人情報の開示決定等についての審査請求
"""


def _names(text: str) -> list[str]:
    return [f.message_ja.split("」")[0].lstrip("「") for f in findings("cite.law_number", text)]


def test_a_row_break_before_the_abbreviation_glues_no_law_name() -> None:
    assert _names(TEXT) == []
    assert _names(TEXT.replace("審査請求\n法第105条第1項", "審査請求 法第105条第1項")) == []


def test_an_unnumbered_law_cited_in_a_row_is_still_reported() -> None:
    text = TEXT.replace("法第105条第3項　開示", "行政不服審査法第9条　開示")
    assert _names(text) == ["行政不服審査法"]
