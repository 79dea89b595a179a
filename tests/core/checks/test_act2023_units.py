"""The paragraphs the 2023 rules walk are built once per parsed draft and never leak into another."""

from __future__ import annotations

from ordreview.core.checks.act2023 import units
from ordreview.core.parse import parse_text

DRAFT = """かわせみ村個人情報の保護に関する法律施行条例
（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。
（手数料）
第2条　法第89条第2項の条例で定める額は、無料とする。
2　前項の規定にかかわらず、写しの交付に要する費用は、請求者の負担とする。
"""

OTHER = DRAFT.replace("無料とする", "開示請求1件につき300円とする")


def test_units_are_the_same_on_a_second_walk_and_each_draft_gets_its_own() -> None:
    first = parse_text(DRAFT)
    walked = list(units(first))
    assert [u.text for u in walked][1:] == ["法第89条第2項の条例で定める額は、無料とする。",
                                           "2前項の規定にかかわらず、写しの交付に要する費用は、請求者の負担とする。"]
    assert list(units(first)) == walked

    other = parse_text(OTHER)
    assert "300円" in list(units(other))[1].text
    # the first draft, walked again after another one, still gives its own paragraphs
    assert list(units(first))[1].text.endswith("無料とする。")
