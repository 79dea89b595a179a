"""Requirement-side decisions met on the development drafts of ``tests/dev-2016-align/``.

- a provision that incorporates the statute's article by citing it (「法第44条の5第1項各号に掲げる
  事項を記載した書面」) has that article's elements (core.statute_cites); a citation in passing
  does not;
- a definition adopted by reference and read with a 読替え (「…に規定する…をいい、同項中…」) is
  an adoption;
- a draft that records its decision not to introduce the 非識別 mechanism gets one C0 note and no
  other C finding;
- 個人識別符号 undefined under the 「個人識別符号が含まれるもの」 branch is one finding.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.heldout_reading import bench_accuracy

DEV = Path(__file__).resolve().parents[1] / "dev-2016-align"
MIZUHO = (DEV / "mizuho-shi.txt").read_text(encoding="utf-8")
KAZAHAYA = (DEV / "kazahaya-shobo-kumiai.txt").read_text(encoding="utf-8")
ASAGIRI = (DEV / "asagiri-ken.txt").read_text(encoding="utf-8")


def _coverage(text: str) -> dict[str, str]:
    return {k: c.status for k, c in align(parse_text(text), load_profile()).coverage.items()}


def _counted(text: str, point: str | None = None) -> list[tuple[str, str | None, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.rule, f.requirement, f.severity) for f in review.findings
            if (point is None or (f.requirement or "").startswith(point))]


# --------------------------------------------------------------------------- citing the statute


def test_chapter_citing_the_statute_articles_has_their_elements() -> None:
    cov = _coverage(MIZUHO)
    for rid in ("C2", "C5", "C7", "C8", "C9"):
        assert cov[rid] == "covered", rid
    assert cov["C15"] == "missing"  # no article at all, cited or written out


@pytest.mark.parametrize(
    ("old", "new", "rid"),
    [
        # the contents of a proposal no longer cited: the written proposal alone lacks them
        ("法第44条の5第1項各号に掲げる事項を記載した書面に、同条第2項各号に掲げる書面その他規則で定める書類を添付して",
         "規則で定める書類を添付した書面を", "C7"),
        # the register entries named in passing only: no entry is supplied
        ("当該個人情報ファイル簿に法第44条の3各号に掲げる事項を記載しなければならない",
         "法第44条の3の規定にかかわらず、当該個人情報ファイル簿にその旨を記載しなければならない", "C5"),
        # another statute's article of the same number supplies nothing
        ("法第44条の6各号のいずれかに該当する者は", "独立行政法人等の保有する個人情報の保護に関する法律第44条の6各号のいずれかに該当する者は",
         "C8"),
    ],
)
def test_a_citation_supplies_only_its_own_article_when_it_incorporates_it(old: str, new: str, rid: str) -> None:
    assert old in MIZUHO
    assert _coverage(MIZUHO.replace(old, new))[rid] != "covered"


def test_a_definition_read_with_substitutions_is_adopted() -> None:
    review = review_ordinance(parse_text(MIZUHO), load_profile())
    assert not [f for f in review.findings if f.requirement == "C2" and f.severity != "info"]


# --------------------------------------------------------------------------- C0 decided not to


def test_a_recorded_decision_not_to_introduce_the_mechanism_is_one_note() -> None:
    c = _counted(KAZAHAYA, "C")
    assert c == [("gap", "C0", "info")]
    cov = _coverage(KAZAHAYA)
    assert cov["C0"] == "covered" and cov["C20"] == "covered"


def test_without_the_recorded_decision_c0_is_a_warning_again() -> None:
    text = KAZAHAYA.replace("当分の間、非識別加工情報の提供の制度を設けない。", "非識別加工情報の提供に関し必要な事項を検討する。")
    # (and the word, now used with neither a definition nor a decision, is a leftover: C20 since e04fb38)
    assert sorted(x for x in _counted(text, "C") if x[2] != "info") == [("gap", "C0", "warning"),
                                                                        ("term.undefined", "C20", "warning")]


def test_a_prohibition_inside_a_mechanism_is_no_recorded_decision() -> None:
    cov = _coverage(ASAGIRI)
    assert cov["C0"] == "covered" and cov["C20"] == "not_applicable"  # (the mechanism is there)


# --------------------------------------------------------------------------- one defect, one finding


def test_code_undefined_under_its_branch_is_one_finding() -> None:
    review = review_ordinance(parse_text(KAZAHAYA), load_profile())
    about_code = [(f.rule, f.requirement) for f in review.findings
                  if f.severity != "info" and f.location.article == "2" and "個人識別符号" in f.anchor_text]
    assert about_code == [("def.code_branch", "A2")]


# --------------------------------------------------------------------------- the set itself


@pytest.mark.parametrize("gold_path", sorted(DEV.glob("*.gold.json")), ids=lambda p: p.name)
def test_dev_gold_is_valid(gold_path: Path) -> None:
    acc = bench_accuracy()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ids = [r.id for r in load_profile().requirements]
    assert acc.validate_gold(gold, ids) == []


# --------------------------------------------------------------------------- adopted from the private-sector act


def test_personal_information_adopted_from_the_private_sector_act_is_of_the_easy_collation_type() -> None:
    text = MIZUHO.replace(
        "(2)　個人情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第2項に規定する個人情報をいう。",
        "(2)　個人情報　個人情報の保護に関する法律（平成15年法律第57号）第2条第1項に規定する個人情報をいう。",
    ).replace("(3)　個人識別符号　法第2条第3項",
              "(3)　個人識別符号　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第3項")
    assert text != MIZUHO
    a4 = [(f.rule, f.severity, f.location.article) for f in review_ordinance(parse_text(text), load_profile()).findings
          if f.requirement == "A4"]
    assert a4 == [("def.collation", "warning", "2")]
    # the administrative-organs act's definition adopted: nothing to say
    assert not [f for f in review_ordinance(parse_text(MIZUHO), load_profile()).findings if f.requirement == "A4"]


# --------------------------------------------------------------------------- absent provision, words elsewhere


def _without_article(text: str, caption: str) -> str:
    import re

    out, n = re.subn(r"（" + re.escape(caption) + r"）\n第31条の\d+.*?(?=\n（|\n　　　第)", "", text, flags=re.S)
    assert n == 1
    return out


@pytest.mark.parametrize(
    ("caption", "rid"),
    [
        ("実施機関非識別加工情報の利用に関する契約の締結", "C11"),  # 「契約を締結することができる旨」 is a notice's content
        ("第三者に対する意見提出の機会の付与等", "C10"),  # 「意見書の提出の機会を与えることとなるもの」 describes a file
        ("実施機関非識別加工情報の作成等", "C12"),  # 「委託を受けた者」 of the 識別行為 article is not C12's
        ("提案の審査等", "C9"),  # 「通知を受けた者」 of the contract article is not C9's
        ("実施機関非識別加工情報の作成及び提供等", "C4"),
        # the content words of an element said otherwise (core/other_words.py) must not take a
        # neighbour's sentence for the deleted provision: 「提案をすることができる期間」 (register entry),
        # the proposal items' 「漏えいの防止…のために講ずる措置」, the contract's 「解除され」 ground
        ("作成された実施機関非識別加工情報をその用に供して行う事業に関する提案等", "C13"),
        ("識別行為の禁止等", "C16"),
        ("実施機関非識別加工情報の利用に関する契約の解除", "C15"),
        ("提案の募集", "C6"),
    ],
)
def test_a_requirement_whose_article_is_absent_is_missing(caption: str, rid: str) -> None:
    text = _without_article(ASAGIRI, caption)
    assert _coverage(ASAGIRI)[rid] in ("covered", "partial")
    assert _coverage(text)[rid] == "missing"
    gaps = [f for f in review_ordinance(parse_text(text), load_profile()).findings if f.requirement == rid]
    assert [f.code for f in gaps if f.rule == "gap"] == ["check.gap.missing"]


def test_one_of_two_register_articles_absent_stays_partial() -> None:
    text = _without_article(ASAGIRI, "提案の募集に関する事項の個人情報ファイル簿への記載")
    assert _coverage(text)["C5"] == "partial"


# --------------------------------------------------------------------------- the chapter in the draft's own words


FEE_TABLE = ("\n別表（第29条の12関係）\n区分　金額\n新たに作成する場合　21,000円に作成に要する時間1時間までごとに3,950円を"
             "加えた額\n作成された実施機関非識別加工情報の場合　12,600円\n")


@pytest.mark.parametrize("chapter_file", ["mizuho-own-words.txt", "mizuho-other-captions.txt"])
def test_a_chapter_in_its_own_words_has_every_element(chapter_file: str) -> None:
    import re

    chapter = (DEV / "chapters" / chapter_file).read_text(encoding="utf-8")
    text = re.sub(r"　　　第4章の2.*?(?=　　　第5章)", chapter + "\n", MIZUHO, flags=re.S)
    if "市非識別加工情報" in chapter:
        for old, new in (("(9)　実施機関非識別加工情報　", "(9)　市非識別加工情報　"),
                         ("(10)　実施機関非識別加工情報ファイル　実施機関非識別加工情報を含む情報の集合物であって、特定の実施機関",
                          "(10)　市非識別加工情報ファイル　市非識別加工情報を含む情報の集合物であって、特定の市"),
                         ("(11)　実施機関非識別加工情報取扱事業者　実施機関", "(11)　市非識別加工情報取扱事業者　市")):
            assert old in text
            text = text.replace(old, new)
    if "別表" in chapter:
        text = text.replace("\n　　　附　則\n", FEE_TABLE + "\n　　　附　則\n", 1)
    review = review_ordinance(parse_text(text), load_profile())
    assert [(f.requirement, f.code) for f in review.findings
            if (f.requirement or "").startswith("C") and f.severity != "info"] == []
    assert {c.requirement: c.status for c in review.coverage if c.requirement.startswith("C")
            and c.requirement not in ("C19", "C20")} == {f"C{n}": "covered" for n in range(0, 19)}


# --------------------------------------------------------------------------- 項-style definitions


def _ko_style() -> str:
    import re

    defs = (DEV / "chapters" / "asagiri-definitions-ko-style.txt").read_text(encoding="utf-8")
    text, n = re.subn(r"（定義）\n第2条.*?(?=\n（実施機関等の責務）)", defs.rstrip("\n"), ASAGIRI, flags=re.S)
    assert n == 1
    return text.replace("第2条第9号イからハまで", "第2条第11項各号").replace("第2条第9号ロに規定する", "第2条第11項第2号に規定する")


def test_definitions_said_in_paragraphs_of_their_own_are_found() -> None:
    review = review_ordinance(parse_text(_ko_style()), load_profile())
    assert [(f.rule, f.requirement) for f in review.findings
            if (f.requirement or "")[:1] in ("A", "B") and f.severity != "info"] == []


def test_the_exclusion_of_the_code_is_looked_for_in_the_own_definition_of_descriptions() -> None:
    text = _ko_style().replace("又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）をいう。",
                               "又は音声、動作その他の方法を用いて表された一切の事項をいう。")
    a3 = [(f.rule, f.location.article, f.location.paragraph) for f in
          review_ordinance(parse_text(text), load_profile()).findings if f.requirement == "A3"]
    assert a3 == [("gap", "2", 3)]


def test_a_listed_cabinet_order_category_left_out_is_still_reported() -> None:
    text = _ko_style().replace("四　本人を被疑者又は被告人として、逮捕、捜索、差押え、勾留、公訴の提起その他の刑事事件に関する手続が行われたこと。\n", "")
    assert [f.requirement for f in review_ordinance(parse_text(text), load_profile()).findings
            if f.rule == "def.yohairyo"] == ["B2"]


# --------------------------------------------------------------------------- hard-wrapped copies


@pytest.mark.parametrize("name", ["asagiri-ken", "mizuho-shi", "kazahaya-shobo-kumiai"])
def test_a_hard_wrapped_copy_gets_the_same_requirement_findings(name: str) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "tools"))
    from make_variants import wrapped

    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")

    def abc(t: str) -> list[tuple[str, str | None, str]]:
        return sorted((f.rule, f.requirement, f.severity) for f in review_ordinance(parse_text(t), load_profile()).findings
                      if (f.requirement or "")[:1] in ("A", "B", "C"))

    assert abc(wrapped(text)) == abc(text)


def test_the_removed_information_limit_in_the_processing_article_keeps_c4_partial() -> None:
    # the 作成及び提供等 article absent, but the mechanism's processing article limits the 削除情報 and the limits
    # article bans other provision: only the authorising clause is missing, a note (C4), not a missing provision
    text = _without_article(ASAGIRI, "実施機関非識別加工情報の作成及び提供等")
    limit = ("\n3　実施機関は、法令等に基づく場合を除き、実施機関非識別加工情報の作成に用いた保有個人情報から削除した記述等及び"
             "個人識別符号（以下「削除情報」という。）を自ら利用し、又は提供してはならない。")
    anchor = "2　前項の規定は、実施機関から実施機関非識別加工情報の作成の委託を受けた者が受託した業務を行う場合について準用する。"
    assert anchor in text
    kept = text.replace(anchor, anchor + limit, 1)
    assert _coverage(kept)["C4"] == "partial"
    gaps = [f for f in review_ordinance(parse_text(kept), load_profile()).findings if f.requirement == "C4"]
    assert gaps and all(f.severity == "info" for f in gaps)


def test_the_removed_information_limit_naming_the_processing_method_too() -> None:
    # 「…削除した記述等及び個人識別符号並びに前項の規定により行った加工の方法に関する情報（以下「削除情報」という。）を自ら
    # 利用し、又は提供してはならない。」: the 削除情報 limit (C4) with the processing method named in the same list
    text = _without_article(ASAGIRI, "実施機関非識別加工情報の作成及び提供等")
    limit = ("\n3　実施機関は、法令等に基づく場合を除き、実施機関非識別加工情報の作成に用いた保有個人情報から削除した記述等及び"
             "個人識別符号並びに第1項の規定により行った加工の方法に関する情報（以下「削除情報」という。）を自ら利用し、又は提供して"
             "はならない。")
    anchor = "2　前項の規定は、実施機関から実施機関非識別加工情報の作成の委託を受けた者が受託した業務を行う場合について準用する。"
    kept = text.replace(anchor, anchor + limit, 1)
    al = align(parse_text(kept), load_profile())
    assert al.must["C4"][2].span is not None
