"""kojin-joho-2023: wordings met on the sixth batch of scratch drafts (the 法第84条 special period
written out in the Act's words, an online-link limit phrased as 「随時に入手し得る状態」, a victim
of crime written as 「犯罪により害を被ったこと」); small drafts written here."""

from __future__ import annotations

from ordreview.core.labels import place_label

from tests.core.checks.test_act2023_scratch_rules import found, review, with_article

SPECIAL = ("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して15日以内にしなければならない。\n"
           "2　開示請求に係る保有個人情報が著しく大量であるため、開示請求があった日から起算して{days}日以内にその全てに"
           "ついて開示決定等をすることにより事務の遂行に著しい支障が生ずるおそれがある場合には、開示請求に係る保有個人情報"
           "のうちの相当の部分につき当該期間内に開示決定等をし、残りの保有個人情報については相当の期間内に開示決定等を"
           "すれば足りる。")


def test_the_special_period_written_out_may_reach_the_acts_sixty_days() -> None:
    assert found(with_article(SPECIAL.format(days=45)), "act.deadline") == []
    assert found(with_article(SPECIAL.format(days=60)), "act.deadline") == []


def test_the_special_period_written_out_beyond_sixty_days_is_still_an_error() -> None:
    got = found(with_article(SPECIAL.format(days=90)), "act.deadline")
    assert [(req, sev, where) for req, sev, where in got] == [("P13", "error", "第5条第2項")]
    message = next(f.message_ja for f in review(with_article(SPECIAL.format(days=90))).findings
                   if f.rule == "act.deadline")
    assert "法第84条" in message


def test_an_ordinary_period_of_45_days_is_not_taken_for_the_special_one() -> None:
    text = with_article("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して45日以内にしなければならない。")
    assert [(req, sev) for req, sev, _ in found(text, "act.deadline")] == [("P13", "error")]


def test_a_limit_on_data_others_may_obtain_at_any_time_is_an_online_link_limit() -> None:
    text = with_article("（提供の方法の制限）\n第5条　実施機関は、実施機関以外の者が実施機関の電子計算機に記録された保有個人情報を"
                        "随時に入手し得る状態にする方法により保有個人情報を提供してはならない。")
    assert [req for req, _, _ in found(text, "act.forbidden")] == ["P7"]


def test_publishing_data_for_anyone_to_read_at_any_time_is_no_online_link_limit() -> None:
    text = with_article("（公表）\n第5条　実施機関は、個人情報ファイル簿を、インターネットの利用その他の方法により随時に閲覧し得る"
                        "状態に置くものとする。")
    assert [req for req, _, _ in found(text, "act.forbidden") if req == "P7"] == []


def _yohairyo_warnings(one: str) -> list[str]:
    text = with_article("（条例要配慮個人情報）\n第5条　法第60条第5項の条例で定める記述等は、次に掲げる事項に関する記述等とする。\n"
                        f"(1)　性的指向及び性自認\n(2)　{one}\n")
    r = review(text)
    return [place_label(r.ordinance, f.location) for f in r.findings if f.rule == "act.yohairyo" and f.severity == "warning"]


def test_a_victim_of_crime_in_a_sentence_form_is_a_statutory_category() -> None:
    assert _yohairyo_warnings("本人が犯罪により害を被ったこと。") == ["第5条第2号"]


def test_an_own_category_beside_it_is_not_reported() -> None:
    assert _yohairyo_warnings("本人が生活保護法による保護を受けていること。") == []


PURPOSE_HEAD = """藍野市個人情報の保護に関する法律施行条例
令和5年3月20日
条例第9号

（目的）
第1条　{purpose}

（用語）
第2条　この条例において使用する用語は、法において使用する用語の例による。

（手数料）
第3条　法第89条第2項の条例で定める手数料の額は、無料とする。

（審査会への諮問）
第4条　法第105条第3項において準用する同条第1項の規定による諮問は、藍野市情報公開・個人情報保護審査会条例（平成13年藍野市条例第2号）に定める審査会に対して行うものとする。

　　　附　則
1　この条例は、令和5年4月1日から施行する。
2　藍野市個人情報保護条例（平成12年藍野市条例第8号）は、廃止する。
3　この条例の施行の日前に同条例の規定によりされた開示請求については、なお従前の例による。
"""
LAW = "個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）"


def _purpose(purpose: str) -> list[tuple[str, str, str]]:
    return found(PURPOSE_HEAD.format(purpose=purpose), "act.purpose")


def test_the_former_ordinances_aims_behind_the_acts_name_are_p1() -> None:
    got = _purpose(f"この条例は、{LAW}に定めるもののほか、市の機関における個人情報の適正な取扱いに関し必要な事項を定めることにより、"
                   "市民の基本的人権を擁護し、市政の適正な運営に資することを目的とする。")
    assert got == [("P1", "warning", "第1条")]
    message = next(f.message_ja for f in review(PURPOSE_HEAD.format(
        purpose=f"この条例は、{LAW}に定めるもののほか、必要な事項を定めることにより、市民の基本的人権を擁護することを目的とする。"
    )).findings if f.rule == "act.purpose")
    assert "基本的人権" in message and "法の施行に関し必要な事項" in message


