"""The layout with the caption after the number on the article's line (「第5条（見出し）　本文」)."""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = (
    "あけぼの町文書管理条例\n\n"
    "第1条（趣旨）　この条例は、町の文書の管理に関し必要な事項を定めるものとする。\n\n"
    "第2条（保存期間）　町長は、文書の保存期間を定めなければならない。\n"
    "2　前項の保存期間は、第3条（廃棄）の規定による廃棄の時期を考慮して定める。\n\n"
    "第{dup}条（閲覧）　何人も、保存文書の閲覧を求めることができる。\n\n"
    "第3条（廃棄）　町長は、保存期間の満了した文書を廃棄する。\n"
)


def test_the_caption_after_the_number_is_the_caption_and_not_the_text() -> None:
    o = parse_text(TEXT.format(dup="2"))
    assert [(a.num, a.caption) for a in o.articles] == [
        ("1", "趣旨"), ("2", "保存期間"), ("2", "閲覧"), ("3", "廃棄")]
    first = o.articles[0].paragraphs[0].span.slice(o.text)
    assert first.startswith("この条例は")


def test_a_duplicated_number_with_its_caption_after_it_is_an_article_of_its_own() -> None:
    o = parse_text(TEXT.format(dup="2"))
    second = [a for a in o.articles if a.num == "2"]
    assert len(second) == 2
    assert "閲覧を求める" in second[1].span.slice(o.text)
    assert "閲覧を求める" not in second[0].span.slice(o.text)


def test_a_citation_with_a_caption_at_a_line_start_is_no_heading() -> None:
    # 「第3条（廃棄）の規定による」 goes on with a particle: a citation inside 第2条第2項
    o = parse_text(TEXT.format(dup="2"))
    assert sum(1 for a in o.articles if a.num == "3") == 1
    wrapped = TEXT.format(dup="2").replace("前項の保存期間は、第3条", "前項の保存期間は、\n第3条")
    assert sum(1 for a in parse_text(wrapped).articles if a.num == "3") == 1
