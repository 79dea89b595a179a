"""Defined terms: 項-style, 号-style, inline 略称, 以下同じ, scoped forms and と総称する."""

from __future__ import annotations

import pytest

from ordreview.core.model import NodeRef, Span
from ordreview.core.parse import parse_text


def _terms(text: str) -> list[tuple]:
    o = parse_text(text)
    return [(t.term, t.definition, t.style, t.where, t.scope) for t in o.terms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "第2条　この条例において「個人情報」とは、生存する個人に関する情報をいう。",
            [("個人情報", "生存する個人に関する情報", "paragraph", NodeRef("2", 1), "ordinance")],
        ),
        (
            "第2条　この章において「実施機関」とは、市長をいい、「本人」とは、特定の個人をいう。",
            [
                ("実施機関", "市長", "paragraph", NodeRef("2", 1), "chapter"),
                ("本人", "特定の個人", "paragraph", NodeRef("2", 1), "chapter"),
            ],
        ),
        (
            "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
            "(1)　個人情報　生存する個人に関する情報をいう。\n"
            "(2)　実施機関　市長及び教育委員会をいう。",
            [
                ("個人情報", "生存する個人に関する情報", "item", NodeRef("2", 1, "1"), "ordinance"),
                ("実施機関", "市長及び教育委員会", "item", NodeRef("2", 1, "2"), "ordinance"),
            ],
        ),
        (
            "第6条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を登録する。",
            [("個人情報取扱事務", "個人情報を取り扱う事務", "inline", NodeRef("6", 1),
              "ordinance")],
        ),
        (
            "第6条　実施機関は、個人情報（生存する個人に関する情報をいう。以下同じ。）を保護する。",
            [("個人情報", "生存する個人に関する情報", "inline", NodeRef("6", 1), "ordinance")],
        ),
        (
            "第6条　実施機関は、帳簿（以下この条において「登録簿」という。）を備える。",
            [("登録簿", "帳簿", "inline", NodeRef("6", 1), "article")],
        ),
        (
            "第6条　市長、教育委員会（以下これらを「実施機関」と総称する。）は、努める。",
            [("実施機関", "市長、教育委員会", "collective", NodeRef("6", 1), "ordinance")],
        ),
        (
            "第6条　法人その他の団体（以下「法人等」という。）及び個人（以下この項において「個人等」という。）",
            [
                ("法人等", "法人その他の団体", "inline", NodeRef("6", 1), "ordinance"),
                ("個人等", "個人", "inline", NodeRef("6", 1), "paragraph"),
            ],
        ),
        (
            "第4条　事業者（法人その他の団体（国（日本国をいう。）を除く。）及び個人をいう。以下同じ。）は、努める。",
            [("事業者", "法人その他の団体（国（日本国をいう。）を除く。）及び個人", "inline", NodeRef("4", 1),
              "ordinance")],
        ),
        (
            "第5条　実施機関の職員（役員を含む。以下同じ。）は、漏らしてはならない。",
            [("職員", "役員を含む", "inline", NodeRef("5", 1), "ordinance")],
        ),
        (
            "第7条　実施機関は、甲情報、乙情報及び丙情報（以下この条において「甲情報等」という。）を管理する。",
            [("甲情報等", "甲情報、乙情報及び丙情報", "inline", NodeRef("7", 1), "article")],
        ),
        (
            "第8条　保有個人情報に市、国、他の地方公共団体及び本人以外の者（以下「第三者」という。）",
            [("第三者", "市、国、他の地方公共団体及び本人以外の者", "inline", NodeRef("8", 1), "ordinance")],
        ),
    ],
)
def test_term_styles(text: str, expected: list[tuple]) -> None:
    assert _terms(text) == expected


def test_term_spans() -> None:
    text = "第2条　この条例において「個人情報」とは、生存する個人に関する情報をいう。"
    #       0123 4567890123 4567 8
    (term,) = parse_text(text).terms
    assert term.term_span == Span(13, 17)
    assert term.span == Span(12, len(text) - 1)  # from 「 through をいう
    assert term.scope_span == Span(0, len(text))


def test_inline_scope_runs_from_the_definition_to_the_end_of_its_scope() -> None:
    text = (
        "第1条　甲は、帳簿（以下この条において「登録簿」という。）を備える。\n"
        "2　登録簿は、公開する。\n"
        "第2条　乙は、記録（以下「記録簿」という。）を作る。\n"
        "附　則\n"
        "この条例は、施行する。"
    )
    o = parse_text(text)
    registry, record = o.terms
    assert registry.term_span.slice(text) == "登録簿"
    assert registry.scope_span == Span(registry.term_span.start, o.articles[0].span.end)
    assert record.scope_span == Span(record.term_span.start, len(text))  # onward, 附則 included


def test_definition_broken_by_a_hard_wrap() -> None:
    text = "第2条　この条例において「個人\n情報」とは、生存する個人に関する\n情報をいう。"
    (term,) = parse_text(text).terms
    assert (term.term, term.definition) == ("個人情報", "生存する個人に関する情報")
    assert term.term_span == Span(13, 18)  # the span keeps the line break
    assert term.term_span.slice(text) == "個人\n情報"


def test_national_style_glossary_with_kanji_items() -> None:
    text = (
        "第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。\n"
        "　一　実施機関　町長及び議会をいう。\n"
        "　二　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
        "　　イ　氏名等により識別することができるもの\n"
        "　　ロ　個人識別符号が含まれるもの\n"
    )
    o = parse_text(text)
    assert [(t.term, t.where.item, t.definition) for t in o.terms] == [
        ("実施機関", "1", "町長及び議会"),
        ("個人情報", "2", "生存する個人に関する情報であって、次のいずれかに該当するもの"),
    ]


def test_scope_listing_further_articles_reaches_the_last_one() -> None:
    text = (
        "第1条　開示請求者以外の者（以下この条及び第3条において「第三者」という。）\n"
        "第2条　乙\n"
        "第3条　第三者に通知する。\n"
        "第4条　丙"
    )
    o = parse_text(text)
    (term,) = o.terms
    assert (term.term, term.scope) == ("第三者", "article")
    assert term.scope_span == Span(term.term_span.start, o.articles[2].span.end)


def test_inline_definition_that_goes_on_to_restrict_the_word() -> None:
    # 「削除情報（…をいい、保有個人情報に該当するものに限る。以下この章において同じ。）」
    text = ("第19条　実施機関は、利用目的以外の目的のために削除情報（非識別加工情報の作成に用いた保有個人情報から削除した"
            "記述等をいい、保有個人情報に該当するものに限る。以下この章において同じ。）を自ら利用してはならない。\n"
            "第20条　削除情報の安全管理のために必要な措置を講じなければならない。")
    assert [t[0] for t in _terms(text)] == ["削除情報"]
