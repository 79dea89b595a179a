"""kojin-joho-2023: deadlines counted in working days or extended twice, a 全部改正 whose 附則 also
repeals the ordinance, a body founded after 2023-04-01 that succeeds dissolved 組合 (drafts written here)."""

from __future__ import annotations

from ordreview.core.checks.act2023 import calendar_days
from ordreview.core.labels import place_label
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

HEAD = """はるかぜ町個人情報の保護に関する法律施行条例
{date}
条例第5号
{formula}
（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（手数料）
第2条　法第89条第2項の条例で定める手数料の額は、無料とする。

（審査会への諮問）
第3条　法第105条第3項において準用する同条第1項の規定による諮問は、はるかぜ町情報公開・個人情報保護審査会条例（平成17年はるかぜ町条例第9号）に定める審査会に対して行うものとする。

"""
SUPPL = """　　　附　則
（施行期日）
1　この条例は、令和5年4月1日から施行する。
（はるかぜ町個人情報保護条例の廃止）
2　はるかぜ町個人情報保護条例（平成15年はるかぜ町条例第2号。以下「旧条例」という。）は、廃止する。
（経過措置）
3　この条例の施行の日前に旧条例の規定によりされた開示請求については、なお従前の例による。
"""


def review(text: str):
    return review_ordinance(parse_text(text), load_profile("kojin-joho-2023"))


def found(text: str, rule: str) -> list[tuple[str, str, str]]:
    r = review(text)
    return [(f.requirement or "", f.severity, place_label(r.ordinance, f.location)) for f in r.findings if f.rule == rule]


def draft(article: str = "", suppl: str = SUPPL, formula: str = "", date: str = "令和5年3月17日") -> str:
    head = HEAD.format(date=date, formula=formula)
    if formula:  # the enacting formula of a 全部改正 right under the title
        head = head.replace(f"{date}\n条例第5号\n", "", 1)
    return head + article + "\n\n" + suppl


DEADLINE = "（開示決定等の期限）\n第4条　開示決定等は、開示請求があった日から{days}日以内にしなければならない。{rest}"


def test_fewest_calendar_days_of_a_working_day_period() -> None:
    assert [calendar_days(n) for n in (1, 5, 6, 20, 22, 23, 25)] == [1, 5, 8, 26, 30, 31, 33]


def test_a_period_not_counting_holidays_that_exceeds_30_calendar_days_is_p13() -> None:
    rest = "この場合において、当該期間には、はるかぜ町の休日を定める条例に規定する町の休日の日数は、算入しない。"
    r = review(draft(DEADLINE.format(days=25, rest=rest)))
    got = [f for f in r.findings if f.rule == "act.deadline"]
    assert [(f.requirement, f.severity, place_label(r.ordinance, f.location)) for f in got] == [("P13", "error", "第4条")]
    assert "暦日では少なくとも33日" in got[0].message_ja


def test_a_short_working_day_period_and_a_calendar_period_are_left_alone() -> None:
    rest = "この場合において、当該期間には、町の休日の日数は、算入しない。"
    assert found(draft(DEADLINE.format(days=20, rest=rest)), "act.deadline") == []
    assert found(draft(DEADLINE.format(days=25, rest="")), "act.deadline") == []


def test_extensions_adding_up_beyond_30_days_are_p13() -> None:
    rest = ("\n2　前項の規定にかかわらず、実施機関は、正当な理由があるときは、同項に規定する期間を30日以内に限り延長することができる。"
            "この場合において、当該延長後の期間内に開示決定等をすることができないときは、更に30日以内に限り延長することができる。")
    r = review(draft(DEADLINE.format(days=14, rest=rest)))
    got = [f for f in r.findings if f.rule == "act.deadline"]
    assert [(f.requirement, f.severity, place_label(r.ordinance, f.location)) for f in got] == [("P13", "error", "第4条第2項")]
    assert "合計が60日" in got[0].message_ja


def test_one_extension_within_30_days_is_left_alone() -> None:
    rest = ("\n2　前項の規定にかかわらず、実施機関は、正当な理由があるときは、同項に規定する期間を30日以内に限り延長することができる。"
            "この場合において、実施機関は、延長後の期間及び延長の理由を書面により通知しなければならない。")
    assert found(draft(DEADLINE.format(days=14, rest=rest)), "act.deadline") == []


FORMULA = "　はるかぜ町個人情報保護条例（平成15年はるかぜ町条例第2号）の全部を改正する。\n"


