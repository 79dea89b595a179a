"""The wording helpers of findings: whole phrases, requests, basis and the draft's own style."""

from __future__ import annotations

import pytest

from ordreview.core.basis import drafting_basis, policy_basis, split_statute
from ordreview.core.model import Comparison, DiffChunk, Span
from ordreview.core.own_style import own_body, own_terms, restyle_definition
from ordreview.core.parse import parse_text
from ordreview.core.phrases import as_request, difference_sentences, whole_phrase


def test_a_difference_inside_a_bracket_is_quoted_with_the_whole_bracket() -> None:
    text = "行政機関の保有する個人情報の保護に関する法律施行令（平成15年政令第548号）第3条に定める"
    start = text.index("（平成")
    quoted = whole_phrase(text, start, start + 8)
    assert quoted.count("（") == quoted.count("）") == 1
    assert quoted.startswith("行政機関の保有する") and "（平成15年政令第548号）" in quoted


def test_difference_sentences_quote_whole_phrases_of_both_texts() -> None:
    draft, statute = "氏名、生年月日、その他の記述等により", "氏名、生年月日その他の記述等により"
    i = draft.index("日、") + 1
    comp = Comparison("記述等", "", draft, statute, "", (DiffChunk("delete", i, i + 1, i, i),), None)
    assert difference_sentences(comp, comp.chunks) == "条例の「生年月日、その他の記述等により」は、法では「生年月日その他の記述等により」である。"


@pytest.mark.parametrize(
    ("rule", "wanted"),
    [
        ("個人情報を二類型で定義すること。", "個人情報を二類型で定義されたい。"),
        ("附則に施行期日を定めること。", "附則に施行期日を定められたい。"),
        ("委託先にも同様の義務を課すこと。", "委託先にも同様の義務を課されたい。"),
        ("旧来の語と併用しないこと。", "旧来の語と併用しないこととされたい。"),
        ("整合を確認すること（法律には除外規定はない。）。", "整合を確認されたい（法律には除外規定はない。）。"),
        ("AをBとすること。定義は一か所に置くこと。", "AをBとされたい。定義は一か所に置かれたい。"),  # one register
        ("額を規則に委ねてはならない。", "額を規則に委ねてはならない。"),
    ],
)
def test_checklist_items_become_requests(rule: str, wanted: str) -> None:
    assert as_request(rule) == wanted


def test_unsure_statute_remarks_go_to_the_note() -> None:
    basis, note = split_statute("行政機関個人情報保護法 第2条第3項、行政機関個人情報保護法施行令（個人識別符号の条；第3条と思われる・要確認）")
    assert basis == "行政機関個人情報保護法 第2条第3項"
    assert "第3条と思われる" in note and "要確認" not in note
    assert split_statute("法第167条（条番号要確認）") == ("法第167条", "法第167条（条番号未確認）")
    assert split_statute("地方自治法 第14条第3項") == ("地方自治法 第14条第3項", "")


def test_policy_basis_marks_the_point_and_drafting_findings_name_their_rule() -> None:
    passage = "個人情報の定義の明確化、要配慮個人情報の取扱い、非識別加工情報を提供するための仕組みの整備等の事項について"
    assert "【要配慮個人情報の取扱い】" in policy_basis("B", passage)
    assert policy_basis("other", passage) == ""
    assert drafting_basis("条例内の引用条項の存在確認") == "法制執務（条例内の引用条項の存在確認）"


PARAGRAPH_STYLE = "\n".join([
    "あさぎり市個人情報保護条例",
    "（定義）",
    "第2条　この条例において「個人情報」とは、次に掲げるものをいう。",
    "　(1)　氏名等により特定の個人を識別することができるもの",
    "２　この条例において「実施機関」とは、市長及び教育委員会をいう。",
    "（責務）",
    "第3条　実施機関は、個人情報の保護に努めなければならない。",
])
MODEL = "(2)　個人識別符号　次のいずれかに該当するものをいう。\nア　身体の特徴を変換した符号\nイ　役務ごとに割り当てられた符号"


