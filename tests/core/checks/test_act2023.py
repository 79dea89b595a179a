"""Rules of the kojin-joho-2023 profile, on small drafts written here (and their variants)."""

from __future__ import annotations

import pytest

from ordreview.core.choose import choose_profile
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import location_label, review_ordinance

HEAD = """あけぼの町個人情報の保護に関する法律施行条例
令和{era}年{month}月1日
条例第3号

（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（用語）
第2条　この条例において使用する用語は、法において使用する用語の例による。

"""
FEE = """（手数料）
第3条　法第89条第2項の条例で定める手数料の額は、無料とする。

"""
BOARD = """（審査会への諮問）
第4条　法第105条第3項において準用する同条第1項の規定による諮問は、あけぼの町情報公開・個人情報保護審査会条例（令和5年あけぼの町条例第4号）に定めるあけぼの町情報公開・個人情報保護審査会に対して行うものとする。

"""
SUPPL = """　　　附　則
（施行期日）
1　この条例は、令和5年4月1日から施行する。
（あけぼの町個人情報保護条例の廃止）
2　あけぼの町個人情報保護条例（平成15年あけぼの町条例第9号。以下「旧条例」という。）は、廃止する。
（経過措置）
3　この条例の施行の日前に旧条例の規定によりされた開示請求の取扱いについては、なお従前の例による。
"""


def draft(extra: str = "", *, fee: str = FEE, board: str = BOARD, suppl: str = SUPPL, era: int = 5, month: int = 3) -> str:
    return HEAD.format(era=era, month=month) + fee + board + extra + suppl


def counted(text: str) -> list[tuple[str, str, str]]:
    """(requirement, severity, location) of every error and warning."""
    review = review_ordinance(parse_text(text), load_profile("kojin-joho-2023"))
    return [(f.requirement or f.rule, f.severity, location_label(f.location) or "題名")
            for f in review.findings if f.severity in ("error", "warning")]


def test_a_clean_draft_has_no_error_or_warning() -> None:
    assert counted(draft()) == []


def test_reminders_are_info_and_carry_their_caveat() -> None:
    review = review_ordinance(parse_text(draft()), load_profile("kojin-joho-2023"))
    notify = next(f for f in review.findings if f.requirement == "P26")
    assert notify.severity == "info"
    assert notify.message_ja.endswith("（要確認：条例の制定改廃の個人情報保護委員会への届出を定める条（法第167条と思われる）"
                                      "の条番号は、e-Govの現行の法で確認されたい。届出の要否は、その条番号によるものではない。）")
    assert "(To be verified: Check the article requiring notification of the ordinance to the PPC" in notify.message_en


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("第5条　開示決定等は、開示請求があった日から45日以内にしなければならない。", [("P13", "error", "第5条")]),
        ("第5条　開示決定等は、開示請求があった日から四十五日以内にしなければならない。", [("P13", "error", "第5条")]),
        ("第5条　開示決定等は、開示請求があった日から15日以内にしなければならない。\n"
         "2　前項の期間は、正当な理由があるときは、60日以内に限り延長することができる。", [("P13", "error", "第5条第2項")]),
        ("第5条　法第83条第1項中「30日以内」とあるのは「40日以内」とする。", [("P13", "error", "第5条")]),
        ("第5条　法第83条第1項中「30日以内」とあるのは「14日以内」と、法第84条中「60日以内」とあるのは「45日以内」とする。", []),
        ("第5条　開示決定等は、開示請求があった日から30日以内にしなければならない。", []),
    ],
)
def test_deadlines_within_the_acts_bounds(article: str, expected: list) -> None:
    assert counted(draft("（開示決定等の期限）\n" + article + "\n\n")) == expected


def test_fee_absent_or_left_to_a_rule_is_an_error() -> None:
    assert counted(draft(fee="", board=BOARD.replace("第4条", "第3条"))) == [("P14", "error", "題名")]
    delegated = "（手数料）\n第3条　法第89条第2項に規定する手数料の額は、規則で定める。\n\n"
    assert counted(draft(fee=delegated)) == [("P14", "error", "第3条")]
    amount = "（手数料）\n第3条　法第89条第2項の条例で定める手数料の額は、1件につき300円とする。\n\n"
    assert counted(draft(fee=amount)) == []


def test_review_board_named_bare_or_missing() -> None:
    bare = "（審査会への諮問）\n第4条　法第105条第3項の規定による諮問は、審査会に対して行う。\n\n"
    assert counted(draft(board=bare)) == [("P16", "warning", "第4条")]
    assert counted(draft(board="")) == [("P16", "warning", "題名")]


