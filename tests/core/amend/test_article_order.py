"""The order of the amendments inside one article (``amend.note.article_order``): 見出し, then
字句 in the order the text reads, then the additions and deletions of 項 — a bill-form point
(a warning on the sentence), never a failure to apply. Bills written for a small fictional
ordinance in full-width digits."""

from __future__ import annotations

import pytest

from ordreview.core.amend.apply import consolidate_texts

CURRENT = """ささなみ町公文書管理条例
令和２年３月１９日条例第５号

（定義）
第１条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　公文書　町の職員が職務上作成した文書をいう。
　(2)　実施機関　町長及び教育委員会をいう。
　(3)　保存期間　公文書を保存する期間をいう。
２　前項第１号の文書には、図画を含むものとする。

（保存）
第２条　実施機関は、公文書を適切に保存しなければならない。
２　実施機関は、保存期間が満了した公文書を廃棄するものとする。
３　前項の廃棄は、記録を作成して行う。

（委任）
第３条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、令和２年４月１日から施行する。"""


def bill(*lines: str) -> str:
    return ("ささなみ町公文書管理条例の一部を改正する条例\n\n"
            "ささなみ町公文書管理条例（令和２年ささなみ町条例第５号）の一部を次のように改正する。\n\n"
            + "\n".join(lines) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n")


def order_notes(*lines: str) -> list[tuple[int, str, str]]:
    """(sentence, place, Japanese message) of each in-article order note; the bill must apply."""
    result = consolidate_texts(CURRENT, bill(*lines))
    assert result.failures == ()
    return [(n.sentence, n.target, n.message_ja) for n in result.notes if n.code == "article_order"]


@pytest.mark.parametrize("lines", [
    # caption, then the words in text order, 項 then 号
    ("第１条の見出しを「（定義等）」に改め、同条第１項中「町の職員」を「町の職員又は委員」に改め、"
     "同項第２号中「町長」を「町長、議会」に改める。",),
    # two pairs of one clause in text order
    ("第２条第２項中「保存期間」を「保存期限」に、「廃棄する」を「廃棄し、又は移管する」に改める。",),
    # a 項 deleted, then the words of the next 項, which the sentence then moves
    ("第２条第２項を削り、同条第３項中「前項」を「第１項」に改め、同項を同条第２項とする。",),
    # an item deleted, then the words of a later 項 (in the order the text reads)
    ("第１条第１項第３号を削り、同条第２項中「図画」を「図画及び電磁的記録」に改める。",),
    # words, then a proviso added; the next sentence goes on with a later 項
    ("第２条第１項中「適切に」を「適正に」に改め、同項に次のただし書を加える。",
     "　ただし、規則で定める公文書については、この限りでない。",
     "第２条第２項中「廃棄する」を「廃棄し、又は移管する」に改める。"),
    # items inserted back to front, each run opened by a move (the 新城市 2015 pattern)
    ("第１条第１項第３号を同項第５号とし、同号の前に次の１号を加える。",
     "　(4)　歴史公文書　歴史資料として重要な公文書をいう。",
     "第１条第１項第２号中「町長」を「町長、議会」に改め、同号を同項第３号とし、同号の前に次の１号を加える。",
     "　(2)　職員　町の職員をいう。"),
    # the words first, then the 項 added at the end in its own sentence
    ("第２条第３項中「記録」を「廃棄の記録」に改める。",
     "第２条に次の１項を加える。",
     "４　実施機関は、廃棄した公文書の目録を公表するものとする。"),
])
def test_clauses_in_the_prescribed_order_are_not_noted(lines: tuple[str, ...]) -> None:
    assert order_notes(*lines) == []


def test_a_caption_amended_after_the_words_is_noted() -> None:
    found = order_notes("第２条第１項中「適切に」を「適正に」に改め、同条の見出し中「保存」を「保存等」に改める。")
    assert [(n, where) for n, where, _ in found] == [(1, "第2条")]
    assert found[0][2].startswith("第2条の見出しの改正が、同じ条の第2条第1項中「適切に」の字句の改正の後に置かれている。")


def test_words_of_an_earlier_paragraph_after_a_later_one_are_noted() -> None:
    found = order_notes("第２条第３項中「記録」を「廃棄の記録」に改め、同条第１項中「適切に」を「適正に」に改める。")
    assert [(n, where) for n, where, _ in found] == [(1, "第2条第1項")]


def test_two_pairs_of_one_clause_against_the_text_order_are_noted() -> None:
    found = order_notes("第２条第２項中「廃棄する」を「廃棄し、又は移管する」に、「保存期間」を「保存期限」に改める。")
    assert [(n, where) for n, where, _ in found] == [(1, "第2条第2項")]
    assert "「廃棄する」" in found[0][2]


def test_the_order_holds_across_the_sentences_on_one_article() -> None:
    found = order_notes("第２条第２項中「保存期間」を「保存期限」に改める。",
                        "第２条第１項中「適切に」を「適正に」に改める。")
    assert [(n, where) for n, where, _ in found] == [(2, "第2条第1項")]


def test_words_after_a_paragraph_added_are_noted() -> None:
    found = order_notes("第２条に次の１項を加える。",
                        "４　実施機関は、廃棄した公文書の目録を公表するものとする。",
                        "第２条第１項中「適切に」を「適正に」に改める。")
    assert [(n, where) for n, where, _ in found] == [(2, "第2条第1項")]
    assert "項の追加又は削除の後" in found[0][2]


def test_words_after_a_paragraph_deleted_and_not_moved_are_noted() -> None:
    found = order_notes("第２条第２項を削り、同条第３項を同条第２項とする。",
                        "第２条第２項中「前項」を「第１項」に改める。")
    assert [(n, where) for n, where, _ in found] == [(2, "第2条第2項")]


def test_words_before_an_item_already_added_are_noted() -> None:
    found = order_notes("第１条第１項第２号の次に次の１号を加える。",
                        "　(2の2)　職員　町の職員をいう。",
                        "第１条第１項第１号中「文書」を「文書、図画」に改める。")
    assert [(n, where) for n, where, _ in found] == [(2, "第1条第1項第1号")]


def test_the_note_is_a_warning_the_bill_still_applies_in_full() -> None:
    sentences = ("第２条第３項中「記録」を「廃棄の記録」に改め、同条第１項中「適切に」を「適正に」に改める。",)
    result = consolidate_texts(CURRENT, bill(*sentences))
    assert result.failures == () and result.applied == (1,)
    assert "廃棄の記録" in result.text and "適正に保存" in result.text
    assert [n.code for n in result.notes] == ["article_order"]
