"""cite.article [O1]: an article of 行政機関個人情報保護法 第4章の2 the chapter does not have
(第44条の17 past 第44条の16), in a 読替え table's row or after the law's name."""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, findings

HEAD = ("第1条　この条例において「個人識別符号」とは、行政機関の保有する個人情報の保護に関する法律"
        "（平成15年法律第58号。以下「法」という。）第2条第3項に規定する個人識別符号をいう。")
TABLE = draft(
    HEAD,
    "第2条　法第4章の2の規定は、実施機関について準用する。この場合において、次の表の上欄に掲げる同法の規定中同表の"
    "中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。",
    "第44条の2第1項　行政機関の長　実施機関",
    "{row}　行政機関の職員　実施機関の職員",
    "第3条　この条例の施行に関し必要な事項は、規則で定める。",
    "",
)


def _absent(text: str) -> list[str]:
    return [f.anchor_text for f in findings("cite.article", text) if f.code.endswith("cite_article_absent")]


def test_a_row_citing_an_article_past_the_chapter_is_reported() -> None:
    assert _absent(TABLE.format(row="第44条の17")) == ["第44条の17"]


def test_a_row_citing_an_article_of_the_chapter_is_not() -> None:
    assert _absent(TABLE.format(row="第44条の16")) == []


def test_after_the_laws_name_too() -> None:
    text = draft(HEAD, "第2条　法第44条の18の規定の例による。", "")
    assert _absent(text) == ["第44条の18"]
