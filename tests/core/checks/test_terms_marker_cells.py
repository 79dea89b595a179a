"""A term used at the start of an item whose marker a web copy put on a line of its own.

例規集 pages that render 号 numbers in cells of their own give 「四」 on one line and 「条例要配慮個人
情報が含まれるときは、その旨」 on the next; joined, the marker glued to the term's first kanji and the
use was not counted (term.unused on a term the clean draft uses).
"""

from __future__ import annotations

from tests.core.checks.integrity_support import rows

CLEAN = (
    "ゆりの木村個人情報の保護に関する法律施行条例\n"
    "（定義）\n"
    "第二条　この条例において使用する用語は、個人情報の保護に関する法律（平成十五年法律第五十七号）において使用する用語の例による。\n"
    "２　この条例において「条例要配慮個人情報」とは、地域社会における本人の出自に関する情報をいう。\n"
    "（登録簿）\n"
    "第三条　村長は、次に掲げる事項を記載した帳簿を作成し、一般の閲覧に供しなければならない。\n"
    "一　個人情報取扱事務の名称\n"
    "二　条例要配慮個人情報が含まれるときは、その旨\n"
    "ア　記録項目\n"
    "イ　条例要配慮個人情報の収集先\n"
)


def test_a_term_after_a_marker_cell_is_a_use() -> None:
    assert rows("term.unused", CLEAN) == []
    copy = CLEAN.replace("一　個人", "一\n個人").replace("二　条例", "二\n条例")
    assert rows("term.unused", copy) == []


def test_a_term_after_a_letter_cell_is_a_use() -> None:
    clean = CLEAN.replace("二　条例要配慮個人情報が含まれるときは、その旨", "二　記録の範囲")
    assert rows("term.unused", clean) == []
    assert rows("term.unused", clean.replace("イ　条例", "イ\n条例")) == []


def test_the_term_unused_elsewhere_is_still_reported() -> None:
    clean = CLEAN.replace("二　条例要配慮個人情報が含まれるときは、その旨", "二　記録の範囲").replace(
        "イ　条例要配慮個人情報の収集先", "イ　収集先")
    copy = clean.replace("一　個人", "一\n個人").replace("イ　収集", "イ\n収集")
    assert [r[0] for r in rows("term.unused", copy)] == ["term.unused"]
