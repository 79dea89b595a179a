"""The tracked-change rule: edit operations, rewrite detection, fitting 号-style suggestions."""

from __future__ import annotations

import dataclasses

import pytest

from ordreview.core.model import Location

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


PLACEMENT_DRAFT = """架空村個人情報保護条例
第1章　総則
（定義）
第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。
2　この条例において「実施機関」とは、村長をいう。
第2章　個人情報の取扱い
（収集の制限）
第2条　実施機関は、個人情報を適正に収集しなければならない。
第3章　雑則
（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。
附　則
この条例は、公布の日から施行する。"""


@pytest.mark.parametrize(
    ("anchor", "suggestion", "after"),
    [
        ("架空村個人情報保護条例", "第2章の2　非識別加工情報の提供\n（作成）\n第○条　実施機関は…", "第2条　実施機関は、個人情報を適正に収集しなければならない。"),
        ("架空村個人情報保護条例", "（手数料）\n第○条　手数料を納めなければならない。", "第3条　この条例の施行に関し必要な事項は、規則で定める。"),
        ("「個人情報」", "3　この条例において「個人識別符号」とは…をいう。", "2　この条例において「実施機関」とは、村長をいう。"),
        ("第2章　個人情報の取扱い", "（利用の制限）\n第○条　実施機関は…", "第2条　実施機関は、個人情報を適正に収集しなければならない。"),
    ],
)
def test_gap_insertion_placement(anchor: str, suggestion: str, after: str) -> None:
    from ordreview.core.parse import parse_text
    from ordreview.export.anchor import SpanMapper
    from ordreview.export.changes import Insertion, plan_suggestions
    from ordreview.export.docx_build import build_document
    from tests.export.helpers import finding, review_of, span_of

    ordinance = parse_text(PLACEMENT_DRAFT, path="draft.txt")
    doc = ordinance.document
    span = span_of(doc, anchor)
    f = finding(doc, span, rule="gap", suggestion=suggestion)
    loc = ordinance.locate(span.start)
    f = dataclasses.replace(f, location=Location(loc.article, loc.paragraph, loc.item, span))
    built = build_document(ordinance)
    (plan,) = plan_suggestions(review_of(ordinance, [f]), SpanMapper(doc, built.paragraphs))
    assert isinstance(plan, Insertion)
    assert doc.blocks[plan.block].text == after
