"""More forms of 2016-regime drafts: 「前N項」 counting past the first paragraph, 「前各号」 after a gap in
the item numbers, the 非識別 mechanism declined or deferred in other words, one collection ban that
lists the legacy categories beside 要配慮個人情報, a chapter-scoped label for a subset a 規則 chooses,
and labels clipped from a long compound or naming a commencement date. Fictional 鴫野市 drafts written
for these tests."""

from __future__ import annotations

import pytest

from ordreview.core.model import Finding
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

_PROFILE = load_profile()

_SUPPL = "\n附　則\nこの条例は、平成30年4月1日から施行する。\n"


def _review(body: str) -> list[Finding]:
    return list(review_ordinance(parse_text("鴫野市個人情報保護条例\n\n" + body + _SUPPL), _PROFILE).findings)


def _counted(findings: list[Finding], rule: str, requirement: str | None = None) -> list[Finding]:
    return [f for f in findings if f.rule == rule and f.severity in ("error", "warning")
            and (requirement is None or f.requirement == requirement)]


# --------------------------------------------------------------------------- 前N項 / 前N号

REGISTER = """（個人情報取扱事務の登録）
第5条　実施機関は、個人情報取扱事務登録簿を作成しなければならない。
2　実施機関は、個人情報取扱事務登録簿を一般の閲覧に供しなければならない。
3　COUNTの規定は、職員の人事に関する事務については、適用しない。
"""


def test_previous_paragraphs_counted_past_the_first_are_reported() -> None:
    found = _counted(_review(REGISTER.replace("COUNT", "前3項")), "ref.no_previous", "O2")
    assert [f.anchor_text for f in found] == ["前3項"]
    assert found[0].severity == "error"
    assert _counted(_review(REGISTER.replace("COUNT", "前2項")), "ref.no_previous") == []


def test_previous_items_counted_past_the_first_are_reported() -> None:
    body = """（収集の制限）
第4条　実施機関は、次の各号のいずれかに該当するときを除き、本人以外の者から個人情報を収集してはならない。
(1)　本人の同意があるとき。
(2)　法令に定めがあるとき。
(3)　COUNTに掲げる場合のほか、実施機関が必要と認めるとき。
"""
    assert [f.anchor_text for f in _counted(_review(body.replace("COUNT", "前3号")), "ref.no_previous")] == ["前3号"]
    assert _counted(_review(body.replace("COUNT", "前2号")), "ref.no_previous") == []


def test_a_paragraph_after_a_gap_in_the_numbers_is_counted_by_its_number() -> None:
    # 第2項 then 「4」: the missing 第3項 is the defect, not the 「前2項」 written in 第4項
    body = REGISTER.replace("3　COUNT", "4　前2項")
    assert _counted(_review(body), "ref.no_previous") == []


def test_previous_items_after_a_gap_in_the_numbers_end_at_the_item_before() -> None:
    body = """（収集の制限）
第4条　実施機関は、次の各号のいずれかに該当するときを除き、本人以外の者から個人情報を収集してはならない。
(1)　本人の同意があるとき。
(2)　法令に定めがあるとき。
(4)　前各号に掲げる場合のほか、実施機関が必要と認めるとき。
"""
    findings = _review(body)
    assert _counted(findings, "ref.unresolved") == []
    assert _counted(findings, "num.item", "O5")  # the gap itself is still reported


# --------------------------------------------------------------------------- the mechanism declined

DEFINITIONS = """（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。

"""


def _c0(body: str) -> list[str]:
    findings = _review(DEFINITIONS + body)
    return [f.severity for f in findings if f.requirement == "C0"]


def _undefined_c_term(body: str) -> list[Finding]:
    return [f for f in _counted(_review(DEFINITIONS + body), "term.undefined") if "非識別加工情報" in f.anchor_text]


def test_a_decline_followed_by_a_second_duty_records_the_decision() -> None:
    body = "（非識別加工情報）\n第9条　市は、非識別加工情報の提供の制度を設けないこととし、その旨及び理由を公表するものとする。\n"
    assert _c0(body) == ["info"]
    assert _undefined_c_term(body) == []


def test_a_decline_with_a_bracketed_definition_records_the_decision() -> None:
    body = ("（非識別加工情報）\n第9条　実施機関は、当分の間、非識別加工情報（行政機関の保有する個人情報の保護に関する法律"
            "（平成15年法律第58号）第2条第8項に規定する非識別加工情報に相当するものをいう。）の作成及び提供を行わないものとする。\n")
    assert _c0(body) == ["info"]


def test_acts_declined_with_suru_record_the_decision() -> None:
    body = "（非識別加工情報）\n第9条　市は、別に条例で定めるまでの間は、非識別加工情報の作成及び提供をしないものとする。\n"
    assert _c0(body) == ["info"]
    assert _undefined_c_term(body) == []