def test_a_model_item_definition_is_restyled_as_the_next_paragraph_of_a_paragraph_style_draft() -> None:
    ordinance = parse_text(PARAGRAPH_STYLE)
    span = ordinance.articles[0].paragraphs[1].span
    assert restyle_definition(ordinance, span, MODEL) == (
        "３　この条例において「個人識別符号」とは、次のいずれかに該当するものをいう。\n"
        "　(1)　身体の特徴を変換した符号\n　(2)　役務ごとに割り当てられた符号"
    )


def test_a_model_item_definition_is_numbered_as_the_next_item_of_an_item_style_draft() -> None:
    ordinance = parse_text("\n".join([
        "ひばり町個人情報保護条例", "（定義）", "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
        "　（１）　個人情報　個人に関する情報をいう。", "　（２）　実施機関　町長をいう。",
    ]))
    out = restyle_definition(ordinance, ordinance.articles[0].span, MODEL)
    assert out.startswith("（３）　個人識別符号　次のいずれかに")


def test_a_model_definitions_article_rewrites_the_drafts_own_item_for_that_term() -> None:
    ordinance = parse_text("\n".join([
        "ひばり町個人情報保護条例", "（定義）", "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
        "　（１）　実施機関　町長をいう。",
        "　（２）　個人情報　個人に関する情報であって、特定の個人が識別され得るものをいう。ただし、法人の役員に関する情報を除く。",
        "（責務）", "第3条　実施機関は、個人情報の保護に努めなければならない。",
    ]))
    model = ("（定義）\n第○条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。\n"
             "(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
             "ア　記述等（電磁的方式（…をいう。次号イにおいて同じ。）…）により特定の個人を識別することができるもの\n"
             "イ　個人識別符号が含まれるもの")
    at = ordinance.text.index("個人情報　個人に")
    assert restyle_definition(ordinance, Span(at, at + 4), model) == (
        "（２）　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。ただし、法人の役員に関する情報を除く。\n"
        "ア　記述等（電磁的方式（…をいう。以下同じ。）…）により特定の個人を識別することができるもの\n"
        "イ　個人識別符号が含まれるもの")
    # outside a 号 defining the term, the model article stays as it is (a new article)
    first = ordinance.text.index("実施機関　町長")
    assert restyle_definition(ordinance, Span(first, first + 4), model) == model


def test_model_placeholders_take_the_drafts_own_names() -> None:
    ordinance = parse_text(PARAGRAPH_STYLE.replace(
        "市長及び教育委員会をいう。",
        "市長及び教育委員会をいう。\n３　あさぎり市情報公開条例（平成12年あさぎり市条例第9号。以下「情報公開条例」という。）"))
    model = "公文書（○○市情報公開条例（平成○年○○市条例第○号）第2条第2項に規定する公文書をいう。）、○○市の機関"
    assert own_terms(ordinance, model) == "公文書（情報公開条例第2条第2項に規定する公文書をいう。）、あさぎり市の機関"


def test_a_missing_register_entry_is_the_drafts_own_register_paragraph_with_one_more_item() -> None:
    from ordreview.core.review import review_file
    from tests.conftest import FIXTURES

    (b3,) = [f for f in review_file(FIXTURES / "defects.txt").findings if f.requirement == "B3"]
    lines = b3.suggestion.splitlines()
    assert lines[0].startswith("第6条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）")
    assert lines[-3:] == ["(7)　個人情報を経常的に当該実施機関以外のものに提供するときは、その提供先",
                          "(8)　要配慮個人情報が含まれるときは、その旨",
                          "(9)　前各号に掲げるもののほか、規則で定める事項"]
    assert "第○条" not in b3.suggestion and "（個人情報取扱事務の登録等）" not in b3.suggestion


