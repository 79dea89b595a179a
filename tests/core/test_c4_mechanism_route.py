"""C4 (行政機関個人情報保護法 第44条の2) when the general limits on use and provision are set aside
only for what the 非識別 mechanism provides, and the 削除情報 limit as a limit, not a word.

Fictional 白鷺台市 draft written for these tests: a 第2章 with the limits article whose last
paragraph is the set-aside under test, and a 第3章 mechanism with a proposal, contract-and-provision,
processing and safety article. ``SET_ASIDE``, ``PROVIDE`` and ``DELETED`` are the parts varied.
"""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.mechanism_route import find_mechanism_route
from ordreview.core.align import DraftIndex
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

SHIRASAGIDAI = """白鷺台市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、市の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、市長及び教育委員会をいう。
2　この条例において「市非識別加工情報」とは、保有個人情報を加工して得られる情報であって、特定の個人を識別することができないように加工し、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　個人情報の取扱い

（利用及び提供の制限）
第3条　実施機関は、法令又は条例に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。
2　前項の規定にかかわらず、実施機関は、本人の同意があるときは、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供することができる。
SET_ASIDE

第3章　市非識別加工情報の提供

（提案の募集）
第4条　実施機関は、規則で定めるところにより、定期的に、市非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。

（契約の締結及び提供）
第5条　実施機関は、前条の提案を審査し、適合すると認めた者と市非識別加工情報の利用に関する契約を締結するものとする。
2　PROVIDE

（作成の基準等）
第6条　実施機関は、市非識別加工情報を作成するときは、規則で定める基準に従い、保有個人情報を加工しなければならない。
2　前項の規定は、市非識別加工情報の作成の委託を受けた者について準用する。
DELETED

（識別行為の禁止等）
第7条　実施機関は、法令に基づく場合を除き、本人を識別するために、市非識別加工情報を他の情報と照合してはならない。
2　実施機関は、市非識別加工情報、削除情報及び加工の方法に関する情報の漏えいを防止するために必要な措置を講じなければならない。
"""

PARTS = {
    "SET_ASIDE": "3　前2項の規定は、第3章の規定により市非識別加工情報を提供する場合については、適用しない。",
    "PROVIDE": "実施機関は、前項の契約に基づき、市非識別加工情報を提供する。",
    "DELETED": "3　実施機関は、法令又は条例に基づく場合を除き、利用目的以外の目的のために削除情報（市非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）を自ら利用し、又は提供してはならない。",
}

UNDER_CHAPTER = "creation and provision only under the chapter"
NO_OTHER_PROVISION = "no provision except under laws (or to a third party the source information may go to)"
DELETED_LIMIT = "limits on deleted information"


def draft(**changes: str) -> str:
    text = SHIRASAGIDAI
    for key, value in {**PARTS, **changes}.items():
        text = text.replace(key, value)
    return text


def _c4(text: str):
    al = align(parse_text(text), load_profile())
    return al.coverage["C4"].status, [h.group.label_en for h in al.must["C4"] if h.span is None]


def _route(text: str):
    ordinance = parse_text(text)
    return find_mechanism_route(DraftIndex(ordinance, load_profile()),
                                "(?:目的以外の目的|目的外|以外の目的)[^。]*(?:利用し|提供し)[^。]*てはならない")


def test_limits_set_aside_for_the_chapter_provision_says_both_provision_elements() -> None:
    # no 「この章の規定に従い、…作成し、及び提供することができる」 anywhere: the set-aside says it
    assert _c4(draft()) == ("covered", [])


def test_set_aside_in_other_words_naming_the_mechanism() -> None:
    for set_aside in (
        "3　前2項の規定は、第3章の規定により市非識別加工情報を作成し、又は提供するときは、適用しない。",
        "3　前2項の規定は、市非識別加工情報を第5条の規定により提供する場合には、適用しない。",
        "3　第5条の規定による市非識別加工情報の提供については、前2項の規定は、適用しない。",
        "3　市非識別加工情報の提供については、前2項の規定は適用せず、第4条から第7条までに定めるところによる。",
    ):
        assert _c4(draft(SET_ASIDE=set_aside)) == ("covered", []), set_aside


def test_a_set_aside_for_every_provision_confines_nothing() -> None:
    status, missing = _c4(draft(SET_ASIDE="3　前2項の規定は、市非識別加工情報の作成又は提供については、適用しない。"))
    assert status == "partial" and NO_OTHER_PROVISION in missing


def test_a_set_aside_naming_provisions_outside_the_mechanism_confines_nothing() -> None:
    assert _route(draft(SET_ASIDE="3　前2項の規定は、第2条の規定により市非識別加工情報を提供する場合には、適用しない。")) is None
    assert _route(draft()) is not None


def test_a_set_aside_naming_an_unbounded_authorisation_confines_nothing() -> None:
    # 第5条 may provide the information to anyone: excepting it from the limits lets everything through
    text = draft(SET_ASIDE="3　前2項の規定は、市非識別加工情報を第5条の規定により提供する場合には、適用しない。",
                 PROVIDE="実施機関は、市非識別加工情報を作成し、及び提供することができる。")
    status, missing = _c4(text)
    assert status == "partial" and UNDER_CHAPTER in missing and NO_OTHER_PROVISION in missing


