"""Definitions that hold in named articles only: （次条において「X」という。）, （…をいう。第五条において同じ。）."""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = """しらさぎ町移動図書館条例
（趣旨）
第1条　この条例は、町が運行する移動図書館の利用に関し必要な事項を定めるものとする。
（運行）
第2条　町は、図書及び視聴覚資料（以下「図書等」という。）を積載した車両（次条及び第4条において「巡回車」という。）を運行する。
（停留所）
第3条　巡回車は、町長が定める停留所に停車する。
（貸出し）
第4条　巡回車の図書等は、利用登録をした者に貸し出す。
2　貸出しを受けた者（第6条において「借受人」という。）は、図書等を返却しなければならない。
（記録）
第5条　町は、貸出記録（電子的方式で作られる記録をいう。第7条において同じ。）を管理する。
（返却）
第6条　借受人は、貸出しの日から起算して14日以内に図書等を返却しなければならない。
（消去）
第7条　町は、返却の確認後、速やかに貸出記録を消去する。
"""


def _by_term(text: str):
    return {t.term: t for t in parse_text(text).terms}


def test_terms_defined_for_named_articles_are_found_with_their_scope() -> None:
    terms = _by_term(TEXT)
    assert set(terms) == {"図書等", "巡回車", "借受人", "貸出記録"}
    o = parse_text(TEXT)
    span = {a.num: a.span for a in o.articles}

    car = terms["巡回車"]
    assert car.style == "inline" and car.where.article == "2"
    assert car.definition.endswith("を積載した車両")
    assert car.term_span.slice(TEXT) == "巡回車"
    assert (car.scope, car.scope_span.start, car.scope_span.end) == ("article", span["3"].start, span["4"].end)

    borrower = terms["借受人"]
    assert borrower.definition == "貸出しを受けた者"
    assert (borrower.scope_span.start, borrower.scope_span.end) == (span["6"].start, span["6"].end)

    record = terms.get("貸出記録")
    assert record is not None and record.where.article == "5"
    assert record.definition == "電子的方式で作られる記録"
    assert (record.scope_span.start, record.scope_span.end) == (span["7"].start, span["7"].end)


def test_kanji_numbered_scope_and_following_article() -> None:
    text = TEXT.translate(str.maketrans("1234567", "一二三四五六七"))
    terms = _by_term(text)
    assert {"巡回車", "借受人", "貸出記録"} <= set(terms)
    o = parse_text(text)
    assert terms["借受人"].scope_span == o.article("6").span  # type: ignore[union-attr]


def test_a_citation_of_an_article_is_no_scope() -> None:
    # 「第3条において準用する」 cites an article; no 「という」 follows: nothing is defined
    text = TEXT.replace("（第6条において「借受人」という。）", "（第3条において準用する場合を含む。）")
    assert "借受人" not in _by_term(text)
