"""Defined terms in 例規集 web copies: glued or split 号-style items, dropped markers, stray spaces."""

from __future__ import annotations

from ordreview.core.model import NodeRef
from ordreview.core.parse import parse_text

HEAD = "市個人情報保護条例\n（定義）\n第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
USES = (
    "（責務）\n第3条　実施機関は、市民の個人情報を保護しなければならない。\n"
    "2　実施機関は、保有個人情報を適切に管理しなければならない。\n"
)


def _terms(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.term, t.definition, t.where.article) for t in parse_text(text).terms]


def _codes(text: str) -> list[str]:
    return [n.code for n in parse_text(text).notices]


def test_glued_term_is_cut_where_the_draft_uses_the_word_and_the_notice_says_so() -> None:
    text = HEAD + (
        "(1)実施機関市長、教育委員会及び監査委員をいう。\n"
        "(2)市民本市の区域内に住所を有する者をいう。\n"
        "(3)保有個人情報実施機関の職員が職務上作成した個人情報をいう。\n"
    ) + USES
    assert _terms(text) == [
        ("実施機関", "市長、教育委員会及び監査委員", "2"),
        ("市民", "本市の区域内に住所を有する者", "2"),
        ("保有個人情報", "実施機関の職員が職務上作成した個人情報", "2"),
    ]
    o = parse_text(text)
    notes = [n for n in o.notices if n.code == "parse.term_boundary"]
    assert len(notes) == 1
    assert "「実施機関」、「市民」、「保有個人情報」" in notes[0].message_ja
    assert notes[0].span is not None and notes[0].span.slice(text) == "実施機関"


def test_glued_kanji_item_with_a_term_the_draft_never_uses_again_falls_back_on_the_vocabulary() -> None:
    text = HEAD + "　一　事業者法人その他の団体及び事業を営む個人をいう。\n　二　本人個人情報によって識別される特定の個人をいう。\n"
    assert [t[0] for t in _terms(text)] == ["事業者", "本人"]


def test_definition_opener_is_not_taken_into_the_term() -> None:
    text = HEAD + (
        "(1)非識別加工情報次に掲げる措置を講じて得られる情報をいう。\n"
        "(2)本人非識別加工情報の本人をいう。\n"
    )
    assert [t[0] for t in _terms(text)][0] == "非識別加工情報"


def test_term_on_its_own_line_ends_at_the_line_break_without_an_inference_notice() -> None:
    text = HEAD + "(1)　実施機関\n市長及び教育委員会をいう。\n(2)　本人\n個人情報によって識別される特定の個人をいう。\n"
    assert _terms(text) == [("実施機関", "市長及び教育委員会", "2"),
                            ("本人", "個人情報によって識別される特定の個人", "2")]
    assert "parse.term_boundary" not in _codes(text)


def test_spaced_items_keep_the_clean_reading() -> None:
    text = HEAD + "(1)　実施機関　市長及び教育委員会をいう。\n"
    assert _terms(text) == [("実施機関", "市長及び教育委員会", "2")]
    assert "parse.term_boundary" not in _codes(text)


def test_items_whose_markers_were_dropped_still_define_their_terms() -> None:
    text = HEAD + (
        "　実施機関　市長及び教育委員会をいう。\n"
        "　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
        "　　当該情報に含まれる氏名その他の記述等（文書に記載された事項をいう。以下同じ。）により特定の個人を識別できるもの\n"
        "　　個人識別符号が含まれるもの\n"
        "　市民本市の区域内に住所を有する者をいう。\n"
    ) + USES
    o = parse_text(text)
    # the indented lines became items (their numbers lost), the deeper ones sub-items of 個人情報
    assert [(t.term, t.style, t.where) for t in o.terms if t.style == "item"] == [
        ("実施機関", "item", NodeRef("2", 1, "1")),
        ("個人情報", "item", NodeRef("2", 1, "2")),
        ("市民", "item", NodeRef("2", 1, "3")),
    ]
    items = o.article("2").paragraphs[0].items
    assert [(i.num, i.title, len(i.items)) for i in items] == [("1", "", 0), ("2", "", 2), ("3", "", 0)]
    codes = [n.code for n in o.notices]
    assert codes.count("parse.markers_dropped") == 1
    assert codes.count("parse.term_boundary") == 1  # only 市民 was glued


def test_a_term_alone_on_a_line_after_a_dropped_marker_joins_its_definition() -> None:
    text = HEAD + "　実施機関\n　市長及び教育委員会をいう。\n　本人\n　個人情報によって識別される特定の個人をいう。\n"
    assert [t[0] for t in _terms(text)] == ["実施機関", "本人"]


