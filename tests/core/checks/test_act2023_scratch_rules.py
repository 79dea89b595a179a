"""kojin-joho-2023: points found on drafts in styles the earlier sets did not have (a body set up
after 2023-04-01, a 附則 amending other ordinances, a 県 in kanji numerals citing the 施行令 with
法); small drafts written here."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from ordreview.core.labels import place_label

HEAD = """あおば地域広域連合個人情報の保護に関する法律の施行に関する条例
{date}
条例第3号

（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（用語）
第2条　この条例において使用する用語は、法において使用する用語の例による。

（手数料）
第3条　法第89条第2項の条例で定める手数料の額は、無料とする。

（審査会への諮問）
第4条　法第105条第3項において準用する同条第1項の規定による諮問は、あおば地域広域連合情報公開・個人情報保護審査会条例（令和7年あおば地域広域連合条例第2号）に定める審査会に対して行うものとする。

"""
FORCE_ONLY = """　　　附　則
この条例は、{force}から施行する。
"""


def review(text: str, profile: str = "kojin-joho-2023"):
    return review_ordinance(parse_text(text), load_profile(profile))


def suppl_points(text: str) -> list[tuple[str, str]]:
    return sorted((f.requirement or "", f.severity) for f in review(text).findings if f.rule == "act.suppl")


# --------------------------------------------------------------------------- P24/P25: a body set up later


def test_a_body_set_up_after_the_act_applied_is_only_reminded_of_a_former_ordinance() -> None:
    text = HEAD.format(date="令和7年9月26日") + FORCE_ONLY.format(force="令和7年10月1日")
    assert suppl_points(text) == [("P24", "info")]


def test_a_draft_before_the_act_applied_without_repeal_is_still_an_error() -> None:
    # one comment: the repeal to add carries its 経過措置 (an officer writes them together)
    text = HEAD.format(date="令和5年3月20日") + FORCE_ONLY.format(force="令和5年4月1日")
    assert suppl_points(text) == [("P24", "error")]
    assert "経過措置" in next(f.message_ja for f in review(text).findings if f.rule == "act.suppl")


def test_a_later_draft_that_names_its_former_ordinance_must_repeal_it() -> None:
    text = (HEAD.format(date="令和6年3月22日")
            + "（委任）\n第5条　あおば地域広域連合個人情報保護条例第12条の規定により置かれた審議会に関し必要な事項は、規則で定める。\n\n"
            + FORCE_ONLY.format(force="令和6年4月1日"))
    points = suppl_points(text)
    assert ("P24", "error") in points  # (its 経過措置 in the same comment)


# --------------------------------------------------------------------------- P27 in the new words of a 附則


AMENDING = """　　　附　則
（施行期日）
第1条　この条例は、令和5年4月1日から施行する。
（あおば地域広域連合個人情報保護条例の廃止）
第2条　あおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号。以下「旧条例」という。）は、廃止する。
（経過措置）
第3条　この条例の施行の日前に旧条例の規定によりされた開示請求については、なお従前の例による。
（あおば地域広域連合情報公開条例の一部改正）
第4条　あおば地域広域連合情報公開条例（平成14年あおば地域広域連合条例第2号）の一部を次のように改正する。
　第7条第2号中「あおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号）」を「{new}」に改める。
"""


def old_citations(new: str) -> list[tuple[str, str, str]]:
    r = review(HEAD.format(date="令和5年3月20日") + AMENDING.format(new=new))
    return [(f.requirement or "", f.severity, place_label(r.ordinance, f.location))
            for f in r.findings if f.rule == "act.old_citation"]


def test_a_repealed_act_written_into_another_ordinance_is_reported_where_the_amendment_is() -> None:
    found = old_citations("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）")
    assert found == [("P27", "error", "附則第4条")]
    r = review(HEAD.format(date="令和5年3月20日")
               + AMENDING.format(new="行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）"))
    message = next(f.message_ja for f in r.findings if f.rule == "act.old_citation")
    assert message.startswith("附則第4条で")  # named where it is, not as the title


def test_the_current_act_written_into_another_ordinance_is_not_reported() -> None:
    assert old_citations("個人情報の保護に関する法律（平成15年法律第57号）") == []


def test_the_words_an_amendment_replaces_may_name_the_repealed_act() -> None:
    text = (HEAD.format(date="令和5年3月20日") + AMENDING.format(new="個人情報の保護に関する法律（平成15年法律第57号）")
            ).replace("「あおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号）」を",
                      "「行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）」を")
    assert [f for f in review(text).findings if f.rule == "act.old_citation"] == []


# --------------------------------------------------------------------------- O6: names read whole


def law_number_names(text: str, profile: str = "kojin-joho-2023") -> list[str]:
    return [f.message_ja for f in review(text, profile).findings if f.rule == "cite.law_number"]


def test_the_order_cited_after_the_acts_short_name_is_one_name_with_its_number() -> None:
    text = (HEAD.format(date="令和5年3月20日").replace(
        "法において使用する用語の例による。",
        "法及び個人情報の保護に関する法律施行令（平成15年政令第507号）において使用する用語の例による。")
        + FORCE_ONLY.format(force="令和5年4月1日"))
    assert law_number_names(text) == []


def test_the_order_cited_without_its_number_is_named_as_the_order() -> None:
    text = (HEAD.format(date="令和5年3月20日").replace(
        "法において使用する用語の例による。", "法及び個人情報の保護に関する法律施行令において使用する用語の例による。")
        + FORCE_ONLY.format(force="令和5年4月1日"))
    found = law_number_names(text)
    assert len(found) == 1 and "「個人情報の保護に関する法律施行令」" in found[0]


def test_the_drafts_own_title_cited_in_its_suppl_is_not_another_law() -> None:
    text = (HEAD.format(date="令和5年3月20日") + AMENDING.format(new="個人情報の保護に関する法律（平成15年法律第57号）")
            + "（あおば地域広域連合情報公開・個人情報保護審査会条例の一部改正）\n"
            "第5条　あおば地域広域連合情報公開・個人情報保護審査会条例（令和7年あおば地域広域連合条例第2号）の一部を次のように改正する。\n"
            "　第2条中「旧条例第20条」を「あおば地域広域連合個人情報の保護に関する法律の施行に関する条例第4条」に改める。\n")
    assert [m for m in law_number_names(text) if "あおば地域広域連合個人情報の保護に関する法律" in m] == []


def test_a_law_with_its_own_oyobi_keeps_its_whole_name() -> None:
    text = (HEAD.format(date="令和5年3月20日")
            + "（委任）\n第5条　私的独占の禁止及び公正取引の確保に関する法律に基づく事務に係る手数料は、別に定める。\n\n"
            + FORCE_ONLY.format(force="令和5年4月1日"))
    found = law_number_names(text)
    assert any("「私的独占の禁止及び公正取引の確保に関する法律」" in m for m in found)


def test_a_repealed_act_cited_with_its_number_is_one_finding() -> None:
    text = (HEAD.format(date="令和5年3月20日").replace(
        "（手数料）", "（不開示情報）\n第9条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第14条の例による。\n\n（手数料）")
        + FORCE_ONLY.format(force="令和5年4月1日"))
    found = [f for f in review(text).findings if f.rule == "act.old_citation"]
    assert [f.anchor_text for f in found] == ["行政機関の保有する個人情報の保護に関する法律"]
    assert "法第78条" in found[0].message_ja  # the former 第14条 → the current article


def test_a_repealed_acts_number_cited_alone_is_still_reported() -> None:
    text = (HEAD.format(date="令和5年3月20日").replace(
        "（手数料）", "（不開示情報）\n第9条　平成15年法律第58号第14条の例による。\n\n（手数料）")
        + FORCE_ONLY.format(force="令和5年4月1日"))
    assert [f.anchor_text for f in review(text).findings if f.rule == "act.old_citation"] == ["平成15年法律第58号"]


# --------------------------------------------------------------------------- the second batch of scratch drafts

DATED = HEAD.format(date="令和5年3月20日")
SUPPL_OK = """　　　附　則
（施行期日）
1　この条例は、令和5年4月1日から施行する。
（あおば地域広域連合個人情報保護条例の廃止）
2　あおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号。以下「旧条例」という。）は、廃止する。
（経過措置）
3　この条例の施行の日前に旧条例の規定によりされた開示請求については、なお従前の例による。
"""


def with_article(article: str, head: str = DATED) -> str:
    return head + article + "\n\n" + SUPPL_OK


def found(text: str, rule: str) -> list[tuple[str, str, str]]:
    r = review(text)
    return [(f.requirement or "", f.severity, place_label(r.ordinance, f.location)) for f in r.findings if f.rule == rule]


def test_the_assembly_brought_in_by_applying_the_ordinance_is_p3() -> None:
    text = DATED.replace("の例による。\n", "の例による。\n2　議会の保有する個人情報の取扱いについては、この条例の規定を準用する。\n", 1) + SUPPL_OK
    got = [f for f in review(text).findings if f.rule == "act.gikai"]
    assert [(f.requirement, f.severity, place_label(review(text).ordinance, f.location)) for f in got] == [
        ("P3", "warning", "第2条第2項")]
    assert "この条例を及ぼしている" in got[0].message_ja


def test_the_assemblys_own_ordinance_named_is_not_p3() -> None:
    text = DATED.replace("の例による。\n", "の例による。\n2　議会の保有する個人情報の取扱いについては、あおば地域広域連合議会の個人情報の保護に関する条例の定めるところによる。\n", 1) + SUPPL_OK
    assert [f.requirement for f in review(text).findings if f.rule == "act.gikai" and f.severity != "info"] == []


def test_a_penalty_for_an_act_the_act_punishes_cited_by_article_is_p21() -> None:
    text = with_article("（罰則）\n第5条　法第176条に規定する行為をした者は、5万円以下の過料に処する。")
    assert found(text, "act.penalty") == [("P21", "error", "第5条")]


def test_a_penalty_for_the_ordinances_own_duty_cited_by_article_is_not_p21() -> None:
    text = with_article("（審査会委員の守秘義務）\n第5条　審査会の委員は、職務上知り得た秘密を漏らしてはならない。\n\n"
                        "（罰則）\n第6条　第5条の規定に違反した者は、5万円以下の過料に処する。")
    assert found(text, "act.penalty") == []


def test_a_consultation_that_names_no_board_is_marked_where_it_is() -> None:
    text = with_article("（審査請求）\n第5条　開示決定等について審査請求があったときは、管理者が別に定める機関に諮問しなければならない。",
                        head=DATED.replace(DATED[DATED.index("（審査会への諮問）"):], ""))
    assert found(text, "act.review_board") == [("P16", "warning", "第5条")]


def test_no_consultation_provision_at_all_is_marked_on_the_title() -> None:
    text = DATED.replace(DATED[DATED.index("（審査会への諮問）"):], "") + SUPPL_OK
    assert found(text, "act.review_board") == [("P16", "warning", "全体")]


def test_a_correction_period_lengthened_names_its_own_decision_and_article() -> None:
    text = with_article("（訂正決定等の期限）\n第5条　実施機関に対する訂正請求についての法第94条第1項の規定の適用については、"
                        "同項中「30日以内」とあるのは、「45日以内」とする。")
    r = review(text)
    got = [f for f in r.findings if f.rule == "act.deadline"]
    assert [(f.severity, place_label(r.ordinance, f.location)) for f in got] == [("error", "第5条")]
    assert "訂正決定等の期限が45日" in got[0].message_ja and "法第94条第1項" in got[0].message_ja


def test_a_disclosure_period_keeps_its_message() -> None:
    text = with_article("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から35日以内にしなければならない。")
    got = [f for f in review(text).findings if f.rule == "act.deadline"]
    assert len(got) == 1 and "開示決定等の期限が35日" in got[0].message_ja and "法第83条第1項" in got[0].message_ja


def test_the_former_ordinance_numbered_in_the_enacting_formula_is_cited_already() -> None:
    head = DATED.replace("条例第3号\n", "条例第3号\nあおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号）の全部を改正する。\n", 1)
    text = head + ("　　　附　則\n1　この条例は、令和5年4月1日から施行する。\n"
                   "2　この条例の施行の日前に改正前のあおば地域広域連合個人情報保護条例の規定によりされた開示請求については、なお従前の例による。\n")
    assert [m for m in law_number_names(text) if "個人情報保護条例" in m] == []


# --------------------------------------------------------------------------- the third batch: other wordings


def test_a_limit_on_connecting_information_systems_is_an_online_link_limit() -> None:
    text = with_article("（接続の制限）\n第5条　実施機関は、法令等に定めがある場合を除き、実施機関以外の者との間において、"
                        "保有個人情報を提供するための電子情報処理組織の接続をしてはならない。")
    # P7 rests on a reading still to be verified: a warning
    assert [(f.requirement, f.severity) for f in review(text).findings if f.rule == "act.forbidden"] == [("P7", "warning")]


def test_the_acts_accuracy_duty_restated_is_p10() -> None:
    text = with_article("（正確性の確保）\n第5条　実施機関は、利用目的の達成に必要な範囲内で、保有個人情報が過去又は現在の事実と"
                        "合致するよう努めなければならない。")
    assert [(f.requirement, f.severity) for f in review(text).findings if f.rule == "act.forbidden"] == [("P10", "warning")]


YOHAIRYO = ("（条例要配慮個人情報）\n第5条　法第60条第5項の条例で定める記述等は、次に掲げる事項とする。\n"
            "(1)　{one}\n(2)　本人が児童虐待を受けたことがある事実\n")


def yohairyo_places(one: str) -> list[str]:
    r = review(with_article(YOHAIRYO.format(one=one)))
    return [place_label(r.ordinance, f.location) for f in r.findings if f.rule == "act.yohairyo" and f.severity == "warning"]


def test_a_statutory_category_in_other_words_is_reported() -> None:
    assert yohairyo_places("本人が犯罪の被害者となった事実") == ["第5条第1号"]
    assert yohairyo_places("本人の身体障害、知的障害又は精神障害に関する事項") == ["第5条第1号"]


def test_a_category_left_to_the_heads_notice_is_reported() -> None:
    assert yohairyo_places("前号に掲げるもののほか、広域連合長が特に配慮を要すると認めて告示する記述等") == ["第5条第1号"]


def test_local_categories_are_left_alone() -> None:
    assert yohairyo_places("本人がひとり親世帯に属すること") == []


def nondisclosure(rest: str) -> list[tuple[str, str, str]]:
    return found(with_article("（不開示情報）\n第5条　法第78条第2項の規定により読み替えて適用する同条第1項の条例で定める情報は、" + rest),
                 "act.nondisclosure")


def test_nondisclosure_left_to_the_head_in_a_single_sentence_is_p12() -> None:
    assert nondisclosure("広域連合長が別に定める情報とする。") == [("P12", "warning", "第5条")]


def test_nondisclosure_taken_from_the_foi_ordinance_is_left_alone() -> None:
    assert nondisclosure("あおば地域広域連合情報公開条例（平成14年あおば地域広域連合条例第2号）第7条第6号に掲げる情報とする。") == []


def test_an_acts_term_defined_again_is_reported_once_not_also_as_unused() -> None:
    text = DATED.replace("の例による。\n", "の例による。\n2　この条例において「地方公共団体等行政文書」とは、広域連合の機関の職員が職務上"
                         "作成し、又は取得した文書であって、広域連合の機関が管理しているものをいう。\n", 1) + SUPPL_OK
    r = review(text)
    assert [(f.rule, f.requirement) for f in r.findings if place_label(r.ordinance, f.location) == "第2条第2項"
            and f.severity in ("error", "warning")] == [("act.terms", "P2")]


def test_the_2016_profile_still_reports_an_unused_definition() -> None:
    text = DATED.replace("の例による。\n", "の例による。\n2　この条例において「地方公共団体等行政文書」とは、広域連合の機関の職員が職務上"
                         "作成し、又は取得した文書であって、広域連合の機関が管理しているものをいう。\n", 1) + SUPPL_OK
    assert [f.rule for f in review(text, "basic-policy-2016").findings if f.rule == "term.unused"] == ["term.unused"]


# --------------------------------------------------------------------------- probes: more wordings


def forbidden(article: str) -> list[tuple[str, str]]:
    return [(f.requirement or "", f.severity) for f in review(with_article(article)).findings if f.rule == "act.forbidden"]


def test_a_rule_not_to_acquire_is_a_collection_limit() -> None:
    assert forbidden("（取得の制限）\n第5条　実施機関は、要配慮個人情報を取得しないものとする。") == [("P6", "error")]


def test_a_use_allowed_after_hearing_the_council_is_a_per_case_consultation() -> None:
    assert forbidden("（目的外利用）\n第5条　実施機関は、あおば地域広域連合個人情報保護審議会の意見を聴いた上で、"
                     "保有個人情報を目的外利用することができる。") == [("P8", "error")]


def test_the_council_consulted_for_a_new_rule_is_not_per_case() -> None:
    assert forbidden("（審議会）\n第5条　実施機関は、この条例を改正しようとするときは、あおば地域広域連合個人情報保護審議会の"
                     "意見を聴いた上で、その案を定めるものとする。") == []


def test_a_former_ordinance_that_ceases_to_have_effect_is_repealed() -> None:
    suppl = SUPPL_OK.replace("は、廃止する。", "は、この条例の施行の日の前日限り、その効力を失う。")
    assert [f.requirement for f in review(DATED + suppl).findings
            if f.rule == "act.suppl" and f.severity in ("error", "warning")] == []


def test_a_wrong_number_of_the_act_is_one_finding() -> None:
    for number in ("平成15年法律第58号", "平成15年法律第59号"):
        text = DATED.replace("平成15年法律第57号", number) + SUPPL_OK
        assert [(f.rule, f.requirement) for f in review(text).findings if f.requirement == "P27"] == [
            ("cite.law_number_wrong", "P27")], number


def deadline_points(article: str) -> list[tuple[str, str, str]]:
    return found(with_article(article), "act.deadline")


def test_a_period_set_without_izen_is_read() -> None:
    assert deadline_points("（期限の延長）\n第5条　法第83条第2項の規定により延長することができる期間は、45日とする。") == [
        ("P13", "error", "第5条")]
    assert deadline_points("（開示決定等の期限）\n第5条　法第83条第1項に規定する期間は、開示請求があった日から起算して40日とする。") == [
        ("P13", "error", "第5条")]
    assert deadline_points("（開示決定等の期限）\n第5条　法第83条第1項に規定する期間は、開示請求があった日から起算して15日とする。") == []


def fee_points(article: str) -> list[tuple[str, str, str]]:
    head = DATED.replace("（手数料）\n第3条　法第89条第2項の条例で定める手数料の額は、無料とする。\n\n", "（手数料の納付）\n第3条　手数料は、規則で定めるところにより、前納しなければならない。\n\n")
    return found(head + article + "\n\n" + SUPPL_OK, "act.fee")


def test_a_fee_left_to_the_head_of_a_kouiki_rengo_is_p14() -> None:
    assert fee_points("（手数料）\n第5条　開示請求に係る手数料の額は、実費を勘案して広域連合長が定める。") == [("P14", "error", "第5条")]


def test_the_manner_of_payment_left_to_a_rule_is_not_the_amount() -> None:
    assert fee_points("（手数料の額）\n第5条　法第89条第2項の条例で定める手数料の額は、開示請求1件につき200円とする。") == []


def test_an_acts_term_defined_by_reference_to_the_act_is_not_an_own_definition() -> None:
    assert found(with_article("（定義）\n第5条　この条例において「個人情報」とは、法第2条第1項に規定する個人情報をいう。"),
                 "act.terms") == []
    assert found(with_article("（定義）\n第5条　この条例において「個人情報」とは、法第2条第1項に規定する個人情報（死者に関する"
                              "情報を含む。）をいう。"), "act.terms") == [("P2", "error", "第5条")]


def test_a_register_that_dispenses_with_the_file_book_is_p11() -> None:
    assert found(with_article("（登録簿）\n第5条　実施機関は、個人情報取扱事務登録簿を作成したときは、法第75条第1項の個人情報"
                              "ファイル簿の作成を要しない。"), "act.register") == [("P11", "warning", "第5条")]


ANON_TABLE = ("（匿名加工手数料）\n第5条　法第119条第3項の条例で定める手数料の額は、別表に定めるとおりとする。\n"
              "2　法第119条第4項の条例で定める手数料の額は、12,600円とする。\n\n別表（第5条関係）\n"
              "21,000円に作成に要する時間1時間までごとに{hour}円を加えた額")


def test_an_anon_fee_amount_in_the_table_is_compared_on_the_clause_that_refers_to_it() -> None:
    r = review(with_article(ANON_TABLE.format(hour="4,000")))
    got = [f for f in r.findings if f.rule == "act.anon_fee" and f.requirement == "P20" and f.severity == "warning"]
    assert [place_label(r.ordinance, f.location) for f in got] == ["第5条第1項"]
    assert "4,000円" in got[0].message_ja and "3,950円" in got[0].message_ja


def test_an_anon_fee_table_at_the_standard_is_only_a_reminder() -> None:
    r = review(with_article(ANON_TABLE.format(hour="3,950")))
    assert [f.severity for f in r.findings if f.rule == "act.anon_fee" and f.requirement == "P20"] == ["info"]


def test_a_table_with_both_fees_is_read_for_the_third_paragraphs_line() -> None:
    article = ("（匿名加工手数料）\n第5条　法第119条第3項及び第4項の条例で定める手数料の額は、別表第2に定めるとおりとする。\n\n"
               "別表第2（第5条関係）\n1　法第119条第3項の手数料　21,000円に1時間までごとに3,950円を加えた額\n"
               "2　法第119条第4項の手数料　12,600円")
    r = review(with_article(article))
    assert [f.severity for f in r.findings if f.rule == "act.anon_fee" and f.requirement == "P20"] == ["info"]


def test_an_old_article_number_for_the_nondisclosure_grounds_is_questioned() -> None:
    got = found(with_article("（不開示情報）\n第5条　法第14条各号に掲げる情報は、不開示情報とする。"), "act.article")
    assert got == [("P27", "warning", "第5条")]


def test_an_old_article_number_for_the_file_book_is_questioned() -> None:
    got = found(with_article("（登録簿）\n第5条　実施機関は、法第11条の規定による個人情報ファイル簿のほか、個人情報取扱事務登録簿を"
                             "作成し、公表するものとする。"), "act.article")
    assert got == [("P27", "warning", "第5条")]
    assert found(with_article("（登録簿）\n第5条　実施機関は、法第75条第1項の規定による個人情報ファイル簿のほか、個人情報取扱事務"
                              "登録簿を作成し、公表するものとする。"), "act.article") == []


KANJI_DRAFT = """柊町個人情報保護条例
令和五年三月十日
柊町条例第五号

