"""The 非識別加工情報 mechanism: when a draft introduces it (C0), and the C18 relation to the
general limits on use and provision arranged inside the mechanism's chapter.

Fictional drafts written for these tests: 青葉村 (old style, kanji numbers, no chapters), 松風町
(no headings at all), 白砂市 (a 第3章の2 for the mechanism).
"""

from __future__ import annotations

import pytest

from ordreview.core.align import DraftIndex, align, detect_c
from ordreview.core.c_mechanism import operative_articles
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

C_DETAIL = {f"C{i}" for i in range(1, 20)}

# -- 青葉村: the word without the mechanism ----------------------------------------------------

AOBA = """青葉村個人情報保護条例

（目的）
第一条　この条例は、村の機関における個人情報の取扱いに関し必要な事項を定めるとともに、非識別加工情報の提供に関する考え方を明らかにし、もって村民の権利利益を保護することを目的とする。

（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　一　実施機関　村長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。
　二　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるものをいう。
　三　非識別加工情報　個人情報を加工して得られる情報であって、特定の個人を識別することができず、復元もできないものをいう。

（利用及び提供の制限）
第三条　実施機関は、法令等に基づく場合を除き、事務の目的以外の目的のために個人情報を利用し、又は提供してはならない。
２　実施機関は、非識別加工情報を第三者に提供しようとするときは、あらかじめ審議会の意見を聴くものとする。

（委任）
第四条　この条例の施行に関し必要な事項は、規則で定める。
"""


def _review(text: str):
    return review_ordinance(parse_text(text), load_profile())


def _gap_findings(text: str) -> list[tuple[str | None, str, str]]:
    return [(f.requirement, f.severity, f.code) for f in _review(text).findings if f.rule == "gap"]


def test_definition_and_passing_mentions_are_not_the_mechanism() -> None:
    idx = DraftIndex(parse_text(AOBA), load_profile())
    assert idx.defines("非識別加工情報")
    assert not detect_c(idx)
    gaps = _gap_findings(AOBA)
    c0 = [g for g in gaps if g[0] == "C0"]
    assert c0 == [("C0", "warning", "check.gap.c_word_only")]
    assert not [g for g in gaps if g[0] in C_DETAIL]  # one C0, never thirteen missing parts
    # the leftover definition and mentions are C20's (remove them): a warning, since no other finding reports them
    # (an unused or undefined 非識別 term would; then this note stays a note: core/restatements.py, step 4)
    assert ("C20", "warning", "check.gap.c_dangling") in gaps


def test_one_caption_naming_it_in_passing_is_not_the_mechanism() -> None:
    text = AOBA.replace("（利用及び提供の制限）", "（利用及び提供の制限並びに非識別加工情報の取扱い）")
    idx = DraftIndex(parse_text(text), load_profile())
    assert idx.c_spans  # the caption names it …
    assert not detect_c(idx)  # … but one article is no mechanism
    assert not [g for g in _gap_findings(text) if g[0] in C_DETAIL]


def test_c0_without_mechanism_is_anchored_on_the_title() -> None:
    review = _review(AOBA)
    c0 = next(f for f in review.findings if f.requirement == "C0")
    assert c0.anchor_text == "青葉村個人情報保護条例"


# -- 松風町: the mechanism in operative articles without any heading ---------------------------

MATSUKAZE = """松風町個人情報保護条例

第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
2　この条例において「非識別加工情報」とは、個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、当該個人情報を復元することができないようにしたものをいう。
第3条　実施機関は、法令等に基づく場合を除き、目的以外の目的のために保有個人情報を利用し、又は提供してはならない。
第4条　実施機関は、この条例の定めるところにより、非識別加工情報を作成し、及び提供することができる。
第5条　町長は、定期的に、非識別加工情報をその用に供して行う事業に関する提案を募集するものとする。
第6条　前条の募集に応じて非識別加工情報に関する提案をしようとする者は、規則で定める書面を町長に提出しなければならない。
第7条　この条例の施行に関し必要な事項は、規則で定める。
"""


