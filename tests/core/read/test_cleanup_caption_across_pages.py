"""A caption whose closing bracket went over a page break keeps its article.

A two-column or wrapped PDF page can end in the middle of a caption: 「（審理員による…の適用除外」
at the page's foot (a column's blank rows after it), then 「）」 alone on a later line, the article
below it. The bracket is joined back to its caption.
"""

from __future__ import annotations

from ordreview.core.read.cleanup import clean_extracted

EXTRACTED = """くぬぎ台町個人情報保護条例

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。

（定義）
第2条　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会及び監査委員をいう。

（審理員による審理手続に関する規定の適用除外
    

    
）
第3条　開示請求に係る決定に対する審査請求については、行政不服審査法第9条第1項本文の規定は、適用しない。

（委任）
第4条　この条例の施行に関し必要な事項は、町長が別に定める。

－ 2 －
"""


def test_cleanup_joins_the_bracket_to_its_caption() -> None:
    cleaned = clean_extracted(EXTRACTED, force=True)
    assert cleaned is not None
    assert "（審理員による審理手続に関する規定の適用除外）\n第3条" in cleaned.text
    # an unclosed bracket followed by a sentence is left alone
    other = EXTRACTED.replace("\n    \n\n    \n）\n", "\n第3条の前に置く。\n")
    assert "適用除外第3条" not in clean_extracted(other, force=True).text
