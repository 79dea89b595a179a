"""Web copies whose hard wraps left spaces inside words, and 号-style terms glued to their
definitions: the terms come out as in the clean draft (fictional drafts written here)."""

from __future__ import annotations

from ordreview.core.parse import parse_text

DRAFT = """杉並木町情報公開条例
（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　公文書　実施機関の職員が職務上作成した文書、図画及び電磁的記録（電子的方式その他人の知覚によっては認識することができない方式で作られた記録をいう。以下同じ。）であって、実施機関が保有しているものをいう。
(2)　閲覧手数料保管場所　公文書の写しを保管する場所として町長が指定するものをいう。
(開示請求)
第2条　何人も、公文書の開示の請求（以下「要配慮請求」という。）をすることができる。
2　閲覧手数料保管場所において、電磁的記録を閲覧に供する。
"""


def _terms(text: str) -> list[str]:
    return sorted(t.term for t in parse_text(text).terms)


def test_full_width_spaces_inside_words_do_not_hide_a_term() -> None:
    clean = _terms(DRAFT)
    assert "電磁的記録" in clean and "要配慮請求" in clean
    damaged = DRAFT.replace("図画及び", "図画及　び").replace("以下同じ", "以下同　じ").replace(
        "「要配慮請求」", "「要配慮　請求」")
    assert _terms(damaged) == clean


def test_a_term_with_a_stray_space_is_reported_without_it_but_spans_the_file() -> None:
    damaged = DRAFT.replace("「要配慮請求」", "「要配慮　請求」")
    term = next(t for t in parse_text(damaged).terms if t.term == "要配慮請求")
    assert damaged[term.term_span.start : term.term_span.end] == "要配慮　請求"


def test_a_real_gap_before_a_definition_is_kept() -> None:
    # the full-width space between a 号-style term and its definition is not a stray one
    assert "公文書" in _terms(DRAFT)
    assert "公文書実施機関の職員が職務上作成した文書" not in _terms(DRAFT)


GLUED = """梅ノ木村個人情報保護条例
（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)実施機関村長、教育委員会及び議会をいう。
(2)複写実費保有個人情報の複写に要する費用として規則で定める額をいう。
(開示)
第2条　実施機関は、保有個人情報を開示するときは、複写の費用を徴収する。
"""


def test_a_glued_term_never_used_whole_elsewhere_ends_where_a_known_term_starts() -> None:
    # 複写 is used elsewhere, 複写実費 is not: the term ends before 保有個人情報, a known term
    ordinance = parse_text(GLUED)
    terms = sorted(t.term for t in ordinance.terms)
    assert terms == ["実施機関", "複写実費"]
    assert any(n.code == "parse.term_boundary" for n in ordinance.notices)


def test_an_inline_definition_with_a_stray_space_inside_ika_is_taken() -> None:
    for space in (" ", "\u3000"):
        damaged = DRAFT.replace("（以下「要配慮請求」という。）", f"（以{space}下「要配慮請求」という。）")
        assert "要配慮請求" in _terms(damaged)


UNMARKED = """檜山町個人情報保護条例
（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
 実施機関町長、教育委員会及び議会をいう。
 特定個人情報行政手続における特定の個人を識別するための番号 の利用等に関する法律に規定する特定個人情報をいう。
（責務）
第2条　実施機関は、特定個人情報を適正に取り扱わなければならない。
"""


def test_a_stray_space_inside_a_glued_definition_is_not_the_end_of_the_term() -> None:
    # markers dropped, terms glued to their definitions, a wrap's space inside the definition
    assert _terms(UNMARKED) == ["実施機関", "特定個人情報"]
