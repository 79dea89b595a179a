"""An item whose marker a web copy dropped may start with a numeral used as a quantity
(「 1の開示請求書によって…」): a number followed by a particle is never a paragraph number, so
the line is the list's first item, and 「前号」 in the next item finds it."""

from __future__ import annotations

from ordreview.core.parse import numbers, parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """しおかぜ市個人情報開示手数料条例
（趣旨）
第1条　この条例は、開示請求に係る手数料に関し必要な事項を定めるものとする。
（手数料）
第2条　開示請求をする者は、行政文書1件につき300円の手数料を納付しなければならない。
2　次の各号のいずれかに該当する場合における前項の規定の適用については、当該各号に定める行政文書を1件の行政文書とみなす。
(1)　1の開示請求書によって複数の保有個人情報の開示請求をする場合において、当該保有個人情報が1の簿冊に綴られた複数の行政文書に記録されているとき　当該複数の行政文書
(2)　前号に掲げる場合のほか、1の開示請求書によって相互に密接な関連を有する複数の行政文書に記録された保有個人情報の開示請求をするとき　当該複数の行政文書
3　手数料は、開示請求書を提出する際に納付しなければならない。
"""

NO_MARKERS = CLEAN.replace("(1)　", " ").replace("(2)　", " ")


def test_a_number_before_a_particle_is_no_paragraph_number() -> None:
    assert numbers.paragraph_number(" 1の開示請求書", 1) is None
    assert numbers.paragraph_number(" 1を超える", 1) is None
    assert numbers.paragraph_number("2 前項の", 0) == (2, 2)
    assert numbers.paragraph_number("2前項の", 0) == (2, 1)


def test_items_without_markers_are_read_as_the_clean_ones() -> None:
    def items(text: str) -> list[str]:
        para = parse_text(text).articles[1].paragraphs[1]
        return [i.text.split("。")[0][:12] for i in para.items]

    assert items(NO_MARKERS) == items(CLEAN) == ["1の開示請求書によって複", "前号に掲げる場合のほか、"]
    assert [p.num for p in parse_text(NO_MARKERS).articles[1].paragraphs] == [1, 2, 3]


def test_the_copy_without_markers_has_no_unresolved_reference() -> None:
    def unresolved(text: str) -> list[str]:
        review = review_ordinance(parse_text(text), load_profile(None))
        return [f.anchor_text for f in review.findings if f.rule == "ref.unresolved"]

    assert unresolved(CLEAN) == []
    assert unresolved(NO_MARKERS) == []