def test_leftovers_of_the_old_ordinance() -> None:
    old = (
        "（定義）\n第5条　この条例において「保有個人情報」とは、実施機関の職員が職務上取得した個人情報をいう。\n"
        "2　この条例において「実施機関」とは、町長、議会、教育委員会及び監査委員をいう。\n\n"
        "（収集の制限）\n第6条　実施機関は、個人情報を収集するときは、本人から収集しなければならない。\n\n"
        "（オンライン結合）\n第7条　実施機関は、通信回線による電子計算機の結合により保有個人情報を提供してはならない。\n\n"
        "（審議会）\n第8条　実施機関は、保有個人情報を目的外に利用しようとするときは、あらかじめ、審議会の意見を聴かなければならない。\n\n"
    )
    assert counted(draft(old)) == [
        ("P2", "error", "第5条"),
        ("P3", "warning", "第5条第2項"),
        ("P6", "error", "第6条"),
        ("P7", "warning", "第7条"),  # online links: an unverified reading of the PPC, capped at warning
        ("P8", "error", "第8条"),
    ]


def test_own_terms_of_the_ordinance_are_not_the_acts() -> None:
    own = ("（定義）\n第5条　この条例において「町の機関」とは、町長、教育委員会及び監査委員をいう。\n"
           "2　町の機関は、毎年度、開示請求の処理の状況を公表するものとする。\n\n")
    assert counted(draft(own)) == []


@pytest.mark.parametrize(
    ("era", "month", "force", "expected"),
    [(7, 5, "令和7年5月20日", []), (7, 6, "令和8年4月1日", [("P22", "error", "第5条")])],
)
def test_kokin_wording_from_2025_06_01(era: int, month: int, force: str, expected: list) -> None:
    penalty = "（罰則）\n第5条　第4条に規定する審査会の委員が秘密を漏らしたときは、1年以下の懲役又は50万円以下の罰金に処する。\n\n"
    later = SUPPL.replace("令和5年4月1日から施行する", force + "から施行する")  # after the promulgation date
    assert counted(draft(penalty, era=era, month=month, suppl=later)) == expected


def test_penalty_for_a_duty_of_the_act() -> None:
    penalty = ("（罰則）\n第5条　実施機関の職員が、正当な理由がないのに、個人情報ファイルを提供したときは、"
               "2年以下の拘禁刑又は100万円以下の罰金に処する。\n\n")
    assert counted(draft(penalty)) == [("P21", "error", "第5条")]


def test_suppl_repeal_transition_and_whole_revision() -> None:
    only_force = "　　　附　則\nこの条例は、令和5年4月1日から施行する。\n"
    review = review_ordinance(parse_text(draft(suppl=only_force)), load_profile("kojin-joho-2023"))
    found = [(f.requirement, f.severity, f.anchor_text) for f in review.findings if f.severity != "info"]
    # on the 附則 heading; the missing repeal and its 経過措置 are one comment
    assert found == [("P24", "error", "附　則")]
    assert "経過措置" in next(f.message_ja for f in review.findings if f.requirement == "P24")
    whole = draft(suppl=only_force + "2　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。\n")
    whole = whole.replace("条例第3号\n", "条例第3号\n\n　あけぼの町個人情報保護条例（平成15年あけぼの町条例第9号）の全部を改正する。\n")
    assert counted(whole) == []


def test_repealed_act_cited_with_the_current_article() -> None:
    old = "（写し）\n第5条　写しの交付の費用は、行政機関の保有する個人情報の保護に関する法律第26条の例による。\n\n"
    review = review_ordinance(parse_text(draft(old)), load_profile("kojin-joho-2023"))
    [f] = [f for f in review.findings if f.requirement == "P27"]
    assert f.severity == "error" and location_label(f.location) == "第5条"
    assert "旧第26条に当たる現行の規定は法第89条（手数料）" in f.message_ja
    assert f.message_ja.endswith("に改められたい。（旧第26条に当たる現行の規定は法第89条（手数料）。）")


def test_prefecture_needs_the_anonymised_information_fee() -> None:
    text = draft().replace("あけぼの町", "あけぼの県").replace("町長", "知事")
    assert ("P18", "error", "題名") in counted(text)


def test_statutory_category_in_local_sensitive_information() -> None:
    local = ("（条例要配慮個人情報）\n第5条　法第60条第5項の条例で定める記述等は、次に掲げる事項を内容とする記述等とする。\n"
             "(1)　本人の病歴\n(2)　本人が生活保護を受けている事実\n\n")
    assert counted(draft(local)) == [("P5", "warning", "第5条第1項第1号")]


def test_the_2016_profile_is_untouched_by_these_rules() -> None:
    review = review_ordinance(parse_text(draft(fee="")), load_profile("basic-policy-2016"))
    assert not any(f.rule.startswith("act.") for f in review.findings)
    assert any(f.requirement == "O15" for f in review.findings)  # it still says it does not fit


