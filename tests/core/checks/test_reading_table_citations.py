"""cite.law_number [O6]: the statute's own words in a 読替え table's rows (「行政機関情報公開法第三条」
in the middle column) are no citation by the ordinance, however the cells are spaced."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, rows

TABLE = draft(
    "第1条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第9項の規定は、実施機関について準用する。"
    "この場合において、次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。",
    "第2条第9項第2号{sp}行政機関情報公開法第3条{sp}鎌切町情報公開条例第5条",
    "第2条　この条例の施行に関し必要な事項は、規則で定める。",
    "",
)


@pytest.mark.parametrize("sp", ["\u3000", " "])
def test_rows_carry_no_law_number_finding(sp: str) -> None:
    names = [anchor for _, _, _, anchor in rows("cite.law_number", TABLE.format(sp=sp))]
    assert not any("行政機関情報公開法" in n for n in names)


def test_the_same_citation_outside_a_table_is_still_reported() -> None:
    text = draft("第1条　行政機関情報公開法第3条の規定の例による。", "")
    names = [anchor for _, _, _, anchor in rows("cite.law_number", text)]
    assert any("行政機関情報公開法" in n for n in names)
