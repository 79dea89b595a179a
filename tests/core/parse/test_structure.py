"""Structure pass: articles, captions, paragraphs, items, divisions, 目次, 附則, 別表, title."""

from __future__ import annotations

import pytest

from ordreview.core.model import Span
from ordreview.core.parse import parse_text
from tests.core.parse.helpers import coverage_problems, outline


@pytest.mark.parametrize(
    ("line", "num", "title"),
    [
        ("第2条　本文", "2", "第2条"),
        ("第２条　本文", "2", "第２条"),
        ("第十二条　本文", "12", "第十二条"),
        ("第百二条　本文", "102", "第百二条"),
        ("第34条の2　本文", "34_2", "第34条の2"),
        ("第三十四条の二　本文", "34_2", "第三十四条の二"),
        ("第2条の2の2　本文", "2_2_2", "第2条の2の2"),
        ("第 1 条この条例は", "1", "第1条"),
        ("第3条", "3", "第3条"),
    ],
)
def test_article_numbers(line: str, num: str, title: str) -> None:
    o = parse_text(line)
    assert [(a.num, a.title) for a in o.articles] == [(num, title)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第3条　削除", [("3", True, [])]),
        ("第4条から第6条まで　削除", [("4:6", True, [])]),
        ("第４条から第６条まで　削除\n第7条　本文", [("4:6", True, []), ("7", False, [1])]),
        ("第5条　本文\n第6条及び第7条　削除", [("5", False, [1]), ("6:7", True, [])]),
    ],
)
def test_deleted_articles(text: str, expected: list) -> None:
    o = parse_text(text)
    got = [(a.num, a.deleted, [p.num for p in a.paragraphs]) for a in o.articles]
    assert got == expected


CAPTIONS = """\
（目的）
第1条　目的を定める。
(定義)
第2条　定義を定める。
（委員）
第3条　委員を置く。
第4条　委員の任期は、2年とする。
（会長）
第5条　会長を置く。
"""
#          caption      caption_span
CAPTION_EXPECTED = [
    ("1", "目的", True),
    ("2", "定義", True),
    ("3", "委員", True),
    ("4", "委員", False),  # a common caption: caption_span only on the first
    ("5", "会長", True),
]


def test_captions_and_common_caption() -> None:
    o = parse_text(CAPTIONS)
    got = [(a.num, a.caption, a.caption_span is not None) for a in o.articles]
    assert got == CAPTION_EXPECTED
    first = o.articles[0]
    assert first.caption_span == Span(0, 4)
    assert first.span.start == 0  # the article starts at its caption
    assert o.articles[3].span.start == CAPTIONS.index("第4条")


@pytest.mark.parametrize(
    ("text", "caption", "para_text"),
    [
        ("(目的)第1条 この条例は、定める。", "目的", "この条例は、定める。"),
        ("（目的）第１条　この条例は、定める。", "目的", "この条例は、定める。"),
        ("( 目的 ) 第 1 条この条例は、定める。", "目的", "この条例は、定める。"),
    ],
)
def test_caption_on_the_article_line(text: str, caption: str, para_text: str) -> None:
    o = parse_text(text)
    (art,) = o.articles
    assert (art.num, art.caption, art.paragraphs[0].text) == ("1", caption, para_text)
    assert art.caption_span is not None and art.caption_span.start == 0


AMENDED = """\
(平一二規則二三一・追加)
(目的)
第1条　目的を定める。
（平29条例5・一部改正）
（定義）
第2条　定義を定める。
"""


def test_amendment_notes_are_not_captions() -> None:
    o = parse_text(AMENDED)
    assert [(a.num, a.caption) for a in o.articles] == [("1", "目的"), ("2", "定義")]
    first, second = o.articles
    assert first.span.start == 0  # a note before the caption belongs to the next article
    note2 = AMENDED.index("（平29")
    assert first.span.end == AMENDED.index("）\n（定義）") + 1  # the later note is kept with 第1条
    assert second.span.start == AMENDED.index("（定義）")
    assert [n.code for n in o.notices] == ["parse.amendment_note", "parse.amendment_note"]
    assert o.notices[1].span == Span(note2, note2 + len("（平29条例5・一部改正）"))
    assert o.unplaced == ()