def test_stray_spaces_inside_words_do_not_break_definitions() -> None:
    text = (
        "市条例\n第2条　この条例において「個人 情報」とは、生存する個人に関する情報をい う。\n"
        "2　実施機関は、電 磁的記録（電子的方式で作られる記録をいう。以下 同じ。）を管理する。\n"
    )
    terms = _terms(text)
    assert ("個人情報", "生存する個人に関する情報", "2") in terms
    assert "電磁的記録" in [t[0] for t in terms]
    o = parse_text(text)
    t = next(t for t in o.terms if t.term == "電磁的記録")
    assert t.term_span.slice(text) == "電 磁的記録"  # the span covers the characters of the file


def test_stray_space_inside_a_spaced_item_term() -> None:
    text = HEAD + "(1)　実施 機関　市長及び教育委員会をいう。\n"
    assert _terms(text) == [("実施機関", "市長及び教育委員会", "2")]


def test_a_dropped_item_citing_a_later_article_is_not_an_article_heading() -> None:
    text = (
        "市条例\n（定義）\n第2条　この条例において「実施機関非識別加工情報」とは、次の各号のいずれにも該当する情報をいう。\n"
        "　第15条第2項の規定により個人情報ファイル簿に掲載しないこととされるものでないこと。\n"
        "　実施機関の事務に支障のないものであること。\n"
        "（責務）\n第3条　実施機関は、保護に努めなければならない。\n"
    )
    o = parse_text(text)
    assert [a.num for a in o.articles] == ["2", "3"]


def test_first_marker_dropped_and_later_ones_kept() -> None:
    # the list cannot open on (2); the kept markers start items, the dropped ones keep their space
    text = HEAD + (
        "　　実施機関　市長及び教育委員会をいう。\n"
        "　(2)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
        "　　ア　氏名その他の記述等により特定の個人を識別することができるもの\n"
        "　　　個人識別符号が含まれるもの\n"
        "　(3)　市民　本市の区域内に住所を有する者をいう。\n"
        "　　本人　個人情報によって識別される特定の個人をいう。\n"
    ) + USES
    assert [t[0] for t in _terms(text)] == ["実施機関", "個人情報", "市民", "本人"]
    assert "parse.markers_dropped" in _codes(text)


def test_one_marker_lost_between_kept_ones() -> None:
    text = HEAD + (
        "(1)　実施機関　市長及び教育委員会をいう。\n"
        "　市民　本市の区域内に住所を有する者をいう。\n"
        "(3)　本人　個人情報によって識別される特定の個人をいう。\n"
    ) + USES
    assert [t[0] for t in _terms(text)] == ["実施機関", "市民", "本人"]


def test_a_hanging_indent_wrap_of_a_definition_is_not_a_new_item() -> None:
    text = HEAD + (
        "(1)　実施機関　市長、教育委員会、選挙管理委員会、\n"
        "　　監査委員及び農業委員会をいう。\n"
        "(2)　本人　個人情報によって識別される特定の個人をいう。\n"
    )
    assert _terms(text) == [("実施機関", "市長、教育委員会、選挙管理委員会、監査委員及び農業委員会", "2"),
                            ("本人", "個人情報によって識別される特定の個人", "2")]


def test_numbers_alone_on_their_lines_as_a_table_copied_cell_by_cell() -> None:
    text = (
        "市条例\n（ファイル簿）\n第5条\n実施機関は、次に掲げる事項を記載しなければならない。\n"
        "(1)\n第6条第1項の提案の募集をする旨\n(2)\n第6条第1項の提案を受ける組織の名称\n"
        "2\n第6条第2項の規定は、前項の記載について準用する。\n"
        "（提案の募集）\n第6条\n実施機関は、提案を募集するものとする。\n2\n前項の募集は、毎年度行う。\n"
    )
    o = parse_text(text)
    assert [a.num for a in o.articles] == ["5", "6"]
    assert [a.caption for a in o.articles] == ["ファイル簿", "提案の募集"]
    five = o.articles[0]
    assert [p.num for p in five.paragraphs] == [1, 2]
    assert [i.title for i in five.paragraphs[0].items] == ["(1)", "(2)"]


