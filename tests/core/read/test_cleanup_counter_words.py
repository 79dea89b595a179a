"""A paragraph whose text starts with 千/百/万 as part of a word still opens a line in PDF text.

「２ 千草台地区…」 is paragraph ２ (千草台 is a place name), while 「２ 千円」 is an amount: only a
multiplier followed by a digit, a counter or another multiplier keeps the number inside the text.
The space after such a number stays when the extractor spaced out the numbers (it is the space
the parser needs), also after a caption on one long line: 「（…の廃止） ２ 千草台…」.
"""

from __future__ import annotations

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes

DRAFT = """ちぐさ町個人情報保護条例
令和５年３月１０日条例第２号
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（定義）
第2条　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会及び監査委員をいう。
（審議会）
第3条　町長の附属機関として、ちぐさ町個人情報保護審議会を置く。
2　千草台地区の住民のうちから町長が委嘱する委員を含むものとする。
3　委員の報酬は、日額2千円とし、費用弁償は、1回につき5百円とする。
（手数料）
第4条　写しの交付の手数料は、1枚につき10円とする。
2　百合ヶ丘地区の施設で交付する写しも、前項と同様とする。
（委任）
第5条　この条例の施行に関し必要な事項は、町長が別に定める。
附　則
1　この条例は、令和5年4月1日から施行する。
2　千草台地区個人情報保護規程（平成15年ちぐさ町訓令第9号）は、廃止する。
3　附則第2項の規定による廃止前の規程の規定によりされた請求は、この条例の規定によりされた請求とみなす。
"""


def _shape(o):
    return ([(a.num, [p.num for p in a.paragraphs]) for a in o.articles],
            [[p.num for p in s.paragraphs] for s in o.suppl_provisions])


@pytest.mark.parametrize("form", sorted(forms.FORMS))
def test_paragraphs_opening_with_a_multiplier_word_keep_their_lines(form: str) -> None:
    got = parse_document(read_bytes(forms.FORMS[form](DRAFT).encode("utf-8"), path="extracted.txt"))
    assert _shape(got) == _shape(parse_text(DRAFT))


ONE_LINE_FULL_WIDTH = (
    "ちぐさ町個人情報保護条例 （目的） 第 １ 条 この条例は、個人情報の取扱いに関し必要な事項を定める。 "
    "（委任） 第 ２ 条 この条例の施行に関し必要な事項は、町長が定める。 附 則 （施行期日） "
    "１ この条例は、令和 ５ 年 ４ 月 １ 日から施行する。 （千草台地区個人情報保護規程の廃止） "
    "２ 千草台地区個人情報保護規程（平成 １５ 年ちぐさ町訓令第 ９ 号）は、廃止する。 （経過措置） "
    "３ 附則第 ２ 項の規定による廃止前の規程の規定によりされた請求は、なお従前の例による。 "
    "４ 百合ヶ丘地区の施設の写しの手数料は、１ 枚につき ２ 千円とする。"
)


def test_full_width_numbers_on_one_line_keep_a_multiplier_word_paragraph_after_its_caption() -> None:
    got = parse_document(read_bytes(ONE_LINE_FULL_WIDTH.encode("utf-8"), path="extracted.txt"))
    (suppl,) = got.suppl_provisions
    assert [p.num for p in suppl.paragraphs] == [1, 2, 3, 4]
    assert suppl.paragraphs[1].text.startswith("千草台地区")
    assert suppl.paragraphs[3].text.startswith("百合ヶ丘地区")
    assert "２千円" in suppl.paragraphs[3].text  # an amount stays one word


AMIKAGO = DRAFT.replace("千草台地区個人情報保護規程（平成15年ちぐさ町訓令第9号）", "編籠市個人情報保護条例（平成13年編籠市条例第1号）")
"""A paragraph opening with a word whose first character counts a law's division (編籠市; amikago-shi of set fl,
read from its PDF): 編 (章, 節 …) counts only after 第, so 「2 編籠市…」 is paragraph 2."""


@pytest.mark.parametrize("form", sorted(forms.FORMS))
def test_paragraphs_opening_with_a_division_counter_keep_their_lines(form: str) -> None:
    assert "2　編籠市個人情報保護条例" in AMIKAGO
    got = parse_document(read_bytes(forms.FORMS[form](AMIKAGO).encode("utf-8"), path="extracted.txt"))
    assert _shape(got) == _shape(parse_text(AMIKAGO))