def test_operative_articles_without_headings_introduce_the_mechanism() -> None:
    idx = DraftIndex(parse_text(MATSUKAZE), load_profile())
    assert idx.c_spans == ()
    assert [str(idx.articles[i].num) for i in operative_articles(idx)] == ["4", "5", "6"]
    assert detect_c(idx)
    assert align(idx.ordinance, idx.profile, index=idx).coverage["C0"].status == "covered"


def test_c_gaps_without_a_chapter_go_on_the_first_operative_article() -> None:
    review = _review(MATSUKAZE)
    c_gaps = [f for f in review.findings if f.rule == "gap" and f.requirement in C_DETAIL]
    missing = {f.requirement: f.location.article for f in c_gaps if f.code == "check.gap.missing"}
    assert {"C9", "C11", "C14"} <= set(missing)  # (the draft has only three of the provisions)
    assert missing.pop("C2") == "2"  # a definition is missing from the 定義 article
    assert set(missing.values()) == {"4"}  # the others not on the 定義 article (第2条)
    partial = {f.requirement: f.location.article for f in c_gaps if f.code == "check.gap.partial"}
    assert partial["C7"] == "6"  # an incomplete provision: on that provision


def test_two_passing_mentions_outside_definitions_stay_below_the_threshold() -> None:
    # purpose clause excluded; 第3条 and 第4条 speak of providing it, but that is not a mechanism
    text = MATSUKAZE.replace(
        "第5条　町長は、定期的に、非識別加工情報をその用に供して行う事業に関する提案を募集するものとする。\n", ""
    ).replace("第6条　前条の募集に応じて非識別加工情報に関する提案をしようとする者は、規則で定める書面を町長に提出しなければならない。\n",
              "第6条　実施機関は、非識別加工情報を提供したときは、その旨を公表する。\n")
    idx = DraftIndex(parse_text(text), load_profile())
    assert len(operative_articles(idx)) == 2
    assert not detect_c(idx)


# -- 白砂市: C18 arranged inside the 非識別 chapter --------------------------------------------

SHIRASUNA = """白砂市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、市の機関における個人情報の取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「非識別加工情報」とは、個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、当該個人情報を復元することができないようにしたものをいう。

第2章　個人情報の取扱い

（目的外の利用及び提供の禁止）
第3条　実施機関は、法令等に定めがある場合を除き、事務の目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。

（電子計算機の結合による提供）
第4条　実施機関は、公益上必要があると認める場合を除き、電子計算機の結合により保有個人情報を提供してはならない。
SETASIDE_OUTSIDE

第3章　雑則

（委任）
第5条　この条例の施行に関し必要な事項は、規則で定める。

第3章の2　非識別加工情報の提供

（作成及び提供）
第5条の2　実施機関は、この章の規定に従い、非識別加工情報を作成し、及び提供することができる。
SETASIDE_INSIDE
（提案の募集）
第5条の3　実施機関は、定期的に、非識別加工情報をその用に供して行う事業に関する提案を募集するものとする。
"""


def _c18(inside: str, outside: str = "", limits: str | None = None) -> tuple[str, str | None]:
    text = SHIRASUNA.replace("SETASIDE_INSIDE\n", inside).replace("SETASIDE_OUTSIDE\n", outside)
    if limits is not None:
        text = text.replace("法令等に定めがある場合を除き", limits)
    cov = align(parse_text(text), load_profile()).coverage["C18"]
    gaps = [f for f in _review(text).findings if f.requirement == "C18" and f.severity in ("error", "warning")]
    assert (cov.status == "covered") == (not gaps)  # coverage and findings tell one story
    return cov.status, (gaps[0].location.article if gaps else None)


@pytest.mark.parametrize(
    "inside",
    [
        "２　非識別加工情報の作成及び提供については、第3条の規定は、適用しない。\n",
        "２　第3条の規定は、この章に定める非識別加工情報の提供については、適用しない。\n",
        "２　第3条の規定にかかわらず、実施機関は、法令等に定めがある場合を除き、非識別加工情報の作成に用いた保有個人情報から"
        "削除した記述等を自ら利用し、又は提供してはならない。\n",
    ],
)
def test_the_chapter_setting_aside_the_limits_article_is_the_c18_relation(inside: str) -> None:
    assert _c18(inside)[0] == "covered"


