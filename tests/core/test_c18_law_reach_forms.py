"""C18, C4 and C13 in further forms: the 法令等 of the limits article defined on the spot, 法令
defined with 条例 among its parts, a mechanism taken in from the statute by 準用, and proposals
on created information provided for in the register entry's own sentence.

Fictional 萌木野町 draft written for these tests: a collation-type 個人情報, the limits article
(``EXCEPTION`` varies its exception), an 保有 article that may define 法令 (``HOLDING``) and a
第3章 mechanism (``MECHANISM``) either in its own words or by 準用 of the statute.
"""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.law_reach import takes_in_ordinances
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

MOEGINO = """萌木野町個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定め、町非識別加工情報の提供に関する制度を設けることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）をいう。
2　この条例において「実施機関」とは、町長及び教育委員会をいう。
3　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　個人情報の取扱い

（保有の制限）
第3条　実施機関は、個人情報を保有するに当たっては、HOLDINGの定める所掌事務を遂行するため必要な場合に限り、その利用の目的を特定しなければならない。

（利用及び提供の制限）
第4条　実施機関は、EXCEPTIONを除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。
2　前項の規定にかかわらず、実施機関は、本人の同意があるときは、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供することができる。

第3章　町非識別加工情報の提供

MECHANISM
"""

OWN = """（作成及び提供等）
第5条　実施機関は、この章の規定に従い、町非識別加工情報を作成し、及び提供することができる。
2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために削除情報（町非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）を自ら利用し、又は提供してはならない。

（提案の募集）
第6条　実施機関は、規則で定めるところにより、定期的に、町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。

（作成後の記載等）
第7条　実施機関は、町非識別加工情報を作成したときは、個人情報ファイル簿に、その概要及び当該町非識別加工情報をその用に供して行う事業に関する提案をすることができる期間を記載するものとし、当該期間内に提案があったときは、前条の規定を準用する。"""

APPLIED = """（非識別加工情報の提供）
第5条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第44条の3から第44条の12までの規定は、実施機関による町非識別加工情報の作成及び提供について準用する。
2　前項において準用する法第44条の9の契約を締結する者は、規則で定める額の手数料を納めなければならない。"""

APPLIED_NO_CONTRACT = """（非識別加工情報の提供）
第5条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第44条の3から第44条の5までの規定は、実施機関による町非識別加工情報の提案の募集について準用する。"""


def draft(exception: str = "法令等に基づく場合", holding: str = "法令", mechanism: str = OWN) -> str:
    return MOEGINO.replace("EXCEPTION", exception).replace("HOLDING", holding).replace("MECHANISM", mechanism)


def _status(text: str, rid: str) -> str:
    return align(parse_text(text), load_profile()).coverage[rid].status


def _missing(text: str, rid: str) -> list[str]:
    al = align(parse_text(text), load_profile())
    return [h.group.label_en for h in al.must[rid] if h.span is None]


def test_horei_to_defined_on_the_spot_in_the_exception() -> None:
    assert _status(draft(exception="法令又は条例（以下「法令等」という。）に基づく場合"), "C18") == "covered"
    # the same words defining 法令等 without 条例 do not reach the chapter
    assert _status(draft(exception="法律又は政令（以下「法令等」という。）に基づく場合"), "C18") == "partial"


def test_the_exception_written_as_a_time_rather_than_a_case() -> None:
    # 「法令等に定めがあるときを除き」: とき for 場合, the same exception
    assert _status(draft(exception="法令等に定めがあるとき"), "C18") == "covered"
    assert _status(draft(exception="法律に定めがあるとき"), "C18") == "partial"


def test_ban_on_other_provision_by_the_general_limit_with_horei_to_defined_on_the_spot() -> None:
    ban = "no provision except under laws (or to a third party the source information may go to)"
    assert ban not in _missing(draft(exception="法令又は条例（以下「法令等」という。）に基づく場合"), "C4")
    # no general limit on provision of 保有個人情報 at all: the ban is missing
    no_limit = draft(exception="法令又は条例（以下「法令等」という。）に基づく場合").replace(
        "利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。",
        "利用目的以外の目的のために保有個人情報を自ら利用してはならない。", 1)
    assert ban in _missing(no_limit, "C4")