def test_deleted_information_named_only_in_the_safety_article_is_no_limit() -> None:
    status, missing = _c4(draft(DELETED=""))
    assert status == "partial" and missing == [DELETED_LIMIT]


def test_the_missing_deleted_limit_goes_on_the_mechanism_article_the_set_aside_names() -> None:
    text = draft(DELETED="", SET_ASIDE="3　前2項の規定は、市非識別加工情報を第5条の規定により提供する場合には、適用しない。")
    ordinance = parse_text(text)
    found = [f for f in check_gaps(CheckContext(ordinance=ordinance, profile=load_profile())) if f.requirement == "C4"]
    assert [(f.location.article, f.severity) for f in found] == [("5", "warning")]


def test_the_missing_deleted_limit_goes_on_the_paragraph_of_the_ban_beside_it() -> None:
    # 法第44条の2第2項 holds the ban on other provision and the 削除情報 limit: the missing limit
    # is reported on the 項 that holds the ban, not on the authorising 第1項
    text = draft(DELETED="", SET_ASIDE="", PROVIDE="実施機関は、前項の契約に基づき、市非識別加工情報を提供する。").replace(
        "（提案の募集）\n第4条",
        "（市非識別加工情報の作成及び提供等）\n第3条の2　実施機関は、この章の規定に従い、市非識別加工情報を作成し、及び提供することができる。\n"
        "2　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために市非識別加工情報を自ら利用し、又は提供してはならない。\n\n"
        "（提案の募集）\n第4条")
    ordinance = parse_text(text)
    found = [f for f in check_gaps(CheckContext(ordinance=ordinance, profile=load_profile())) if f.requirement == "C4"]
    assert [(f.location.article, f.location.paragraph) for f in found] == [("3_2", 2)]


def test_the_deleted_limit_in_the_limits_article_outside_the_mechanism_counts() -> None:
    # Many drafts keep the 削除情報 limit beside the general limits on use and provision
    # (第3条第4項 here) rather than in the mechanism's own article.
    limit = ("4　実施機関は、法令又は条例に基づく場合を除き、利用目的以外の目的のために削除情報"
             "（市非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）"
             "を自ら利用し、又は提供してはならない。")
    text = draft(DELETED="").replace(PARTS["SET_ASIDE"], PARTS["SET_ASIDE"] + "\n" + limit)
    status, missing = _c4(text)
    assert DELETED_LIMIT not in missing
    assert status == "covered"


def test_a_chapter_without_the_authorising_clause_is_a_note_when_the_limits_stand() -> None:
    # 第44条の2第1項's 「この章の規定に従い、…作成し、及び提供することができる」 is not written, but the
    # ban on other provision and the 削除情報 limit are: the chapter itself says how the information is
    # made and provided, and the officer confirms the form (info), no error
    ban = ("（市非識別加工情報の提供の制限）\n第3条の2　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために"
           "市非識別加工情報を自ら利用し、又は提供してはならない。\n\n（提案の募集）\n第4条")
    text = draft(SET_ASIDE="").replace("（提案の募集）\n第4条", ban)
    assert _c4(text) == ("partial", [UNDER_CHAPTER])
    found = [f for f in check_gaps(CheckContext(ordinance=parse_text(text), profile=load_profile())) if f.requirement == "C4"]
    assert [f.severity for f in found] == ["info"]
    # without the ban as well, the chapter lacks the limit on the information made: a note since the 削除情報 limit
    # stands (f1b857f; docs/domain.md, C4), the information made staying under the general limits article
    found = [f for f in check_gaps(CheckContext(ordinance=parse_text(draft(SET_ASIDE="")), profile=load_profile()))
             if f.requirement == "C4"]
    assert [f.severity for f in found] == ["info"]
    assert "提供の禁止" in found[0].message_ja


def test_the_mechanism_as_an_exception_item_of_the_limits_meets_c18() -> None:
    # 「次の各号のいずれかに該当する場合を除き、…提供してはならない。(2) 第4条から第7条までの規定に従い市非識別加工情報を
    # 作成し、又は提供するとき。」: the relation to the limits is arranged in the limits article itself
    limits = ("第3条　実施機関は、次の各号のいずれかに該当する場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。\n"
              "(1)　法令又は条例に基づくとき。\n(2)　第4条から第7条までの規定に従い市非識別加工情報を作成し、又は提供するとき。\n(3)　本人の同意があるとき。")
    base = draft(SET_ASIDE="")
    old = base[base.index("第3条　"):base.index("\n2　前項の規定にかかわらず")]
    text = base.replace(old, limits)
    cov = align(parse_text(text), load_profile()).coverage["C18"].status
    assert cov == "covered"
    assert align(parse_text(text.replace("\n(2)　第4条から第7条までの規定に従い市非識別加工情報を作成し、又は提供するとき。", "")),
                 load_profile()).coverage["C18"].status != "covered"
