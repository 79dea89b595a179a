"""Divisions (章・節・款) cited as one reference, and divisions of another instrument."""

from __future__ import annotations

import pytest

from ordreview.core.model import NodeRef
from ordreview.core.parse import parse_text

DRAFT = """\
みずほ台町個人情報の保護に関する法律施行条例

第1章　総則
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）、個人情報の保護に関する法律施行令（平成15年政令第507号。以下「令」という。）の施行に関し必要な事項を定める。
第2章　手続
第1節　開示
第2条　開示請求の手数料は、無料とする。
第2節　諮問
第3条　実施機関は、{cite}について、審議会に諮問することができる。
"""


def _refs(cite: str) -> list[tuple]:
    o = parse_text(DRAFT.format(cite=cite))
    art3 = o.article("3")
    assert art3 is not None
    return [(r.text, r.kind, r.external_law, r.target) for r in o.references
            if art3.span.start <= r.span.start < art3.span.end]


@pytest.mark.parametrize(
    ("cite", "text", "law"),
    [
        ("法第三章第三節の施策を講ずる場合", "第三章第三節", "法"),
        ("法第3章第3節の施策を講ずる場合", "第3章第3節", "法"),
        ("法第５章第４節第２款の手続", "第５章第４節第２款", "法"),
        ("令第3章の規定", "第3章", "令"),
        ("地方自治法第二編第十二章の規定", "第十二章", "地方自治法"),
    ],
)
def test_a_division_after_a_law_name_belongs_to_that_law(cite: str, text: str, law: str) -> None:
    assert _refs(cite) == [(text, "external", law, None)]


def test_a_chapter_and_its_section_of_this_ordinance_are_one_reference() -> None:
    assert _refs("第2章第1節の手続") == [("第2章第1節", "absolute", None, NodeRef("2"))]


def test_a_missing_section_of_this_ordinance_stays_unresolved() -> None:
    assert _refs("第2章第5節の手続") == [("第2章第5節", "absolute", None, None)]