def test_a_scheme_deferred_for_study_records_the_decision() -> None:
    body = ("（非識別加工情報）\n第9条　市は、非識別加工情報の提供に関する制度については、審議会の意見を聴いて検討し、"
            "その結果に基づいて必要な措置を講ずるものとする。\n")
    assert _c0(body) == ["info"]
    assert _undefined_c_term(body) == []


@pytest.mark.parametrize("sentence", [
    "市は、非識別加工情報の提供は、行わないものとする。",
    "市は、当分の間、非識別加工情報の提供に関する制度は設けない。",
    "市は、非識別加工情報の提供の仕組みは、導入しない。",
])
def test_every_decision_c0_reads_also_names_the_scheme_for_the_term_check(sentence: str) -> None:
    body = f"（非識別加工情報）\n第9条　{sentence}\n"
    assert _c0(body) == ["info"]
    assert _undefined_c_term(body) == []


def test_a_passing_mention_is_not_a_decision() -> None:
    body = "（利用の制限）\n第9条　実施機関は、非識別加工情報を自ら利用してはならない。\n"
    assert _c0(body) == ["warning"]
    assert _undefined_c_term(body)


# --------------------------------------------------------------------------- B4: one ban, one list

BAN = """（収集の制限）
第4条　実施機関は、次に掲げる事項に関する個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。
(1)　思想、信条及び信教
(2)　SECOND
(3)　前2号に掲げるもののほか、社会的差別の原因となるおそれのある事項
"""


def _b4(body: str) -> list[Finding]:
    return [f for f in _review(DEFINITIONS + body) if f.requirement == "B4" and f.severity != "info"]


def test_legacy_categories_listed_beside_yohairyo_in_one_ban_are_reconciled() -> None:
    assert _b4(BAN.replace("SECOND", "要配慮個人情報（前号に掲げるものを除く。）")) == []


def test_a_legacy_list_beside_a_separate_yohairyo_ban_is_still_reported() -> None:
    body = BAN.replace("SECOND", "犯罪に関する事項") + "2　実施機関は、要配慮個人情報を収集してはならない。\n"
    assert _b4(body)


# --------------------------------------------------------------------------- labels and their scope

WARDS = """第1章　総則

（区長の事務）
第3条　区長は、その区の区域に係る事務のうち規則で定めるもの（以下この章において「区の事務」という。）について、実施機関としての事務を行う。
2　市長は、区の事務について区長に指示をすることができる。

第2章　個人情報の取扱い

（届出）
第4条　区長は、区の事務について、個人情報取扱事務の届出をしなければならない。
"""


def test_a_chapter_scoped_label_for_a_subset_chosen_by_a_rule_is_reported_outside_its_chapter() -> None:
    found = _counted(_review(WARDS), "abbr.out_of_scope", "O3")
    assert len(found) == 1 and found[0].anchor_text == "区の事務"
    assert _counted(_review(WARDS.replace("（以下この章において「区の事務」という。）", "（以下「区の事務」という。）")),
                    "abbr.out_of_scope") == []


CLIPPED = """（提供の制限）
第8条　実施機関は、国、他の地方公共団体又はLABELに提供する場合を除き、保有個人情報を提供してはならない。

（地方独立行政法人の責務）
第13条　市が設立した地方独立行政法人（地方独立行政法人法（平成15年法律第118号）第2条第1項に規定する地方独立行政法人をいう。以下「市独法」という。）は、個人情報の適正な取扱いに努めなければならない。
"""


def test_a_label_clipped_from_a_long_compound_is_reported_before_its_definition() -> None:
    found = _counted(_review(CLIPPED.replace("LABEL", "市独法")), "abbr.before_definition", "O3")
    assert [f.anchor_text for f in found] == ["市独法"]


def test_a_label_of_whole_words_used_earlier_in_its_plain_sense_is_not_reported() -> None:
    body = """（利用停止）
第8条　実施機関は、利用停止をしたときは、その旨を通知しなければならない。

（利用停止請求）
第13条　何人も、実施機関に対し、保有個人情報の利用の停止（以下「利用停止」という。）を請求することができる。
"""
    assert _counted(_review(body), "abbr.before_definition") == []


def test_a_commencement_date_label_used_before_its_definition_is_reported() -> None:
    text = ("鴫野市個人情報保護条例\n\n（目的）\n第1条　この条例は、個人情報の保護について定める。\n\n附　則\n"
            "1　この条例は、平成30年7月1日から施行する。ただし、第1条の規定は、公布の日から施行する。\n"
            "2　施行日前にされた請求については、なお従前の例による。\n"
            "3　この条例の施行の日（以下「施行日」という。）前に作成された登録簿は、この条例による登録簿とみなす。\n")
    findings = list(review_ordinance(parse_text(text), _PROFILE).findings)
    found = _counted(findings, "abbr.before_definition", "O3")
    assert [f.anchor_text for f in found] == ["施行日"]
