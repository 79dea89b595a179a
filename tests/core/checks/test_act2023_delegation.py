"""kojin-joho-2023: what the Act leaves (or does not leave) to an ordinance, and where a finding
is placed; small drafts written here."""

from __future__ import annotations

import copy
import json

import pytest

from ordreview.core.errors import ProfileError
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile, parse_profile
from ordreview.core.review import location_label, review_ordinance
from ordreview.paths import resource

HEAD = """すずかけ市個人情報の保護に関する法律施行条例
令和5年3月20日
条例第7号

（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（用語）
第2条　この条例において使用する用語は、法において使用する用語の例による。

（手数料）
第3条　法第89条第2項の条例で定める手数料の額は、無料とする。

（審査会への諮問）
第4条　法第105条第3項において準用する同条第1項の規定による諮問は、すずかけ市個人情報保護審査会条例（令和5年すずかけ市条例第8号）に定めるすずかけ市個人情報保護審査会に対して行うものとする。

"""
SUPPL = """　　　附　則
（施行期日）
1　この条例は、令和5年4月1日から施行する。
（すずかけ市個人情報保護条例の廃止）
2　すずかけ市個人情報保護条例（平成16年すずかけ市条例第2号。以下「旧条例」という。）は、廃止する。
（経過措置）
3　この条例の施行の日前に旧条例の規定によりされた開示請求の取扱いについては、なお従前の例による。
"""


def draft(extra: str = "", *, head: str = HEAD, suppl: str = SUPPL) -> str:
    return head + extra + suppl


def review(text: str, profile: str = "kojin-joho-2023"):
    return review_ordinance(parse_text(text), load_profile(profile))


def counted(text: str) -> list[tuple[str, str, str]]:
    """(requirement or rule, severity, location) of every error and warning; a finding outside the
    articles is placed in the 附則 or on the title."""
    o = parse_text(text)
    suppl = [s.span for s in o.suppl_provisions]

    def where(f) -> str:  # noqa: ANN001
        if location_label(f.location):
            return location_label(f.location)
        span = f.location.span
        return "附則" if span is not None and any(s.start <= span.start < s.end for s in suppl) else "題名"

    return [(f.requirement or f.rule, f.severity, where(f))
            for f in review_ordinance(o, load_profile("kojin-joho-2023")).findings
            if f.severity in ("error", "warning")]


def test_the_clean_draft_has_no_error_or_warning() -> None:
    assert counted(draft()) == []


# --------------------------------------------------------------------------- divisions of the Act


def test_a_chapter_and_section_of_the_act_are_not_internal_references() -> None:
    council = ("（審議会への諮問）\n第5条　実施機関は、法第百二十九条の規定により、法第三章第三節の施策を講ずる場合その他の場合において、"
               "個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を聴くことが特に必要であると認めるときは、"
               "すずかけ市個人情報保護審議会に諮問することができる。\n\n")
    assert counted(draft(council)) == []


# --------------------------------------------------------------------------- rule → requirement in the profile


def test_a_wrong_number_of_the_act_is_the_profiles_citation_point() -> None:
    wrong = draft().replace("平成15年法律第57号", "令和3年法律第37号", 1)
    found = [f for f in review(wrong).findings if f.rule == "cite.law_number_wrong"]
    assert [(f.requirement, f.severity, location_label(f.location)) for f in found] == [("P27", "error", "第1条")]
    assert found[0].point == "other" and "平成15年法律第57号" in found[0].message_ja


def test_a_wrong_number_of_another_law_stays_a_drafting_finding() -> None:
    other = ("（委任）\n第5条　地方自治法（昭和23年法律第67号）第15条第1項の規則で定める事項は、市長が定める。\n\n")
    found = [f for f in review(draft(other)).findings if f.rule == "cite.law_number_wrong"]
    assert [(f.requirement, location_label(f.location)) for f in found] == [(None, "第5条")]


def test_the_2016_profile_keeps_its_own_point_for_law_numbers() -> None:
    wrong = draft().replace("平成15年法律第57号", "令和3年法律第37号", 1)
    found = [f for f in review(wrong, "basic-policy-2016").findings if f.rule == "cite.law_number_wrong"]
    assert [f.requirement for f in found] == ["O6"]


