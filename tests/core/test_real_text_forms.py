"""Forms met in ordinances in force (2017–2022 regime) that the review misread.

Every text here is written for the test (fictional municipalities); each keeps only the form
of a provision an officer meets in a 例規集: an opening copied up to the middle of its
definitions article, a purpose article that widens a term for itself alone, a collation
clause in the older wording.
"""

from __future__ import annotations

import pytest

from ordreview.core.checks.definitions import classify_collation
from ordreview.core.fragment import definitions_cut, detect_truncation
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

UNDEFINED = ("term.undefined", "term.statute_undefined")

# An opening copied from a 例規集 page: 目次, 第1条 and 第2条 up to the middle of its 号.
OPENING = """○みずなら町個人情報保護条例

目次
第1章　総則（第1条―第4条）
第2章　個人情報の取扱い（第5条―第12条）
第3章　開示、訂正及び利用停止（第13条―第30条）
第4章　雑則（第31条―第34条）
附則

第1章　総則
（目的）
第1条　この条例は、個人情報（個人情報に該当しない特定個人情報を含む。以下この条において同じ。）の適正な取扱いに関し必要な事項を定めるとともに、実施機関が保有する個人情報の開示、訂正及び利用停止を求める権利を明らかにすることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（1）　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）をいう。
（2）　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に利用するものとして、当該実施機関が保有しているものをいう。ただし、公文書（みずなら町情報公開条例（平成12年みずなら町条例第3号）第2条第2項に規定する"""


def _rules(text: str) -> list[str]:
    return [f.rule for f in review_ordinance(parse_text(text), load_profile()).findings]


def test_terms_used_before_a_definitions_article_the_copy_stops_in_are_not_called_undefined() -> None:
    o = parse_text(OPENING)
    cut = detect_truncation(o)
    assert cut is not None and cut.last.num == "2" and definitions_cut(o, cut)
    rules = _rules(OPENING)
    assert rules.count("fragment") == 1
    # 実施機関, 公文書 and 特定個人情報 would be defined in the 号 the copy lost
    assert not [r for r in rules if r in UNDEFINED]


def test_a_copy_that_stops_before_its_definitions_article_is_read_the_same_way() -> None:
    text = OPENING[: OPENING.index("（定義）")] + "（責務）\n第2条　実施機関は、個人情報の保護に関し必要な措置を講じなければ"
    o = parse_text(text)
    cut = detect_truncation(o)
    assert cut is not None and definitions_cut(o, cut)
    assert not [r for r in _rules(text) if r in UNDEFINED]


def test_a_copy_that_stops_well_after_a_whole_definitions_article_still_reports_an_undefined_term() -> None:
    whole_definitions = OPENING.replace(
        "（2）　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に"
        "利用するものとして、当該実施機関が保有しているものをいう。ただし、公文書（みずなら町情報公開条例（平成12年"
        "みずなら町条例第3号）第2条第2項に規定する",
        "（2）　実施機関　町長、教育委員会、選挙管理委員会、監査委員、農業委員会、固定資産評価審査委員会及び議会をいう。\n"
        "（3）　特定個人情報　行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）"
        "第2条第8項に規定する特定個人情報をいう。\n",
    )
    tail = (
        "（実施機関の責務）\n第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。\n"
        "（町民の責務）\n第4条　町民は、個人情報の保護に努めなければならない。\n"
        "第2章　個人情報の取扱い\n（収集の制限）\n"
        "第5条　実施機関は、保有個人情報を収集するときは、あらかじめその目的を明確にし、当該目的の達成に必要な範囲内で、"
    )
    text = whole_definitions + tail
    o = parse_text(text)
    cut = detect_truncation(o)
    assert cut is not None and cut.last.num == "5" and not definitions_cut(o, cut)
    findings = [f for f in review_ordinance(o, load_profile()).findings if f.rule == "term.undefined"]
    assert [f.anchor_text for f in findings] == ["保有個人情報"]


WHOLE = """○かやの村個人情報保護条例
（目的）
第1条　この条例は、個人情報（個人情報に該当しない特定個人情報を含む。以下この条において同じ。）の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（1）　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することにより特定の個人を識別することができることとなるものを含む。）をいう。
（2）　特定個人情報　行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）第2条第8項に規定する特定個人情報をいう。
（3）　実施機関　村長、教育委員会、選挙管理委員会、監査委員、農業委員会及び議会をいう。
（実施機関の責務）
第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
附　則
この条例は、公布の日から施行する。
"""


def test_a_purpose_article_widening_a_term_for_itself_is_no_second_definition() -> None:
    review = review_ordinance(parse_text(WHOLE), load_profile())
    assert "abbr.duplicate" not in [f.rule for f in review.findings]


def test_a_purpose_article_defining_the_term_for_the_whole_ordinance_is_still_a_second_definition() -> None:
    text = WHOLE.replace("以下この条において同じ。", "以下同じ。")
    review = review_ordinance(parse_text(text), load_profile())
    assert "abbr.duplicate" in [f.rule for f in review.findings]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("識別することができるもの（他の情報と照合することにより特定の個人を識別することができることとなるものを含む。）", "shogo"),
        ("識別することができるもの（他の情報と照合することにより、特定の個人を識別することができることとなるものを含む。）", "shogo"),
        ("特定の個人が識別されるもの", "bare"),
        ("他の情報と容易に照合することにより特定の個人を識別することができることとなるもの", "yoi"),
    ],
)
def test_the_older_wording_of_the_collation_clause_is_the_collation_type(text: str, kind: str) -> None:
    assert classify_collation(text) == kind


def test_a_definition_with_the_older_collation_wording_gets_no_collation_finding() -> None:
    review = review_ordinance(parse_text(WHOLE), load_profile())
    assert not [f for f in review.findings if f.rule == "def.collation"]


def test_an_earlier_definition_by_reference_of_a_later_abbreviation_is_still_a_second_definition() -> None:
    text = """○ひのき町個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）をいう。
（委託に伴う措置）
第3条　実施機関は、個人情報取扱事務（第4条第1項に規定する個人情報取扱事務をいう。第5条において同じ。）を委託するときは、個人情報の保護に関し必要な措置を講じなければならない。
（事務の登録）
第4条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）について、登録簿を作成しなければならない。
（受託者の責務）
第5条　個人情報取扱事務の委託を受けた者は、個人情報の漏えいの防止に努めなければならない。
附　則
この条例は、公布の日から施行する。
"""
    review = review_ordinance(parse_text(text), load_profile())
    assert "abbr.duplicate" in [f.rule for f in review.findings]