def test_horei_defined_with_jorei_reaches_the_chapter() -> None:
    with_jorei = draft(exception="法令に基づく場合", holding="法令（条例を含む。以下同じ。）")
    assert _status(with_jorei, "C18") == "covered"
    # 法令 not defined, or defined without 条例: whether 条例 counts is left unsettled
    assert _status(draft(exception="法令に基づく場合"), "C18") == "partial"
    narrow = draft(exception="法令に基づく場合", holding="法令（法律及びこれに基づく命令をいう。以下同じ。）")
    assert _status(narrow, "C18") == "partial"


def test_which_horei_takes_in_ordinances() -> None:
    assert takes_in_ordinances("法令(条例を含む。以下同じ。)の定める", "法令")
    assert takes_in_ordinances("法令(条例を含\nむ。以下同じ。)の定める", "法令")  # a hard-wrapped copy
    assert takes_in_ordinances("「法令」とは、法律、政令、条例及び規則をいう。", "法令")
    assert not takes_in_ordinances("法令に基づく場合を除き", "法令")  # not defined
    assert not takes_in_ordinances("法令(法律及び政令をいう。)", "法令")


def test_mechanism_taken_in_by_applying_the_statute_authorises_the_provision() -> None:
    assert _status(draft(mechanism=APPLIED), "C18") == "covered"
    # a 準用 that takes in neither the authorisation nor the contract of use authorises nothing
    assert _status(draft(mechanism=APPLIED_NO_CONTRACT), "C18") == "partial"


def test_proposals_on_created_information_in_the_register_entry_sentence() -> None:
    assert _status(draft(), "C13") == "covered"
    # the register entry in the same sentence stays C5's (the proposal's words do not take it)
    assert "register entry after creation" not in _missing(draft(), "C5")
    # the entry without proposals on the created information
    entry_only = draft().replace("当該町非識別加工情報をその用に供して行う事業に関する提案をすることができる期間を記載するものとし、当該期間内に提案があったときは、前条の規定を準用する。",
                                 "提案を受ける組織の名称を記載するものとする。")
    assert _status(entry_only, "C13") == "missing"


def test_the_carve_out_naming_the_mechanisms_articles_is_the_ban_on_other_provision() -> None:
    # no chapter for the mechanism: 「法令等の規定に基づく場合（第5条から第7条までの規定に基づく場合を含む。）
    # を除き、…提供してはならない」 names its articles instead, and limits the provision all the same
    ban = "no provision except under laws (or to a third party the source information may go to)"
    ranged = draft(exception="法令等の規定に基づく場合（第5条から第7条までの規定に基づく場合を含む。）").replace(
        "2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために削除情報", "2　実施機関は、削除情報", 1)
    assert ban not in _missing(ranged, "C4")
    # the same range on a limit of use only is no ban on provision
    use_only = ranged.replace("利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。",
                              "利用目的以外の目的のために保有個人情報を自ら利用してはならない。", 1)
    assert ban in _missing(use_only, "C4")


def test_the_authorising_clause_naming_the_whole_ordinance() -> None:
    # 「実施機関は、この条例の定めるところにより、町非識別加工情報を作成し、及び提供することができる。」
    label = "creation and provision only under the chapter"
    own = OWN.replace("この章の規定に従い、町非識別加工情報を作成し", "この条例の定めるところにより、町非識別加工情報を作成し")
    assert own != OWN
    labels = {h.group.label_en for h in align(parse_text(draft(mechanism=OWN)), load_profile()).must["C4"]}
    assert label in labels, labels
    assert label not in _missing(draft(mechanism=own), "C4")
    assert label in _missing(draft(mechanism=own.replace("この条例の定めるところにより、", "")), "C4")


def test_the_ban_said_by_the_general_limit_whose_exception_item_names_the_chapter() -> None:
    # 「…提供してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。(2) 法令等に定めがある
    # とき（第3章の規定に基づく場合を含む。）。」: the general limit bans any other provision
    ban = "no provision except under laws (or to a third party the source information may go to)"
    text = draft().replace(
        "第4条　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。",
        "第4条　実施機関は、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。ただし、次の各号の"
        "いずれかに該当するときは、この限りでない。\n(1)　本人の同意があるとき。\n(2)　法令等に定めがあるとき（第3章の規定に基づく場合を含む。）。", 1)
    assert "第3章の規定に基づく場合を含む" in text
    assert ban not in _missing(text, "C4")