PENALTY = ("（審査会委員の守秘義務）\n第5条　すずかけ市個人情報保護審査会の委員は、職務上知り得た秘密を漏らしてはならない。\n\n"
           "（罰則）\n第6条　前条の規定に違反して秘密を漏らした者は、{term}以下の拘禁刑又は50万円以下の罰金に処する。\n\n")


def test_a_penalty_beyond_the_local_autonomy_act_is_the_profiles_penalty_point() -> None:
    found = [f for f in review(draft(PENALTY.format(term="3年"))).findings if f.rule == "penalty.limit"]
    assert [(f.requirement, f.severity, location_label(f.location)) for f in found] == [("P21", "error", "第6条")]
    assert "2年以下" in found[0].message_ja


def test_a_penalty_within_the_limit_for_the_ordinances_own_duty_is_not_reported() -> None:
    found = [f for f in review(draft(PENALTY.format(term="1年"))).findings
             if f.rule == "penalty.limit" or f.requirement == "P21"]
    assert found == []


def test_the_2016_profile_keeps_its_own_point_for_penalty_limits() -> None:
    found = [f for f in review(draft(PENALTY.format(term="3年")), "basic-policy-2016").findings
             if f.rule == "penalty.limit"]
    assert [f.requirement for f in found] == ["O9"]


def test_the_mapping_is_profile_data() -> None:
    p = load_profile("kojin-joho-2023")
    assert p.requirement_for_rule("cite.law_number_wrong", "個人情報の保護に関する法律（平成15年法律第57号）") == "P27"
    assert p.requirement_for_rule("cite.law_number_wrong", "地方自治法（昭和22年法律第67号）") is None
    assert p.requirement_for_rule("ref.unresolved", "") is None
    assert load_profile("basic-policy-2016").rule_requirements == ()


def test_a_mapping_to_an_unknown_requirement_is_refused() -> None:
    data = json.loads(resource("profiles", "kojin-joho-2023.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["rule_requirements"][0]["requirement"] = "P99"
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert ": rule_requirements[0].requirement: " in info.value.message_en


# --------------------------------------------------------------------------- P1 where the officer marks it

PURPOSE = ("この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し"
           "必要な事項を定めるものとする。")


@pytest.mark.parametrize(
    ("first_article", "expected"),
    [
        ("（目的）\n第1条　この条例は、市が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、"
         "個人の権利利益を保護することを目的とする。法とは、個人情報の保護に関する法律（平成15年法律第57号）をいう。",
         [("P1", "warning", "第1条")]),
        ("第1条　この条例は、市民の権利利益を保護することを目的とする。法とは、個人情報の保護に関する法律"
         "（平成15年法律第57号）をいう。",
         [("P1", "warning", "第1条")]),
        ("（用語）\n第1条　この条例において「法」とは、個人情報の保護に関する法律（平成15年法律第57号）をいう。",
         [("P1", "warning", "題名")]),
    ],
)
def test_a_purpose_article_that_is_not_an_implementing_one_is_marked_on_itself(first_article: str,
                                                                                expected: list) -> None:
    text = draft().replace("（趣旨）\n第1条　" + PURPOSE, first_article)
    assert text != draft()
    found = [c for c in counted(text) if c[0] == "P1"]
    assert found == expected


def test_the_purpose_message_names_the_article() -> None:
    text = draft().replace("（趣旨）\n第1条　" + PURPOSE, "（目的）\n第1条　この条例は、個人の権利利益を保護することを"
                           "目的とする。法とは、個人情報の保護に関する法律（平成15年法律第57号）をいう。")
    (f,) = [f for f in review(text).findings if f.requirement == "P1"]
    assert f.message_ja.startswith("第1条の目的規定は、この条例が法の施行に関し必要な事項を定めるものであることを明らかにしていない。")
    assert f.code == "check.act.purpose_own"


# --------------------------------------------------------------------------- P6, P10: what the Act itself governs


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("（取得）\n第5条　実施機関は、個人情報を取得するときは、本人から直接取得しなければならない。"
         "ただし、本人の同意があるときは、この限りでない。\n\n", [("P6", "error", "第5条")]),
        ("（取得）\n第5条　市長等は、本人以外の者から個人情報を取得するときは、その旨を本人に通知するものとする。\n\n",
         [("P6", "error", "第5条")]),
        ("（安全確保）\n第5条　市長等は、保有個人情報の漏えい、滅失又は毀損の防止その他の保有個人情報の安全管理のために"
         "必要かつ適切な措置を講じなければならない。\n\n", [("P10", "warning", "第5条")]),
        ("（従事者の義務）\n第5条　個人情報の取扱いに従事する職員は、その業務に関して知り得た個人情報の内容をみだりに他人に知らせ、"
         "又は不当な目的に利用してはならない。\n\n", [("P10", "warning", "第5条")]),
        ("（利用目的の明示）\n第5条　実施機関は、本人から直接書面に記録された当該本人の個人情報を取得するときは、あらかじめ、"
         "本人に対し、その利用目的を明示しなければならない。\n\n", [("P10", "warning", "第5条")]),
        # the ordinance's own duties and mere mentions are not restatements
        ("（審議会）\n第5条　すずかけ市個人情報保護審議会の委員は、職務上知り得た秘密を漏らしてはならない。"
         "その職を退いた後も、同様とする。\n\n", []),
        ("（公表）\n第5条　市長は、毎年度、安全管理措置の実施状況を取りまとめ、公表するものとする。\n\n", []),
    ],
)
def test_duties_the_act_imposes_or_does_not_delegate(article: str, expected: list) -> None:
    assert counted(draft(article)) == expected


