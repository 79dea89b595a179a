"""A line printed flush with a bare 項 number after a 号 list opens the next paragraph even when
it repeats the number of the paragraph before (1, 2, 2): the numbering check reports the
repeated number once, and the references in that paragraph are read from where it really is."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

TEXT = """しらさぎ村個人情報保護条例

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。

（提供の制限）
第2条　村長は、保有個人情報を目的外に提供してはならない。
2　前項の規定にかかわらず、村長は、次のいずれかに該当するときは、保有個人情報を提供することができる。
⑴　本人の同意があるとき。
⑵　法令に定めがあるとき。
REPEAT　前2項の規定は、統計の作成のために提供する場合については、適用しない。
"""


def _article(text: str):
    return parse_text(text).article("2")


def test_a_repeated_number_after_an_item_list_opens_the_next_paragraph() -> None:
    art = _article(TEXT.replace("REPEAT", "2"))
    assert [p.num for p in art.paragraphs] == [1, 2, 3]
    assert [p.printed_num for p in art.paragraphs][1:] == ["2", "2"]
    assert [i.num for i in art.paragraphs[1].items] == ["1", "2"]


def test_the_repeated_number_is_the_one_finding() -> None:
    review = review_ordinance(parse_text(TEXT.replace("REPEAT", "2")), load_profile())
    counted = [f for f in review.findings if f.severity in ("error", "warning") and f.rule.startswith(("num.", "ref."))]
    assert [(f.rule, f.location.paragraph) for f in counted] == [("num.paragraph", 3)]


def test_the_right_number_reads_the_same_and_is_no_finding() -> None:
    art = _article(TEXT.replace("REPEAT", "3"))
    assert [p.num for p in art.paragraphs] == [1, 2, 3]
    review = review_ordinance(parse_text(TEXT.replace("REPEAT", "3")), load_profile())
    assert not [f for f in review.findings if f.rule.startswith(("num.", "ref.")) and f.severity != "info"]


def test_an_indented_line_after_the_list_is_not_taken_for_a_paragraph() -> None:
    # a wrapped line of the last item that happens to start with the number stays the item's words
    art = _article(TEXT.replace("⑵　法令に定めがあるとき。\nREPEAT", "⑵　法令に定めがあるとき（同条第\n 2　項の場合を除く。）。\n3"))
    assert [p.num for p in art.paragraphs] == [1, 2, 3]
    assert [i.num for i in art.paragraphs[1].items] == ["1", "2"]