def test_profile_choice_follows_the_regime() -> None:
    choice = choose_profile(parse_text(draft()))
    assert (choice.profile.id, choice.automatic) == ("kojin-joho-2023", True)
    assert choice.reason_ja.startswith("自動選択: 令和5年4月1日以後の法施行条例の特徴（")
    forced = choose_profile(parse_text(draft()), "basic-policy-2016")
    assert (forced.profile.id, forced.automatic, forced.reason_ja) == ("basic-policy-2016", False, "利用者が指定")


def test_kanji_citations_and_an_assembly_of_a_union() -> None:
    text = draft().replace("法第89条第2項", "法第八十九条第二項")
    assert counted(text) == []
    delegated = "（手数料）\n第3条　法第八十九条第二項に規定する手数料の額は、管理者が別に定める。\n\n"
    assert counted(draft(fee=delegated)) == [("P14", "error", "第3条")]
    union = ("（定義）\n第5条　この条例において「実施機関」とは、管理者、監査委員及び組合議会をいう。\n"
             "2　実施機関は、毎年度、開示請求の処理の状況を公表するものとする。\n\n")
    assert counted(draft(union)) == [("P3", "warning", "第5条")]  # (paragraph 1: the label omits 第1項)
    council = ("（定義）\n第5条　この条例において「実施機関」とは、町長、教育委員会及び監査委員をいい、あけぼの町個人情報保護審議会を含まない。\n"
               "2　実施機関は、毎年度、開示請求の処理の状況を公表するものとする。\n\n")
    assert counted(draft(council)) == []


def test_kokin_message_gives_the_date_in_the_drafts_era() -> None:
    penalty = "（罰則）\n第5条　第4条に規定する審査会の委員が秘密を漏らしたときは、1年以下の懲役又は50万円以下の罰金に処する。\n\n"
    later = SUPPL.replace("令和5年4月1日から施行する", "令和8年4月1日から施行する")
    review = review_ordinance(parse_text(draft(penalty, era=7, month=9, suppl=later)), load_profile("kojin-joho-2023"))
    [f] = [f for f in review.findings if f.requirement == "P22"]
    assert "この条例は令和7年9月1日のものであり" in f.message_ja and "dated 2025-09-01" in f.message_en
    assert f.anchor_text == "懲役" and f.suggestion == "拘禁刑"


@pytest.mark.parametrize(
    ("purpose", "expected"),
    [
        ("この条例は、法の規定に基づき、個人情報の保護に関し必要な事項を定めるものとする。", []),
        ("この条例は、法の施行に関し、必要な事項を定めるものとする。", []),
        ("この条例は、個人情報の適正な取扱いを確保することを目的とする。", [("P1", "warning", "第1条")]),
    ],
)
def test_purpose_clause_wordings(purpose: str, expected: list) -> None:
    text = draft().replace(
        "この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。",
        "この条例において「法」とは、個人情報の保護に関する法律（平成15年法律第57号）をいう。" + purpose,
    )
    assert counted(text) == expected


def test_more_leftover_forms() -> None:
    listed = ("（定義）\n第5条　この条例において「実施機関」とは、次に掲げる機関をいう。\n(1)　町長\n(2)　議会\n(3)　教育委員会\n"
              "2　実施機関は、毎年度、開示請求の処理の状況を公表するものとする。\n\n")
    assert counted(draft(listed)) == [("P3", "warning", "第5条第1項第2号")]
    dead = "（死者の情報）\n第5条　法第60条第1項の保有個人情報には、死者に関する情報を含むものとする。\n\n"
    assert counted(draft(dead)) == [("P2", "error", "第5条")]
    council = ("（審議会の意見の聴取）\n第5条　実施機関は、次に掲げる場合には、あらかじめ、あけぼの町個人情報保護審議会の意見を聴かなければならない。\n"
               "(1)　保有個人情報を目的外に利用しようとするとき。\n(2)　保有個人情報を外部に提供しようとするとき。\n\n")
    assert counted(draft(council)) == [("P8", "error", "第5条")]


def test_kokin_when_in_force_after_2025_06_01() -> None:
    penalty = "（罰則）\n第5条　第4条に規定する審査会の委員が秘密を漏らしたときは、1年以下の懲役又は50万円以下の罰金に処する。\n\n"
    later = SUPPL.replace("令和5年4月1日から施行する", "令和7年6月1日から施行する")
    assert counted(draft(penalty, era=7, month=3, suppl=later)) == [("P22", "error", "第5条")]


def test_copy_costs_left_to_a_rule_are_not_the_fee() -> None:
    fee = ("（手数料）\n第3条　法第89条第2項の条例で定める手数料の額は、無料とする。\n"
           "2　前項の手数料のほか、写しの作成及び送付に要する費用の額は、規則で定める。\n\n")
    assert counted(draft(fee=fee)) == []