MAYOR_STYLE = "\n".join([
    "もみじ市個人情報保護条例",
    "（定義）",
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
    "　(1)　個人情報　生存する個人に関する情報をいう。",
    "　(2)　公文書　もみじ市情報公開条例（平成12年もみじ市条例第9号）第2条第2号に規定する公文書をいう。",
    "（責務）",
    "第3条　市長等は、個人情報の保護に努めなければならない。",
    "2　市長等は、個人情報を適正に管理しなければならない。",
    "第4条　市長は、毎年度、運用の状況を公表する。",
])


def test_a_model_wording_takes_the_drafts_own_body_word_when_it_defines_no_implementing_body() -> None:
    ordinance = parse_text(MAYOR_STYLE)
    assert own_body(ordinance) == "市長等"
    model = "実施機関の職員が職務上作成した個人情報であって、当該実施機関が保有し、実施機関非識別加工情報の作成に用いるもの"
    assert own_terms(ordinance, model) == (
        "市長等の職員が職務上作成した個人情報であって、当該市長等が保有し、実施機関非識別加工情報の作成に用いるもの")
    # a draft that defines 実施機関 keeps the model's word
    defined = parse_text(MAYOR_STYLE.replace("　(1)　個人情報", "　(1)　実施機関　市長及び教育委員会をいう。\n　(3)　個人情報"))
    assert own_body(defined) == ""
    assert own_terms(defined, model) == model


def test_a_term_the_draft_defines_is_used_without_the_models_definition_of_it() -> None:
    ordinance = parse_text(MAYOR_STYLE)
    model = "ただし、公文書（○○市情報公開条例（平成○年○○市条例第○号）第2条第2項に規定する公文書をいう。）に記録されているものに限る。"
    assert own_terms(ordinance, model) == "ただし、公文書に記録されているものに限る。"


def test_model_cross_references_take_the_drafts_articles_or_say_what_to_cite() -> None:
    from ordreview.core.own_style import own_references

    ordinance = parse_text(MAYOR_STYLE)
    model = ("（手数料）\n第○条　第○条の規定により実施機関非識別加工情報の利用に関する契約を締結する者は、"
             "手数料を納めなければならない。")
    # the draft's own article holding the contract provision is cited; the head stays to be numbered
    assert own_references(ordinance, "basic-policy-2016", "C14", model, {"C11": "第三十条の四"}) == model.replace(
        "第○条の規定により", "第三十条の四の規定により")
    # not in the draft: the placeholder stays and a note says what to cite there
    out = own_references(ordinance, "basic-policy-2016", "C14", model, {})
    assert out == model + "\n（第○条には、契約の締結を定める条を引用されたい。）"
    # a requirement without cross-references is left as it is
    assert own_references(ordinance, "basic-policy-2016", "A7", "第○条　…", {}) == "第○条　…"


def test_a_model_item_for_the_drafts_own_item_takes_its_marker() -> None:
    from ordreview.core.own_style import own_item_marker

    ordinance = parse_text(MAYOR_STYLE)
    at = ordinance.text.index("生存する個人")
    model = "（除外規定を削除する例）(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。"
    assert own_item_marker(ordinance, Span(at, at + 6), model) == model.replace("(1)", "(1)", 1)  # already (1)
    other = parse_text(MAYOR_STYLE.replace("　(1)　個人情報　生存する個人に関する情報をいう。\n", "")
                       .replace("　(2)　公文書", "　(1)　公文書").replace("規定する公文書をいう。",
                                                                      "規定する公文書をいう。\n　(2)　個人情報　生存する個人に関する情報をいう。"))
    at = other.text.index("生存する個人")
    assert own_item_marker(other, Span(at, at + 6), model) == model.replace("(1)", "(2)", 1)
    # a model 号 for another term is left as it is
    at = other.text.index("もみじ市情報公開条例")
    assert own_item_marker(other, Span(at, at + 4), model) == model


