"""A 附則 article that amends another ordinance (「…の一部を次のように改正する。」) is followed by
its amending sentences (改め文), indented: 「　第12条第2号中「…」を…に改める。」 quotes a provision
of the ordinance amended. It is neither an article of this 附則 nor a reference into this draft.
Fictional 若葉台町 draft written for these tests (町, Arabic numerals, 附則 in 条)."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from tests.core.checks.integrity_support import rows

WAKABADAI = """若葉台町個人情報保護条例

（目的）
第1条　この条例は、町の機関における個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。

（定義）
第2条　この条例において「実施機関」とは、町長、教育委員会及び議会をいう。
2　この条例において「情報公開条例」とは、若葉台町情報公開条例（平成11年若葉台町条例第3号）をいう。

（適正管理）
第3条　実施機関は、個人情報の適切な管理のために必要な措置を講じなければならない。

附　則
（施行期日）
第1条　この条例は、平成30年4月1日から施行する。
（経過措置）
第2条　この条例の施行前にされた開示の請求は、この条例の相当規定によりされたものとみなす。
（若葉台町情報公開条例の一部改正）
第3条　情報公開条例の一部を次のように改正する。
　第12条第2号中「個人に関する情報」を「個人に関する情報（個人識別符号が含まれるものを含む。）」に改める。
　第15条第1項中「実施機関」の下に「（議会を除く。）」を加える。
"""


def test_amending_sentences_are_not_articles_of_the_suppl() -> None:
    ordinance = parse_text(WAKABADAI)
    (suppl,) = ordinance.suppl_provisions
    assert [a.num for a in suppl.articles] == ["1", "2", "3"]
    assert "第15条第1項中" in ordinance.text[suppl.articles[-1].span.start:suppl.articles[-1].span.end]
    assert rows("num.article", WAKABADAI) == []


def test_provisions_quoted_by_amending_sentences_belong_to_the_ordinance_amended() -> None:
    ordinance = parse_text(WAKABADAI)
    quoted = [r for r in ordinance.references if r.text.startswith(("第12条", "第15条"))]
    assert [(r.kind, r.external_law) for r in quoted] == [("external", "情報公開条例")] * 2
    assert [r for r in rows("ref.unresolved", WAKABADAI)] == []


def test_a_gap_in_the_suppl_own_articles_is_still_reported() -> None:
    gap = WAKABADAI.replace("（若葉台町情報公開条例の一部改正）\n第3条", "（若葉台町情報公開条例の一部改正）\n第4条")
    assert [(r[0], r[2]) for r in rows("num.article", gap)] == [("num.article", "error")]


def test_amending_sentences_without_their_indent_are_read_the_same() -> None:
    # a PDF or web copy loses the indent: the announcement above still makes them 改め文
    flat = WAKABADAI.replace("\n　第1", "\n第1")
    assert [a.num for a in parse_text(flat).suppl_provisions[0].articles] == ["1", "2", "3"]
    assert rows("num.article", flat) == [] and rows("ref.unresolved", flat) == []
