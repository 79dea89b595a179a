"""An inline definition whose 、 an extractor turned into spaces covers the same words.

PDF text that lost its 、 (「利用の停止 消去又は提供の停止（以下「利用停止」という ）」) still
defines the 略称 by the whole enumeration, as the clean draft does; a space after a particle (a
lost 、 that ends a clause) still ends the definition.
"""

from __future__ import annotations

import dataclasses

import pytest

from ordreview.core.model import Notice
from ordreview.core.parse import parse_document, parse_text, text_document
from ordreview.core.read.codes import PUNCTUATION_LOST

DRAFT = (
    "ささぶえ村個人情報保護条例\n"
    "（利用停止請求権）\n"
    "第十五条　何人も、自己を本人とする保有個人情報が適法に取得されたものでないと認めるときは、"
    "実施機関に対し、当該保有個人情報の利用の停止、消去又は提供の停止（以下「利用停止」という。）を"
    "請求することができる。\n"
    "２　利用停止の請求は、書面により行わなければならない。\n"
)


def _parse(text: str, *, lost: bool):
    """``text`` parsed; with ``lost``, as PDF text whose reader said 、。 became spaces."""
    if not lost:
        return parse_text(text)
    doc = text_document(text, path="extracted.txt")
    notice = Notice(PUNCTUATION_LOST, "句読点が失われている", "punctuation lost")
    return parse_document(dataclasses.replace(doc, notices=(*doc.notices, notice)))


def _definition(text: str, term: str, *, lost: bool = False) -> str:
    (found,) = [t for t in _parse(text, lost=lost).terms if t.term == term]
    return found.definition.replace(" ", "")


@pytest.mark.parametrize("lost", ["、", "、。"])
def test_the_enumeration_stays_whole_when_its_commas_became_spaces(lost: str) -> None:
    copy = DRAFT
    for mark in lost:
        copy = copy.replace(mark, " ")
    assert _definition(copy, "利用停止", lost=True) == _definition(DRAFT, "利用停止").replace("、", "")
    assert _definition(copy, "利用停止", lost=True) == "当該保有個人情報の利用の停止消去又は提供の停止"


def test_a_lost_comma_after_a_particle_still_ends_the_definition() -> None:
    copy = DRAFT.replace("、", " ")
    assert "実施機関" not in _definition(copy, "利用停止", lost=True)


SCOPED = (
    "ささぶえ村情報公開条例\n"
    "（第三者保護）\n"
    "第十七条　開示請求に係る公文書に開示請求者以外のもの（以下この条、第十八条及び第十九条において「第三者」という。）"
    "に関する情報が記録されているときは、第三者に意見書を提出する機会を与えることができる。\n"
    "第十八条　第三者は、意見書を提出することができる。\n"
    "第十九条　実施機関は、第三者に通知しなければならない。\n"
)


def test_a_definition_for_named_articles_whose_comma_was_lost() -> None:
    # 「以下この条 第十八条及び第十九条において「第三者」という 」: the same scoped definition
    copy = SCOPED.replace("、", " ").replace("。", " ")
    clean_terms = [(t.term, t.scope) for t in _parse(SCOPED, lost=False).terms]
    assert clean_terms and clean_terms[0][0] == "第三者"
    assert [(t.term, t.scope) for t in _parse(copy, lost=True).terms] == clean_terms
