"""The tracked-change rule: edit operations, rewrite detection, fitting 号-style suggestions."""

from __future__ import annotations

import pytest

from ordreview.export.changes import EditOp, edit_ops, fit_suggestion, is_rewrite, is_wording


@pytest.mark.parametrize(
    ("old", "new", "ops", "kept"),
    [
        ("市長及び議会", "市長及び議会", (), 6),
        ("市長及び議会", "市長、教育委員会及び議会", (EditOp(2, 0, "、教育委員会"),), 6),
        ("特定の個人を識別することができるもの", "特定の個人を識別するもの", (EditOp(10, 6, ""),), 12),
        ("規則で定める", "政令で定める", (EditOp(0, 2, "政令"),), 4),
    ],
)
def test_edit_ops(old: str, new: str, ops: tuple[EditOp, ...], kept: int) -> None:
    assert edit_ops(old, new) == (ops, kept)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("市長及び議会", "市長、教育委員会及び議会", True),  # 6 shared of 12
        ("規則で定める", "この条例の施行に関し必要な事項は、規則で定める。", False),  # a new sentence
        ("", "何か", False),
        ("同じ", "同じ", False),
    ],
)
def test_is_rewrite(old: str, new: str, expected: bool) -> None:
    assert is_rewrite(old, new) is expected


@pytest.mark.parametrize(
    ("suggestion", "expected"),
    [
        ("（未使用の定義語を削るか、用いる規定を整える。）", False),
        ("(引用先を確認する)", False),
        ("この条例の施行に関し必要な事項は、規則で定める。", True),
        ("  ", False),
    ],
)
def test_is_wording(suggestion: str, expected: bool) -> None:
    assert is_wording(suggestion) is expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("本人の人種、信条をいう。", "(3)\u3000要配慮個人情報\u3000本人の人種、信条、病歴をいう。", "本人の人種、信条、病歴をいう。"),
        ("(3)\u3000要配慮個人情報\u3000本人の人種", "(3)\u3000要配慮個人情報\u3000本人の人種等", "(3)\u3000要配慮個人情報\u3000本人の人種等"),
        ("実施機関は", "実施機関は、", "実施機関は、"),
    ],
)
def test_fit_suggestion(old: str, new: str, expected: str) -> None:
    assert fit_suggestion(old, new) == expected
