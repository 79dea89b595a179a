"""Numbers of new articles placed where they go (core.insertion.number_new_articles): branch
numbers that keep the following articles in place, several new articles after one article,
the end of the main provisions, and no 「の1」."""

from __future__ import annotations

from ordreview.core.insertion import article_key, number_new_articles, write_article_number


def test_several_new_articles_after_one_article_take_consecutive_branches() -> None:
    keys, moved = number_new_articles((6,), (7,), {(5,), (6,), (7,)}, 3)
    assert keys == [(6, 2), (6, 3), (6, 4)]
    assert moved == {}


def test_branch_numbers_the_draft_already_uses_are_skipped() -> None:
    # a misordered draft that already has a 第6条の3 elsewhere: no number is given twice
    keys, _ = number_new_articles((6,), (7,), {(6,), (6, 3), (7,)}, 2)
    assert keys == [(6, 2), (6, 4)]


def test_after_a_branch_article_whose_next_branch_is_taken_a_branch_of_the_branch() -> None:
    keys, moved = number_new_articles((47, 13), (47, 14), {(47, 13), (47, 14)}, 2)
    assert keys == [(47, 13, 2), (47, 13, 3)]
    assert moved == {}


def test_after_the_last_branch_the_next_branch() -> None:
    keys, _ = number_new_articles((47, 14), (48,), {(47, 13), (47, 14), (48,)}, 2)
    assert keys == [(47, 15), (47, 16)]


def test_after_the_last_article_the_next_whole_numbers() -> None:
    keys, moved = number_new_articles((38,), None, {(37,), (38,)}, 2)
    assert keys == [(39,), (40,)]
    assert moved == {}
    keys, _ = number_new_articles((38, 2), None, {(38,), (38, 2)}, 1)
    assert keys == [(39,)]


def test_between_an_article_and_its_first_branch_no_branch_one_the_branches_move_down() -> None:
    taken = {(5,), (5, 2), (5, 3), (5, 3, 2), (6,)}
    keys, moved = number_new_articles((5,), (5, 2), taken, 1)
    assert keys == [(5, 2)]
    assert moved == {(5, 2): (5, 3), (5, 3): (5, 4), (5, 3, 2): (5, 4, 2)}
    keys, moved = number_new_articles((5,), (5, 2), taken, 2)
    assert keys == [(5, 2), (5, 3)]
    assert moved == {(5, 2): (5, 4), (5, 3): (5, 5), (5, 3, 2): (5, 5, 2)}


def test_numbers_written_in_the_drafts_style() -> None:
    assert write_article_number((47, 13, 2), "arabic") == "第47条の13の2"
    assert write_article_number((47, 13, 2), "kanji") == "第四十七条の十三の二"
    assert write_article_number((5, 2), "full") == "第５条の２"
    assert article_key("47_13_2") == (47, 13, 2)
    assert article_key("s:3") == (3,)
    assert article_key("x") is None


def test_a_model_item_in_kanji_for_the_drafts_own_item_takes_its_marker() -> None:
    from ordreview.core.model import Span
    from ordreview.core.own_style import own_item_marker
    from ordreview.core.parse import parse_text

    ordinance = parse_text("\n".join([
        "架空県個人情報保護条例",
        "（定義）",
        "第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
        "一　実施機関　知事及び教育委員会をいう。",
        "二　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報をいう。",
        "三　公文書　架空県情報公開条例第二条に規定する公文書をいう。",
    ]))
    at = ordinance.text.index("職務上作成")
    # the model 号 written as the draft's next 号 (四) is the draft's own 二 rewritten
    model = "四　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、組織的に利用するものをいう。"
    assert own_item_marker(ordinance, Span(at, at + 5), model).startswith("二　保有個人情報")
    at = ordinance.text.index("知事及び")
    assert own_item_marker(ordinance, Span(at, at + 4), model) == model  # another term: left alone
