"""A 目次 range whose dash a PDF copy set after the 第 of its end: 「（第 1 条 第― 4 条）」.

Some PDF viewers copy the range 「第1条―第4条」 of a 目次 line with the dash and the 第 that
follows it swapped. The range is still 第1条 to 第4条; read otherwise, the 目次 check cannot
compare it with the body and a range that disagrees goes unreported (fictional text written here).
"""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = """ひいらぎ町情報公開条例
目次
第 1 章 総則（第 1 条 第― 2 条）
第 2 章 公開の手続（第 3 条 第― 5 条）
附則
第 1 章 総則
（目的）
第 1 条 この条例は、町の情報の公開に関し必要な事項を定める。
（責務）
第 2 条 町は、情報の公開に努めなければならない。
第 2 章 公開の手続
（請求）
第 3 条 何人も、町長に対し、公文書の公開を請求することができる。
（決定）
第 4 条 町長は、請求があったときは、公開するかどうかを決定する。
附 則
この条例は、公布の日から施行する。
"""


def test_the_swapped_dash_still_reads_as_a_range() -> None:
    o = parse_text(TEXT)
    assert [(e.division_title, e.first, e.last) for e in o.toc] == [
        ("第1章", "1", "2"), ("第2章", "3", "5"), ("附則", None, None),
    ]
    assert o.toc[1].text == "第 2 章 公開の手続（第 3 条 第― 5 条）"


def test_the_range_that_disagrees_with_the_body_is_reported() -> None:
    from tests.core.checks.integrity_support import rows

    found = rows("toc.mismatch", TEXT)
    assert [(r[0], r[2]) for r in found] == [("toc.mismatch", "error")]