（趣旨）
第一条　この条例は、個人情報の保護に関する法律（平成十五年法律第五十七号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（用語）
第二条　この条例における用語の意義は、法の定めるところによる。

（手数料）
第三条　法第八十九条第二項の条例で定める手数料の額は、無料とする。

（審査会への諮問）
第四条　法第百五条第三項において準用する同条第一項の規定による諮問は、柊町情報公開・個人情報保護審査会条例（平成十三年柊町条例第八号）に定める審査会に対して行う。

　　　附　則
１　この条例は、令和五年四月一日から施行する。
"""


def test_a_draft_citing_the_act_in_kanji_numerals_is_read_as_an_implementing_ordinance() -> None:
    from ordreview.core.choose import choose_profile

    choice = choose_profile(parse_text(KANJI_DRAFT))  # no repeal in its 附則, a title of the former kind
    assert choice.profile.id == "kojin-joho-2023"
    assert set(choice.signals) >= {"法第八十九条第二項", "法第百五条第三項"}


def council_points(article: str) -> list[tuple[str, str, str]]:
    return found(with_article(article), "act.council")


def test_a_council_whose_remit_is_any_important_matter_is_p9() -> None:
    assert council_points("（審議会）\n第5条　あおば地域広域連合個人情報保護審議会は、実施機関の諮問に応じ、個人情報の保護に関する"
                          "重要事項を調査審議する。") == [("P9", "warning", "第5条")]


def test_a_council_whose_remit_is_the_acts_consultation_is_left_alone() -> None:
    assert council_points("（審議会）\n第5条　法第129条の規定による諮問に応じ調査審議するため、あおば地域広域連合個人情報保護審議会を"
                          "置く。") == []
    assert council_points("（審議会への諮問）\n第5条　実施機関は、法第129条の規定により、専門的な知見に基づく意見を聴くことが特に"
                          "必要であると認めるときは、あおば地域広域連合個人情報保護審議会に諮問することができる。\n\n（審議会）\n"
                          "第6条　あおば地域広域連合個人情報保護審議会は、前条の規定による諮問に応じ、調査審議する。") == []


def test_a_council_heard_before_a_task_starts_is_a_per_case_consultation() -> None:
    assert forbidden("（事務の開始）\n第5条　実施機関は、個人情報を取り扱う事務を開始しようとするときは、あらかじめ、あおば地域広域連合"
                     "個人情報保護審議会の意見を聴かなければならない。") == [("P8", "error")]


def test_an_extension_up_to_a_limit_in_other_words_is_read() -> None:
    assert deadline_points("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して15日以内にしなければならない。\n"
                           "2　前項の規定にかかわらず、実施機関は、正当な理由があるときは、45日を限度として同項に規定する期間を延長すること"
                           "ができる。") == [("P13", "error", "第5条第2項")]
    assert deadline_points("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して15日以内にしなければならない。\n"
                           "2　前項の規定にかかわらず、実施機関は、正当な理由があるときは、30日を限度として同項に規定する期間を延長すること"
                           "ができる。") == []


def test_belief_in_other_words_is_the_statutory_category() -> None:
    assert yohairyo_places("本人の信仰に関する事項") == ["第5条第1号"]
    assert yohairyo_places("本人の国籍") == []


def test_the_staffs_secrecy_duty_in_other_words_is_restated() -> None:
    assert forbidden("（職員の義務）\n第5条　実施機関の職員又は職員であった者は、職務上知り得た個人情報の内容をみだりに他人に知らせ、"
                     "又は不当な目的に使用してはならない。") == [("P10", "warning")]


def test_former_ordinance_wordings_of_the_acts_duties_are_restated() -> None:
    assert forbidden("（適正管理）\n第5条　実施機関は、保有個人情報の漏えい等の防止その他の保有個人情報の適正な管理のために必要な措置を"
                     "講じなければならない。") == [("P10", "warning")]
    assert forbidden("（正確性）\n第5条　実施機関は、保有個人情報を正確かつ最新のものとするよう努めなければならない。") == [("P10", "warning")]
    assert forbidden("（委託に伴う措置）\n第5条　実施機関は、個人情報の取扱いを委託しようとするときは、個人情報の保護のために必要な措置を"
                     "講じなければならない。") == [("P10", "warning")]


def test_collecting_by_lawful_and_fair_means_is_a_collection_rule() -> None:
    assert forbidden("（収集）\n第5条　実施機関は、個人情報を適法かつ公正な手段により収集しなければならない。") == [("P6", "error")]


def test_a_draft_without_promulgation_date_in_force_when_the_act_applied_must_repeal() -> None:
    undated = DATED.replace("令和5年3月20日\n", "")
    text = undated + FORCE_ONLY.format(force="令和5年4月1日")
    assert ("P24", "error") in suppl_points(text)
    later = undated + FORCE_ONLY.format(force="令和7年10月1日")
    assert suppl_points(later) == [("P24", "info")]


def test_a_purpose_that_supplements_the_act_is_an_implementing_purpose() -> None:
    text = DATED.replace("の施行に関し必要な事項を定めるものとする。",
                         "に定めるもののほか、個人情報の保護に関し必要な事項を定めるものとする。") + SUPPL_OK
    assert [f for f in review(text).findings if f.rule == "act.purpose"] == []
    old = DATED.replace("この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるもの"
                        "とする。", "この条例は、個人の権利利益を保護することを目的とする。") + SUPPL_OK
    assert [f.requirement for f in review(old).findings if f.rule == "act.purpose"] == ["P1"]


def test_a_fee_ceiling_with_the_amount_left_to_a_rule_is_p14() -> None:
    assert fee_points("（手数料の額）\n第5条　開示請求に係る手数料の額は、開示請求1件につき300円の範囲内において規則で定める額とする。") == [
        ("P14", "error", "第5条")]


def test_illness_and_disability_in_other_words_are_statutory_categories() -> None:
    assert yohairyo_places("本人の疾病に関する事項") == ["第5条第1号"]
    assert yohairyo_places("本人の障がいに関する事項") == ["第5条第1号"]


def test_a_link_to_another_computer_by_a_line_is_an_online_link_limit() -> None:
    assert forbidden("（結合の制限）\n第5条　実施機関は、実施機関以外の者が管理する電子計算機と通信回線で接続して保有個人情報を提供して"
                     "はならない。") == [("P7", "warning")]


def test_a_register_made_notwithstanding_the_file_book_article_replaces_it() -> None:
    assert found(with_article("（登録簿）\n第5条　実施機関は、法第75条第1項の規定にかかわらず、個人情報取扱事務登録簿を作成し、一般の"
                              "閲覧に供するものとする。"), "act.register") == [("P11", "warning", "第5条")]


def test_a_body_that_creates_and_provides_anonymised_information_needs_the_fee() -> None:
    got = found(with_article("（行政機関等匿名加工情報）\n第5条　広域連合長は、法第109条の規定により、行政機関等匿名加工情報を作成し、"
                             "提供することができる。"), "act.anon_fee")
    assert [(req, sev) for req, sev, _ in got if sev != "info"] == [("P19", "warning")]


def test_a_repeal_with_a_date_or_in_the_other_word_order_is_a_repeal() -> None:
    for suppl in (SUPPL_OK.replace("は、廃止する。", "は、令和5年3月31日限り、廃止する。"),
                  SUPPL_OK.replace("は、廃止する。", "を廃止する。")):
        assert [f.requirement for f in review(DATED + suppl).findings
                if f.rule == "act.suppl" and f.severity in ("error", "warning")] == []


def test_abolishing_a_council_is_not_repealing_the_former_ordinance() -> None:
    suppl = SUPPL_OK.replace("2　あおば地域広域連合個人情報保護条例（平成16年あおば地域広域連合条例第4号。以下「旧条例」という。）は、廃止する。",
                             "2　あおば地域広域連合個人情報保護審議会を廃止する。")
    assert ("P24", "error") in [(f.requirement, f.severity) for f in review(DATED + suppl).findings if f.rule == "act.suppl"]
