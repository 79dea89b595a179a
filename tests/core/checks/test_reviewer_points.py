"""``fee.created`` [C14], ``regime.stray_term`` [O15] and the undefined 保有特定個人情報 [O4] on
hand-written drafts of a fictional 市."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

HEAD = (
    "青葉台市個人情報保護条例\n\n"
    "　　　第1章　総則\n\n"
    "（目的）\n"
    "第1条　この条例は、個人情報の取扱いに関し必要な事項並びに実施機関非識別加工情報の提供に関し必要な事項を定め、"
    "個人情報の有用性に配慮しつつ、個人の権利利益を保護することを目的とする。\n\n"
    "（定義）\n"
    "第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。\n"
    "2　この条例において「保有個人情報」とは、実施機関の職員が職務上作成し、又は取得した個人情報であって、"
    "実施機関が保有しているものをいう。\n"
    "3　この条例において「実施機関非識別加工情報」とは、保有個人情報を加工して得られる情報であって、規則で定めるものをいう。\n\n"
    "（利用及び提供の制限）\n"
    "第3条　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。\n"
    "{extra}\n"
    "　　　第2章　非識別加工情報の提供\n\n"
    "（提案）\n"
    "第10条　実施機関非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、提案をすることができる。\n\n"
    "（利用に関する契約の締結）\n"
    "第11条　実施機関は、前条の提案をした者との間で、実施機関非識別加工情報の利用に関する契約を締結するものとする。\n\n"
    "（作成された実施機関非識別加工情報の利用に関する提案）\n"
    "第12条　既に作成された{term}をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。\n"
    "2　前2条の規定は、前項の提案について準用する。\n\n"
    "（手数料）\n"
    "第13条　第11条の規定により実施機関非識別加工情報の利用に関する契約を締結する者は、21,000円に、"
    "実施機関非識別加工情報の作成に要する時間1時間までごとに3,950円を加えた額の手数料を納めなければならない。\n"
    "{fee2}\n"
    "（委任）\n"
    "第14条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def _draft(*, term: str = "実施機関非識別加工情報", fee2: str = "", extra: str = "") -> str:
    return HEAD.format(term=term, fee2=fee2, extra=extra)


def _rows(text: str, rule: str) -> list[tuple[str | None, str, str | None]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.requirement, f.severity, f.location.article) for f in review.findings if f.rule == rule]


def test_single_tier_fee_with_a_created_information_proposal() -> None:
    assert _rows(_draft(), "fee.created") == [("C14", "warning", "13")]


@pytest.mark.parametrize(
    "fee2",
    [
        "2　前条第2項において準用する第11条の規定により契約を締結する者は、12,600円の手数料を納めなければならない。",
        "2　第12条第1項の提案に係る契約を締結する者が納める手数料の額は、前項の規定にかかわらず、12,600円とする。",
        "2　既に作成された実施機関非識別加工情報の利用に関する契約を締結する者は、前項の額の手数料を納めなければならない。",
    ],
)
def test_second_contract_charged(fee2: str) -> None:
    assert _rows(_draft(fee2=fee2), "fee.created") == []


def test_first_paragraph_extended_by_parenthesis() -> None:
    text = _draft().replace("第13条　第11条の規定により", "第13条　第11条（前条第2項において準用する場合を含む。）の規定により")
    assert _rows(text, "fee.created") == []


def test_no_created_information_proposal_no_fee_finding() -> None:
    text = _draft()
    start = text.index("（作成された実施機関非識別加工情報の利用に関する提案）")
    end = text.index("（手数料）")
    assert _rows(text[:start] + text[end:], "fee.created") == []


def test_post_reform_term_in_a_2017_draft() -> None:
    rows = _rows(_draft(term="行政機関等匿名加工情報"), "regime.stray_term")
    assert rows == [("O15", "warning", "12")]


def test_own_term_no_stray_finding() -> None:
    assert _rows(_draft(), "regime.stray_term") == []


def test_post_reform_term_defined_by_the_draft_is_its_own() -> None:
    text = _draft(term="行政機関等匿名加工情報").replace(
        "3　この条例において「実施機関非識別加工情報」とは",
        "4　この条例において「行政機関等匿名加工情報」とは、実施機関非識別加工情報をいう。\n"
        "3　この条例において「実施機関非識別加工情報」とは")
    assert _rows(text, "regime.stray_term") == []


HOLDS = "2　前項の規定にかかわらず、保有特定個人情報は、本人の同意があっても実施機関以外の者に提供してはならない。\n"


def test_held_specific_personal_information_undefined() -> None:
    rows = [r for r in _rows(_draft(extra=HOLDS), "term.undefined")]
    assert ("O4", "warning", "3") in rows


def test_held_specific_personal_information_defined() -> None:
    definition = ("4　この条例において「保有特定個人情報」とは、保有個人情報のうち、行政手続における特定の個人を識別する"
                  "ための番号の利用等に関する法律第2条第8項に規定する特定個人情報であるものをいう。\n")
    text = _draft(extra=HOLDS).replace("\n（利用及び提供の制限）", definition + "\n（利用及び提供の制限）")
    assert [r for r in _rows(text, "term.undefined") if r[2] == "3"] == []


def test_fee_citing_a_separate_contract_article_for_created_information() -> None:
    text = _draft().replace(
        "2　前2条の規定は、前項の提案について準用する。\n",
        "2　実施機関は、前項の提案をした者との間で、既に作成された実施機関非識別加工情報の利用に関する契約を締結する。\n")
    text = text.replace("第13条　第11条の規定により", "第13条　第11条又は前条第2項の規定により")
    assert _rows(text, "fee.created") == []


def test_fee_for_every_contract_without_an_article() -> None:
    text = _draft().replace("第13条　第11条の規定により実施機関非識別加工情報の利用に関する契約を締結する者は",
                            "第13条　実施機関非識別加工情報の利用に関する契約を締結する者は")
    assert _rows(text, "fee.created") == []


@pytest.mark.parametrize(
    ("applies", "expected"),
    [
        # the created-information article applies the fee article too, inside a range
        ("2　第10条から第13条までの規定は、前項の提案について準用する。\n", []),
        ("2　第10条、第11条及び第13条の規定は、前項の提案について準用する。\n", []),
        # a range that stops before the fee article does not carry the fee
        ("2　第10条から第11条までの規定は、前項の提案について準用する。\n", [("C14", "warning", "13")]),
    ],
)
def test_fee_article_applied_by_the_created_information_article(applies: str, expected: list) -> None:
    text = _draft().replace("2　前2条の規定は、前項の提案について準用する。\n", applies)
    assert _rows(text, "fee.created") == expected


def test_the_created_information_article_charges_its_own_fee() -> None:
    # 「3　前項において準用する前条第1項の規定により…契約を締結する者は、12,600円の手数料を納めなければならない。」 in the
    # created-information article itself (the contract article's fee speaking of new creation only): charged
    applied = "2　前2条の規定は、前項の提案について準用する。\n"
    own_fee = applied + "3　前項において準用する第11条の規定により契約を締結する者は、12,600円の手数料を納めなければならない。\n"
    text = _draft().replace(applied, own_fee, 1)
    assert own_fee in text
    assert _rows(text, "fee.created") == []
