"""要配慮個人情報 listed without the catch-all of 第2条第4項: the Cabinet Order's categories it leaves
out can come in nowhere, so the finding has B1's severity (error); with the catch-all (「その他…特に
配慮を要するものとして次に掲げる…」) a list of the Order's categories that leaves one out stays a warning."""

from __future__ import annotations

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_yohairyo
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

STATUTE_SIX = "本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実"
DRAFT = (
    "もみじ町個人情報保護条例\n"
    "（定義）\n第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"
    "2　この条例において「要配慮個人情報」とは、{body}が含まれる個人情報をいう。\n"
    "（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def _b2(body: str) -> list[str]:
    ctx = CheckContext(ordinance=parse_text(DRAFT.format(body=body)), profile=load_profile())
    return [f.severity for f in check_yohairyo(ctx) if f.requirement == "B2"]


def test_a_closed_list_with_some_order_categories_is_an_error() -> None:
    assert _b2(f"{STATUTE_SIX}、身体障害、知的障害、精神障害その他の心身の機能の障害があること又は健康診断等の結果") == ["error"]


def test_the_catch_all_keeps_the_missing_order_categories_a_warning() -> None:
    body = (f"{STATUTE_SIX}その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を"
            "要するものとして、身体障害、知的障害、精神障害その他の心身の機能の障害があること又は健康診断等の結果を"
            "内容とする記述等")
    assert _b2(body) == ["warning"]


def test_the_delegation_to_a_rule_leaves_nothing_to_report() -> None:
    body = (f"{STATUTE_SIX}その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を"
            "要するものとして規則で定める記述等")
    assert _b2(body) == []


def test_the_catch_all_with_nothing_determining_its_descriptions_is_an_error() -> None:
    # 「…特に配慮を要する記述等」: no 「ものとして…で定める」, so which 記述等 are 要配慮 is left open
    body = (f"{STATUTE_SIX}その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を"
            "要する記述等")
    assert _b2(body) == ["error"]


def test_the_review_keeps_the_closed_list_an_error() -> None:
    # the B2 gap finding on the same definition is merged into def.yohairyo, which keeps the more
    # severe of the two (the merge once kept the less severe one)
    from ordreview.core.review import review_ordinance

    text = DRAFT.format(body="本人の人種、信条、社会的身分、病歴、犯罪の経歴又は犯罪により害を被った事実")
    review = review_ordinance(parse_text(text), load_profile())
    b2 = [f for f in review.findings if f.requirement == "B2" and f.severity in ("error", "warning")]
    assert [(f.rule, f.severity) for f in b2] == [("def.yohairyo", "error")]
