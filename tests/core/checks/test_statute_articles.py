"""cite.article [O1]: an article of 行政機関個人情報保護法 第4章の2 cited for a thing it does not
lay down (core/checks/statute_articles.py). Small drafts written here."""

from __future__ import annotations

import pytest

from ordreview.core.checks.statute_articles import statute_provisions
from tests.core.checks.integrity_support import draft, findings, rows

E = "error"
LAW = "行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号。以下「法」という。）"

TEXT = draft(
    "（目的）",
    "第一条　この条例は、" + LAW + "の趣旨にのっとり、個人情報の適正な取扱いを定める。",
    "（作成等）",
    "第二条　実施機関は、実施機関非識別加工情報を作成するときは、{cite}の個人情報保護委員会規則で定める基準に従い、当該保有個人情報を加工しなければならない。",
    "（安全確保の措置）",
    "第三条　実施機関は、{cite2}の個人情報保護委員会規則で定める基準に従い、実施機関非識別加工情報等の適切な管理のために必要な措置を講じなければならない。",
    "（提案の審査）",
    "第四条　実施機関は、加工の方法が{cite3}の基準に適合するかどうかを審査しなければならない。",
)
OK = {"cite": "法第四十四条の十第一項", "cite2": "法第四十四条の十五第二項", "cite3": "法第四十四条の十第一項"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, []),
        # the re-identification ban cited for the processing standard
        ({"cite": "法第四十四条の十五第一項"}, [("cite.article", "O1", E, "第四十四条の十五第一項")]),
        # the safe-management article cited for the processing standard: the sentence (加工) decides
        ({"cite": "法第四十四条の十五"}, [("cite.article", "O1", E, "第四十四条の十五")]),
        # the processing standard cited for the safe-management one (管理)
        ({"cite2": "法第四十四条の十第一項"}, [("cite.article", "O1", E, "第四十四条の十第一項")]),
        # the fee article cited for a standard: no standard there
        ({"cite3": "法第四十四条の十三"}, [("cite.article", "O1", E, "第四十四条の十三")]),
        # full-width Arabic numbers are read as well
        ({"cite": "法第４４条の１５第１項"}, [("cite.article", "O1", E, "第４４条の１５第１項")]),
        # an article of another statute is not looked at
        ({"cite": "地方自治法第二百四十四条の二"}, []),
    ],
)
def test_an_article_cited_for_what_it_does_not_lay_down(change: dict, expected: list) -> None:
    assert rows("cite.article", TEXT.format(**{**OK, **change})) == expected


def test_message_names_both_provisions() -> None:
    (f,) = findings("cite.article", TEXT.format(**{**OK, "cite": "法第四十四条の十五第一項"}))
    assert f.message_ja == (
        "第2条中「法第四十四条の十五第一項」は基準を引用しているが、行政機関個人情報保護法第44条の15第1項は識別行為の禁止の規定であり、"
        "基準を定めていない。文脈上は行政機関非識別加工情報の作成（加工の基準）の規定である「行政機関個人情報保護法第44条の10第1項」を"
        "指していると思われる。引用する条項を確認されたい。")
    assert f.suggestion == "法第44条の10第1項"


def test_the_table_describes_each_article_of_the_chapter() -> None:
    _, provisions = statute_provisions()["gyokoho"]
    assert {p.article for p in provisions} == {f"44の{n}" for n in range(2, 17)}


def test_a_cancellation_cited_for_its_contract_is_not_reported() -> None:
    # 第44条の14 lays down the cancellation of the contract: 「契約を解除され」 cites it rightly
    text = draft(
        "（欠格事由）",
        "第五条　" + LAW + "第四十四条の十四の規定により行政機関非識別加工情報の利用に関する契約を解除され、"
        "その解除の日から起算して二年を経過しない者は、提案をすることができない。",
    )
    assert rows("cite.article", text) == []


def test_a_citation_the_sentence_does_not_decide_is_left_alone() -> None:
    # the fee article cited for a 基準 in a sentence naming neither 加工 nor 管理
    text = draft(
        "（目的）",
        "第一条　この条例は、" + LAW + "の趣旨にのっとり、個人情報の適正な取扱いを定める。",
        "（基準の公表）",
        "第二条　実施機関は、法第四十四条の十三の基準を公表する。",
    )
    assert rows("cite.article", text) == []


DISQUALIFIED = draft(
    "（目的）",
    "第一条　この条例は、" + LAW + "の趣旨にのっとり、個人情報の適正な取扱いを定める。",
    "（提案の審査）",
    "第二条　実施機関は、提案があったときは、提案をした者が{cite}のいずれにも該当しないこと及び事業の内容が適切であることを審査しなければならない。",
)


@pytest.mark.parametrize(
    ("cite", "expected"),
    [
        # the disqualification grounds are 第44条の6; 第44条の5 is the proposal itself
        ("法第44条の5各号", [("cite.article", "O1", E, "第44条の5")]),
        ("法第44条の6各号", []),
        # the draft's own list of grounds is not a citation of the Act
        ("前条各号", []),
    ],
)
def test_the_grammar_of_disqualification_names_the_grounds_article(cite: str, expected: list) -> None:
    assert rows("cite.article", DISQUALIFIED.format(cite=cite)) == expected
