"""A 例規集 web page that sets the article number apart: 「第3条」 alone, then 「（見出し）」, then the text."""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = (
    "ゆずりは村文書管理条例\n"
    "第1条\n"
    "（趣旨）\n"
    "この条例は、村の文書の管理に関し必要な事項を定めるものとする。\n"
    "\n"
    "第2条\n"
    "（保存期間）\n"
    "村長は、文書の保存期間を定めなければならない。\n"
    "2　前項の保存期間は、5年を超えない範囲で定める。\n"
    "第3条\n"
    "村長は、保存期間の満了した文書を廃棄する。\n"
    "第4条\n"
    "（閲覧）\n"
    "何人も、保存文書の閲覧を求めることができる。\n"
    "第5条\n"
    "（委任）\n"
    "この条例の施行に関し必要な事項は、規則で定める。\n"
)


def test_caption_below_a_lone_article_number_is_that_articles_caption() -> None:
    o = parse_text(TEXT)
    got = {a.num: a.caption for a in o.articles}
    # 第3条 has no caption of its own: the one above governs it as a 共通見出し would
    assert got == {"1": "趣旨", "2": "保存期間", "3": "保存期間", "4": "閲覧", "5": "委任"}
    art2 = o.article("2")
    assert art2 is not None and art2.caption_span is not None
    assert art2.caption_span.slice(TEXT) == "（保存期間）"
    # the caption is not read as the first paragraph's text
    assert [p.num for p in art2.paragraphs] == [1, 2]
    assert art2.paragraphs[0].text.startswith("村長は")
    assert not o.unplaced


def test_bracketed_line_after_an_article_that_has_text_stays_text() -> None:
    text = (
        "ゆずりは村文書管理条例\n"
        "（趣旨）\n"
        "第1条　この条例は、村の文書の管理に関し必要な事項を定める。\n"
        "（文書の範囲は、規則で定める。）\n"
        "2　村長は、文書を管理する。\n"
    )
    o = parse_text(text)
    art1 = o.article("1")
    assert art1 is not None and art1.caption == "趣旨"
    assert art1.caption_span is not None and art1.caption_span.slice(text) == "（趣旨）"
    assert "文書の範囲" in art1.paragraphs[0].text
    assert [p.num for p in art1.paragraphs] == [1, 2]


def test_findings_anchor_on_the_number_above_the_caption() -> None:
    from ordreview.core.checks.integrity_index import article_title_span

    o = parse_text(TEXT)
    for num in ("1", "2", "5"):
        art = o.article(num)
        assert art is not None
        assert article_title_span(TEXT, art).slice(TEXT) == f"第{num}条"


def test_deleted_below_a_lone_article_number_deletes_the_article() -> None:
    text = TEXT.replace("第4条\n（閲覧）\n何人も、保存文書の閲覧を求めることができる。\n", "第4条\n削除\n")
    o = parse_text(text)
    art4 = o.article("4")
    assert art4 is not None and art4.deleted and not art4.paragraphs
    # as 「第4条　削除」 on one line: the 委任 caption below still heads 第5条
    one_line = parse_text(TEXT.replace("第4条\n（閲覧）\n何人も、保存文書の閲覧を求めることができる。\n", "第4条　削除\n"))
    assert [(a.num, a.caption, a.deleted) for a in o.articles] == [
        (a.num, a.caption, a.deleted) for a in one_line.articles
    ]
