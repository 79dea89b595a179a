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