# --------------------------------------------------------------------------- P11


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("（登録簿）\n第5条　市長等は、法第75条第1項の規定による個人情報ファイル簿の作成及び公表に代えて、"
         "個人情報取扱事務登録簿を作成し、一般の閲覧に供するものとする。\n\n", [("P11", "warning", "第5条")]),
        ("（登録簿）\n第5条　市長等は、個人情報ファイル簿は作成せず、個人情報取扱事務登録簿を作成し、公表するものとする。\n\n",
         [("P11", "warning", "第5条")]),
        ("（登録簿）\n第5条　市長等は、法第75条第1項の個人情報ファイル簿のほか、個人情報取扱事務登録簿を作成し、"
         "一般の閲覧に供するものとする。\n\n", []),
    ],
)
def test_a_register_never_replaces_the_file_register(article: str, expected: list) -> None:
    assert counted(draft(article)) == expected


# --------------------------------------------------------------------------- P23 entry into force


@pytest.mark.parametrize(
    ("promulgated", "force", "expected"),
    [
        ("令和5年3月20日", "この条例は、公布の日から施行する。", [("P23", "warning", "附則")]),
        ("令和5年2月1日", "この条例は、令和5年3月1日から施行する。", [("P23", "warning", "附則")]),
        ("令和5年3月20日", "この条例は、令和5年4月1日から施行する。", []),
        ("令和5年6月20日", "この条例は、公布の日から施行する。", []),  # a later body (a new 組合)
        ("令和5年3月20日", "この条例は、公布の日から施行する。ただし、次項の規定は、令和5年4月1日から施行する。", []),
        ("令和5年3月20日", "この条例は、デジタル社会の形成を図るための関係法律の整備に関する法律（令和3年法律第37号）"
         "附則第1条第7号に掲げる規定（同法第51条の規定に限る。）の施行の日から施行する。", []),
    ],
)
def test_entry_into_force_not_before_the_act_applies(promulgated: str, force: str, expected: list) -> None:
    head = HEAD.replace("令和5年3月20日", promulgated)
    suppl = SUPPL.replace("この条例は、令和5年4月1日から施行する。", force)
    assert counted(draft(head=head, suppl=suppl)) == expected


def test_the_early_force_message_gives_both_dates() -> None:
    suppl = SUPPL.replace("この条例は、令和5年4月1日から施行する。", "この条例は、公布の日から施行する。")
    (f,) = [f for f in review(draft(suppl=suppl)).findings if f.requirement == "P23"]
    assert "公布の日（令和5年3月20日）から施行する" in f.message_ja and "令和5年4月1日からである" in f.message_ja
    assert f.anchor_text == "公布の日から施行する" and f.suggestion == "この条例は、令和5年4月1日から施行する。"


