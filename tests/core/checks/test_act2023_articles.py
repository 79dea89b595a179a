"""The table of the Act's articles (act.article) and the 2023 points around it, on a village's
draft written here (tests/core/golden/drafts/zelkova-mura-2023.txt) and its corrected variant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import location_label, review_ordinance
from ordreview.paths import resource

DRAFT = Path(__file__).resolve().parents[1] / "golden" / "drafts" / "zelkova-mura-2023.txt"

# each defect of the draft, and the words that mend it
CORRECTIONS = (
    ("二　前号に掲げるもののほか、村の規則で定める記述等", "二　地域の消防団への加入の有無"),
    ("第4条　法第78条第1項第2号の規定にかかわらず、村の職員の職の名称は、不開示情報としない。",
     "第4条　法第78条第2項の規定により読み替えて適用する同条第1項の条例で定める情報は、欅野村情報公開条例（平成12年欅野村条例第7号）第6条第1号に掲げる情報とする。"),
    ("法第83条第3項の規定にかかわらず", "法第83条第1項の規定にかかわらず"),
    ("法第101条第1項の規定の適用", "法第102条第1項の規定の適用"),
    ("法第82条第2項の規定により納めなければならない", "法第89条第2項の規定により納めなければならない"),
    ("法第104条第1項の規定による諮問", "法第105条第3項において準用する同条第1項の規定による諮問"),
    ("2　欅野村個人情報保護条例（平成12年欅野村条例第8号）の一部を次のように改正する。\n　第3章を削る。",
     "2　欅野村個人情報保護条例（平成12年欅野村条例第8号）は、廃止する。"),
)


def _review(text: str):
    ordinance = parse_text(text)
    return review_ordinance(ordinance, load_profile("kojin-joho-2023"))


def _found(review, rules: tuple[str, ...]) -> set[tuple[str, str, str, str]]:
    return {(f.rule, f.requirement or "", f.severity, location_label(f.location) or f.message_ja[:6])
            for f in review.findings if f.rule in rules}


RULES = ("act.article", "act.yohairyo", "act.nondisclosure", "act.suppl", "ref.chapter", "term.unused")


def test_each_defect_is_found_where_the_officer_writes_it() -> None:
    review = _review(DRAFT.read_text(encoding="utf-8"))
    assert _found(review, RULES) == {
        ("act.yohairyo", "P5", "warning", "第3条第1項第2号"),  # 条例要配慮 left to a 規則
        ("act.nondisclosure", "P12", "warning", "第4条"),  # 法第78条第1項 set aside outright
        ("act.article", "P27", "warning", "第5条"),  # 法第83条 has no 第3項 (count not checked: warning)
        ("act.article", "P27", "error", "第6条"),  # 法第101条第1項 has no 「30日以内」 (checked)
        ("act.article", "P27", "error", "第7条"),  # the fee founded on 法第82条
        ("act.article", "P27", "warning", "第8条"),  # 法第104条: not in the table, so only a warning
        ("act.suppl", "P24", "error", "附則第2項は"),  # the former ordinance only partly amended
    }  # no ref.chapter for the old ordinance's 第3章; 開示決定等 titles 第2章, so it is not unused


def test_the_messages_name_the_right_provision() -> None:
    by_place = {location_label(f.location): f for f in _review(DRAFT.read_text(encoding="utf-8")).findings
                if f.rule == "act.article"}
    assert "第2項までの規定であり、第3項はない" in by_place["第5条"].message_ja
    assert by_place["第5条"].suggestion == "法第83条第1項"
    assert "法第102条第1項" in by_place["第6条"].message_ja
    assert "法第89条第2項" in by_place["第7条"].message_ja
    assert "法第105条第3項" in by_place["第8条"].message_ja


def test_the_corrected_draft_has_none_of_them_and_no_error() -> None:
    text = DRAFT.read_text(encoding="utf-8")
    for wrong, right in CORRECTIONS:
        assert wrong in text
        text = text.replace(wrong, right)
    review = _review(text)
    assert _found(review, RULES) == set()
    assert [f.rule for f in review.findings if f.severity == "error"] == []


@pytest.mark.parametrize("citation", ["法第84条の規定の適用については、同条中「60日以内」とあるのは、「44日以内」",
                                      "法第83条第2項の規定の適用については、同項中「30日以内」とあるのは、「20日以内」"])
def test_a_reading_of_words_the_paragraph_has_is_left_alone(citation: str) -> None:
    text = DRAFT.read_text(encoding="utf-8").replace(
        "利用停止請求についての法第101条第1項の規定の適用については、同項中「30日以内」とあるのは、「20日以内」", citation)
    assert not [f for f in _review(text).findings if f.rule == "act.article" and "第6条" == location_label(f.location)]


def test_another_laws_article_is_not_read_as_the_acts() -> None:
    text = DRAFT.read_text(encoding="utf-8").replace("法第82条第2項の規定により納めなければならない",
                                                      "地方自治法第228条第1項及び法第89条第2項の規定により納めなければならない")
    assert not [f for f in _review(text).findings if f.rule == "act.article" and location_label(f.location) == "第7条"]


def test_the_table_is_consistent() -> None:
    data = json.loads(resource("data", "act_articles_2023.json").read_text(encoding="utf-8"))
    articles = data["articles"]
    for num, entry in articles.items():
        assert entry["paragraphs"] is None or entry["paragraphs"] >= 1, num
        for para in entry.get("periods", {}):
            assert entry["paragraphs"] is None or int(para) <= entry["paragraphs"], (num, para)
    for matter in data["matters"]:
        cited = matter["cite"].removeprefix("法第").split("条")[0]
        assert cited in matter["articles"] and cited in articles, matter["id"]


def _cite_findings(text: str):
    return [f for f in _review(text).findings if f.rule == "act.article" and location_label(f.location) == "第5条"]


def test_a_paragraph_count_checked_against_the_act_gives_an_error() -> None:
    # 法第84条 has one 項 (checked against the Act's text): 「法第84条第2項」 cites nothing
    text = DRAFT.read_text(encoding="utf-8").replace("法第83条第3項の規定にかかわらず", "法第84条第2項の規定にかかわらず")
    found = _cite_findings(text)
    assert [(f.severity, "一の項のみ" in f.message_ja, "要確認" in f.message_ja) for f in found] == [
        ("error", True, False)]


def test_a_paragraph_count_not_checked_gives_a_warning_with_a_caveat() -> None:
    # 法第83条's count is recorded but not checked against the Act's text: a warning that says so
    found = _cite_findings(DRAFT.read_text(encoding="utf-8"))
    assert [f.severity for f in found] == ["warning"]
    assert "要確認：項の数は法の本文で確認されたい" in found[0].message_ja
    assert "check the number of paragraphs" in found[0].message_en


def test_a_period_not_checked_gives_a_warning() -> None:
    # 法第93条第1項 (訂正の決定) is recorded without a period, but not checked: a warning
    text = DRAFT.read_text(encoding="utf-8").replace(
        "利用停止請求についての法第101条第1項の規定の適用については、同項中「30日以内」とあるのは、「20日以内」",
        "訂正請求についての法第93条第1項の規定の適用については、同項中「30日以内」とあるのは、「20日以内」")
    found = [f for f in _review(text).findings if f.rule == "act.article" and location_label(f.location) == "第6条"]
    assert found and all(f.severity == "warning" and "要確認" in f.message_ja for f in found)


def test_every_checked_fact_names_its_source_and_is_recorded() -> None:
    articles = json.loads(resource("data", "act_articles_2023.json").read_text(encoding="utf-8"))["articles"]
    checked = {num: entry["verified"] for num, entry in articles.items() if entry.get("verified")}
    assert {"82", "84", "91", "107"} <= set(checked)
    for num, facts in checked.items():
        assert set(facts) <= {"paragraphs", "periods"}, num
        for fact, source in facts.items():
            assert isinstance(source, str) and source.strip(), (num, fact)
            assert articles[num].get(fact) is not None, (num, fact)  # a checked fact is a recorded one
