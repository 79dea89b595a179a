"""A register's name in the sentence that sets the register up is described there, not clipped:
「（個人情報取扱事務登録簿）…事項を記載した登録簿を作成し」 needs no 「（以下「登録簿」という。）」,
while a later bare 登録簿 with no 略称 still does."""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, rows

SET_UP = draft(
    "（個人情報取扱事務登録簿）",
    "第1条　実施機関は、個人情報を取り扱う事務について、事務の名称及び目的を記載した登録簿を作成し、一般の閲覧に供しなければならない。",
    "",
)


def _undefined(text: str) -> list[str]:
    return [anchor for _, req, _, anchor in rows("term.undefined", text) if req == "O3"]


def test_the_sentence_setting_the_register_up_is_no_clipped_use() -> None:
    assert "登録簿" not in _undefined(SET_UP)


def test_a_later_bare_use_is_still_reported() -> None:
    later = SET_UP + draft("第2条　実施機関は、登録簿の記載を毎年見直すものとする。", "")
    assert _undefined(later) == ["登録簿"]