ITEMS = """\
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　個人情報　生存する個人に関する情報をいう。
　(2)　実施機関　市長をいう。
2　前項の規定は、次に掲げる場合に適用する。
　（１）　甲の場合
　　ア　甲の一
　　イ　甲の二
　　　(ア)　甲の二の一
　　　(イ)　甲の二の二
　　ウ　甲の三
　（２）　乙の場合
３　第1項の規定にかかわらず、次のとおりとする。
　⑴　丙
　⑵　丁
　　(i)　丁の一
　　(ii)　丁の二
"""


def test_paragraphs_items_and_sub_items() -> None:
    o = parse_text(ITEMS)
    assert outline(o) == [
        ("1", None, [
            (1, None, ["(1)", "(2)"]),
            (2, "2", [("（１）", ["ア", ("イ", ["(ア)", "(イ)"]), "ウ"]), "（２）"]),
            (3, "３", ["⑴", ("⑵", ["(i)", "(ii)"])]),
        ]),
    ]
    para2 = o.articles[0].paragraphs[1]
    assert para2.text == "前項の規定は、次に掲げる場合に適用する。"
    assert para2.items[0].text == "甲の場合"
    assert para2.items[0].items[1].items[0].text == "甲の二の一"
    assert [i.num for i in para2.items[0].items] == ["1", "2", "3"]


NATIONAL = """\
第一条　次に掲げる用語の意義は、当該各号に定めるところによる。
　一　甲　甲をいう。
　　イ　甲の一
　　ロ　甲の二
　二　乙　乙をいう。
２　前項の規定は、適用する。
　一　丙
"""


def test_national_style_kanji_items_and_iroha() -> None:
    o = parse_text(NATIONAL)
    assert outline(o) == [
        ("1", None, [(1, None, [("一", ["イ", "ロ"]), "二"]), (2, "２", ["一"])]),
    ]


FLAT = """\
(定義)
第2条 この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 個人情報 生存する個人に関する情報をいう。
ア 甲
イ 乙
(2) 実施機関 市長をいう。
2 前項の規定は、適用する。
3 次に掲げる場合は、この限りでない。
1 甲の場合
2 乙の場合
4 前3項の規定は、準用する。
"""


def test_flat_text_without_indentation() -> None:
    o = parse_text(FLAT)
    assert outline(o) == [
        ("2", "定義", [
            (1, None, [("(1)", ["ア", "イ"]), "(2)"]),
            (2, "2", []),
            (3, "3", ["1", "2"]),  # bare numbers after a 柱書 ending in 次に掲げる… are items
            (4, "4", []),
        ]),
    ]


PDF = """\
( 目的 ) 第 1 条この条例は、目的を定める。
( 定義 ) 第 2 条この条例において、次の各号に掲げる用語の意義は、当該各号に定める。
( 1 ) 個人情報 生存する個人に関する情報をいう。
( 2 ) 実施機関 市長をいう。
2 前項の規定は、適用する。
"""


def test_pdf_flattened_text() -> None:
    o = parse_text(PDF)
    assert outline(o) == [
        ("1", "目的", [(1, None, [])]),
        ("2", "定義", [(1, None, ["( 1 )", "( 2 )"]), (2, "2", [])]),
    ]
    assert o.articles[0].paragraphs[0].text == "この条例は、目的を定める。"


WRAPPED = """\
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し
必要な事項を定めるものとする。
2　前項の規定は、次に掲げる
場合に適用する。
　(1)　甲の
　場合
　(2)　乙の場合
アクセス記録の場合も同様とする。
"""


def test_wrapped_lines_continue_the_current_unit() -> None:
    o = parse_text(WRAPPED)
    (art,) = o.articles
    p1, p2 = art.paragraphs
    assert p1.text == "この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。"
    assert p2.text == "前項の規定は、次に掲げる場合に適用する。"
    assert [i.text for i in p2.items] == ["甲の場合", "乙の場合アクセス記録の場合も同様とする。"]
    assert art.span.end == len(WRAPPED) - 1


@pytest.mark.parametrize(
    ("line", "is_item"),
    [
        ("ア　甲", True),
        ("アクセス記録の場合", False),
        ("イメージの場合", False),
        ("(ア)甲", True),
    ],
)
def test_katakana_words_are_not_sub_items(line: str, is_item: bool) -> None:
    o = parse_text(f"第1条　次に掲げるもの\n(1)　甲\n{line}")
    item = o.articles[0].paragraphs[0].items[0]
    assert (len(item.items) == 1) is is_item


