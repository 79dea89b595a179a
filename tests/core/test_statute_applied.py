"""The statute's 非識別 chapter taken in by 準用 (or 例による) instead of written out.

Fictional drafts written for these tests: 桐原町 (a chapter that 準用s 法第44条の2から第44条の16まで
with a sentence-form 読替え), 楢岡村 (the same by a 読替え table, kanji numbers, the chapter cited
by its number only) and 椋木組合 (the fee article left out of the 準用 and written in the
ordinance itself).
"""

from __future__ import annotations

from ordreview.core.align import DraftIndex, align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from ordreview.core.statute_applied import applied_runs, applies_mechanism, fee_readings

MECHANISM_PARTS = {f"C{i}" for i in range(4, 18)} - {"C14"}

KIRIHARA = """桐原町個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、町の機関における個人情報の取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　実施機関　町長、教育委員会及び議会をいう。
二　個人情報　生存する個人に関する情報であって、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第2項各号のいずれかに該当するものをいう。
三　非識別加工情報　法第2条第8項に規定する非識別加工情報をいう。
四　町非識別加工情報　法第2条第9項に規定する行政機関非識別加工情報に相当するものとして、実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。

第2章　個人情報の取扱い

（利用及び提供の制限）
第3条　実施機関は、法令等に基づく場合（第3章の規定に従う場合を含む。）を除き、利用目的以外の目的のために保有個人情報を利用し、又は提供してはならない。

（個人情報ファイル簿）
第4条　実施機関は、規則で定めるところにより、個人情報ファイル簿を作成し、公表しなければならない。

第3章　町非識別加工情報の提供

（法の規定の準用）
第5条　法第44条の2から第44条の16までの規定は、町非識別加工情報の作成及び提供について準用する。この場合において、これらの規定中「行政機関の長」とあるのは「実施機関」と、「行政機関非識別加工情報」とあるのは「町非識別加工情報」と、「政令」とあるのは「町長が定める規則」と読み替えるものとする。

附　則
この条例は、令和元年10月1日から施行する。
"""


def _review(text: str):
    return review_ordinance(parse_text(text), load_profile())


def _index(text: str) -> DraftIndex:
    return DraftIndex(parse_text(text), load_profile())


def test_a_run_of_the_statutes_chapter_is_read_as_its_articles() -> None:
    idx = _index(KIRIHARA)
    runs = applied_runs(idx)
    assert len(runs) == 1
    run = runs[0]
    assert run.covers((44, 2)) and run.covers((44, 9)) and run.covers((44, 16))
    assert not run.covers((44, 17)) and not run.covers((2, 0))
    assert applies_mechanism(idx) == run.span


