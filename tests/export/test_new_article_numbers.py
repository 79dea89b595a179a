"""New articles proposed for missing provisions, numbered where they go in the 対照表 and in the
tracked insertions: distinct numbers when several go after one article, in the statute's order,
the next whole number after the last article, no 「の1」, the draft's own numerals."""

from __future__ import annotations

import re
from dataclasses import replace

from ordreview.core.model import Location
from ordreview.core.parse import parse_text
from ordreview.export.report import placed_suggestions, side_by_side_entries
from tests.export.helpers import finding, review_of, span_of

DRAFT = """架空郷町個人情報保護条例
第1章　総則
（目的）
第1条　この条例は、個人の権利利益を保護することを目的とする。
（定義）
第5条　この条例において「個人情報」とは、生存する個人に関する情報をいう。
（実施機関の責務）
第5条の2　実施機関は、個人情報の保護に努めなければならない。
第2章　非識別加工情報
（作成及び提供）
第6条　実施機関は、非識別加工情報を作成し、及び提供することができる。
（契約の締結）
第7条　実施機関は、提案をした者と契約を締結する。
第3章　雑則
（委任）
第8条　この条例の施行に関し必要な事項は、規則で定める。
附　則
この条例は、公布の日から施行する。"""

SAFETY = "（安全確保の措置）\n第○条　実施機関は、非識別加工情報の漏えいを防止するために必要な措置を講じなければならない。"
DUTY = "（従事者の義務）\n第○条　非識別加工情報の取扱いに従事する職員は、その内容をみだりに他人に知らせてはならない。"
RECORD = "（記録）\n第○条　実施機関は、非識別加工情報の提供の記録を作成しなければならない。"
REPORT = "（運用状況の公表）\n第○条　実施機関は、毎年度、この条例の運用の状況を公表するものとする。"


def _gap(ordinance, needle: str, requirement: str, suggestion: str):
    doc = ordinance.document
    span = span_of(doc, needle)
    f = finding(doc, span, rule="gap", requirement=requirement, severity="error",
                message_ja=f"{requirement}の規定がない。", suggestion=suggestion, point="C")
    art = next(a for a in ordinance.articles if a.span.start <= span.start < a.span.end)
    return replace(f, location=Location(art.num, None, None, span))  # anchored on that article, as the engine does


def _review(text: str, specs):
    ordinance = parse_text(text, path="draft.txt")
    return review_of(ordinance, [_gap(ordinance, *spec) for spec in specs])


def _new_rows(review):
    return [(e.heading, e.left) for e in side_by_side_entries(review) if e.right == "（新設）"]


def test_three_new_articles_after_one_article_get_three_numbers_in_the_statutes_order() -> None:
    # given in the reverse of the statute's order (第44条の16, 第44条の15): numbered in its order
    review = _review(DRAFT, [("第7条　実施機関は", "C17", DUTY), ("第7条　実施機関は", "C16", SAFETY),
                             ("第7条　実施機関は", "C19", RECORD)])
    rows = _new_rows(review)
    titles = [re.search(r"第[0-9]+条(?:の[0-9]+)*", left).group(0) for _, left in rows]
    assert titles == ["第7条の2", "第7条の3", "第7条の4"]  # distinct, in the order the rows stand
    assert "安全確保" in rows[0][1] and "従事者" in rows[1][1] and "記録" in rows[2][1]
    assert [h.split("（新設）")[0] for h, _ in rows] == titles
    assert sorted(placed_suggestions(review).values()) == sorted(left for _, left in rows)


def test_rows_of_new_articles_stand_in_article_order() -> None:
    # anchors in document order 第8条, 第1条, 第7条: the rows follow the articles' numbers
    review = _review(DRAFT, [("第8条　この条例", "O1", REPORT), ("第1条　この条例", "A1", RECORD),
                             ("第7条　実施機関は", "C16", SAFETY)])
    titles = [re.search(r"第[0-9]+条(?:の[0-9]+)*", left).group(0) for _, left in _new_rows(review)]
    assert titles == ["第1条の2", "第7条の2", "第9条"]  # after the last article: the next number


def test_a_new_article_between_an_article_and_its_first_branch_moves_the_branch_down() -> None:
    review = _review(DRAFT, [("第5条　この条例", "A1", RECORD)])
    ((heading, left),) = _new_rows(review)
    assert left.splitlines()[1].startswith("第5条の2　")
    assert "第5条の1の2" not in left
    assert "原案の第5条の2を第5条の3とする。" in heading


def test_new_articles_at_the_end_of_a_chapter_stay_in_it_with_branch_numbers() -> None:
    review = _review(DRAFT, [("第7条　実施機関は", "C16", SAFETY), ("第7条　実施機関は", "C17", DUTY)])
    titles = [re.search(r"第[0-9]+条(?:の[0-9]+)*", left).group(0) for _, left in _new_rows(review)]
    assert titles == ["第7条の2", "第7条の3"]  # 第3章 starts with 第8条: branches keep it in place


def test_kanji_and_full_width_drafts_get_the_new_numbers_in_their_own_numerals() -> None:
    kanji = DRAFT
    for a, b in [("第8条", "第八条"), ("第7条", "第七条"), ("第6条", "第六条"), ("第5条の2", "第五条の二"),
                 ("第5条", "第五条"), ("第1条", "第一条")]:
        kanji = kanji.replace(a, b)
    review = _review(kanji, [("第七条　実施機関は", "C16", SAFETY), ("第七条　実施機関は", "C17", DUTY)])
    lefts = [left for _, left in _new_rows(review)]
    assert [x.splitlines()[1].split("　")[0] for x in lefts] == ["第七条の二", "第七条の三"]
    full = DRAFT.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    review = _review(full, [("第７条　実施機関は", "C16", SAFETY), ("第７条　実施機関は", "C17", DUTY)])
    lefts = [left for _, left in _new_rows(review)]
    assert [x.splitlines()[1].split("　")[0] for x in lefts] == ["第７条の２", "第７条の３"]


