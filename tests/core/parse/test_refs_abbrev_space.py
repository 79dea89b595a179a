"""A law's 略称 with a stray space inside its quotes still names that law.

Web copies hard-wrapped and rejoined leave spaces inside words, also inside 「」: 「番号法 」 is still
the abbreviation of the law just cited, so 「（…以下「番号法 」という。）第二条第八項」 cites that
law, never 第2条第8項 of the draft itself.
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text

TEXT = (
    "（定義）\n"
    "第1条　この条例において「特定情報」とは、架空の番号に関する法律（平成二十年法律第九十号。"
    "以下「{abbr}」という。）第二条第八項に規定する情報をいう。\n"
    "（適用）\n"
    "第2条　この条例は、{abbr}の定めるところによる。\n"
)


@pytest.mark.parametrize("abbr", ["番号法", "番号法 ", "番号法\u3000", "番号 法"])
def test_the_citation_after_an_abbreviation_is_external(abbr: str) -> None:
    o = parse_text(TEXT.format(abbr=abbr))
    (ref,) = [r for r in o.references if r.text.startswith("第二条第八項")]
    assert ref.kind == "external"
    assert ref.target is None
