"""A 目次 range whose dash a PDF copy moved to the end of its line: 「（第 3 条 第 4 条）　―」.

PDFium-based viewers copy a 目次 line's range dash after the closing parenthesis when the
dash is drawn as a glyph run of its own. The range is still 第3条 to 第4条 (fictional text
written here).
"""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.read.cleanup import clean_extracted

TEXT = """もくせい村情報公開条例
目次
第 1 章 総則（第 1 条・第 2 条）
第 2 章 公開の手続（第 3 条 第 4 条） 　 ―
附則
第 1 章 総則
（目的）
第 1 条 この条例は、村の情報の公開に関し必要な事項を定める。
（責務）
第 2 条 村は、情報の公開に努めなければならない。
第 2 章 公開の手続
（請求）
第 3 条 何人も、村長に対し、公文書の公開を請求することができる。
（決定）
第 4 条 村長は、請求があったときは、公開するかどうかを決定する。
附 則
この条例は、公布の日から施行する。
"""


def test_the_dash_at_the_line_end_goes_back_between_the_articles() -> None:
    cleaned = clean_extracted(TEXT, force=True)
    assert cleaned is not None
    assert "（第3条―第4条）\n" in cleaned.text
    assert "―\n附則" not in cleaned.text


def test_the_range_reads_as_a_range_and_agrees_with_the_body() -> None:
    from tests.core.checks.integrity_support import rows

    def cleaned(text: str) -> str:
        out = clean_extracted(text, force=True)
        assert out is not None
        return out.text

    o = parse_text(cleaned(TEXT))
    assert [(e.division_title, e.first, e.last) for e in o.toc] == [
        ("第1章", "1", "2"), ("第2章", "3", "4"), ("附則", None, None),
    ]
    assert rows("toc.mismatch", cleaned(TEXT)) == []
    wrong = cleaned(TEXT.replace("第 4 条） 　 ―", "第 5 条） 　 ―"))
    assert [r[0] for r in rows("toc.mismatch", wrong)] == ["toc.mismatch"]


def test_a_dash_at_the_end_of_a_line_that_is_no_range_stays() -> None:
    text = "目次\n第 1 章 総則（第 1 条・第 2 条） ―\n"
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    assert "条） ―" in cleaned.text
