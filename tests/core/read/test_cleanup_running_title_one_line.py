"""On a text run onto one line, a running head left at the end of a unit goes.

A PDF's text joined on one line keeps the page's running head (the title) where no page number
marks it; when it falls after a deleted article (「第九条 削除 つばき野町個人情報保護条例 （適正管理）」)
it was read as a citation of an ordinance named 「削除つばき野町…条例」 without its number.
"""

from __future__ import annotations

from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes
from ordreview.core.read.cleanup import clean_extracted

TITLE = "つばき野町個人情報保護条例"
CLEAN = f"""{TITLE}
（目的）
第一条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（収集の制限）
第二条　実施機関は、個人情報を収集するときは、その目的を明確にしなければならない。
第三条　削除
（適正管理）
第四条　実施機関は、個人情報の適正な管理のために必要な措置を講じなければならない。
２　実施機関は、{TITLE}の趣旨に従い、保有の必要がなくなった個人情報を廃棄しなければならない。
"""


def _one_line() -> str:
    text = CLEAN.replace("第三条　削除\n", f"第三条　削除\n{TITLE}\n")  # the next page's head
    return " ".join(line.replace("\u3000", " ") for line in text.split("\n") if line.strip())


def test_the_head_after_the_deleted_article_goes() -> None:
    cleaned = clean_extracted(_one_line(), force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert lines[0].replace(" ", "") == TITLE
    assert "第三条 削除" in lines
    assert cleaned.text.count(TITLE) == 2  # the title and the citation inside 第四条第2項


def test_no_citation_of_a_law_is_found_in_it() -> None:
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    def cites(ordinance) -> list:  # noqa: ANN001
        return sorted(f.message_ja for f in review_ordinance(ordinance, load_profile()).findings
                      if f.rule.startswith("cite."))

    copy = parse_document(read_bytes(_one_line().encode("utf-8"), path="extracted.txt"))
    assert cites(copy) == cites(parse_text(CLEAN))