def test_the_model_purpose_clause_and_its_act_mentioning_variant_stand() -> None:
    assert _purpose(f"この条例は、{LAW}の施行に関し必要な事項を定めるものとする。") == []
    assert _purpose(f"この条例は、{LAW}に定めるもののほか、個人情報の取扱いに関し必要な事項を定めるものとする。") == []
    # the model words followed by an aim: left to the officer
    assert _purpose(f"この条例は、{LAW}の施行に関し必要な事項を定めることにより、市政の適正な運営に資することを目的とする。") == []


# --------------------------------------------------------------------------- other wordings probed

def _points(article: str, rule: str) -> list[tuple[str, str]]:
    return [(req, sev) for req, sev, _ in found(with_article(article), rule)]


def test_a_limit_on_provision_through_a_telecommunication_line_is_p7() -> None:
    assert _points("（提供の制限）\n第5条　実施機関は、実施機関以外の者に対し、電気通信回線を利用して保有個人情報を提供してはならない。"
                   "ただし、公益上必要があるときは、この限りでない。", "act.forbidden") == [("P7", "warning")]
    assert _points("（提供の制限）\n第5条　実施機関は、通信回線を通じて実施機関以外の者が保有個人情報を利用できる状態にしてはならない。",
                   "act.forbidden") == [("P7", "warning")]


def test_a_safeguard_for_provision_through_a_line_is_no_limit() -> None:
    got = _points("（安全確保）\n第5条　実施機関は、電気通信回線を利用して保有個人情報を提供するときは、漏えいの防止に努めるものとする。",
                  "act.forbidden")
    assert "P7" not in [req for req, _ in got]


def test_a_council_consulted_for_each_provision_with_mono_to_suru_is_p8_not_p9() -> None:
    text = with_article("（審議会への諮問）\n第5条　実施機関は、保有個人情報を目的外に提供する場合には、審議会に諮問するものとする。")
    r = review(text)
    assert [(f.requirement, f.severity) for f in r.findings if f.requirement in ("P8", "P9")] == [("P8", "error")]
    text = with_article("（審議会）\n第5条　実施機関は、個人情報を取り扱う事務を開始しようとするときは、あらかじめ、審議会の意見を聴くものとする。")
    assert [(f.requirement, f.severity) for f in review(text).findings if f.requirement in ("P8", "P9")] == [("P8", "error")]


def test_a_council_consulted_on_standards_for_provision_is_not_p8() -> None:
    text = with_article("（審議会への諮問）\n第5条　実施機関は、保有個人情報の提供に関する運用の基準を定めようとするときは、"
                        "審議会に諮問するものとする。")
    assert [f.requirement for f in review(text).findings if f.requirement == "P8"] == []


def test_a_disability_in_a_sentence_form_is_a_statutory_category() -> None:
    assert _yohairyo_warnings("本人が障害を有していること。") == ["第5条第2号"]
    # caring for someone else is the draft's own category
    assert _yohairyo_warnings("本人が家族の介護を行っていること。") == []


def _deadline(sentence: str) -> list[tuple[str, str]]:
    return _points(f"（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して{sentence}にしなければならない。",
                   "act.deadline")


def test_a_period_in_months_or_weeks_beyond_thirty_days_is_p13() -> None:
    assert _deadline("2月以内") == [("P13", "error")]
    assert _deadline("5週間以内") == [("P13", "error")]
    msg = next(f.message_ja for f in review(with_article(
        "（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して2箇月以内にしなければならない。")).findings
        if f.rule == "act.deadline")
    assert "「2箇月以内」" in msg and "56日" in msg


def test_a_period_in_weeks_within_thirty_days_stands() -> None:
    assert _deadline("2週間以内") == []
    assert _deadline("4週間以内") == []


def test_the_review_boards_time_in_months_is_no_decision_period() -> None:
    text = with_article("（答申の期限）\n第5条　審査会は、開示決定等に係る審査請求について諮問を受けたときは、審査請求があった日から"
                        "起算して3月以内に答申するよう努めるものとする。")
    assert found(text, "act.deadline") == []


def test_a_consultation_made_under_article_129_carries_its_condition() -> None:
    text = with_article("（審議会への諮問）\n第5条　市長は、法第129条の規定により、審議会に諮問することができる。")
    assert found(text, "act.council") == []
    # without the Act's article or its condition the clause is still too broad
    text = with_article("（審議会への諮問）\n第5条　市長は、個人情報の保護に関する事項について、審議会に諮問することができる。")
    assert [req for req, _, _ in found(text, "act.council")] == ["P9"]
