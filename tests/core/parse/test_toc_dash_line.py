"""A 目次 whose range dashes a PDF read in content-stream order put on lines of their own."""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = """あさぎり村情報公開条例
目次
―
第一章 総則（第一条 第二条）
第二章 公開の手続（第三条・第四条）
―
第三章 雑則（第五条 第六条）
附則
第一章 総則
（目的）
第一条 この条例は、村の情報の公開に関し必要な事項を定める。
（責務）
第二条 村は、情報の公開に努めなければならない。
第二章 公開の手続
（請求）
第三条 何人も、村長に対し、公文書の公開を請求することができる。
（決定）
第四条 村長は、請求があったときは、公開するかどうかを決定する。
第三章 雑則
（運用状況の公表）
第五条 村長は、毎年度、運用状況を公表する。
（委任）
第六条 この条例の施行に関し必要な事項は、規則で定める。
附 則
この条例は、公布の日から施行する。
"""


def test_a_dash_line_joins_the_toc_entry_below_it() -> None:
    o = parse_text(TEXT)
    assert [(e.division_title, e.first, e.last) for e in o.toc] == [
        ("第一章", "1", "2"), ("第二章", "3", "4"), ("第三章", "5", "6"), ("附則", None, None),
    ]
    assert o.toc[0].span.slice(TEXT) == "―\n第一章 総則（第一条 第二条）"
    assert not o.unplaced
    assert "toc.mismatch" not in _rules(o)


def test_a_dash_line_with_no_entry_after_it_is_unplaced_not_lost() -> None:
    text = TEXT.replace("附則\n第一章 総則\n", "―\n第一章 総則\n", 1)
    o = parse_text(text)
    assert any(s.slice(text) == "―" for s in o.unplaced)


def _rules(o) -> set[str]:
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    return {f.rule for f in review_ordinance(o, load_profile(None)).findings}
