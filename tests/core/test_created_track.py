"""The track for already-created 非識別加工情報 (the after-creation ファイル簿 entry and the
proposals to use created information) is judged as a whole. Fictional 楢葉市 draft written for
these tests: the file register article in its own chapter carries the proposal-invitation
entries, the 非識別 chapter invites proposals for new processing only."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

NARAHA = """楢葉市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
2　この条例において「非識別加工情報」とは、個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　個人情報ファイル

（個人情報ファイル簿の作成及び公表）
第3条　実施機関は、その保有している個人情報ファイルについて、その名称、利用目的及び記録項目を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。
2　実施機関は、個人情報ファイルが非識別加工情報の作成に用いることができるものであると認めるときは、個人情報ファイル簿に、第5条の規定による募集をする個人情報ファイルである旨及び第6条第1項の提案を受ける組織の名称及び所在地を記載しなければならない。
AFTER_CREATION

第3章　非識別加工情報の提供

（非識別加工情報の作成及び提供等）
第4条　実施機関は、この章の規定に従い、非識別加工情報を作成し、及び提供することができる。

（提案の募集）
第5条　実施機関は、定期的に、当該実施機関が保有している個人情報ファイル（個人情報ファイル簿に第3条第2項に規定する事項の記載があるものに限る。）について、次条第1項の提案を募集するものとする。

（提案）
第6条　前条の規定による募集に応じて非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。
2　前項の提案は、氏名又は名称及び住所、提案に係る個人情報ファイルの名称、事業の内容その他規則で定める事項を記載した書面を実施機関に提出してしなければならない。
"""

ENTRY = ("3　実施機関は、非識別加工情報を作成したときは、個人情報ファイル簿に、当該非識別加工情報の概要を"
         "記載しなければならない。")


def _gaps(text: str, rid: str):
    findings = check_gaps(CheckContext(ordinance=parse_text(text), profile=load_profile()))
    return [f for f in findings if f.requirement == rid]


def test_neither_step_of_the_created_track_is_no_gap() -> None:
    text = NARAHA.replace("AFTER_CREATION\n", "")
    al = align(parse_text(text), load_profile())
    assert al.coverage["C13"].status == "not_applicable"
    # the invitation entries, written in the register article outside the chapter, are found
    assert al.coverage["C5"].status == "covered"
    assert _gaps(text, "C5") == [] and _gaps(text, "C13") == []


def test_half_of_the_created_track_is_a_gap() -> None:
    text = NARAHA.replace("AFTER_CREATION", ENTRY)
    al = align(parse_text(text), load_profile())
    assert al.coverage["C13"].status == "missing"
    assert len(_gaps(text, "C13")) == 1


def test_invitation_entry_missing_is_still_reported() -> None:
    text = NARAHA.replace("AFTER_CREATION\n", "").replace(
        "第5条の規定による募集をする個人情報ファイルである旨及び", "")
    assert al_status(text) != "covered"
    c5 = _gaps(text, "C5")
    assert len(c5) == 1 and "提案の募集をする個人情報ファイルである旨" in c5[0].message_ja


def al_status(text: str) -> str:
    return align(parse_text(text), load_profile()).coverage["C5"].status


def _missing(text: str, rid: str) -> list[str]:
    al = align(parse_text(text), load_profile())
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_proposal_items_with_purpose_and_method_of_use() -> None:
    # 第44条の5第1項第5号: 「利用の目的及び方法その他…事業の内容」: the purpose and method of use
    text = NARAHA.replace("AFTER_CREATION\n", "")
    assert "事業の内容" not in _missing(text.replace("事業の内容", "利用の目的及び方法"), "C7")
    assert "事業の内容" in _missing(text.replace("事業の内容", "利用期間"), "C7")


DEFINITION = ("3　この条例において「実施機関非識別加工情報」とは、次のいずれにも該当する個人情報ファイルを構成する"
              "保有個人情報の全部又は一部（第9条各号に掲げる情報を除く。）を加工して得られる非識別加工情報をいう。\n"
              "　(1)　第3条第1項の規定により個人情報ファイル簿が作成されているものであること。\n"
              "　(2)　開示の請求があったとしたならば、実施機関が全部又は一部を開示する旨の決定をすることとなるものであること。\n"
              "　(3)　事務の適正かつ円滑な運営に支障のない範囲内で、非識別加工情報を作成することができるものであること。\n")


def test_definition_conditions_in_other_words() -> None:
    text = NARAHA.replace("AFTER_CREATION\n", "").replace("\n\n第2章", "\n" + DEFINITION + "\n第2章", 1)
    missing = _missing(text, "C2")
    assert "要件：個人情報ファイル簿への掲載" not in missing
    assert "要件：情報公開条例の不開示情報に該当する部分の除外" not in missing
    other = text.replace("個人情報ファイル簿が作成されている", "個人情報ファイルである").replace(
        "（第9条各号に掲げる情報を除く。）", "")
    missing = _missing(other, "C2")
    assert "要件：個人情報ファイル簿への掲載" in missing
    assert "要件：情報公開条例の不開示情報に該当する部分の除外" in missing
