"""A review body named only by its kind (「審査会に諮問しなければならない」) with no name, definition
or founding provision anywhere in the draft [O4]."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import rows

DRAFT = (
    "つばき町個人情報保護条例\n"
    "（定義）\n第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"
    "{board}"
    "（審査請求）\n第2条　開示決定等について審査請求があったときは、当該審査請求に対する裁決をすべき実施機関は、"
    "{consulted}に諮問しなければならない。\n"
    "（委任）\n第3条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def _bodies(board: str = "", consulted: str = "審査会") -> list:
    return [r for r in rows("term.undefined", DRAFT.format(board=board, consulted=consulted))
            if r[3] in ("審査会", "審議会")]


def test_a_board_named_by_its_kind_alone_is_undefined() -> None:
    assert _bodies() == [("term.undefined", "O4", "warning", "審査会")]


@pytest.mark.parametrize(
    ("board", "consulted"),
    [
        # the full name
        ("", "つばき町情報公開・個人情報保護審査会"),
        # set up in the draft
        ("（審査会）\n第1条の2　審査請求について調査審議するため、審査会を置く。\n", "審査会"),
        # a 略称 after the full name
        ("（審査会）\n第1条の2　つばき町情報公開条例に規定するつばき町情報公開審査会（以下「審査会」という。）は、"
         "この条例の規定によりその権限に属させられた事項を調査審議する。\n", "審査会"),
        # named through the provision that sets it up
        ("（審査会）\n第1条の2　審査請求について調査審議するため、つばき町個人情報保護審査会を置く。\n",
         "前条に規定する審査会"),
    ],
)
def test_a_board_the_draft_names_is_not_reported(board: str, consulted: str) -> None:
    assert _bodies(board, consulted) == []


def test_the_kind_of_body_in_general_is_no_name() -> None:
    # 「審議会その他の合議制の機関」: a kind of body, as in the statute's own wording
    assert _bodies(consulted="審議会その他の合議制の機関") == []