def test_a_short_name_the_draft_defines_later_is_written_as_the_draft_writes_it_there() -> None:
    from ordreview.core.own_style import own_abbreviations

    ordinance = parse_text("\n".join([
        "すずらん町個人情報保護条例",
        "（収集の制限）",
        "第3条　実施機関は、個人情報保護審議会の意見を聴いて必要と認めるときは、個人情報を収集することができる。",
        "（設置）",
        "第9条　すずらん町個人情報保護審議会（以下「審議会」という。）を置く。",
        "第10条　審議会は、委員5人以内で組織する。",
    ]))
    model = "(2)　審議会の意見を聴いて、必要かつ欠くことができないと認めるとき。"
    at = ordinance.text.index("個人情報を収集する")
    assert own_abbreviations(ordinance, Span(at, at + 2), model) == model.replace("審議会", "個人情報保護審議会")
    # after the definition the 略称 stands
    later = ordinance.text.index("委員5人")
    assert own_abbreviations(ordinance, Span(later, later + 2), model) == model


def test_a_definition_difference_is_never_quoted_as_a_raw_fragment(tmp_path) -> None:
    """A message quotes a difference only as short phrases an officer can read against the
    statute; a clause with its line break, or a cut fragment such as 「をいう」, is left to the
    comparison shown side by side, and the message says so."""
    import re

    from ordreview.core.phrases import SHOWN_APART
    from ordreview.core.review import review_file
    from tests.core.test_labels import YUZURIHA
    from tests.export.test_own_provision_edits import HEAD, INLINE, TAIL

    quoted = re.compile(r"「([^「」]*)」")
    for n, text in enumerate((YUZURIHA, HEAD + INLINE + TAIL)):
        path = tmp_path / f"d{n}.txt"
        path.write_text(text, encoding="utf-8")
        review = review_file(path)
        for f in review.findings:
            if "法律の定義との対照" not in f.message_ja and "法では" not in f.message_ja:
                continue
            assert "↵" not in f.message_ja and "\n" not in f.message_ja
            phrases = quoted.findall(f.message_ja.split("法律の定義との対照")[-1])
            assert all(len(p) <= 40 and p[:1] not in "をはがにのとでへやも" for p in phrases), f.message_ja
    (a4,) = [f for f in review_file(tmp_path / "d0.txt").findings if f.rule == "def.collation"]
    assert a4.message_ja.endswith(f"（法律の定義との対照：実質的な相違1箇所。{SHOWN_APART}）")
    assert a4.comparison is not None  # the two texts side by side, in the window and the report


def test_a_town_draft_gets_its_own_name_for_the_models_placeholder_city() -> None:
    from ordreview.core.own_style import own_terms

    ordinance = parse_text("みなと町個人情報保護条例\n（目的）\n第1条　目的を定める。\n")
    model = "公文書（○○市情報公開条例（平成○年○○市条例第○号）第2条第2項に規定する公文書をいう。）、○○市長"
    assert own_terms(ordinance, model) == "公文書（みなと町情報公開条例（平成○年みなと町条例第○号）第2条第2項に規定する公文書をいう。）、みなと町長"


def test_the_drafts_names_go_into_a_model_wording_as_written_even_with_a_backslash() -> None:
    # a title or a citation the draft writes with a backslash (a stray escape in a pasted web
    # page) is text: it must reach the suggestion unchanged, never be read as a regex escape
    ordinance = parse_text("\\u1\\gみなと町個人情報保護条例\n（目的）\n第1条　目的を定める。\n")
    model = "公文書（○○市情報公開条例（平成○年○○市条例第○号）第2条第2項に規定する公文書をいう。）、○○市長"
    assert own_terms(ordinance, model) == (
        "公文書（\\u1\\gみなと町情報公開条例（平成○年\\u1\\gみなと町条例第○号）第2条第2項に規定する公文書をいう。）、"
        "\\u1\\gみなと町長")
    cited = parse_text("みなと町個人情報保護条例\n（目的）\n第1条　この条例は、\\1みなと町情報公開条例（平成12年みなと町"
                       "条例第9号）と併せて定める。\n")
    assert own_terms(cited, "○○市情報公開条例（平成○年○○市条例第○号）") == "\\1みなと町情報公開条例（平成12年みなと町条例第9号）"