def test_a_whole_revision_whose_suppl_repeals_the_same_ordinance_is_p24_at_the_repeal() -> None:
    text = draft(formula=FORMULA)
    assert [p for p in found(text, "act.suppl") if p[0] == "P24"] == [("P24", "error", "附則第2項")]
    assert found(text, "suppl.repeal") == []  # one defect, one finding


def test_a_whole_revision_without_a_repeal_is_not_p24() -> None:
    suppl = SUPPL.replace(SUPPL[SUPPL.index("（はるかぜ町個人情報保護条例の廃止）"):SUPPL.index("（経過措置）")], "")
    suppl = suppl.replace("旧条例の規定", "改正前のはるかぜ町個人情報保護条例の規定")
    assert [p for p in found(draft(formula=FORMULA, suppl=suppl), "act.suppl") if p[0] == "P24"] == []


def test_the_2016_profile_keeps_the_drafting_finding_on_revision_and_repeal() -> None:
    text = draft(formula=FORMULA)
    r = review_ordinance(parse_text(text), load_profile("basic-policy-2016"))
    assert [f.rule for f in r.findings if f.rule == "suppl.repeal"] == ["suppl.repeal"]


SUCCESSION = """　　　附　則
（施行期日）
1　この条例は、令和7年10月1日から施行する。
（経過措置）
2　この条例の施行の日前にはるかぜ東部衛生組合又ははるかぜ西部衛生組合の機関に対してされた開示請求その他の行為であって、この組合が承継した事務に係るものは、この組合の相当の実施機関に対してされた行為とみなす。
"""


def test_a_body_founded_later_that_succeeds_dissolved_bodies_needs_no_repeal() -> None:
    text = draft(suppl=SUCCESSION, date="令和7年10月1日").replace("はるかぜ町", "はるかぜ衛生組合")
    assert [p for p in found(text, "act.suppl") if p[1] != "info"] == []


def test_a_transition_for_requests_under_a_former_scheme_still_asks_for_the_repeal() -> None:
    suppl = SUCCESSION.replace("はるかぜ東部衛生組合又ははるかぜ西部衛生組合の機関に対してされた", "されたこの組合の").replace(
        "であって、この組合が承継した事務に係るもの", "")
    text = draft(suppl=suppl, date="令和7年10月1日").replace("はるかぜ町", "はるかぜ衛生組合")
    assert ("P24", "error", "附則") in found(text, "act.suppl")


def test_the_correction_cited_as_a_third_paragraph_of_article_76_is_p27() -> None:
    rest = "ただし、法第76条第3項の規定により補正を求めた場合にあっては、当該補正に要した日数は、当該期間に算入しない。"
    r = review(draft(DEADLINE.format(days=15, rest=rest)))
    got = [f for f in r.findings if f.rule == "act.article"]
    assert [(f.requirement, f.severity, place_label(r.ordinance, f.location)) for f in got] == [("P27", "error", "第4条")]
    assert "第2項までの規定であり、第3項はない" in got[0].message_ja


def test_the_correction_cited_as_article_77_paragraph_3_is_left_alone() -> None:
    rest = "ただし、法第77条第3項の規定により補正を求めた場合にあっては、当該補正に要した日数は、当該期間に算入しない。"
    assert found(draft(DEADLINE.format(days=15, rest=rest)), "act.article") == []


PENALTY = """（罰則）
第5条　審査会の委員が職務上知り得た秘密を漏らしたときは、1年以下の懲役又は50万円以下の罰金に処する。
（令7条例18・追加）"""
AMENDING = """
　　　附　則（令和7年{made}条例第18号）
　この条例は、令和7年{force}から施行する。
"""


def test_imprisonment_in_a_penalty_added_by_an_amendment_in_force_after_june_2025_is_p22() -> None:
    text = draft(PENALTY) + AMENDING.format(made="9月26日", force="10月1日")
    r = review(text)
    got = [f for f in r.findings if f.rule == "act.penalty" and f.requirement == "P22"]
    assert [place_label(r.ordinance, f.location) for f in got] == ["第5条"] and got[0].severity != "info"
    assert "令和7年10月1日" in got[0].message_ja and "拘禁刑" in got[0].message_ja


def test_imprisonment_added_by_an_amendment_in_force_before_june_2025_is_left_alone() -> None:
    text = draft(PENALTY) + AMENDING.format(made="2月20日", force="4月1日")
    assert [f for f in review(text).findings if f.rule == "act.penalty" and f.requirement == "P22"] == []


