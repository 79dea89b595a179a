"""C2, C5 and C18 elements present in a form of their own, or absent where the statute asks for
them less firmly than the requirement as a whole (2016 profile).

Fictional 柚木原町 draft written for these tests: 号-style definitions with the three conditions
of 実施機関非識別加工情報 as ア・イ・ウ and the exclusion of the 情報公開条例's non-disclosable
information in the 柱書, 法令等 defined with 条例, a ファイル簿 article carrying the proposal entries,
and an own 第4章 in which the information is provided through a contract of use.
"""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

YUNOKIHARA = """柚木原町個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、町の機関における個人情報の取扱いに関し必要な事項を定めるとともに、町非識別加工情報の提供に関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　実施機関　町長、教育委員会及び監査委員をいう。
(2)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に利用するものとして、当該実施機関が保有しているもののうち、文書、図画又は電磁的記録に記録されているものをいう。
(3)　非識別加工情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第8項に規定する非識別加工情報をいう。
(4)　町非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報の全部又は一部EXCLUSIONを加工して得られる非識別加工情報をいう。
ア　第4条第1項に規定する個人情報ファイル簿に掲載されているものであること。
イ　柚木原町情報公開条例の規定による公文書の開示の請求があったとしたならば、実施機関が当該保有個人情報の全部又は一部を開示する旨の決定をすることとなるものであること。
ウ　実施機関の事務の適正かつ円滑な運営に支障のない範囲内で、第10条第1項の基準に従い、非識別加工情報を作成することができるものであること。
(5)　町非識別加工情報ファイル　町非識別加工情報を含む情報の集合物であって、特定の町非識別加工情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。
(6)　町非識別加工情報取扱事業者　町非識別加工情報ファイルを事業の用に供している者をいう。
(7)　法令等　HOREIをいう。

第2章　個人情報の取扱い

（利用及び提供の制限）
第3条　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。

（個人情報ファイル簿）
第4条　実施機関は、個人情報ファイルについて、その名称、利用目的、記録項目その他規則で定める事項を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。
2　実施機関は、第6条第1項の提案を募集する個人情報ファイルについては、その旨及びRECEIVERを個人情報ファイル簿に記載しなければならない。
3　実施機関は、町非識別加工情報を作成したときは、その概要を個人情報ファイル簿に記載しなければならない。

第4章　町非識別加工情報の提供

（提案の募集）
第6条　実施機関は、規則で定めるところにより、定期的に、個人情報ファイル簿に前条第2項の記載のある個人情報ファイルについて、次条の提案を募集するものとする。

（提案）
第7条　前条の規定による募集に応じて町非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、書面により、当該事業に関する提案をすることができる。

（提案の審査等）
第8条　実施機関は、前条の提案があったときは、当該提案が規則で定める基準に適合するかどうかを審査し、その結果を提案をした者に通知するものとする。

（利用に関する契約の締結）
第9条　前条の規定により基準に適合する旨の通知を受けた者は、実施機関との間で、町非識別加工情報の利用に関する契約を締結することができる。

（町非識別加工情報の作成等）
第10条　実施機関は、町非識別加工情報を作成するときは、規則で定める基準に従い、当該保有個人情報を加工しなければならない。
2　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために削除情報を自ら利用し、又は提供してはならない。
"""

PARTS = {
    "EXCLUSION": "（柚木原町情報公開条例第7条各号に掲げる情報（同条第2号に掲げる情報を除く。）が含まれているときは、当該情報に該当する部分を除く。）",
    "HOREI": "法律、法律に基づく命令、条例及び規則",
    "RECEIVER": "提案を受ける組織の名称及び所在地",
}


def draft(**changes: str) -> str:
    text = YUNOKIHARA
    for key, value in {**PARTS, **changes}.items():
        text = text.replace(key, value)
    return text


def _gaps(text: str, rid: str) -> list[str]:
    findings = check_gaps(CheckContext(ordinance=parse_text(text), profile=load_profile()))
    return [f.severity for f in findings if f.requirement == rid and f.rule == "gap"]


def _coverage(text: str, rid: str) -> str:
    return align(parse_text(text), load_profile()).coverage[rid].status


# -- C5: the receiving unit named without its address

def test_receiving_unit_with_name_and_address_meets_c5() -> None:
    assert _coverage(draft(), "C5") == "covered"
    assert _gaps(draft(), "C5") == []