# --------------------------------------------------------------------------- P16 basis of the 諮問


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        ("法第105条第1項の規定による諮問", [("P16", "warning", "第4条")]),
        ("法第百五条第一項の規定による諮問", [("P16", "warning", "第4条")]),
        ("法第105条第3項において読み替えて準用する同条第1項の規定による諮問", []),
        ("法第105条第1項各号のいずれかに該当する場合を除き、法第105条第3項において読み替えて準用する同条第1項の規定による諮問",
         []),
    ],
)
def test_the_consultation_rests_on_article_105_3(basis: str, expected: list) -> None:
    text = draft().replace("法第105条第3項において準用する同条第1項の規定による諮問", basis)
    assert counted(text) == expected


# --------------------------------------------------------------------------- P18, P20 anonymised-information fees

PREF_HEAD = HEAD.replace("すずかけ市", "すずかけ県").replace("市長", "知事")
ANON = ("（行政機関等匿名加工情報の利用に関する契約の手数料）\n"
        "第5条　法第119条第3項の条例で定める手数料の額は、{base}に次に掲げる額の合計額を加算した額とする。\n"
        "(1)　行政機関等匿名加工情報の作成に要する時間1時間までごとに{hour}\n"
        "(2)　行政機関等匿名加工情報の作成の委託を受けた者に対して支払う額（当該委託をする場合に限る。）\n"
        "{second}\n")
SECOND = "2　法第119条第4項の条例で定める手数料の額は、12,600円に前項第2号に掲げる額を加算した額とする。\n"


def anon(base: str = "21,000円", hour: str = "3,950円", second: str = SECOND) -> str:
    return draft(ANON.format(base=base, hour=hour, second=second), head=PREF_HEAD)


def test_anonymised_information_fees_as_the_standard() -> None:
    assert counted(anon()) == []
    assert counted(anon(base="二万千円", hour="三千九百五十円")) == []


def test_the_fee_for_already_created_information_is_required_too() -> None:
    assert counted(anon(second="")) == [("P18", "error", "第5条")]
    both = ANON.replace("法第119条第3項の", "法第119条第3項及び第4項の").format(base="21,000円", hour="3,950円", second="")
    assert counted(draft(both, head=PREF_HEAD)) == []


@pytest.mark.parametrize(
    ("base", "hour", "expected"),
    [
        ("21,000円", "4,500円", [("P20", "warning", "第5条第1項第1号")]),
        ("二万千円", "四千五百円", [("P20", "warning", "第5条第1項第1号")]),
        ("25,000円", "3,950円", [("P20", "warning", "第5条")]),
    ],
)
def test_amounts_that_differ_from_the_standard(base: str, hour: str, expected: list) -> None:
    assert counted(anon(base=base, hour=hour)) == expected
    (f,) = [f for f in review(anon(base=base, hour=hour)).findings if f.requirement == "P20"]
    assert f.message_ja.endswith("額の相違のみでは誤りとしていない。）")  # the unverified standard is shown, with where to check it


def test_an_hourly_amount_written_per_hour() -> None:
    per_hour = ANON.replace("1時間までごとに{hour}", "1時間当たり{hour}")
    assert counted(draft(per_hour.format(base="21,000円", hour="3,950円", second=SECOND), head=PREF_HEAD)) == []
    assert counted(draft(per_hour.format(base="21,000円", hour="4,000円", second=SECOND), head=PREF_HEAD)) == [
        ("P20", "warning", "第5条第1項第1号")]


def test_yen_amounts_in_both_numerals() -> None:
    from ordreview.core.checks.act2023_detail import yen

    assert [yen(t) for t in ("21,000", "二万千", "二万一千", "三千九百五十", "四千五百", "十二万", "百")] == [
        21000, 21000, 21000, 3950, 4500, 120000, 100]


def test_a_town_inviting_proposals_needs_both_fees_too() -> None:
    town = ANON.format(base="21,000円", hour="3,950円", second="")
    assert counted(draft(town)) == [("P19", "warning", "第5条")]


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["act"].update(applies_from="2023/04/01"), "act.applies_from"),
        (lambda d: d["act"].update(anon_fee_standard={"base_yen": 21000, "per_hour_yen": "3950"}),
         "act.anon_fee_standard.per_hour_yen"),
    ],
)
def test_the_new_act_data_is_validated(mutate, field: str) -> None:
    data = copy.deepcopy(json.loads(resource("profiles", "kojin-joho-2023.json").read_text(encoding="utf-8")))
    mutate(data)
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert f": {field}: " in info.value.message_en