def test_a_list_of_matters_that_lost_its_numbers_keeps_one_item_per_line() -> None:
    text = (
        "市条例\n（登録）\n第6条　実施機関は、次に掲げる事項を登録しなければならない。\n"
        "　　個人情報取扱事務の名称\n　　個人情報取扱事務の目的\n　　記録項目\n"
        "2　実施機関は、登録簿を閲覧に供しなければならない。\n"
    )
    o = parse_text(text)
    items = o.article("6").paragraphs[0].items
    assert [i.text for i in items] == ["個人情報取扱事務の名称", "個人情報取扱事務の目的", "記録項目"]
    assert [p.num for p in o.article("6").paragraphs] == [1, 2]
    assert [n.code for n in o.notices] == ["parse.markers_dropped"]


def test_a_hanging_indent_continuation_of_an_unmarked_item_stays_in_it() -> None:
    text = (
        "市条例\n第6条　実施機関は、次に掲げる場合を除き、提供してはならない。\n"
        "　本人の同意があるとき、又は本人に提供する場合で\n"
        "　　実施機関が特に認めるとき。\n"
        "　法令等に定めがあるとき。\n"
    )
    items = parse_text(text).article("6").paragraphs[0].items
    assert len(items) == 2


def test_a_later_number_reveals_the_lines_that_lost_theirs() -> None:
    text = (
        "市条例\n第15条　実施機関は、次に掲げる事項を記載した帳簿を作成しなければならない。\n"
        "　(1)　個人情報ファイルの名称\n"
        "　　個人情報ファイルの利用目的\n"
        "　(3)　記録項目\n"
        "　(4)　前3号に掲げるもののほか、規則で定める事項\n"
    )
    o = parse_text(text)
    items = o.article("15").paragraphs[0].items
    assert [(i.num, i.title) for i in items] == [("1", "(1)"), ("2", ""), ("3", "(3)"), ("4", "(4)")]
    codes = [n.code for n in o.notices]
    assert "parse.item_gap" not in codes and "parse.markers_dropped" in codes


def test_lost_sub_item_letters_are_counted_when_cited() -> None:
    text = (
        "町条例\n第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
        "　　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
        "　　　氏名その他の記述等により特定の個人を識別することができるもの\n"
        "　　　次号ロに規定する符号が含まれるもの\n"
        "　　個人識別符号　次のいずれかに該当する符号をいう。\n"
        "　　　身体の特徴を変換した符号\n"
        "　　　旅券の番号その他の符号\n"
        "（責務）\n第3条　実施機関は、個人情報を保護しなければならない。\n"
    )
    o = parse_text(text)
    ref = next(r for r in o.references if r.text.startswith("次号"))
    assert ref.target is not None and ref.target.item == "2.2"


def test_a_flat_copy_of_a_glossary_keeps_sub_items_under_their_term() -> None:
    # no indentation left but the space each lost number leaves: the structure comes from the
    # wording (a term announcing its own list; lines that define nothing; the next defining line)
    text = HEAD + (
        "　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。\n"
        "　氏名その他の記述等により特定の個人を識別することができるもの\n"
        "　個人識別符号が含まれるもの\n"
        "　本人　個人情報によって識別される特定の個人をいう。\n"
    ) + USES
    items = parse_text(text).article("2").paragraphs[0].items
    assert [(i.num, len(i.items)) for i in items] == [("1", 2), ("2", 0)]
    assert [t[0] for t in _terms(text)] == ["個人情報", "本人"]


def test_a_glued_term_is_not_cut_inside_the_known_word_its_definition_opens_with() -> None:
    # 「個人情報ファイル保有」 occurs in a caption, but 保有個人情報 opens the definition
    text = HEAD + "(1)個人情報ファイル保有個人情報を含む情報の集合物をいう。\n" + (
        "（個人情報ファイル保有の通知）\n第3条　実施機関は、個人情報ファイルを保有しようとするときは、通知しなければならない。\n"
    )
    assert [t[0] for t in _terms(text)] == ["個人情報ファイル"]


def test_in_a_damaged_copy_a_term_on_its_own_line_still_takes_the_indented_definition() -> None:
    text = HEAD + (
        "(1)　実施機関\n　　市長及び教育委員会をいう。\n"
        "　　本人　個人情報によって識別される特定の個人をいう。\n"  # (2) lost: the copy is damaged
        "(3)　市民　本市の区域内に住所を有する者をいう。\n"
    ) + USES
    assert _terms(text) == [("実施機関", "市長及び教育委員会", "2"),
                            ("本人", "個人情報によって識別される特定の個人", "2"),
                            ("市民", "本市の区域内に住所を有する者", "2")]