def test_receiving_unit_named_without_address_is_a_note() -> None:
    text = draft(RECEIVER="提案を受ける組織の名称")
    assert _gaps(text, "C5") == ["info"]


def test_receiving_unit_not_named_at_all_stays_an_error() -> None:
    text = draft().replace("その旨及びRECEIVERを", "その旨を").replace(
        "その旨及び提案を受ける組織の名称及び所在地を", "その旨を")
    assert _gaps(text, "C5") == ["error"]


# -- C18: 法令等 with 条例, the chapter providing through its contract of use

def test_limits_reach_the_chapter_through_its_contract_of_use() -> None:
    # no 「この章の規定に従い…提供することができる」; the contract of use is the chapter's provision
    assert "この章の規定に従い" not in draft()
    assert _coverage(draft(), "C18") == "covered"
    assert _gaps(draft(), "C18") == ["info"]  # (met by reading 法令等: say it outright)


def test_limits_without_ordinances_or_without_a_contract_do_not_reach_it() -> None:
    assert _gaps(draft(HOREI="法律及びこれに基づく命令"), "C18") == ["warning"]
    no_contract = draft().replace("町非識別加工情報の利用に関する契約を締結することができる",
                                  "町非識別加工情報の提供を受けることができる")
    assert _gaps(no_contract, "C18") == ["warning"]


# -- C2: the exclusion of non-disclosable parts alone, or a condition, missing

def test_definition_with_conditions_and_exclusion_meets_c2() -> None:
    assert _coverage(draft(), "C2") == "covered"


def test_missing_exclusion_alone_is_a_warning() -> None:
    assert _gaps(draft(EXCLUSION=""), "C2") == ["warning"]


def test_a_missing_condition_stays_an_error_with_or_without_the_exclusion() -> None:
    no_cond = draft().replace("ウ　実施機関の事務の適正かつ円滑な運営に支障のない範囲内で、第10条第1項の基準に従い、"
                              "非識別加工情報を作成することができるものであること。\n", "")
    assert _gaps(no_cond, "C2") == ["error"]
    no_cond_no_exclusion = no_cond.replace(PARTS["EXCLUSION"], "")
    assert _gaps(no_cond_no_exclusion, "C2") == ["error"]


# -- C2: none of the three conditions stated is a design to be justified, not a slip

def _without_conditions(text: str) -> str:
    lines = [ln for ln in text.split("\n") if not ln.startswith(("ア　", "イ　", "ウ　"))]
    return "\n".join(lines).replace("次のいずれにも該当する個人情報ファイルを構成する", "個人情報ファイルを構成する")


def test_no_condition_stated_at_all_is_a_warning() -> None:
    text = _without_conditions(draft())
    assert "支障のない範囲内" not in text and "開示する旨の決定" not in text
    assert _gaps(text, "C2") == ["warning"]
    # and so without the exclusion too (a warning of its own)
    assert _gaps(_without_conditions(draft(EXCLUSION="")), "C2") == ["warning"]


def test_one_condition_stated_keeps_the_others_an_error() -> None:
    text = _without_conditions(draft()).replace(
        "個人情報ファイルを構成する保有個人情報の全部又は一部",
        "第4条第1項に規定する個人情報ファイル簿に掲載されている個人情報ファイルを構成する保有個人情報の全部又は一部", 1)
    assert _gaps(text, "C2") == ["error"]


# -- the body's own name: a 企業団 writes 企業団非識別加工情報

def test_a_kigyodan_own_name_is_the_definition_looked_in() -> None:
    text = draft().replace("町非識別加工情報", "企業団非識別加工情報").replace("柚木原町情報公開条例", "柚木原企業団情報公開条例")
    al = align(parse_text(text), load_profile())
    assert al.coverage["C2"].status == "covered"
    # the conditions are looked for in that definition, not in the articles that happen to use their words
    bare = _without_conditions(text)
    al = align(parse_text(bare), load_profile())
    missing = [h.group.label_en for h in al.must["C2"] if h.span is None]
    assert "condition: listed in the file register" in missing


def test_a_definition_of_hourei_broken_over_two_lines_still_takes_in_ordinances() -> None:
    from ordreview.core.law_reach import takes_in_ordinances

    assert takes_in_ordinances("ただし、法令又は条\n例(以下「法令等」という。)の規定に基づくとき")
    assert not takes_in_ordinances("ただし、法律又は政\n令(以下「法令等」という。)の規定に基づくとき")
