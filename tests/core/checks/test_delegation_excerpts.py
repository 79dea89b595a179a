"""[O8] The excerpt of each row of the delegation inventory stays inside the item or paragraph holding it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ordreview.core.checks.integrity_style import delegations
from ordreview.core.parse import load_ordinance
from ordreview.core.parse import parse_text
from tests.conftest import FIXTURES
from tests.core.checks.integrity_support import draft

def _excerpts(text: str) -> list[tuple[str, str]]:
    return [(d.where, d.excerpt) for d in delegations(parse_text(text))]


def _model_complete() -> list[tuple[str, str]]:
    ordinance = load_ordinance(Path(FIXTURES) / "model-complete.txt")
    return [(d.where, d.excerpt) for d in delegations(ordinance)]


@pytest.mark.parametrize(
    ("where", "excerpt"),
    [
        # item-final: the next item's number and text are not part of it
        ("第2条第10項第2号", "…することができるように体系的に構成したものとして規則で定めるもの"),
        ("第6条第1項第9号", "規則で定める事項"),
        ("第15条第1項第9号", "規則で定める事項"),
        ("第47条の5第2項第8号", "規則で定める事項"),
        ("第47条の6第2号", "…供して行う事業を適正に行うことができない者として規則で定めるもの"),
        ("第47条の11第1号", "実施機関非識別加工情報の概要として規則で定める事項"),
        # paragraph-final
        ("第2条第3項", "規則で定めるものをいう"),
        ("第44条第2項", "規則で定める"),
        ("第51条", "規則で定める"),
        # mid-sentence
        ("第15条第1項", "規則で定めるところにより"),
        ("第23条第1項", "…示する保有個人情報の利用目的及び開示の実施に関し規則で定める事項を書面により通知しなければな…"),
        ("第47条第1項", "市が出資その他財政支出等を行う法人であって規則で定めるもの（以下「出資法人等」という"),
        ("第47条の7第1項第7号", "規則で定める基準に適合するものであること"),
    ],
)
def test_model_complete_excerpts(where: str, excerpt: str) -> None:
    assert excerpt in [c for w, c in _model_complete() if w == where]


def test_no_model_complete_excerpt_holds_a_line_start_number() -> None:
    """No excerpt runs on into a following paragraph number (２　…) or item marker ((3)　…)."""
    leaks = [c for _, c in _model_complete() if re.search(r"[0-9０-９)）][ 　]", c)]
    assert leaks == []


UNITS = draft(
    "（委任）",
    "第1条　次に掲げる事項は、規則で定める。",
    "(1)　申請の方法として規則で定めるもの",
    "(2)　{item2}",
    "　ア　手数料の額として規則で定める額",  # a sub-item: its marker is dropped too
    "　イ　その他の事項",
    "2　{para2}",
    "3　前2項に定めるもののほか、必要な事項は実施機関が定める",
    "4　附属機関の組織に関し必要な事項は、規則で定める",
)


@pytest.mark.parametrize(
    ("item2", "para2", "expected"),
    [
        ("届出の方法", "前項の規定は、準用する。", [
            ("第1条第1項", "規則で定める"),
            ("第1条第1項第1号", "申請の方法として規則で定めるもの"),
            ("第1条第1項第2号ア", "手数料の額として規則で定める額"),
            ("第1条第3項", "必要な事項は実施機関が定める"),
            ("第1条第4項", "規則で定める"),
        ]),
        ("届出の方法は規則で定めるもの", "施行に関し必要な事項は規則で定める", [
            ("第1条第1項", "規則で定める"),
            ("第1条第1項第1号", "申請の方法として規則で定めるもの"),
            ("第1条第1項第2号", "届出の方法は規則で定めるもの"),
            ("第1条第1項第2号ア", "手数料の額として規則で定める額"),
            ("第1条第2項", "施行に関し必要な事項は規則で定める"),
            ("第1条第3項", "必要な事項は実施機関が定める"),
            ("第1条第4項", "規則で定める"),
        ]),
    ],
)
def test_excerpt_ends_with_its_unit(item2: str, para2: str, expected: list[tuple[str, str]]) -> None:
    assert _excerpts(UNITS.format(item2=item2, para2=para2)) == expected
