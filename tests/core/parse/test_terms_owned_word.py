"""A word defined with its owner before it: 「町の機関（町長、教育委員会…をいう。以下同じ。）」.

The noun before the parenthesis stops at the particle の; the owner belongs to the term when the
draft uses the word again only with it (and never alone).
"""

from __future__ import annotations

from ordreview.core.parse import parse_text

TEXT = """みずなぎ町個人情報開示手数料条例
（趣旨）
第1条　この条例は、開示請求に係る手数料に関し必要な事項を定めるものとする。
（手数料）
第2条　町の機関（町長、教育委員会、選挙管理委員会及び監査委員をいう。以下同じ。）に対し開示請求をする者は、1件につき300円の手数料を納付しなければならない。
（減免）
第3条　町の機関は、特別の理由があると認めるときは、手数料を減額し、又は免除することができる。
（還付）
第4条　既に納付された手数料は、還付しない。ただし、町の機関の責めに帰すべき理由があるときは、この限りでない。
"""


def _terms(text: str) -> dict[str, object]:
    return {t.term: t for t in parse_text(text).terms}


def test_the_owner_used_with_the_word_everywhere_belongs_to_the_term() -> None:
    terms = _terms(TEXT)
    assert set(terms) == {"町の機関"}
    term = terms["町の機関"]
    assert term.term_span.slice(TEXT) == "町の機関"
    assert term.definition == "町長、教育委員会、選挙管理委員会及び監査委員"


def test_the_word_used_alone_elsewhere_is_the_term() -> None:
    # the draft says 機関 alone once: the owner is a qualifier, not part of the term
    text = TEXT.replace("ただし、町の機関の責めに", "ただし、機関の責めに")
    assert set(_terms(text)) == {"機関"}


def test_an_owner_never_repeated_stays_out() -> None:
    # 町の機関 defined once and not used again: nothing tells the owner is part of the term
    text = TEXT.replace("第3条　町の機関は、", "第3条　町長は、").replace("町の機関の責めに", "町長の責めに")
    assert set(_terms(text)) == {"機関"}


def test_a_compound_with_the_word_is_another_word() -> None:
    # 実施機関 is its own word: it neither blocks nor counts for 町の機関
    text = TEXT.replace("手数料を減額し", "実施機関の手数料を減額し")
    assert set(_terms(text)) == {"町の機関"}


def test_a_spaced_copy_reads_the_same_term() -> None:
    spaced = TEXT.replace("第2条　町の機関（", "第2条　町 の 機関 （").replace("第3条　町の機関は", "第3条　町の 機関は")
    assert set(_terms(spaced)) == {"町の機関"}


def test_sono_hoka_no_is_no_owner() -> None:
    # 「氏名、生年月日その他の記述等（…をいう。以下同じ。）」: その他の is a phrase; the draft never
    # says 記述等 without it, and still the term is 記述等
    text = TEXT + (
        "（定義）\n第5条　この条例において「個人情報」とは、氏名、生年月日その他の記述等（文書、図画又は電磁的記録に"
        "記載され、又は記録された一切の事項をいう。以下同じ。）により特定の個人を識別することができるものをいう。\n"
        "2　氏名その他の記述等により識別される者は、本人とする。\n"
    )
    assert set(_terms(text)) == {"町の機関", "個人情報", "記述等"}