def test_tracked_insertions_after_one_article_stand_in_the_order_of_their_numbers() -> None:
    from ordreview.export.anchor import SpanMapper
    from ordreview.export.changes import Insertion, plan_suggestions
    from ordreview.export.docx_build import build_document

    review = _review(DRAFT, [("第7条　実施機関は", "C17", DUTY), ("第7条　実施機関は", "C16", SAFETY),
                             ("第7条　実施機関は", "C19", RECORD)])
    built = build_document(review.ordinance)
    plans = plan_suggestions(review, SpanMapper(review.ordinance.document, built.paragraphs))
    inserted = [p for p in plans if isinstance(p, Insertion)]
    assert len({p.block for p in inserted}) == 1
    # apply_suggestions keeps the list order for one paragraph: the numbers run on in the draft
    assert [p.text.splitlines()[1].split("　")[0] for p in inserted] == ["第7条の2", "第7条の3", "第7条の4"]


def test_a_model_article_under_the_caption_of_the_drafts_own_article_completes_it() -> None:
    # 第6条 is the draft's （作成及び提供）: the model article for it is no second article
    model = "（作成及び提供）\n第○条　実施機関は、この章の規定に従い、非識別加工情報を作成し、及び提供することができる。"
    review = _review(DRAFT, [("第6条　実施機関は", "C4", model), ("第7条　実施機関は", "C16", SAFETY)])
    entries = side_by_side_entries(review)
    (own,) = [e for e in entries if "作成及び提供" in e.left]
    assert own.right.startswith("（作成及び提供）\n第6条　")  # the draft's article, with 傍線 on the change
    assert own.left.startswith("（作成及び提供）\n第6条　") and own.left_marks
    titles = [re.search(r"第[0-9]+条(?:の[0-9]+)*", left).group(0) for _, left in _new_rows(review)]
    assert titles == ["第7条の2"]  # the one new article keeps its number


def test_a_model_article_with_the_drafts_own_number_is_compared_with_that_article() -> None:
    model = "（目的）\n第1条　この条例は、個人情報の適正な取扱いを定め、個人の権利利益を保護することを目的とする。"
    review = _review(DRAFT, [("第1条　この条例", "O12", model)])
    (entry,) = side_by_side_entries(review)
    assert entry.right.startswith("（目的）\n第1条　この条例は、個人の権利利益")
    assert entry.right != "（新設）"


def test_a_placeholder_citing_another_article_inside_a_provision_is_not_its_number() -> None:
    item = "(2)　非識別加工情報　第○条第1項に規定する個人情報ファイル簿に掲載されている個人情報ファイルを加工したもの"
    review = _review(DRAFT, [("第5条　この条例", "C2", item)])
    assert not [e for e in side_by_side_entries(review) if re.search(r"第5条の[0-9]+第1項", e.left)]


def test_new_items_in_a_kanji_numbered_draft_run_on() -> None:
    from ordreview.export.provision_rows import ProvisionRow, consecutive_item

    seen: dict = {}
    first = ProvisionRow("十一　本人　個人情報によって識別される特定の個人をいう。", "（新設）", ((0, 5),), ())
    second = ProvisionRow("十一　個人情報ファイル　保有個人情報を含む情報の集合物をいう。", "（新設）", ((0, 5),), ())
    assert consecutive_item(first, "2", seen).new.startswith("十一　本人")
    assert consecutive_item(second, "2", seen).new.startswith("十二　個人情報ファイル")


def test_a_new_article_in_a_kanji_draft_cites_and_numbers_its_items_in_kanji() -> None:
    kanji = DRAFT
    for a, b in [("第8条", "第八条"), ("第7条", "第七条"), ("第6条", "第六条"), ("第5条の2", "第五条の二"),
                 ("第5条", "第五条"), ("第1条", "第一条")]:
        kanji = kanji.replace(a, b)
    kanji = kanji.replace("第五条　この条例において「個人情報」とは、生存する個人に関する情報をいう。",
                          "第五条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
                          "一　個人情報　生存する個人に関する情報をいう。\n二　実施機関　町長をいう。")
    model = ("（提供の制限）\n第○条　実施機関は、次の各号のいずれかに該当する場合を除き、提供してはならない。\n"
             "(1)　第6条第1項の規定による場合\n(2)　法令に基づく場合")
    review = _review(kanji, [("第七条　実施機関は", "C4", model)])
    ((_, left),) = _new_rows(review)
    assert left.splitlines()[1].startswith("第七条の二　")
    assert left.splitlines()[2] == "一　第六条第一項の規定による場合"
    assert left.splitlines()[3] == "二　法令に基づく場合"


def test_a_model_article_for_the_drafts_own_article_is_written_in_the_drafts_numerals() -> None:
    full = DRAFT.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    model = "（目的）\n第1条　この条例は、第5条に定める個人情報の適正な取扱いを定め、個人の権利利益を保護することを目的とする。"
    review = _review(full, [("第１条　この条例", "O12", model)])
    (entry,) = side_by_side_entries(review)
    assert entry.left.startswith("（目的）\n第１条　この条例は、第５条に定める")
    title_end = entry.left.index("　")
    assert all(a >= title_end for a, _ in entry.left_marks)  # no 傍線 on the article's own number
