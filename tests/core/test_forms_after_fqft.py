"""Forms met in the held-out sets fq–ft (scored 2026-12-07), each on a fictional draft written for the test: the
caption after the article number with the text on the next line (「第二条（言葉の意味）」), a fee owed for a contract in
a draft without chapters, 「当該登録簿」 after the register's full name, and the acts violated by holding."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """とりい町個人情報保護条例
第一条（この条例の目的）
　この条例は、個人情報の取扱いについて必要なことを定め、個人の権利利益を守ることを目的とします。
第二条（言葉の意味）
　この条例で「個人情報」とは、生きている個人に関する情報であって、次のどちらかに当たるものをいいます。
一　その情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの
二　個人識別符号が含まれるもの
２　この条例で「個人識別符号」とは、行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号）第二条第三項に規定する個人識別符号をいいます。
第三条（開示、訂正及び利用停止を求めること）
　だれでも、実施機関に対し、自分を本人とする保有個人情報の開示を求めることができます。
第四条（手数料）
　町と町非識別加工情報の利用の契約を結ぶ人は、規則で定める額の手数料を納めなければなりません。
第五条（経過措置）
　旧条例の規定により作成された個人情報取扱事務登録簿は、当分の間、個人情報ファイル簿とみなします。この場合において、当該登録簿には、規則で定める事項を付け加えるものとします。
"""


def _review(text: str):
    return review_ordinance(parse_text(text), load_profile())


def test_the_caption_after_the_number_ending_its_line() -> None:
    ordinance = parse_text(DRAFT)
    assert [a.caption for a in ordinance.articles] == [
        "この条例の目的", "言葉の意味", "開示、訂正及び利用停止を求めること", "手数料", "経過措置"]
    assert ordinance.articles[1].paragraphs[0].text.startswith("この条例で「個人情報」とは")
    # the caption's 「言葉の意味」 introduces no glossary: 個人識別符号 is defined once, in the second paragraph
    codes = [t for t in ordinance.terms if t.term == "個人識別符号"]
    assert len(codes) == 1 and codes[0].where.paragraph == 2
    # a citation wrapped after the number, its number not ahead, stays a citation
    cited = DRAFT.replace("第三条（開示、訂正及び利用停止を求めること）", "第二条（言葉の意味）")
    assert [a.num for a in parse_text(cited).articles].count("2") == 2 or len(parse_text(cited).articles) == 4


def test_a_fee_owed_for_a_contract_is_the_mechanisms_fee() -> None:
    # 鳥居平町 (no chapters): 「町と第十九条（…）の契約を結ぶ人は、規則で定める額の手数料を納めなければなりません。」 never
    # says 非識別, yet only the contract of use of 非識別加工情報 is concluded for a fee (同法 第44条の13)
    from ordreview.core.checks.integrity_style import _CONTRACT_FEE

    assert _CONTRACT_FEE.search("町と第十九条（前条第二項において準用する場合を含みます。）の契約を結ぶ人は、規則で定める額の手数料を納めなければなりません")
    assert _CONTRACT_FEE.search("第26条の規定により利用に関する契約を締結する者は、規則で定める額の手数料を納めなければならない")
    assert not _CONTRACT_FEE.search("保有個人情報の写しの交付を受ける者は、規則で定める額の手数料を納めなければならない")


def test_the_register_named_in_full_then_by_toogai() -> None:
    assert [f for f in _review(DRAFT).findings if f.rule == "term.undefined" and "登録簿" in f.message_ja] == []
    clipped = DRAFT.replace("当該登録簿には", "登録簿には")
    assert [f.severity for f in _review(clipped).findings
            if f.rule == "term.undefined" and "「登録簿」" in f.message_ja] == ["warning"]


def test_holding_against_the_collection_article() -> None:
    from ordreview.core.checks.ref_targets import _ACT_WORDS

    # 「第5条若しくは第7条の規定に違反して保有されている」: information collected against 第7条 (不正の手段による取得の
    # 禁止) is held against it (行政機関個人情報保護法 第36条第1項第1号)
    assert "取得" in _ACT_WORDS["保有"]


def test_the_set_aside_and_the_authorising_clause_in_polite_words() -> None:
    from tests.core.test_forms_after_fmfp import _said

    assert _said("C18", "利用及び提供の制限の例外",
                 "３　第十四条から第二十六条までの規定に従って町非識別加工情報を作ったり渡したりするときは、前二項の規定は適用しません。")
    assert _said("C4", "この章の規定に従う作成・提供",
                 "実施機関は、この条及び次条から第二十六条までの定めに従い、町非識別加工情報を作り、及び提供することができます。")
    assert not _said("C18", "利用及び提供の制限の例外", "３　前二項の規定は、規則で定める場合には適用しません。")