DIVISIONS = """\
○○市個人情報保護条例
平成17年3月25日
条例第12号
目次
　第1章　総則（第1条―第2条）
　第2章　保護
　　第1節　取扱い（第3条－第4条）
　　第2節　ファイル（第5条・第6条）
　第2章の2　非識別加工情報（第6条の2）
　附則

第1章　総則
（目的）
第1条　目的を定める。
第2条　定義を定める。
第2章　保護
第1節　取扱い
第3条　収集する。
第4条　利用する。
第2節　ファイル
第5条　作成する。
第6条　公表する。
第2章の2　非識別加工情報
第6条の2　提供する。
附　則
この条例は、公布の日から施行する。
"""


def test_title_law_number_toc_and_divisions() -> None:
    o = parse_text(DIVISIONS)
    assert o.title == "○○市個人情報保護条例"
    assert o.title_span == Span(0, 11)
    assert o.law_num == "平成17年条例第12号"
    assert [text for text, _ in o.preamble] == ["平成17年3月25日", "条例第12号", "目次"]
    assert [(e.division_title, e.first, e.last) for e in o.toc] == [
        ("第1章", "1", "2"),
        ("第2章", None, None),
        ("第1節", "3", "4"),
        ("第2節", "5", "6"),
        ("第2章の2", "6_2", "6_2"),
        ("附則", None, None),
    ]
    assert [(d.kind, d.num, d.key, d.title, d.caption, d.parent, d.articles) for d in o.divisions] == [
        ("章", "1", "1", "第1章", "総則", None, ("1", "2")),
        ("章", "2", "2", "第2章", "保護", None, ("3", "4", "5", "6")),
        ("節", "1", "2.1", "第1節", "取扱い", "2", ("3", "4")),
        ("節", "2", "2.2", "第2節", "ファイル", "2", ("5", "6")),
        ("章", "2_2", "2_2", "第2章の2", "非識別加工情報", None, ("6_2",)),
    ]
    assert [(a.num, a.chapter) for a in o.articles] == [
        ("1", "1"), ("2", "1"), ("3", "2.1"), ("4", "2.1"), ("5", "2.2"), ("6", "2.2"), ("6_2", "2_2"),
    ]
    chapter2 = o.divisions[1]
    assert chapter2.span == Span(DIVISIONS.index("第2章　保護\n第1節"), DIVISIONS.index("\n第2章の2"))
    (suppl,) = o.suppl_provisions
    assert (suppl.label, suppl.amend_law_num, len(suppl.paragraphs)) == ("附　則", None, 1)
    assert suppl.paragraphs[0].text == "この条例は、公布の日から施行する。"
    assert coverage_problems(o) == []


SUPPL = """\
第1条　本文
附　則
（施行期日）
1　この条例は、平成17年4月1日から施行する。
（経過措置）
2　この条例の施行前になされた請求は、なお従前の例による。
附則（平成29年条例第5号）
（施行期日）
第1条　この条例は、平成29年5月30日から施行する。
（経過措置）
第2条　前条の規定にかかわらず、従前の例による。
付則（令和2年条例第3号）
この条例は、公布の日から施行する。
別表第1（第5条関係）
区分　内容
甲　乙
様式第1号（第3条関係）
請求書
"""


def test_supplementary_provisions_and_tables() -> None:
    o = parse_text(SUPPL)
    assert [a.num for a in o.articles] == ["1"]
    got = [
        (s.label, s.amend_law_num, [(a.num, a.caption, a.in_suppl) for a in s.articles],
         [(p.num, p.printed_num) for p in s.paragraphs])
        for s in o.suppl_provisions
    ]
    assert got == [
        ("附　則", None, [], [(1, "1"), (2, "2")]),
        ("附則", "平成29年条例第5号", [("1", "施行期日", True), ("2", "経過措置", True)], []),
        ("付則", "令和2年条例第3号", [], [(1, None)]),
    ]
    assert [(t.title, t.text) for t in o.tables] == [
        ("別表第1（第5条関係）", "区分　内容\n甲　乙"),
        ("様式第1号（第3条関係）", "請求書"),
    ]
    assert coverage_problems(o) == []


