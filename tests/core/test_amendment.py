"""Partial-amendment bills (一部改正条例案): detected, one O14 warning, no false gaps."""

from __future__ import annotations

from functools import lru_cache

import pytest

from ordreview.core.amendment import detect_amendment
from ordreview.core.model import Review
from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.review import location_label, review_file
from tests.conftest import FIXTURES


@lru_cache(maxsize=None)
def _review(name: str) -> Review:
    return review_file(FIXTURES / name)


@pytest.mark.parametrize(
    ("name", "title", "sentences", "lines", "is_amendment"),
    [
        ("amendment-aratamebun.txt", True, 7, 9, True),
        ("tracked-changes.docx", True, 0, 11, True),
        ("model-complete.txt", False, 0, 302, False),
        ("model-national-style.txt", False, 0, 303, False),
        ("defects.txt", False, 0, 290, False),
        ("old-style.txt", False, 0, 86, False),
        ("partial-no-c.txt", False, 0, 215, False),
        ("post-2023.txt", False, 0, 31, False),
        ("auto-numbering.docx", False, 0, 11, False),
    ],
)
def test_detection(name: str, title: bool, sentences: int, lines: int, is_amendment: bool) -> None:
    signs = detect_amendment(load_ordinance(FIXTURES / name))
    assert (signs.title, len(signs.sentences), signs.lines, signs.is_amendment) == (title, sentences, lines, is_amendment)


BILL_WITHOUT_AMENDMENT_TITLE = """かえで町個人情報保護条例の改正案
かえで町個人情報保護条例（平成15年かえで町条例第4号）の一部を次のように改正する。
第2条第3号中「電子計算機」を「電子計算機その他の機器」に改める。
第6条第2項を削る。
第8条　実施機関は、規則で定めるところにより、記録を作成する。
"""

ORDINANCE_WHOSE_SUPPL_AMENDS_ANOTHER = """かえで町手数料条例
第1条　この条例は、手数料に関し必要な事項を定める。
第2条　手数料の額は、別表のとおりとする。
　　　附　則
1　この条例は、令和9年4月1日から施行する。
2　かえで町事務手数料条例（平成2年かえで町条例第1号）の一部を次のように改正する。
3　第3条中「100円」を「200円」に改める。
4　第4条を削る。
"""


@pytest.mark.parametrize(
    ("text", "sentences", "lines", "is_amendment"),
    [
        (BILL_WITHOUT_AMENDMENT_TITLE, 3, 4, True),
        (ORDINANCE_WHOSE_SUPPL_AMENDS_ANOTHER, 0, 2, False),
    ],
)
def test_detection_by_amending_sentences(text: str, sentences: int, lines: int, is_amendment: bool) -> None:
    signs = detect_amendment(parse_text(text))
    assert (signs.title, len(signs.sentences), signs.lines, signs.is_amendment) == (False, sentences, lines, is_amendment)


@pytest.mark.parametrize(
    ("name", "findings"),
    [
        (
            "amendment-aratamebun.txt",
            [
                ("amendment", "O14", "warning", "", "しらかば村個人情報保護条例の一部を改正する条例（案）"),
                ("delegation", "O8", "info", "第2条", "規則で定める"),  # one inventory of both delegations
            ],
        ),
        (
            "tracked-changes.docx",
            [
                ("amendment", "O14", "warning", "", "架空町個人情報保護条例の一部を改正する条例（案）"),
                # the comparison with the statute travels on the collation finding (one finding per definition)
                ("def.collation", "A4", "warning", "第2条", "生存する個人に関する情報であって、特定の個人を識別することができるものをいう。"),
                ("delegation", "O8", "info", "第3条", "規則で定める"),  # one inventory of both delegations
                ("cite.law_number", "O6", "warning", "第5条", "行政機関個人情報保護法"),  # the statute followed: a warning
            ],
        ),
    ],
)
def test_findings_of_an_amendment_bill(name: str, findings: list[tuple[str, str, str, str, str]]) -> None:
    got = [(f.rule, f.requirement, f.severity, location_label(f.location), f.anchor_text) for f in _review(name).findings]
    assert got == findings


@pytest.mark.parametrize(
    ("name", "not_applicable", "shown"),
    [
        (
            "amendment-aratamebun.txt",
            ["A1", "A2", "A3", "A5", "A7", "A8", "A9", "C0"],
            [("A4", "covered"), ("B1", "covered"), ("B2", "covered"), ("B3", "covered"), ("B4", "covered"),
             ("B6", "covered"), ("C20", "covered"), ("O2", "partial"), ("O4", "partial"), ("O5", "partial"),
             ("O8", "partial"), ("O10", "partial"), ("O14", "partial"), ("O15", "covered")],
        ),
        (
            "tracked-changes.docx",
            ["A2", "A3", "A4", "A7", "A8", "A9", "B1", "B2", "B3", "C0"],
            [("A1", "partial"), ("A5", "covered"), ("B4", "covered"), ("B6", "covered"), ("C20", "covered"),
             ("O4", "covered"), ("O7", "covered"), ("O8", "covered"), ("O10", "partial"), ("O14", "partial"),
             ("O15", "covered")],
        ),
    ],
)
def test_coverage_of_an_amendment_bill(name: str, not_applicable: list[str], shown: list[tuple[str, str]]) -> None:
    review = _review(name)
    assert [c.requirement for c in review.coverage if c.reason == "amendment" and c.status == "not_applicable"] == not_applicable
    assert [(c.requirement, c.status) for c in review.coverage if c.status in ("covered", "partial")] == shown
    assert not [c for c in review.coverage if c.status == "missing"]
    o14 = next(c for c in review.coverage if c.requirement == "O14")
    assert (o14.reason, [loc.span for loc in o14.evidence]) == ("amendment", [review.ordinance.title_span])


def test_the_warning_explains_what_to_review_instead() -> None:
    f = _review("amendment-aratamebun.txt").findings[0]
    assert f.message_ja == (
        "この案は一部改正条例案である（題名が「…の一部を改正する条例」、改め文 7 文）。改正する部分のみが示されているため、"
        "基本方針の要素の欠落はこの案からは判断できず、指摘していない。"
        "改正後の条例の全文（溶け込み版）又は新旧対照表により審査されたい。"
    )
    assert f.message_en == (
        "This draft is a partial-amendment bill (its title reads “…の一部を改正する条例”; 7 amending sentences (改め文)). "
        "It shows only the provisions it changes, so missing Basic Policy elements cannot be judged from it and none "
        "are reported. Review the ordinance as amended (the consolidated full text) or the bill's before/after table (新旧対照表)."
    )
    assert (f.point, f.statute, f.suggestion) == ("other", "法制執務（新旧対照表の整合）", "")


def test_a_bill_known_by_its_sentences_alone_says_so() -> None:
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    review = review_ordinance(parse_text(BILL_WITHOUT_AMENDMENT_TITLE), load_profile())
    notice = [f for f in review.findings if f.rule == "amendment"]
    assert [f.message_ja.split("。")[0] for f in notice] == ["この案は一部改正条例案である（改め文 3 文）"]
    assert [f.anchor_text for f in notice] == ["かえで町個人情報保護条例の改正案"]
    assert not [f for f in review.findings if f.rule in ("gap", "ref.unresolved", "num.article", "term.undefined")]
