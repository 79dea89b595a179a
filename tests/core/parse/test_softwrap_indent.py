"""A fixed-width web copy: soft line breaks every few dozen characters, continuation lines indented."""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = """かざはな市手数料条例
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところ
　　による。
(1)　申請者　証明書の交付を求める者（代理人（かざはな市行政手続条例（平成8年かざはな市条例第3号。
    以下「手続条例」という。）第2条第4号に規定する代理人をいう。）を含む。
    ）をいう。
(2)　証明書　市長が発行する証明書（住民票の写しその他の規則で定めるものを除く。以下「除外証明書」
    という。）をいう。
(3)　手数料　証明書の交付について徴収する料金をいう。
（徴収）
第3条　市は、申請者から手数料を徴収する。ただし、除外証明書の交付は、無料とする。
2　手続条例の規定による申請に係る手数料は、前納とする。
"""


def test_indented_continuation_of_an_open_parenthesis_is_no_item() -> None:
    o = parse_text(TEXT)
    art2 = o.article("2")
    assert art2 is not None
    items = art2.paragraphs[0].items
    assert [i.num for i in items] == ["1", "2", "3"]
    assert "手続条例" in items[0].text and items[0].text.rstrip().endswith("をいう。")
    assert "parse.markers_dropped" not in [n.code for n in o.notices]
    assert [t.term for t in o.terms] == ["申請者", "手続条例", "証明書", "除外証明書", "手数料"]


def test_an_indented_line_after_a_complete_item_still_reads_as_one_that_lost_its_number() -> None:
    text = TEXT.replace("(3)　手数料", "　手数料")
    o = parse_text(text)
    art2 = o.article("2")
    assert art2 is not None
    assert len(art2.paragraphs[0].items) == 3
    assert "手数料" in [t.term for t in o.terms]