def test_the_limits_article_letting_the_chapter_through_is_the_c18_relation() -> None:
    limits = "法令等に定めがある場合（第3章の2の規定に基づく場合を含む。）を除き"
    assert _c18("", limits=limits)[0] == "covered"


@pytest.mark.parametrize(
    ("paragraph", "after"),
    [
        # the limits article's own paragraph lets the chapter through, naming it by number
        ("２　前項の規定は、第3章の2の規定により非識別加工情報を作成し、又は提供する場合については、適用しない。\n",
         "提供してはならない。\n"),
        # a paragraph of the next article doing the same for 第3条
        ("２　第3条の規定は、第3章の2の規定に基づき非識別加工情報を提供するときは、適用しない。\n",
         "提供してはならない。\n"),
    ],
)
def test_a_paragraph_setting_the_limits_aside_for_the_chapter_by_number_is_the_c18_relation(
    paragraph: str, after: str,
) -> None:
    text = SHIRASUNA.replace("SETASIDE_INSIDE\n", "").replace("SETASIDE_OUTSIDE\n", "")
    text = text.replace(after, after + paragraph, 1)
    cov = align(parse_text(text), load_profile()).coverage["C18"]
    gaps = [f for f in _review(text).findings if f.requirement == "C18"]
    assert (cov.status, gaps) == ("covered", [])


STATUTE_ONLY = "法令に定めがある場合を除き"
"""The limits article's exception naming 法令 alone: it does not reach the ordinance's own chapter
(with 法令等, which takes in 条例, the chapter's authorising clause is reached: core.law_reach)."""


def test_no_relation_arranged_is_still_reported_on_the_limits_article() -> None:
    status, where = _c18("", limits=STATUTE_ONLY)
    assert status == "partial"
    assert where == "3"


def test_setting_aside_another_article_or_outside_the_chapter_is_not_the_relation() -> None:
    # the chapter sets aside the 電子計算機の結合 article, not the limits article
    assert _c18("２　第4条の規定は、非識別加工情報の提供については、適用しない。\n", limits=STATUTE_ONLY)[0] == "partial"
    # a provision outside the chapter that sets the limits aside for another purpose
    outside = "２　第3条の規定にかかわらず、実施機関は、災害時には保有個人情報を関係機関に提供することができる。\n"
    assert _c18("", outside=outside, limits=STATUTE_ONLY)[0] == "partial"


# -- 個人情報ファイル: groundwork of the mechanism ------------------------------------------------

def _a8(text: str) -> list[str]:
    return [f.severity for f in _review(text).findings if f.rule == "gap" and f.requirement == "A8"]


def test_file_definition_missing_without_mechanism_and_without_files_is_a_note() -> None:
    # 青葉村 has no mechanism and never speaks of 個人情報ファイル: nothing in it depends on the
    # definition of 行政機関個人情報保護法 第2条第6項, so the gap is noted (info), neither an error
    # nor a warning (docs/domain.md, "個人情報ファイル never written")
    assert _a8(AOBA) == ["info"]
    (note,) = [f for f in _review(AOBA).findings if f.requirement == "A8"]
    assert "用いておらず" in note.message_ja


def test_file_definition_needed_once_the_draft_uses_files_or_the_mechanism() -> None:
    with_register = AOBA.replace(
        "（委任）\n第四条",
        "（個人情報ファイル簿）\n第四条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。\n（委任）\n第五条",
    )
    assert _a8(with_register) == ["warning"]
    assert _a8(MATSUKAZE) == ["error"]  # the mechanism is built on files


def test_an_exception_item_naming_the_chapter_is_the_c18_relation() -> None:
    limits = "次の各号のいずれかに該当する場合を除き"
    text_limits = SHIRASUNA.replace("法令等に定めがある場合を除き", limits).replace(
        "保有個人情報を自ら利用し、又は提供してはならない。\n",
        "保有個人情報を自ら利用し、又は提供してはならない。\n　(1)　法令等に定めがあるとき。\n　(2)　第3章の2の規定に基づくとき。\n", 1)
    assert "第3章の2の規定に基づくとき" in text_limits
    cov = align(parse_text(text_limits.replace("SETASIDE_INSIDE\n", "").replace("SETASIDE_OUTSIDE\n", "")),
                load_profile()).coverage["C18"]
    assert cov.status == "covered"
