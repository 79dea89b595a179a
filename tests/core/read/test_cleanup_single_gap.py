"""Character-spaced PDF text whose gaps are single spaces, like every other space.

Some extractors put one space after every glyph and no wider one where the page had a gap: the
space after a 項 number or after an article heading's number is then indistinguishable from the
others and goes with them. The cleanup still finds

- a 項 number glued to its text after an item that ends without 。 (「…事項２前項の場合…」) or
  after a sentence (「…施行する。２鷺坂…」), and the 附則's first 項 (「附則１この条例は…」), when
  it is the next number and a word follows (not 「１の」, 「２人」);
- the gap after an article heading's number (「第４条 事業者は」), so that a defined term opening the
  article's sentence is a word of its own and counts as used.
"""

from __future__ import annotations

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes

DRAFT = """しらかべ町個人情報保護条例
（目的）
第１条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（定義）
第２条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　実施機関　町長、教育委員会及び選挙管理委員会をいう。
（２）　事業者　法人その他の団体及び事業を営む個人をいう。
（事業者の責務）
第３条　事業者は、個人情報の保護に関する町の施策に協力しなければならない。
（開示請求の手続）
第４条　開示請求は、次に掲げる事項を記載した請求書を実施機関に提出してしなければならない。
（１）　開示請求をする者の氏名及び住所
（２）　開示請求に係る保有個人情報を特定するに足りる事項
２　前項の場合において、開示請求をする者は、１又は２の書類を実施機関に提示しなければならない。
３　実施機関は、前項の書類の提示を受けたときは、５人以内の職員に確認させるものとする。
（委任）
第５条　この条例の施行に関し必要な事項は、実施機関が定める。
附　則
１　この条例は、令和５年４月１日から施行する。
２　しらかべ町電子計算機処理に係る個人情報の保護に関する条例（平成３年しらかべ町条例第５号）は、廃止する。
"""


def _single_gap(text: str, *, lines: bool) -> str:
    spaced = forms.spaced(text, gap=" ")
    return spaced if lines else forms.one_line(spaced)


def _shape(o):
    return (
        [(a.num, [(p.num, [i.num for i in p.items]) for p in a.paragraphs]) for a in o.articles],
        [[p.num for p in s.paragraphs] for s in o.suppl_provisions],
    )


def _read(text: str):
    return parse_document(read_bytes(text.encode("utf-8"), path="extracted.txt"))


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one-line"])
def test_glued_paragraph_numbers_open_their_paragraphs(lines: bool) -> None:
    got = _read(_single_gap(DRAFT, lines=lines))
    assert _shape(got) == _shape(parse_text(DRAFT))
    article4 = next(a for a in got.articles if a.num == "4")
    assert article4.paragraphs[1].text.startswith("前項の場合")
    assert "１又は２の書類" in article4.paragraphs[1].text  # 「２の」 stays inside its sentence
    assert "５人以内" in article4.paragraphs[2].text


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one-line"])
def test_a_term_opening_an_article_is_used_after_the_heading_gap(lines: bool) -> None:
    from ordreview.core.choose import choose_profile
    from ordreview.core.review import review_ordinance

    got = _read(_single_gap(DRAFT, lines=lines))
    article3 = next(a for a in got.articles if a.num == "3")
    body = got.text[article3.span.start : article3.span.end]
    assert "第３条 事業者は" in body
    review = review_ordinance(got, choose_profile(got, "auto").profile)
    assert not [f for f in review.findings if f.rule == "term.unused"]


LETTERED = """あかね村情報公開条例
（開示義務）
第１条　実施機関は、開示請求があったときは、次の各号に掲げる情報を除き、公文書を開示しなければならない。
一　個人に関する情報であって、特定の個人を識別することができるもの。ただし、次に掲げる情報を除く。
イ　法令の規定により公にされている情報
ロ　人の生命、健康又は財産を保護するため、公にすることが必要であると認められる情報
ハ　当該個人が公務員である場合において、その職務の遂行に係る情報
二　村の機関が行う事務に関する情報であって、次に掲げるおそれがあるもの
イ　契約に係る事務に関し、村の財産上の利益を害するおそれ
ロ　人事管理に係る事務に関し、公正な人事の確保に支障を及ぼすおそれ
"""


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one-line"])
def test_a_letter_whose_item_starts_with_a_counter_kanji_keeps_its_item(lines: bool) -> None:
    # 人 counts after a number (５人), not after a letter: 「ロ 人の生命…」 is sub-item ロ
    got = _read(_single_gap(LETTERED, lines=lines))
    assert _shape(got) == _shape(parse_text(LETTERED))
    items = got.articles[0].paragraphs[0].items
    assert [[s.num for s in i.items] for i in items] == [["1", "2", "3"], ["1", "2"]]


KANJI_ITEMS = """みずき県個人情報保護審議会条例
（所掌事務）
第１条　審議会は、実施機関の諮問に応じ、次に掲げる事項について調査審議する。
一　法の規定により専門的な知見に基づく意見を聴くことが特に必要な事項
二　条例要配慮個人情報の取扱いに関する事項
三　人事管理に係る個人情報の取扱いに関する事項
２　審議会は、前項に規定する事項に関し、実施機関に意見を述べることができる。
"""


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one-line"])
def test_an_item_opening_with_a_word_that_starts_like_a_count_is_an_item(lines: bool) -> None:
    # 条 and 人 count after a number (二条, 三人), not in 条例 and 人事
    got = _read(_single_gap(KANJI_ITEMS, lines=lines))
    assert _shape(got) == _shape(parse_text(KANJI_ITEMS))
    assert [i.text[:2] for i in got.articles[0].paragraphs[0].items] == ["法の", "条例", "人事"]


HALF_WIDTH_SUPPL = """きりしま村個人情報保護条例
(趣旨)
第1条　この条例は、法の施行に関し必要な事項を定めるものとする。
(委任)
第2条　この条例の施行に関し必要な事項は、規則で定める。
附　則
(施行期日)
1　この条例は、令和5年4月1日から施行する。
(きりしま村個人情報保護条例の廃止)
2　きりしま村個人情報保護条例(平成17年きりしま村条例第22号)は、廃止する。
"""


@pytest.mark.parametrize("form", ["single-gap-one-line", "numbers-one-line-paged", "numbers-one-line-punct-lost"])
def test_a_suppl_with_captions_in_half_width_brackets_keeps_its_paragraphs(form: str) -> None:
    # 「附則 (施行期日) 1 この条例は…」 on one line: the caption (no number in it) follows the
    # heading, and the 項 number follows the caption, glued or after a space
    text = (forms.one_line(forms.spaced(HALF_WIDTH_SUPPL, gap=" ")) if form == "single-gap-one-line"
            else forms.FORMS[form](HALF_WIDTH_SUPPL))
    got = _read(text)
    assert [[p.num for p in s.paragraphs] for s in got.suppl_provisions] == [[1, 2]]
    assert got.suppl_provisions[0].paragraphs[0].text.startswith("この条例は")