def test_text_that_cannot_be_placed_is_kept_and_warned() -> None:
    text = "第1章　総則\nこの章の説明文です。\n第1条　本文\n第2章　雑則\n（孤立した見出し）"
    o = parse_text(text)
    assert [s.slice(text) for s in o.unplaced] == ["この章の説明文です。", "（孤立した見出し）"]
    assert [n.code for n in o.notices] == ["parse.unplaced", "parse.unplaced"]
    assert "この章の説明文です。" in o.notices[0].message_ja
    assert coverage_problems(o) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("", ["parse.no_article"]),
        ("ただの文章です。\n条例ではありません。", ["parse.no_article"]),
    ],
)
def test_no_article(text: str, codes: list[str]) -> None:
    o = parse_text(text)
    assert o.articles == ()
    assert [n.code for n in o.notices] == codes


def test_item_number_gap_is_warned() -> None:
    o = parse_text("第1条　次に掲げる\n(1)　甲\n(3)　丙")
    assert outline(o) == [("1", None, [(1, None, ["(1)", "(3)"])])]
    assert [n.code for n in o.notices] == ["parse.item_gap"]


def test_proviso_span() -> None:
    text = "第1条　甲とする。ただし、乙はこの限りでない。"
    o = parse_text(text)
    assert o.articles[0].paragraphs[0].proviso == Span(text.index("ただし"), len(text))


def test_citation_at_line_start_is_not_an_article() -> None:
    text = "第1条　甲は、\n第1条の規定にかかわらず、乙とする。\n第2条　丙"
    o = parse_text(text)
    assert [a.num for a in o.articles] == ["1", "2"]
    assert o.articles[0].paragraphs[0].text == "甲は、第1条の規定にかかわらず、乙とする。"


@pytest.mark.parametrize(
    ("text", "titles", "nums"),
    [
        ("第1条　次に掲げる\n(1)　甲\n(2)　乙\n(2の2)　乙の二\n(2の3)　乙の三\n(3)　丙",
         ["(1)", "(2)", "(2の2)", "(2の3)", "(3)"], ["1", "2", "2_2", "2_3", "3"]),
        ("第1条　次に掲げる\n一　甲\n一の二　甲の二\n二　乙", ["一", "一の二", "二"], ["1", "1_2", "2"]),
    ],
)
def test_branch_items(text: str, titles: list[str], nums: list[str]) -> None:
    items = parse_text(text).articles[0].paragraphs[0].items
    assert ([i.title for i in items], [i.num for i in items]) == (titles, nums)


def test_title_below_a_promulgation_sentence() -> None:
    text = (
        "ひな町個人情報保護条例をここに公布する。\n"
        "　　平成17年3月25日\n"
        "ひな町条例第12号\n"
        "　　ひな町個人情報保護条例\n"
        "第1条　本文\n"
    )
    o = parse_text(text)
    assert o.title == "ひな町個人情報保護条例"
    assert o.title_span is not None and o.title_span.slice(text) == "ひな町個人情報保護条例"
    assert [t for t, _ in o.preamble] == [
        "ひな町個人情報保護条例をここに公布する。", "平成17年3月25日", "ひな町条例第12号"]
    assert o.law_num == "平成17年条例第12号"
    assert coverage_problems(o) == []


def test_caption_with_brackets_inside() -> None:
    o = parse_text("（個人情報ファイル簿（電子計算機処理に係るもの）の作成）\n第15条　作成する。")
    assert o.articles[0].caption == "個人情報ファイル簿（電子計算機処理に係るもの）の作成"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 項 numbered in kanji after a 柱書 that opens no list
        ("第一条　甲とする。\n二　乙とする。\n三　丙とする。", [(1, 0), (2, 0), (3, 0)]),
        # a 柱書 that announces a list: 一, 二 are items
        ("第一条　次に掲げるものとする。\n一　甲\n二　乙", [(1, 2)]),
        # a list in paragraph 2, then its items
        ("第一条　甲とする。\n二　乙は、次に掲げるものとする。\n一　い\n二　ろ", [(1, 0), (2, 2)]),
        # digits so far: a kanji marker is not the next 項 (it stays in the text)
        ("第一条　甲とする。\n２　乙とする。\n三　丙とする。", [(1, 0), (2, 0)]),
        # out of sequence: not a 項
        ("第一条　甲とする。\n三　丙とする。", [(1, 0)]),
    ],
)
def test_kanji_paragraph_numbers_in_main_provisions(body: str, expected: list) -> None:
    o = parse_text(body)
    assert [(p.num, len(p.items)) for p in o.articles[0].paragraphs] == expected
    assert coverage_problems(o) == []


