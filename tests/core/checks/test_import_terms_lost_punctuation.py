"""A 規則 that borrows its ordinance's and the Act's vocabulary (「この規則において使用する用語は、
法及び条例において使用する用語の例による。」) defines no term itself; a PDF copy that lost its
、 and 。 (a space, or nothing, in their place) borrows the same and gets no finding for a
statute's term it uses."""

from __future__ import annotations

import pytest

from ordreview.core.checks.integrity_terms import imports_ordinance_terms

SENTENCE = "第２条　この規則において使用する用語は、法及び条例において使用する用語の例による。"


@pytest.mark.parametrize("gap", ["、", " ", ""])
def test_the_borrowing_sentence_is_read_whatever_became_of_its_comma(gap: str) -> None:
    assert imports_ordinance_terms(SENTENCE.replace("、", gap).replace("。", " "))


def test_a_sentence_of_its_own_terms_borrows_nothing() -> None:
    assert not imports_ordinance_terms("第２条　この規則において使用する用語は 次に定めるところによる ")
