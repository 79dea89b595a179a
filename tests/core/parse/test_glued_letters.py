"""A web copy that lost the cell between a sub-item's letter and its text (「ア当該情報…」).

The letter glued to the first kanji of its text still opens the sub-item, and the definition
comparison leaves it out as it leaves out a marker followed by a space; a katakana word
(アクセス記録) stays wording.
"""

from __future__ import annotations

from ordreview.core.diff import normalise_mapped
from ordreview.core.parse import parse_text

CLEAN = """かすみ町個人情報保護条例
（定義）
第１条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　実施機関　町長及び教育委員会をいう。
二　町民等　次に掲げる者をいう。
ア　町の区域内に住所を有する者
イ　町の区域内に事務所を有する個人及び法人その他の団体
三　アクセス記録　電子計算機の利用の記録をいう。
"""
GLUED = CLEAN.replace("ア　町の", "ア町の").replace("イ　町の", "イ町の")


def _shape(text: str):
    o = parse_text(text)
    return [[(i.num, [s.num for s in i.items]) for i in p.items] for a in o.articles for p in a.paragraphs]


def test_a_letter_glued_to_its_text_opens_the_sub_item() -> None:
    assert _shape(GLUED) == _shape(CLEAN) == [[("1", []), ("2", ["1", "2"]), ("3", [])]]
    assert [t.term for t in parse_text(GLUED).terms] == [t.term for t in parse_text(CLEAN).terms]


def test_the_comparison_leaves_a_glued_letter_out() -> None:
    clean = "次に掲げる者\n　ア　町の区域内に住所を有する者\n　イ　町の区域内に事務所を有する者"
    glued = "次に掲げる者\nア町の区域内に住所を有する者\nイ町の区域内に事務所を有する者"
    assert normalise_mapped(glued).text == normalise_mapped(clean).text
    assert normalise_mapped("アクセス記録").text == "アクセス記録"


def test_letters_named_in_a_wrapped_sentence_are_no_markers() -> None:
    # a hard wrap put 「ア又はイに定める措置」 at a line's start: the letters are named, not items
    wrapped = CLEAN.replace("二　町民等　次に掲げる者をいう。", "二　町民等　次のア又はイに掲げる者であって、それぞれ\nア又はイに定める要件を満たすものをいう。")
    flat = wrapped.replace("それぞれ\nア又は", "それぞれア又は")
    assert _shape(wrapped) == _shape(flat)
    assert normalise_mapped("それぞれ\nア又はイに定める").text == normalise_mapped("それぞれア又はイに定める").text
