"""abbr.before_definition: a word repeated in the sentence that named it through its provision."""

from __future__ import annotations

from tests.core.checks.integrity_support import rows

DRAFT = (
    "ひばり市個人情報保護条例\n"
    "（定義）\n"
    "第2条　この条例において「対象ファイル」とは、次に掲げるものをいう。\n"
    "(1)　{use}\n"
    "（個人情報ファイル簿の作成及び公表）\n"
    "第3条　実施機関は、帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。\n"
    "2　実施機関は、個人情報ファイル簿に記載しないことができる。\n"
)


def _rows(use: str) -> list:
    return [r[:3] for r in rows("abbr.before_definition", DRAFT.format(use=use))]


def test_repeated_after_a_use_named_through_its_provision() -> None:
    assert _rows("第3条第1項に規定する個人情報ファイル簿が公表されているもの（同条第2項の規定により"
                 "個人情報ファイル簿に記載しないこととされたものを除く。）") == []


def test_a_use_with_no_provision_named_in_its_sentence_is_reported() -> None:
    assert _rows("個人情報ファイル簿が公表されているもの") == [("abbr.before_definition", "O3", "info")]