REIDENTIFY = ("（識別行為の禁止）\n第4条　行政機関等匿名加工情報の利用に関する契約を締結した者は、当該行政機関等匿名加工情報の作成に用いられた"
              "保有個人情報に係る本人を識別するために、当該行政機関等匿名加工情報を他の情報と照合してはならない。")


def test_the_acts_reidentification_ban_restated_is_p10_and_its_fine_p21() -> None:
    text = draft(REIDENTIFY + "\n\n（過料）\n第5条　第4条の規定に違反した者は、5万円以下の過料に処する。")
    assert [p for p in found(text, "act.forbidden") if p[0] == "P10"] == [("P10", "warning", "第4条")]
    assert found(text, "act.penalty") == [("P21", "error", "第5条")]


def test_a_fine_for_the_ordinances_own_duty_cited_by_article_is_still_not_p21() -> None:
    text = draft("（審査会委員の守秘義務）\n第4条　審査会の委員は、職務上知り得た秘密を漏らしてはならない。\n\n"
                 "（過料）\n第5条　第4条の規定に違反した者は、5万円以下の過料に処する。")
    assert found(text, "act.penalty") == []


COUNCIL = ("（審議会）\n第4条　法第129条の規定により、町長の附属機関として、はるかぜ町個人情報保護審議会を置く。\n"
           "2　実施機関は、専門的な知見に基づく意見を聴くことが特に必要であると認めるときは、審議会に諮問することができる。\n"
           "3　審議会は、委員5人以内で組織し、委員は、{who}のうちから、町長が委嘱する。")


def test_a_council_of_assembly_members_and_district_heads_only_is_p9() -> None:
    text = draft(COUNCIL.format(who="町議会の議員及び行政区の区長"))
    assert found(text, "act.council") == [("P9", "warning", "第4条第3項")]


def test_a_council_with_learned_members_is_left_alone() -> None:
    text = draft(COUNCIL.format(who="町議会の議員及び個人情報の保護に関し学識経験を有する者"))
    assert found(text, "act.council") == []


BOARD_AMENDMENT = SUPPL + """（はるかぜ町情報公開審査会条例の一部改正）
4　はるかぜ町情報公開審査会条例（平成17年はるかぜ町条例第9号）の一部を次のように改正する。
　第2条の見出し中「情報公開審査会」を「情報公開・個人情報保護審査会」に改め、同条中「諮問に応じ」を「諮問及び個人情報の保護に関する法律第{art}条第{para}項の規定による諮問に応じ」に改める。
"""


def test_a_suppl_writing_the_repealed_acts_article_into_the_boards_ordinance_is_p27() -> None:
    r = review(draft(suppl=BOARD_AMENDMENT.format(art=43, para=1)))
    got = [f for f in r.findings if f.rule == "act.article"]
    assert [(f.requirement, place_label(r.ordinance, f.location)) for f in got] == [("P27", "附則第4項")]
    assert "法第105条" in got[0].message_ja


def test_a_suppl_writing_article_105_into_the_boards_ordinance_is_left_alone() -> None:
    assert found(draft(suppl=BOARD_AMENDMENT.format(art=105, para=3)), "act.article") == []


def unused(text: str) -> list[tuple[str, str]]:
    r = review(text)
    return [(f.severity, place_label(r.ordinance, f.location)) for f in r.findings if f.rule == "term.unused"]


SUCCEEDED = ("4　この条例の施行の日前にはるかぜ東部組合又ははるかぜ西部組合（以下これらを「旧組合」という。）の機関に対してされた"
             "開示請求その他の行為は、この組合の相当の実施機関に対してされた行為とみなす。\n")


def test_a_short_name_coined_in_the_drafts_last_provision_is_only_noted() -> None:
    assert unused(draft(suppl=SUPPL + SUCCEEDED)) == [("info", "附則第4項")]


def test_a_short_name_in_the_suppl_that_later_words_could_use_is_a_warning() -> None:
    later = "5　この条例の施行前にはるかぜ東部組合又ははるかぜ西部組合がした行為に対する罰則の適用については、なお従前の例による。\n"
    assert unused(draft(suppl=SUPPL + SUCCEEDED + later)) == [("warning", "附則第4項")]
    again = SUCCEEDED.replace("行為とみなす。", "行為とみなし、はるかぜ東部組合又ははるかぜ西部組合の規約は適用しない。")
    assert unused(draft(suppl=SUPPL + again)) == [("warning", "附則第4項")]
