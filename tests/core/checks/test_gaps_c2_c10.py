"""C2 (the non-disclosable parts removed in the definition) and C10 (the third-party opinion
procedure provided, not only mentioned) on a hand-written draft of a fictional 組合."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DEFINITION = (
    "（定義）\n"
    "第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "　一　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の"
    "個人を識別することができるものをいう。\n"
    "　二　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、実施機関が保有しているものをいう。\n"
    "　三　個人情報ファイル簿　第十条の規定により作成し、公表する帳簿をいう。\n"
    "　四　実施機関非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報{paren}の全部又は一部を"
    "加工して得られる非識別加工情報をいう。\n"
    "　　イ　個人情報ファイル簿に掲載されているものであること。\n"
    "　　ロ　組合情報公開条例の規定による開示の請求があったとしたならば、開示する旨の決定をすることとなるもの"
    "又は意見書の提出の機会を与えることとなるものであること。\n"
    "　　ハ　組合の事務及び事業の適正かつ円滑な運営に支障のない範囲内で加工することができるものであること。\n"
    "　五　実施機関非識別加工情報ファイル　実施機関非識別加工情報を含む情報の集合物であって、体系的に構成したものをいう。\n"
    "　六　実施機関非識別加工情報取扱事業者　実施機関非識別加工情報ファイルを事業の用に供している者をいう。\n"
)
PAREN = ("（組合情報公開条例第五条各号（第一号を除く。）に掲げる情報が含まれているときは、当該情報に該当する"
         "部分を除く。）")
OPINION = (
    "（第三者への意見書提出の機会）\n"
    "第二十一条　実施機関は、提案に係る保有個人情報に第三者に関する情報が含まれているときは、審査に先立ち、"
    "当該第三者に対し、規則で定める事項を通知して、意見書を提出する機会を与えることができる。\n"
)
REGISTER_ENTRY = (
    "（提案の募集に関する事項の個人情報ファイル簿への記載）\n"
    "第二十条　実施機関は、個人情報ファイル簿に次に掲げる事項を記載しなければならない。\n"
    "　一　提案の募集をする個人情報ファイルである旨\n"
    "　二　第二十一条の規定により意見書の提出の機会が与えられる場合には、その旨\n"
)


def _draft(*, paren: str = PAREN, opinion: str = OPINION) -> str:
    return (
        "沢渡衛生組合個人情報保護条例\n\n"
        "　　　第一章　総則\n\n"
        "（目的）\n"
        "第一条　この条例は、個人情報の取扱いに関し必要な事項並びに実施機関非識別加工情報の提供に関し必要な事項を定め、"
        "個人情報の有用性に配慮しつつ、個人の権利利益を保護することを目的とする。\n\n"
        + DEFINITION.format(paren=paren) + "\n"
        "　　　第二章　非識別加工情報の提供\n\n"
        + REGISTER_ENTRY + "\n" + opinion + "\n"
        "（委任）\n"
        "第二十二条　この条例の施行に関し必要な事項は、規則で定める。\n"
    )


def _gap(text: str, requirement: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.code, f.message_ja) for f in review.findings if f.requirement == requirement and f.rule == "gap"]


def test_definition_with_the_exclusion_is_complete() -> None:
    assert _gap(_draft(), "C2") == []


@pytest.mark.parametrize(
    "paren",
    [
        "（組合情報公開条例第五条第一号に掲げる情報以外の同条各号に掲げる情報が含まれているときは、当該情報を除く。）",
        "（組合情報公開条例第五条に規定する不開示情報（同条第一号に掲げる情報を除く。）が含まれているときは、"
        "当該不開示情報に該当する部分を除く。）",
        # an ordinance that calls them 非公開情報, excluded as the statute words it (…を除く。)
        "（組合情報公開条例第五条に規定する非公開情報（同条第一号に掲げる情報を除く。）を除く。）",
        "（組合情報公開条例第五条に規定する非公開情報（同条第一号に掲げる情報を除く。）に相当するものを除く。）",
    ],
)
def test_exclusion_in_other_words(paren: str) -> None:
    assert _gap(_draft(paren=paren), "C2") == []


def test_definition_without_the_exclusion_names_it() -> None:
    [(code, message)] = _gap(_draft(paren=""), "C2")
    assert code == "check.gap.partial"
    assert "要件：情報公開条例の不開示情報に該当する部分の除外の定めがない" in message


def test_opinion_provided_no_c10() -> None:
    assert _gap(_draft(), "C10") == []


def test_opinion_only_mentioned_is_missing() -> None:
    # the ファイル簿 entry still says an opportunity 「が与えられる」, but no article gives it
    [(code, _message)] = _gap(_draft(opinion=""), "C10")
    assert code == "check.gap.missing"


@pytest.mark.parametrize(
    "opinion",
    [
        OPINION.replace("意見書を提出する機会を与えることができる", "意見書の提出の機会を与えなければならない"),
        # by the disclosure ordinance's procedure
        "（第三者への意見書提出の機会）\n第二十一条　組合情報公開条例第十四条の規定は、提案に係る審査をする場合について"
        "準用する。\n",
    ],
)
def test_opinion_in_other_words(opinion: str) -> None:
    assert _gap(_draft(opinion=opinion), "C10") == []


def test_fee_mention_of_the_opportunity_is_no_provision() -> None:
    fee = ("（手数料）\n第二十一条　契約を締結する者は、二万千円に、意見書を提出する機会を与えた第三者一人につき"
           "二百十円を加えた額の手数料を納めなければならない。\n")
    [(code, _message)] = _gap(_draft(opinion=fee), "C10")
    assert code == "check.gap.missing"


def test_exclusion_without_the_when_clause() -> None:
    paren = "（組合情報公開条例第五条各号に掲げる情報（同条第一号に掲げる情報を除く。）を除く。）"
    assert _gap(_draft(paren=paren), "C2") == []


def test_opportunity_granted_with_fuyo() -> None:
    opinion = OPINION.replace("意見書を提出する機会を与えることができる", "意見書の提出の機会を付与するものとする")
    assert _gap(_draft(opinion=opinion), "C10") == []
