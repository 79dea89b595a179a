"""In character-spaced PDF text a chapter's title stays apart from its number.

Some extractors space every character with one space and give the page's real gap (第4章　審査会)
as one space too. Deleting every single space glued the title to the number (「第4章伊吹台市個人情報
保護審査会」), so a check read 「章伊吹台市…審査会」 as a longer name of the body the articles cite.
The space after a 章/節 number that opens a line stays, as the one after an article's number does;
a reference to a chapter (第 ４ 章 の 規 定) is not a heading and loses its spaces.
"""

from __future__ import annotations

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes
from ordreview.core.read.cleanup import clean_extracted

DRAFT = """伊吹台市個人情報保護条例
第1章　総則
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
第2章　個人情報の取扱い
第1節　収集の制限
（収集の制限）
第2条　実施機関は、伊吹台市個人情報保護審査会の意見を聴いた上で、必要な個人情報を収集することができる。
第3章　伊吹台市個人情報保護審査会
（設置）
第3条　第2章の規定による諮問に応じ調査審議するため、伊吹台市個人情報保護審査会（以下「審査会」という。）を置く。
2　審査会は、委員5人以内で組織する。
"""


def _spaced(text: str) -> str:
    return forms.spaced(text, gap=" ")  # the real gaps given as single spaces as well


def test_the_title_of_a_spaced_chapter_keeps_its_space() -> None:
    cleaned = clean_extracted(_spaced(DRAFT))
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert "第3章 伊吹台市個人情報保護審査会" in lines
    assert "第1節 収集の制限" in lines
    assert any(line.startswith("第3条") and "第2章の規定による諮問" in line for line in lines)


def test_the_chapters_read_as_in_the_clean_draft() -> None:
    copy = parse_document(read_bytes(_spaced(DRAFT).encode("utf-8"), path="extracted.txt"))
    clean = parse_text(DRAFT)
    assert [(d.title, d.caption) for d in copy.divisions] == [(d.title, d.caption) for d in clean.divisions]


def test_the_body_named_in_the_chapter_title_is_no_longer_name_in_the_copy() -> None:
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    def terms_findings(ordinance) -> list:  # noqa: ANN001
        review = review_ordinance(ordinance, load_profile())
        return sorted((f.rule, f.anchor_text) for f in review.findings if f.rule.startswith(("term.", "abbr.")))

    copy = parse_document(read_bytes(_spaced(DRAFT).encode("utf-8"), path="extracted.txt"))
    assert terms_findings(copy) == terms_findings(parse_text(DRAFT))
