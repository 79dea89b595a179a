"""Items whose number a web copy dropped, when an item starts with kana (この条例の…).

Under a complete 柱書 that announces a list (「次の各号のいずれかに該当する場合において、…できる。」),
an indented line that lost its marker is the first item even when it starts with hiragana, and
the lines indented like it are its siblings; 「前２号」 in the third then has two items before it.
"""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = (
    "（諮問）\n"
    "第12条　町長は、次の各号のいずれかに該当する場合において、必要があると認めるときは、審議会に諮問することができる。\n"
    " この条例の規定を改正し、又は廃止しようとする場合\n"
    " 個人情報の取扱いに関する基準を定めようとする場合\n"
    " 前2号に掲げる場合のほか、運用上の細則を定めようとする場合\n"
    "（委任）\n"
    "第13条　この条例の施行に関し必要な事項は、町長が定める。\n"
)


def test_a_kana_first_line_under_an_announcing_paragraph_is_an_item() -> None:
    o = parse_text(TEXT)
    (para,) = o.article("12").paragraphs
    assert [i.num for i in para.items] == ["1", "2", "3"]
    (ref,) = [r for r in o.references if r.text == "前2号"]
    assert ref.target is not None


def test_a_kana_first_line_under_a_paragraph_that_announces_nothing_continues_it() -> None:
    text = TEXT.replace("次の各号のいずれかに該当する場合において、必要があると認めるときは", "必要があると認めるときは")
    o = parse_text(text.split(" 個人情報")[0] + "\n")
    (para,) = o.article("12").paragraphs
    assert para.items == ()