def test_a_run_applied_with_its_subject_first_is_the_same_run() -> None:
    # 「町非識別加工情報の作成及び提供等については、法第四十四条の二から第四十四条の十六までの規定を準用する。」
    subject_first = KIRIHARA.replace(
        "法第44条の2から第44条の16までの規定は、町非識別加工情報の作成及び提供について準用する。",
        "町非識別加工情報の作成及び提供等については、法第四十四条の二から第四十四条の十六までの規定を準用する。", 1)
    assert subject_first != KIRIHARA
    runs = applied_runs(_index(subject_first))
    assert len(runs) == 1 and runs[0].covers((44, 2)) and runs[0].covers((44, 16))
    gaps = {f.requirement for f in _review(subject_first).findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert "C0" not in gaps and not gaps & MECHANISM_PARTS, gaps


def test_articles_set_aside_after_no_kitei_leave_the_whole_list() -> None:
    # 「法第44条の2から第44条の14まで及び第44条の16の規定(法第44条の13を除く。)は、…準用する。」
    aside = KIRIHARA.replace(
        "法第44条の2から第44条の16までの規定は、",
        "法第44条の2から第44条の14まで及び第44条の16の規定(法第44条の13を除く。)は、", 1)
    assert aside != KIRIHARA
    runs = applied_runs(_index(aside))
    assert len(runs) == 1
    run = runs[0]
    assert run.covers((44, 2)) and run.covers((44, 12)) and run.covers((44, 14)) and run.covers((44, 16))
    assert not run.covers((44, 13)) and not run.covers((44, 15))


def test_the_run_meets_every_element_it_takes_in() -> None:
    review = _review(KIRIHARA)
    gaps = {f.requirement for f in review.findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert "C0" not in gaps
    assert not gaps & MECHANISM_PARTS, gaps
    cov = {c.requirement: c.status for c in align(parse_text(KIRIHARA), load_profile()).coverage.values()}
    assert cov["C9"] == "covered" and cov["C16"] == "covered"


def test_a_reading_of_the_fee_article_into_a_rule_is_reported() -> None:
    review = _review(KIRIHARA)
    fee = [f for f in review.findings if f.rule == "fee.delegated"]
    assert len(fee) == 1
    assert fee[0].requirement == "C14" and fee[0].severity == "error"
    assert fee[0].anchor_text == "町長が定める規則"


def test_the_fee_left_out_of_the_run_and_fixed_in_the_ordinance_is_no_finding() -> None:
    text = KIRIHARA.replace(
        "法第44条の2から第44条の16までの規定は",
        "法第44条の2から第44条の12まで及び第44条の14から第44条の16までの規定は",
    ).replace(
        "\n附　則",
        "\n（手数料）\n第6条　町非識別加工情報の利用に関する契約を締結する者は、21,000円に町非識別加工情報の作成に要する"
        "時間1時間までごとに3,950円を加えた額の手数料を納めなければならない。\n\n附　則",
    )
    idx = _index(text)
    assert not applied_runs(idx)[0].covers((44, 13))
    assert fee_readings(idx) == []
    review = _review(text)
    assert not [f for f in review.findings if f.requirement == "C14" and f.severity in ("error", "warning")]
    gaps = {f.requirement for f in review.findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert not gaps & MECHANISM_PARTS, gaps


def test_a_run_that_leaves_out_an_element_still_reports_it() -> None:
    # 第44条の14 (契約の解除) is neither taken in nor written: C15 is missing
    text = KIRIHARA.replace("法第44条の2から第44条の16までの規定は",
                            "法第44条の2から第44条の13まで、第44条の15及び第44条の16の規定は")
    gaps = {f.requirement for f in _review(text).findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert "C15" in gaps
    assert not gaps & (MECHANISM_PARTS - {"C15"}), gaps


def test_one_article_taken_in_is_not_the_mechanism() -> None:
    text = KIRIHARA.replace("法第44条の2から第44条の16までの規定は", "法第44条の16の規定は")
    idx = _index(text)
    assert applied_runs(idx)[0].covers((44, 16))
    assert applies_mechanism(idx) is None


def test_setting_a_provision_aside_or_another_laws_articles_are_no_run() -> None:
    text = KIRIHARA.replace(
        "法第44条の2から第44条の16までの規定は、町非識別加工情報の作成及び提供について準用する。",
        "行政機関の保有する情報の公開に関する法律第13条の規定は、町非識別加工情報の提供について準用する。",
    ).replace("第3条　実施機関は、", "第3条　法第44条の2から第44条の16までの規定は、この町の機関には適用しない。\n2　実施機関は、")
    assert applied_runs(_index(text)) == ()


NARAOKA = """楢岡村個人情報保護条例

（目的）
第一条　この条例は、村の機関における個人情報の取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。

（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　実施機関　村長、教育委員会及び議会をいう。
二　個人情報　行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号。以下「行政機関個人情報保護法」という。）第二条第二項に規定する個人情報をいう。
三　非識別加工情報　行政機関個人情報保護法第二条第八項に規定する非識別加工情報をいう。

（利用及び提供の制限）
第三条　実施機関は、法令等に基づく場合（第五条において準用する行政機関個人情報保護法第四章の二の規定に従う場合を含む。）を除き、利用目的以外の目的のために保有個人情報を利用し、又は提供してはならない。

（個人情報ファイル簿）
第四条　実施機関は、規則で定めるところにより、個人情報ファイル簿を作成し、公表しなければならない。

（村非識別加工情報の提供）
第五条　行政機関個人情報保護法第二条第九項から第十一項まで及び第四章の二の規定は、村の実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して作成する非識別加工情報について準用する。この場合において、次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。
第二条第九項、第四十四条の二第一項　行政機関非識別加工情報　村非識別加工情報
第四十四条の二第一項、第四十四条の四　行政機関の長　実施機関
第四十四条の十三第一項　政令で定める額　規則で定める額

附　則
この条例は、令和二年四月一日から施行する。
"""


def test_the_chapter_cited_by_its_number_and_a_table_row_reading_the_fee() -> None:
    idx = _index(NARAOKA)
    assert applies_mechanism(idx) is not None  # 第四章の二 resolved to 第44条の2〜第44条の16
    review = _review(NARAOKA)
    gaps = {f.requirement for f in review.findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert "C0" not in gaps
    assert not gaps & MECHANISM_PARTS, gaps
    fee = [f for f in review.findings if f.rule == "fee.delegated"]
    assert [f.anchor_text for f in fee] == ["規則で定める額"]


def test_the_same_fee_row_without_a_rule_is_no_finding() -> None:
    text = NARAOKA.replace("第四十四条の十三第一項　政令で定める額　規則で定める額\n", "")
    assert fee_readings(_index(text)) == []
    assert not [f for f in _review(text).findings if f.rule == "fee.delegated"]


MUKUNOKI_TAIL = """
第3章　組合非識別加工情報の提供

（組合非識別加工情報の提供）
第5条　組合非識別加工情報の作成及び提供については、法第4章の2の規定の例による。
"""


def test_by_the_rule_of_the_chapter_without_a_range() -> None:
    text = KIRIHARA.split("第3章　町非識別加工情報の提供")[0] + MUKUNOKI_TAIL + "\n附　則\nこの条例は、令和元年10月1日から施行する。\n"
    text = text.replace("町非識別加工情報", "組合非識別加工情報").replace("第3章の規定", "第3章の規定")
    idx = _index(text)
    assert applies_mechanism(idx) is not None
    gaps = {f.requirement for f in _review(text).findings if f.rule == "gap" and f.severity in ("error", "warning")}
    assert not gaps & MECHANISM_PARTS, gaps


def test_the_statutes_definition_cited_by_do_jo_meets_c1_without_a_definition_of_its_own() -> None:
    # 非識別加工情報 is not defined; the body's own definition takes it from 「同条第8項」 (= 法第2条第8項)
    text = KIRIHARA.replace("三　非識別加工情報　法第2条第8項に規定する非識別加工情報をいう。\n", "").replace(
        "四　町非識別加工情報　法第2条第9項に規定する行政機関非識別加工情報に相当するものとして、実施機関が保有する"
        "個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。",
        "三　町非識別加工情報　法第2条第9項の行政機関非識別加工情報の例により、実施機関が保有する個人情報ファイルを"
        "構成する保有個人情報の全部又は一部を加工して得られる同条第8項に規定する非識別加工情報をいう。",
    )
    assert "同条第8項" in text and "三　非識別加工情報" not in text
    cov = {c.requirement: c.status for c in align(parse_text(text), load_profile()).coverage.values()}
    assert cov["C1"] == "covered"
    # the same definition citing 同条第9項 instead takes in no definition of 非識別加工情報
    wrong = text.replace("同条第8項に規定する非識別加工情報", "同条第9項に規定する非識別加工情報")
    cov = {c.requirement: c.status for c in align(parse_text(wrong), load_profile()).coverage.values()}
    assert cov["C1"] != "covered"


def test_an_inline_short_name_defined_mid_sentence_names_the_law() -> None:
    # 「法」 defined inside the 要配慮個人情報 definition, its parsed words running on from the sentence
    text = KIRIHARA.replace(
        "二　個人情報　生存する個人に関する情報であって、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。"
        "以下「法」という。）第2条第2項各号のいずれかに該当するものをいう。",
        "二　要配慮個人情報　本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして"
        "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第4項に規定する"
        "要配慮個人情報をいう。",
    )
    runs = applied_runs(_index(text))
    assert len(runs) == 1 and runs[0].covers((44, 9))
