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


WRAPPED_INTRO = """みさき町情報公開条例
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定
　　めるところによる。
(1)　情報　町が保有する記録であって、次のいずれかに該当す
    るものをいう。
　ア　職員が職務上作成し、又は取得した文書であって、組織的に用いるも
　　のとして保有しているもの
　イ　電磁的記録であって、規則で定める方法により
　　保存されているもの
(2)　町民　町の区域内に住所を有する者をいう。
（届出）
第3条　町長は、情報の目録を作成するときは、あらかじ
　　め、次に掲げる事項を議会に報告しなければならない。
　　報告した事項を変更しようとするときも、同様とする。
(1)　目録の名称
(2)　目録の作成の目的
"""


def test_an_indented_second_sentence_of_an_announcing_paragraph_is_no_lost_item() -> None:
    o = parse_text(WRAPPED_INTRO)
    assert "parse.markers_dropped" not in [n.code for n in o.notices]
    art3 = o.article("3")
    assert art3 is not None
    para = art3.paragraphs[0]
    assert "同様とする。" in para.text
    assert [i.num for i in para.items] == ["1", "2"]
    assert para.items[0].text.strip() == "目録の名称"
    # and the 号's ア・イ keep their indented wrapped lines instead of gaining unnumbered siblings
    art2 = o.article("2")
    assert art2 is not None
    first = art2.paragraphs[0].items[0]
    assert [i.title for i in first.items] == ["ア", "イ"]
    assert [i.num for i in art2.paragraphs[0].items] == ["1", "2"]