def test_kanji_paragraph_text() -> None:
    o = parse_text("第一条　甲とする。\n二　前項の規定は、乙に適用する。")
    assert [p.text for p in o.articles[0].paragraphs] == ["甲とする。", "前項の規定は、乙に適用する。"]


@pytest.mark.parametrize(
    ("head", "title", "span", "preamble"),
    [
        ("みなと市個人情報の保護に関する法律\n施行条例\n令和5年3月22日条例第8号", "みなと市個人情報の保護に関する法律施行条例", Span(0, 22), ["令和5年3月22日条例第8号"]),
        ("　　　みなと市個人情報の保護に関する\n　　　法律施行条例", "みなと市個人情報の保護に関する法律施行条例", Span(3, 28), []),
        ("みなと市個人情報保護条例の一部を改正する\n条例", "みなと市個人情報保護条例の一部を改正する条例", Span(0, 23), []),
        ("みなと市個人情報保護条例\n令和5年3月22日条例第8号", "みなと市個人情報保護条例", Span(0, 12), ["令和5年3月22日条例第8号"]),
        ("みなと市個人情報保護条例\n施行規則", "みなと市個人情報保護条例", Span(0, 12), ["施行規則"]),
    ],
)
def test_titles_on_two_lines(head: str, title: str, span: Span, preamble: list) -> None:
    o = parse_text(head + "\n（趣旨）\n第1条　この条例は、趣旨を定める。\n")
    assert (o.title, o.title_span, [text for text, _ in o.preamble]) == (title, span, preamble)
    assert coverage_problems(o) == []


@pytest.mark.parametrize(
    ("heading", "kind", "caption"),
    [
        ("第5章　かほく市個人情報保護審議会", "章", "かほく市個人情報保護審議会"),
        ("第3章　はつかいち市の機関が保有する個人情報", "章", "はつかいち市の機関が保有する個人情報"),
        ("第2章の2　にかほ市非識別加工情報の提供", "章", "にかほ市非識別加工情報の提供"),
        ("第4章　まちづくりと個人情報", "章", "まちづくりと個人情報"),
        ("第1節　かすみ台市個人情報保護審査会", "節", "かすみ台市個人情報保護審査会"),
    ],
)
def test_division_name_starting_with_hiragana_is_a_heading(heading: str, kind: str, caption: str) -> None:
    # Expected: a 章/節 whose name starts with hiragana (a kana town name, まちづくり) is a
    # heading like any other; the article below belongs to it, nothing is left unplaced.
    o = parse_text(f"第1条　甲\n{heading}\n（設置）\n第2条　乙")
    assert [(d.kind, d.caption) for d in o.divisions] == [(kind, caption)]
    assert o.articles[0].paragraphs[0].text == "甲"
    assert o.articles[1].chapter is not None or kind == "節"
    assert coverage_problems(o) == []


@pytest.mark.parametrize(
    "line",
    ["第5章　の規定により", "第5章　に規定する", "第2章　及び第3章", "第3条　の規定にかかわらず", "第3条　から第5条まで"],
)
def test_citation_after_a_space_is_still_no_heading(line: str) -> None:
    # Expected: a spaced-out citation continuing a sentence (PDF copy) stays text of the article.
    o = parse_text(f"第1条　甲は、\n{line}\n乙とする。\n第2条　丙")
    assert [a.num for a in o.articles] == ["1", "2"]
    assert o.divisions == ()


@pytest.mark.parametrize("line", ["第31条第1項の基準に従い、加工する。", "第３１条第１項の規定により、加工する。", "第5条第2号に掲げる者"])
def test_wrapped_line_starting_with_a_glued_citation_is_text(line: str) -> None:
    # Expected: a hard-wrapped line that starts with 第N条第M項/号 and a particle continues the
    # sentence above; the article numbering is not broken by it.
    o = parse_text(f"第1条　甲は、\n{line}\n第2条　乙")
    assert [a.num for a in o.articles] == ["1", "2"]
    assert line.rstrip("。") in o.articles[0].paragraphs[0].text.replace("\n", "")
