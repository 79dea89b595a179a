"""A wrapped line of spaced PDF text that starts with a far-ahead 第N条 and a 項 is a citation.

pdftotext output wraps 「地方自治法（昭和 22 年法律第 67 号）第 244 条の 2 第 3 項に規定する…」
so that the statute's article number opens the next line, its 項 separated by a space as every
number of the page is. Read as a heading, the statute's 第244条の2 broke the numbering of every
article after it. A heading that goes on with 「第N項に」 while its number jumps far past the
articles read so far is a citation; an article whose text starts by citing another article
(「第 3 条 第 2 条に規定する…」) stays a heading (fictional text written here).
"""

from __future__ import annotations

from ordreview.core.parse import parse_document
from ordreview.core.read import read_bytes

EXTRACTED = """しらかば町個人情報保護条例
（目的）
第 1 条 この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとす
る。
（定義）
第 2 条 この条例において、次の各号に掲げる用語の意義は、当該各号に定めるとこ
ろによる。
(1) 実施機関 町長、教育委員会及び監査委員をいう。
(2) 指定管理者 地方自治法（昭和 22 年法律第 67 号）
第 244 条の 2 第 3 項に規定する指定管理者をいう。
（指定管理者の責務）
第 3 条 第 2 条第 2 号に規定する指定管理者は、個人情報を適正に取り扱わなければ
ならない。
（委任）
第 4 条 この条例の施行に関し必要な事項は、町長が別に定める。
"""


def _ordinance(text: str):
    return parse_document(read_bytes(text.encode("utf-8"), path="extracted.txt"))


def test_a_far_ahead_article_and_paragraph_at_a_line_start_is_a_citation() -> None:
    o = _ordinance(EXTRACTED)
    assert [a.num for a in o.articles] == ["1", "2", "3", "4"]
    (para,) = o.articles[1].paragraphs
    assert [i.num for i in para.items] == ["1", "2"]
    assert "第244条の2第3項に規定する" in para.items[1].text.replace(" ", "").replace("\n", "")


def test_the_next_article_still_opens_with_a_citation() -> None:
    o = _ordinance(EXTRACTED)
    third = o.articles[2]
    assert third.caption == "指定管理者の責務"
    assert third.paragraphs[0].text.replace(" ", "").startswith("第2条第2号に規定する")
