"""C elements written in other words than the model ordinance's, and where a partly met C
requirement is reported. Fictional 柊野市 draft written for these tests (own 第5章 for the
mechanism, 項-style definitions, 台帳 for the file register)."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

HIIRAGI = """柊野市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
2　この条例において「非識別加工情報」とは、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第8項に規定する非識別加工情報に相当するものとして、個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　個人情報ファイル

（個人情報ファイル台帳）
第3条　市長は、実施機関が保有している個人情報ファイルについて、その名称、利用目的及び記録項目を記載した台帳（以下「個人情報ファイル簿」という。）を作成し、公表するものとする。

第5章　非識別加工情報の提供

（提案を受ける組織の掲載）
第4条　実施機関は、個人情報ファイルが非識別加工情報の作成に用いることができるものであると認めるときは、個人情報ファイル簿に、次条の提案を受ける組織の名称及び所在地を記載しなければならない。

（提案）
第5条　非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。

（非識別加工情報に関する事項の個人情報ファイル簿への記載）
第6条　実施機関は、非識別加工情報を作成したときは、個人情報ファイル簿に、その概要及び提案を受ける組織の名称及び所在地を記載しなければならない。
CREATED_PROPOSAL
"""


def _align(text: str):
    return align(parse_text(text), load_profile())


def _missing_labels(al, rid: str) -> list[str]:
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_definition_adopting_the_statute_with_sotou_has_every_element() -> None:
    al = _align(HIIRAGI)
    assert al.coverage["C1"].status == "covered"


def test_register_created_after_the_parenthesis_naming_it() -> None:
    al = _align(HIIRAGI)
    assert "個人情報ファイル簿の作成及び公表" not in _missing_labels(al, "C3")
    # the same words without a naming parenthesis before 「を作成」 are not the register
    other = HIIRAGI.replace("台帳（以下「個人情報ファイル簿」という。）を作成し、公表するものとする",
                            "台帳を備え置くものとする")
    assert "個人情報ファイル簿の作成及び公表" in _missing_labels(_align(other), "C3")


def test_after_creation_entry_as_sono_gaiyou() -> None:
    al = _align(HIIRAGI)
    assert "作成後の概要等の記載" not in _missing_labels(al, "C5")
    other = HIIRAGI.replace("その概要及び", "")
    assert "作成後の概要等の記載" in _missing_labels(_align(other), "C5")


def test_c13_in_the_statute_wording_and_as_a_second_sentence() -> None:
    assert _align(HIIRAGI.replace("CREATED_PROPOSAL\n", "")).coverage["C13"].status == "missing"
    statute = ("2　前項の規定によりファイル簿に記載された非識別加工情報をその事業の用に供しようとする者の提案については、"
               "前条の規定を準用する。\n")
    assert _align(HIIRAGI.replace("CREATED_PROPOSAL\n", statute)).coverage["C13"].status == "covered"
    already = "2　既に作成した非識別加工情報をその事業の用に供しようとする者の提案については、前条の規定を準用する。\n"
    assert _align(HIIRAGI.replace("CREATED_PROPOSAL\n", already)).coverage["C13"].status == "covered"
    second = ("2　実施機関は、前項の記載をするものとする。この場合において、当該非識別加工情報をその事業の用に"
              "供しようとする者の提案については、前条の規定を準用する。\n")
    assert _align(HIIRAGI.replace("CREATED_PROPOSAL\n", second)).coverage["C13"].status == "covered"


def test_a_missing_register_entry_goes_on_the_article_of_its_sibling_entries() -> None:
    # 「提案の募集をする個人情報ファイルである旨」 is missing from 第4条 (whose sibling entry, the
    # receiving unit, is there); the after-creation 第6条 holds C5's other element. (The draft
    # invites proposals (C6): without an invitation the entries announcing it follow C6's finding.)
    invited = "（提案）\n第5条　実施機関は、定期的に、提案を募集するものとする。\n2　非識別加工情報を"
    text = HIIRAGI.replace("CREATED_PROPOSAL\n", "").replace("（提案）\n第5条　非識別加工情報を", invited)
    findings = check_gaps(CheckContext(ordinance=parse_text(text), profile=load_profile()))
    c5 = [f for f in findings if f.requirement == "C5"]
    assert len(c5) == 1
    assert "提案の募集をする個人情報ファイルである旨" in c5[0].message_ja
    assert c5[0].location.article == "4"


def test_the_register_entry_in_the_statutes_own_words_is_found() -> None:
    # 行政機関個人情報保護法 第44条の3 words the entry 「第44条の5第1項の規定による募集をする個人情報
    # ファイルである旨」: a draft that follows it cites its own 募集 article instead of saying 提案の募集
    statute = HIIRAGI.replace(
        "個人情報ファイル簿に、次条の提案を受ける組織の名称及び所在地を記載しなければならない。",
        "個人情報ファイル簿に、次条の規定による募集をする個人情報ファイルである旨及び次条の提案を受ける組織の名称及び所在地を記載しなければならない。",
    ).replace("CREATED_PROPOSAL\n", "")
    findings = check_gaps(CheckContext(ordinance=parse_text(statute), profile=load_profile()))
    assert [f for f in findings if f.requirement == "C5" and "である旨" in f.message_ja] == []
