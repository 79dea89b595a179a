"""Definitions written in other forms than the statute's, with the same meaning, are no differences.

Each form is checked twice: on a short draft that writes a definition that way and means what
行政機関個人情報保護法第2条 means (no ``def.diff`` finding), and on the same form carrying a real
difference (the finding stays):

- 個人情報's two kinds joined by 及び in one sentence instead of 「次の各号のいずれか」 and items;
- 「生存する個人に関する情報のうち、次のいずれかに該当するもの」 for 「…であって、次の各号の…」;
- 個人識別符号 through the statute's own items: 「…法律（…。以下「…」という。）第2条第3項各号の
  いずれかに該当する…符号のうち、同項の政令で定めるもの」;
- a Cabinet Order category of 要配慮個人情報 written out among the statute's examples.
"""

from __future__ import annotations

from ordreview.core.checks.definition_forms import (
    cited_items,
    order_categories_written_out,
    restriction_pairs,
)
from ordreview.core.align import DraftIndex
from ordreview.core.checks.definitions import compare_definition
from ordreview.core.diff import changed
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

HEAD = """霞ヶ丘町個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員、農業委員会及び議会をいう。
"""
TAIL = """（実施機関の責務）
第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。
3　実施機関は、本人から個人情報を収集しなければならない。
"""
RECORD = ("記述等（文書、図画若しくは電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することができない方式をいう。）"
          "で作られる記録をいう。以下同じ。）に記載され、若しくは記録され、又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）をいう。以下同じ。）")
COLLATE = "（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）"
KIND1 = f"当該情報に含まれる氏名、生年月日その他の{RECORD}により特定の個人を識別することができるもの{COLLATE}"
CODE_ITEMS = """（1）　特定の個人の身体の一部の特徴を電子計算機の用に供するために変換した文字、番号、記号その他の符号であって、当該特定の個人を識別することができるもの
（2）　個人に提供される役務の利用若しくは個人に販売される商品の購入に関し割り当てられ、又は個人に発行されるカードその他の書類に記載され、若しくは電磁的方式により記録された文字、番号、記号その他の符号であって、その利用者若しくは購入者又は発行を受ける者ごとに異なるものとなるように割り当てられ、又は記載され、若しくは記録されることにより、特定の利用者若しくは購入者又は発行を受ける者を識別することができるもの
"""
CODE = "3　この条例において「個人識別符号」とは、次の各号のいずれかに該当する文字、番号、記号その他の符号のうち、規則で定めるものをいう。\n" + CODE_ITEMS
YOHAIRYO = ("4　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実"
            "{added}その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。\n")
KOJIN_ITEMS = f"2　この条例において「個人情報」とは、生存する個人に関する情報であって、次の各号のいずれかに該当するものをいう。\n（1）　{KIND1}\n（2）　個人識別符号が含まれるもの\n"


def _diffs(kojin: str = KOJIN_ITEMS, code: str = CODE, yohairyo: str = YOHAIRYO.format(added="")) -> dict[str, list]:
    review = review_ordinance(parse_text(HEAD + kojin + code + yohairyo + TAIL), load_profile(None))
    out: dict[str, list] = {}
    for f in review.findings:
        if f.rule == "def.diff":
            out.setdefault(f.requirement, []).append(f)
    return out


def _compared(term: str, kojin: str = KOJIN_ITEMS, code: str = CODE, yohairyo: str = YOHAIRYO.format(added=""),
              head: str = HEAD) -> list[str]:
    """The draft's side of each difference the comparison of ``term`` keeps (a dedicated rule may
    report the defect in place of ``def.diff``: the comparison itself must still show it)."""
    profile = load_profile(None)
    index = DraftIndex(parse_text(head + kojin + code + yohairyo + TAIL), profile)
    st = next(s for s in profile.statute_texts if s.term == term)
    found = compare_definition(index, st)
    assert found is not None
    comp = found[1]
    return [comp.draft[c.start_a:c.end_a] + "|" + comp.statute[c.start_b:c.end_b] for c in changed(comp.chunks)]


def test_the_reference_draft_has_no_definition_difference() -> None:
    assert _diffs() == {}


def test_two_kinds_joined_by_oyobi_in_one_sentence_are_the_statute_s_alternatives() -> None:
    joined = f"2　この条例において「個人情報」とは、生存する個人に関する情報であって、{KIND1}及び個人識別符号が含まれるものをいう。\n"
    assert "A1" not in _diffs(kojin=joined)
    narrowed = joined.replace("及び個人識別符号が含まれるもの", "及び個人識別符号が含まれるもののうち規則で定めるもの")
    assert "A1" in _diffs(kojin=narrowed)
    widened = joined.replace("生年月日その他", "生年月日、住所その他")
    assert "A1" in _diffs(kojin=widened)


def test_a_restriction_said_with_nouchi_is_the_statute_s_de_atte() -> None:
    nouchi = KOJIN_ITEMS.replace("情報であって、次の各号の", "情報のうち、次の")
    assert "のうち、次のいずれか" in nouchi
    assert "A1" not in _diffs(kojin=nouchi)
    assert _compared("個人情報", kojin=nouchi) == []
    dead_too = nouchi.replace("生存する個人に関する情報のうち", "個人に関する情報のうち")
    assert _compared("個人情報", kojin=dead_too) == ["|生存する"]


