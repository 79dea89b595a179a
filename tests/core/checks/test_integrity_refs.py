"""Integrity rules on internal references [O2] (core/checks/integrity_refs.py)."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, findings, rows

E = "error"

ARTS = draft(
    "（目的）",
    "第1条　この条例は、目的を定める。",
    "（定義）",
    "第2条　この条例において、次に掲げる用語の意義は、当該各号に定めるところによる。",
    "(1)　甲　甲をいう。",
    "(2)　乙　乙をいう。",
    "2　前項の規定は、準用する。",
    "（適用）",
    "第3条　{body}",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第5条の規定を適用する。", [("ref.unresolved", "O2", E, "第5条")]),
        ("第2条第3項の規定を適用する。", [("ref.unresolved", "O2", E, "第2条第3項")]),
        ("第2条第1項第3号を適用する。", [("ref.unresolved", "O2", E, "第2条第1項第3号")]),
        ("第1条第1項第1号を適用する。", [("ref.unresolved", "O2", E, "第1条第1項第1号")]),
        ("前条第1項第2号又は第4号の規定による。", [("ref.unresolved", "O2", E, "第4号")]),
        ("前条第1項第1号及び第2号の規定による。", []),
        ("前条第2項の規定による。", []),
        ("前条第3項の規定による。", [("ref.unresolved", "O2", E, "前条第3項")]),
        ("第2条第1項第2号の規定を適用する。", []),
        ("次条の規定による。", [("ref.unresolved", "O2", E, "次条")]),
        ("法第50条の規定を適用する。", []),
    ],
)
def test_unresolved_references(body: str, expected: list) -> None:
    assert rows("ref.unresolved", ARTS.format(body=body)) == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("第5条の規定", "第3条中「第5条」の引用先は、この条例にない。引用先を確認の上、改められたい。"),
        ("第2条第3項の規定", "第3条中「第2条第3項」の引用先はない（第2条は第2項までである。）。引用先を確認の上、改められたい。"),
        ("第2条第1項第3号", "第3条中「第2条第1項第3号」の引用先はない（第2条第1項の号は第2号までである。）。引用先を確認の上、改められたい。"),
        ("前条第1項第2号又は第4号", "第3条中「前条第1項第2号又は第4号」の引用する第2条第1項第4号はない（第2条第1項の号は第2号までである。）。引用先を確認の上、改められたい。"),
        ("第1条第1項第1号", "第3条中「第1条第1項第1号」の引用先はない（第1条には号がない。）。引用先を確認の上、改められたい。"),
    ],
)
def test_unresolved_messages_name_the_missing_number(body: str, message: str) -> None:
    (finding,) = findings("ref.unresolved", ARTS.format(body=body))
    assert finding.message_ja == message


def test_first_article_has_no_previous_article() -> None:
    text = draft("（目的）", "第1条　前条の規定による。", "（委任）", "第2条　前条の規定による。")
    (finding,) = findings("ref.unresolved", text)
    assert (finding.anchor_text, finding.message_ja) == ("前条", "第1条中「前条」の引用先が見当たらない。引用先を確認されたい。")


RANGE = draft(
    "（目的）", "第1条　{body}", "2　b", "3　c", "（定義）", "第2条　a", "（適用）", "第3条　a", "（雑則）", "第4条　a"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第4条から第2条までの規定", [("ref.range_order", "O2", E, "第4条から第2条まで")]),
        ("第2条から第4条までの規定", []),
        ("第3項から第2項までの規定", [("ref.range_order", "O2", E, "第3項から第2項まで")]),
        ("第2項から第3項までの規定", []),
    ],
)
def test_range_order(body: str, expected: list) -> None:
    assert rows("ref.range_order", RANGE.format(body=body)) == expected


CHAPTERS = draft(
    "　　　第1章　総則",
    "（目的）",
    "第1条　{body}",
    "　　　第2章　雑則",
    "　　　　第1節　通則",
    "（委任）",
    "第2条　a",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第2章の2の規定による。", [("ref.chapter", "O2", E, "第2章の2")]),
        ("第3章の規定による。", [("ref.chapter", "O2", E, "第3章")]),
        ("第2章第3節の規定による。", [("ref.chapter", "O2", E, "第2章第3節")]),
        ("第2章第1節の規定による。", []),
        ("第1章及び第2章の規定による。", []),
        ("法第4章の2の規定による。", []),
    ],
)
def test_chapter_references(body: str, expected: list) -> None:
    assert rows("ref.chapter", CHAPTERS.format(body=body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第2条第1項の規定による。同条第2項の規定による。", []),
        ("第2条第1項の規定による。同条第3項の規定による。", [("ref.unresolved", "O2", E, "同条第3項")]),
        ("第2条第1項の規定による。同項第2号の規定による。", []),
        ("第2条第1項の規定による。同項第3号の規定による。", [("ref.unresolved", "O2", E, "同項第3号")]),
    ],
)
def test_same_article_references_follow_the_previous_reference(body: str, expected: list) -> None:
    assert rows("ref.unresolved", ARTS.format(body=body)) == expected


def test_a_missing_chapter_is_reported_once() -> None:
    from ordreview.core.parse import parse_text
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    text = ("やまぶき村情報条例\n（目的）\n第1条　この条例は、目的を定める。\n（利用）\n"
            "第2条　実施機関は、第5章の規定により個人情報を利用することができる。\n")
    review = review_ordinance(parse_text(text), load_profile())
    about = [(f.rule, f.message_ja) for f in review.findings if "第5章" in f.message_ja]
    assert about == [("ref.chapter", "第2条中「第5章」の引用先は、この条例にない。引用先を確認の上、改められたい。")]
