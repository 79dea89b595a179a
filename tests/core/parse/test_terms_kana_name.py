"""A 号-style term that opens in hiragana and goes on in katakana (「ひまわりネット」), in a PDF copy.

A network or card named after the town's flower is a defined term like any other. In PDF text
the full-width space between the term and its definition became a half-width one, which inside
Japanese text usually is a wrap's stray space; a name like this is still a whole noun phrase, so
the space is the separator (fictional draft written here).
"""

from __future__ import annotations

from ordreview.core.parse import parse_text

DRAFT = """ひまわり町個人情報保護条例
（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　実施機関　町長、教育委員会及び監査委員をいう。
(2)　ひまわりネット　町が設置し、実施機関相互の間で情報を送受信するために用いる通信回線網をいう。
(3)　本人　個人情報によって識別される特定の個人をいう。
（提供）
第2条　ひまわりネットにより実施機関相互の間で情報を送受信することは、提供に当たらない。
"""


def _terms(text: str) -> list[str]:
    return sorted(t.term for t in parse_text(text).terms)


def test_the_kana_name_is_a_term_with_a_full_width_gap() -> None:
    assert _terms(DRAFT) == ["ひまわりネット", "実施機関", "本人"]


def test_the_kana_name_is_a_term_with_a_half_width_gap() -> None:
    assert _terms(DRAFT.replace("\u3000", " ")) == ["ひまわりネット", "実施機関", "本人"]


def test_the_kana_name_glued_to_its_definition_is_found_from_its_use() -> None:
    # a web copy that lost the gap: 「(2) ひまわりネット町が設置し…」; the draft uses the name in 第2条
    glued = DRAFT.replace("ひまわりネット\u3000町が", "ひまわりネット町が")
    assert "ひまわりネット" in _terms(glued)
