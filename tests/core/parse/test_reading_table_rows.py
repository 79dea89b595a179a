"""A 読替え table written as text lines under the paragraph that announces it: its rows cite the
statute read over, never this ordinance, and a row opening with 第N条 is no article heading."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.reading_tables import reading_table_spans

DRAFT = """\
（定義）
第一条　この条例において「個人情報」とは、行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号。以下「行政機関個人情報保護法」という。）第二条第二項に規定する個人情報をいう。
（提供）
第二条　行政機関個人情報保護法第二条第九項及び第十項並びに第四章の二（第四十四条の二から第四十四条の十六まで）の規定は、実施機関が作成する非識別加工情報について準用する。この場合において、次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。
第二条第九項、第四十四条の二第一項　行政機関非識別加工情報　町非識別加工情報
第四十四条の三、第四十四条の十一　個人情報ファイル簿　第三条に規定する個人情報ファイル簿
第四十四条の十七　行政機関の職員　実施機関の職員
（ファイル簿）
第三条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。
"""


def test_row_opening_with_an_article_number_is_not_an_article() -> None:
    o = parse_text(DRAFT)
    assert [a.num for a in o.articles] == ["1", "2", "3"]
    assert "第四十四条の十七" in o.articles[1].paragraphs[0].span.slice(o.text)


def test_rows_cite_the_statute_read_over() -> None:
    o = parse_text(DRAFT)
    rows = reading_table_spans(o)
    assert len(rows) == 1
    in_rows = [r for r in o.references if rows[0].start <= r.span.start < rows[0].end]
    assert {r.text for r in in_rows} >= {"第二条第九項", "第四十四条の二第一項", "第四十四条の十七"}
    statute = [r for r in in_rows if r.text != "第三条"]
    assert statute and all(r.external_law == "行政機関個人情報保護法" for r in statute)


def test_chapter_and_its_article_range_in_brackets_belong_to_the_law() -> None:
    o = parse_text(DRAFT)
    cited = {r.text: r.external_law for r in o.references if r.source.article == "2"}
    assert cited["第四章の二"] == "行政機関個人情報保護法"
    assert cited["第四十四条の二から第四十四条の十六まで"] == "行政機関個人情報保護法"


def test_without_announcement_an_article_line_stays_an_article() -> None:
    text = DRAFT.replace("次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。", "")
    text = text.replace("第四十四条の十七　行政機関の職員　実施機関の職員", "第四条　実施機関の職員は、これを守る。")
    o = parse_text(text)
    assert "4" in [a.num for a in o.articles]


def test_dated_number_of_another_instrument_is_no_item_reference() -> None:
    text = ("第1条　この条例は、鎌切地区衛生施設組合規約（昭和48年鎌切県指令地第102号。以下「規約」という。）"
            "第4条に規定する事務について適用する。\n第2条　前条第1号の事務とする。\n")
    o = parse_text(text)
    texts = [r.text for r in o.references]
    assert not any("102" in t for t in texts)
    assert "前条第1号" in texts  # an item reference of the ordinance itself is still read


def test_row_whose_first_cell_goes_on_past_the_article_number_is_no_article() -> None:
    """「第2条第9項第2号　行政機関情報公開法第3条　…」 under the announcement: a row, though 第2条 is
    the next article's number."""
    text = DRAFT.replace("第四十四条の十七　行政機関の職員　実施機関の職員", "第三条第九項第二号　行政機関情報公開法第三条　町情報公開条例第五条")
    o = parse_text(text)
    assert [a.num for a in o.articles] == ["1", "2", "3"]


def test_item_in_the_bracket_after_another_instruments_citation_is_that_instruments() -> None:
    text = ("第1条　この条例において「情報公開条例」とは、みずなら町情報公開条例（平成14年みずなら町条例第3号）をいう。\n"
            "第2条　実施機関は、情報公開条例第7条各号（第1号を除く。）に掲げる情報を除き、開示しなければならない。\n")
    o = parse_text(text)
    ref = next(r for r in o.references if r.text == "第1号")
    assert ref.external_law == "情報公開条例"


def test_article_added_by_a_suppl_amending_another_ordinance_is_no_suppl_article() -> None:
    text = ("第1条　この条例は、個人情報の保護に関し必要な事項を定める。\n"
            "附　則\n"
            "（施行期日）\n"
            "第1条　この条例は、平成30年4月1日から施行する。\n"
            "（みずなら町情報公開条例の一部改正）\n"
            "第2条　みずなら町情報公開条例の一部を次のように改正する。\n"
            "第21条を第22条とし、第20条の次に次の1条を加える。\n"
            "（個人情報との調整）\n"
            "第21条　この条例の規定は、個人情報の開示請求には、適用しない。\n"
            "（経過措置）\n"
            "第3条　この条例の施行前にされた請求については、なお従前の例による。\n")
    o = parse_text(text)
    assert [a.num for a in o.suppl_provisions[0].articles] == ["1", "2", "3"]


def test_the_words_read_in_are_the_last_cell_even_with_one_space_between_cells() -> None:
    # a PDF's text keeps one space between the cells of a row: the last cell is still the draft's
    from ordreview.core.reading_tables import replacement_cells

    for gap in ("\u3000", "  ", " "):
        text = DRAFT.replace("第四十四条の十七\u3000行政機関の職員\u3000実施機関の職員",
                             f"第四十四条の十七{gap}行政機関の職員{gap}実施機関の職員")
        o = parse_text(text)
        cells = [c.slice(o.text) for c in replacement_cells(o)]
        assert "実施機関の職員" in cells, gap
        assert "行政機関の職員" not in " ".join(cells)


def test_a_row_whose_words_hold_a_bracketed_sentence_end_is_no_article() -> None:
    # a PDF's text loses the indent of the rows: 「第四十四条の二第二項 法令に基づく場合 法令（条例を含む。）に
    # 定めがある場合」 is still a row (the 。 closes the bracket, not a sentence)
    rows = DRAFT.replace("第二条第九項、第四十四条の二第一項　行政機関非識別加工情報　町非識別加工情報",
                         "第四十四条の二第二項　法令に基づく場合　法令（条例を含む。）に定めがある場合")
    o = parse_text(rows)
    assert [a.num for a in o.articles] == ["1", "2", "3"]