def test_the_carve_out_as_drafts_in_everyday_or_polite_words_write_it() -> None:
    # 「…の規定によるときを含む」 (とき for 場合) and 「…による場合を含みます」 (polite) name the mechanism in the exception
    assert _status(draft(exception="法律に基づく場合（第5条から第7条までの規定によるときを含む。）"), "C18") == "covered"
    assert _status(draft(exception="法律に基づく場合（第5条から第7条までの規定による場合を含みます。）"), "C18") == "covered"
    # 「…集めた目的以外のために…」: the limit said with 目的以外, reached through 法令等 as the statute's form is
    collected = draft(exception="法令等に定めがある場合").replace("利用目的以外の目的のために保有個人情報を自ら利用し、",
                                                               "集めた目的以外のために保有個人情報を自ら利用し、", 1)
    assert "集めた目的以外のために" in collected
    assert _status(collected, "C18") == "covered"
    assert _status(collected.replace("法令等に定めがある場合", "法律に定めがある場合", 1), "C18") == "partial"
    # a paragraph deeming the mechanism's making and provision a case 「based on laws」
    deeming = draft(exception="法令に基づく場合").replace(
        "2　前項の規定にかかわらず、", "3　第5条から第7条までの規定により町非識別加工情報を作成し、又は提供するときは、"
        "第1項の法令に基づく場合に当たるものとする。\n2　前項の規定にかかわらず、", 1)
    assert _status(draft(exception="法令に基づく場合"), "C18") == "partial"
    assert _status(deeming, "C18") == "covered"


def test_the_missing_carve_out_goes_on_the_limits_article() -> None:
    from ordreview.core.review import review_ordinance

    # whether the requirement reads as missing (a caption in everyday words) or partial (another caption), the
    # finding is on the article that limits use and provision (第4条), never on the 定義 or the mechanism
    for caption in ("（使い方のきまり）", "（目的外の利用等）", "（利用及び提供の制限）"):
        text = draft(exception="法律に定めがあるとき").replace("（利用及び提供の制限）", caption)
        found = [(f.severity, f.location.article) for f in review_ordinance(parse_text(text), load_profile()).findings
                 if f.requirement == "C18"]
        assert found == [("warning", "4")], (caption, found)


def test_an_exception_item_saying_horei_does_not_reach_the_chapter_when_horei_to_is_defined_elsewhere() -> None:
    # the limit first and its exceptions as items (「…提供してはならない。ただし、次の各号のいずれかに該当するときは、
    # この限りでない。(1) 法令に定めがあるとき。」), 法令等 defined with 条例 in another article: the item's 「法令」 is
    # not that 法令等, so the chapter is not reached (the carve-out is missing); 「法令等に定めがあるとき」 reaches it
    limit = "実施機関は、EXCEPTIONを除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。"
    assert limit in MOEGINO

    def with_item(word: str) -> str:
        text = MOEGINO.replace(limit, "実施機関は、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。"
                               f"ただし、次の各号のいずれかに該当するときは、この限りでない。\n(1)　{word}に定めがあるとき。")
        text = text.replace("HOLDINGの定める所掌事務", "法令又は条例（以下「法令等」という。）の定める所掌事務")
        return text.replace("MECHANISM", OWN)

    assert _status(with_item("法令等"), "C18") == "covered"
    assert _status(with_item("法令"), "C18") == "partial"


def test_the_mechanisms_own_limit_on_removed_information_is_not_the_limits_article() -> None:
    # the 削除情報 limit inside the mechanism (「法令等に基づく場合を除き、…削除情報を自ら利用し、又は提供してはならない」,
    # 行政機関個人情報保護法第44条の2第2項) is no exception of the general limits article: the limits article's own
    # 「法令に基づく場合」 (法令 not defined) still leaves the carve-out missing
    bracket = "（町非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）"
    assert bracket in OWN
    own = OWN.replace(bracket, "")
    assert _status(draft(exception="法令に基づく場合", mechanism=own), "C18") == "partial"
    assert _status(draft(exception="法令等に基づく場合", mechanism=own), "C18") == "covered"
