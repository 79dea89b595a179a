"""C2: the conditions of the 非識別 definition (listed in the file register, disclosable or open to a
third party's opinion, processable without disturbing administration; 行政機関個人情報保護法 第2条
第9項) belong to the definition. The same words said elsewhere (the register article's
「意見書の提出の機会が与えられる旨」) do not make the definition complete."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """みなせ市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、市の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、市長及び教育委員会をいう。
2　この条例において「市非識別加工情報」とは、次の各号のいずれにも該当する個人情報ファイルを構成する保有個人情報（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）を加工して得られる非識別加工情報をいう。
(1)　個人情報ファイル簿に掲載されるものであること。
{condition}(3)　市の事務の適正かつ円滑な運営に支障のない範囲内で加工することができるものであること。
3　この条例において「市非識別加工情報ファイル」とは、市非識別加工情報を含む情報の集合物であって、体系的に構成したものをいう。
4　この条例において「市非識別加工情報取扱事業者」とは、市非識別加工情報ファイルを事業の用に供している者をいう。

第2章　市非識別加工情報の提供

（市非識別加工情報の作成及び提供等）
第3条　実施機関は、この章の規定に従い、市非識別加工情報を作成し、及び提供することができる。

（個人情報ファイル簿への記載）
第4条　実施機関は、個人情報ファイル簿に、第三者に関する情報が記録されているときは意見書の提出の機会が与えられる旨を記載しなければならない。
"""

CONDITION = "(2)　情報公開条例の規定による開示の請求があったとしたならば、開示する旨の決定をし、又は意見書の提出の機会を与えることとなるものであること。\n"


def _c2(text: str):
    ordinance = parse_text(text)
    al = align(ordinance, load_profile())
    missing = [h.group.label_ja for h in al.must["C2"] if h.span is None]
    gaps = [f for f in check_gaps(CheckContext(ordinance=ordinance, profile=load_profile())) if f.requirement == "C2"]
    return missing, gaps


def test_conditions_in_the_definition() -> None:
    assert _c2(DRAFT.format(condition=CONDITION))[0] == []


def test_the_words_elsewhere_do_not_complete_the_definition() -> None:
    missing, gaps = _c2(DRAFT.format(condition=""))
    assert missing == ["要件：開示決定又は意見書提出の機会"]
    (gap,) = gaps
    assert (gap.location.article, gap.location.paragraph) == ("2", 2)  # at the definition itself


def test_the_register_condition_under_the_registers_short_name() -> None:
    # the draft calls its register 「ファイル簿」 (its own 略称): the condition is there all the same
    text = DRAFT.format(condition=CONDITION).replace(
        "(1)　個人情報ファイル簿に掲載されるものであること。", "(1)　ファイル簿に掲載しないこととされるものでないこと。")
    assert _c2(text)[0] == []
    # a condition about another register is not this one
    other = DRAFT.format(condition=CONDITION).replace(
        "(1)　個人情報ファイル簿に掲載されるものであること。", "(1)　公表されているものであること。")
    assert _c2(other)[0] == ["要件：個人情報ファイル簿への掲載"]


def test_another_statutes_business_operator_does_not_call_for_the_definition() -> None:
    # no 「…取扱事業者」 of its own: the 個人情報取扱事業者 of the 非識別 definition's parenthesis is
    # the private-sector Act's, and does not make a definition of the draft's operator necessary
    text = DRAFT.format(condition=CONDITION).replace(
        "4　この条例において「市非識別加工情報取扱事業者」とは、市非識別加工情報ファイルを事業の用に供している者をいう。\n", "")
    text = text.replace("を加工して得られる非識別加工情報をいう。",
                        "を加工して得られる非識別加工情報（個人情報の保護に関する法律第2条第5項に規定する個人情報取扱事業者が"
                        "通常入手し得る情報と照合しても識別できないものに限る。）をいう。", 1)
    assert "取扱事業者の定義" not in _c2(text)[0]


def test_the_non_disclosable_parts_excluded_by_the_items_of_the_disclosure_article_with_an_exception() -> None:
    # 「保有個人情報（情報公開条例第7条各号（第2号を除く。）に掲げる情報を除く。）」: the 不開示情報 are the disclosure
    # ordinance's items, the individual's own information (第2号) left in, as 行政機関個人情報保護法第2条第9項 does
    statute_form = "（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
    assert statute_form in DRAFT
    items = DRAFT.format(condition=CONDITION).replace(statute_form, "（情報公開条例第7条各号（第2号を除く。）に掲げる情報を除く。）")
    assert _c2(items)[0] == []
    # without the exclusion the element is missing
    none = DRAFT.format(condition=CONDITION).replace(statute_form, "")
    assert _c2(none)[0] == ["要件：情報公開条例の不開示情報に該当する部分の除外"]


def test_the_register_condition_as_a_file_not_excepted_from_the_register_article() -> None:
    # 「イ　第12条第2項の規定により同条第1項の規定の適用を受けないものでないこと。」: a file the register article
    # does not except is one listed in the register (行政機関個人情報保護法第2条第9項第1号)
    listed = "(1)　個人情報ファイル簿に掲載されるものであること。"
    assert listed in DRAFT
    text = DRAFT.format(condition=CONDITION).replace(listed, "(1)　第4条第2項の規定により同条第1項の規定の適用を受けないものでないこと。")
    assert _c2(text)[0] == []
    assert "要件：個人情報ファイル簿への掲載" in _c2(DRAFT.format(condition=CONDITION).replace(listed, "(1)　特定のものであること。"))[0]


def test_the_non_disclosable_parts_excluded_as_kore_wo_nozoku() -> None:
    # 「…の全部又は一部（情報公開条例第7条に規定する非公開情報（同条第1号に掲げる情報を除く。）が含まれているときは、
    # これを除く。）」: the exclusion said with 「これを除く」
    statute_form = "（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
    text = DRAFT.format(condition=CONDITION).replace(
        statute_form, "（情報公開条例第7条に規定する非公開情報（同条第1号に掲げる情報を除く。）が含まれているときは、これを除く。）")
    assert _c2(text)[0] == []
