"""A wrapped line that ends in 「（…条例第２号）第２条」 is a citation, not a caption and heading.

In PDF text with its numbers spaced and its lines wrapped at the page width, a 号 that cites
another ordinance's article can end a line with the law number's parenthesis and 「第 2 条」,
the rest (「第 2 号に規定する…」) on the next line. The parenthesis is no caption: the article
number is followed, past the wrap, by 「第」, which never follows a heading.
"""

from __future__ import annotations

from ordreview.core.parse import parse_document
from ordreview.core.read import read_bytes

EXTRACTED = """みずならの町個人情報保護条例
1 / 2
（目的）
第 1 条 この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとす
る。
（定義）
第 2 条 この条例において、次の各号に掲げる用語の意義は、当該各号に定めるとこ
ろによる。
( 1 ) 実施機関 町長、教育委員会、選挙管理委員会及び監査委員をいう。
( 2 ) 公文書 みずならの町情報公開条例（平成 12 年みずならの町条例第 3 号）第 2 条
第 2 号に規定する公文書をいう。
( 3 ) 本人 個人情報によって識別される特定の個人をいう。
2 / 2
（委任）
第 3 条 この条例の施行に関し必要な事項は、町長が別に定める。
"""


def test_a_wrapped_citation_keeps_the_article_and_its_items() -> None:
    o = parse_document(read_bytes(EXTRACTED.encode("utf-8"), path="extracted.txt"))
    assert [a.num for a in o.articles] == ["1", "2", "3"]
    (para,) = o.articles[1].paragraphs
    assert [i.num for i in para.items] == ["1", "2", "3"]
    assert "第2条第2号に規定する公文書" in para.items[1].text.replace(" ", "").replace("\n", "")
    assert "本人" in {t.term for t in o.terms}