def test_restriction_pairs_only_before_the_list_and_only_for_a_statute_worded_so() -> None:
    assert restriction_pairs("情報のうち、次のいずれか", "情報であって、次の各号のいずれか")
    assert restriction_pairs("符号のうち、規則で定めるもの", "情報であって、次の各号のいずれか") == []
    assert restriction_pairs("情報のうち、次のいずれか", "符号のうち、政令で定めるもの") == []


CITED = ("3　この条例において「個人識別符号」とは、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。"
         "以下「行政機関個人情報保護法」という。）第2条第3項各号のいずれかに該当する文字、番号、記号その他の符号のうち、同項の政令で定めるものをいう。\n")


def test_the_statute_s_items_cited_for_the_identification_code_are_its_items() -> None:
    assert "A2" not in _diffs(code=CITED)
    abbreviated = ("3　この条例において「個人識別符号」とは、法第２条第３項各号のいずれかに該当する文字、番号、記号その他の符号のうち、"
                   "同項の政令で定めるものをいう。\n")
    with_abbr = HEAD.replace("ことにより、", "ことにより、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の趣旨にのっとり、")
    review = review_ordinance(parse_text(with_abbr + KOJIN_ITEMS + abbreviated + YOHAIRYO.format(added="") + TAIL), load_profile(None))
    assert not [f for f in review.findings if f.rule == "def.diff" and f.requirement == "A2"]


def test_a_citation_of_another_paragraph_or_a_narrower_tail_still_differs() -> None:
    assert _compared("個人識別符号", code=CITED) == []
    assert _compared("個人識別符号", code=CITED.replace("第2条第3項各号", "第2条第4項各号"))  # items compared, absent
    assert _compared("個人識別符号", code=CITED.replace("その他の符号のうち", "のうち")) == ["|その他の符号"]
    # another law's paragraph of the same number is not the statute's
    other = CITED.replace("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「行政機関個人情報保護法」という。）",
                          "地方公務員法（昭和25年法律第261号）")
    assert _compared("個人識別符号", code=other)


def test_cited_items_needs_the_statute_s_name_right_before_the_paragraph() -> None:
    statute = "次の各号のいずれかに該当する符号のうち、政令で定めるものをいう。\n一　甲\n二　乙"
    ref = "行政機関個人情報保護法 第2条第3項"
    draft, drop = cited_items("法第2条第3項各号のいずれかに該当する符号のうち、同項の政令で定めるものをいう。", statute, ref, {"法"})
    assert draft == [(0, 7)] and drop[0] == (0, 2) and drop[1][1] == len(statute)
    assert cited_items("条例第2条第3項各号のいずれかに該当する符号", statute, ref, {"法"}) == ([], [])
    assert cited_items("法第二条第三項各号のいずれかに該当する符号", statute, ref, {"法"})[0] == [(0, 7)]


def test_a_cabinet_order_category_written_out_among_the_examples_only_adds() -> None:
    order = "、身体障害、知的障害、精神障害（発達障害を含む。）その他の心身の機能の障害があること"
    assert "B1" not in _diffs(yohairyo=YOHAIRYO.format(added=order))
    assert "B1" not in _diffs(yohairyo=YOHAIRYO.format(added="、本人を被疑者又は被告人として刑事事件に関する手続が行われたこと"))
    # a category of the municipality's own is a real widening, and a statute category replaced by
    # a Cabinet Order one a real narrowing: both are still said
    assert "B1" in _diffs(yohairyo=YOHAIRYO.format(added="、生活保護を受けていること"))
    replaced = YOHAIRYO.format(added="").replace("病歴、", "健康診断の結果、")
    assert _compared("要配慮個人情報", yohairyo=replaced) == ["|病歴、"]


def test_order_categories_are_read_phrase_by_phrase_outside_brackets() -> None:
    body = "本人の人種、病歴、精神障害（発達障害を含む。、）その他の障害その他本人に対する"
    ranges = order_categories_written_out(body, ["人種", "病歴"], ["障害"])
    assert [body[a:b] for a, b in ranges] == ["、精神障害（発達障害を含む。、）その他の障害"]
    assert order_categories_written_out("本人の人種、病歴に係る障害その他本人に対する", ["病歴"], ["障害"]) == []


def test_the_kinds_listed_with_kakugo_ni_kakageru_are_the_statute_s_alternatives() -> None:
    listed = KOJIN_ITEMS.replace("次の各号のいずれかに該当するもの", "次の各号に掲げるもの")
    assert _compared("個人情報", kojin=listed) == []
    one_kind = listed.split("（2）")[0]
    assert _compared("個人情報", kojin=one_kind)  # the second kind is missing: still a difference


def test_the_statute_s_items_cited_with_ni_kakageru_are_its_items() -> None:
    listed = CITED.replace("各号のいずれかに該当する", "各号に掲げる")
    assert _compared("個人識別符号", code=listed) == []
    assert _compared("個人識別符号", code=listed.replace("第2条第3項各号", "第2条第2項各号"))
