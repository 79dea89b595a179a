"""「附則第２項の規定による…」 inside a 附則 paragraph is a citation, not a new 附則 heading.

PDF text that lost its line breaks gets them back before headings; 附則 followed by 第N項 and a
particle (の規定, に規定する, 及び …) is the 附則 cited, so no line break goes around it.
"""

from __future__ import annotations

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document
from ordreview.core.read import read_bytes

DRAFT = """ほしぞら町個人情報保護条例
令和５年３月１０日条例第２号
（目的）
第１条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（定義）
第２条　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会及び監査委員をいう。
（実施機関の責務）
第３条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
２　実施機関の職員は、職務上知り得た個人情報を他に漏らしてはならない。
（審議会）
第４条　町長の附属機関として、ほしぞら町個人情報保護審議会を置く。
２　審議会は、委員５人以内で組織する。
（委任）
第５条　この条例の施行に関し必要な事項は、町長が別に定める。
附　則
（施行期日）
１　この条例は、令和５年４月１日から施行する。
（ほしぞら町個人情報保護条例の廃止）
２　ほしぞら町個人情報保護条例（平成１５年ほしぞら町条例第９号）は、廃止する。
（経過措置）
３　附則第２項の規定による廃止前のほしぞら町個人情報保護条例第２０条の規定に違反した者に対する罰則の適用については、なお従前の例による。
４　附則第２項に規定する条例の規定によりされた請求は、この条例の規定によりされた請求とみなす。
"""


def _parse(text: str):
    return parse_document(read_bytes(text.encode("utf-8"), path="extracted.txt"))


@pytest.mark.parametrize("form", sorted(forms.FORMS))
def test_the_suppl_keeps_its_paragraphs_in_every_extracted_form(form: str) -> None:
    o = _parse(forms.FORMS[form](DRAFT))
    assert [a.num for a in o.articles] == ["1", "2", "3", "4", "5"]
    (suppl,) = o.suppl_provisions
    assert [p.num for p in suppl.paragraphs] == [1, 2, 3, 4]


def test_a_suppl_in_articles_keeps_its_heading_and_its_articles() -> None:
    head, suppl_text = DRAFT.split("附　則")
    for n in "１２３４":
        suppl_text = suppl_text.replace(f"\n{n}　", f"\n第{n}条　").replace(f"附則第{n}項", f"附則第{n}条")
    text = head + "附　則" + suppl_text
    for form in sorted(forms.FORMS):
        o = _parse(forms.FORMS[form](text))
        (suppl,) = o.suppl_provisions
        assert [a.num for a in suppl.articles] == ["1", "2", "3", "4"], form


@pytest.mark.parametrize("form", sorted(forms.FORMS))
def test_paragraphs_of_a_suppl_without_captions_open_lines_after_the_heading(form: str) -> None:
    """「附　則」 then 「１　…」 on one line: the break restored after the heading makes １ the first
    paragraph, so ２, ３ … still open lines of their own."""
    text = "\n".join(line for line in DRAFT.split("\n") if not (line.startswith("（") and "附　則" in DRAFT.split(line)[0]))
    o = _parse(forms.FORMS[form](text))
    (suppl,) = o.suppl_provisions
    assert [p.num for p in suppl.paragraphs] == [1, 2, 3, 4]


@pytest.mark.parametrize("form", sorted(forms.FORMS))
def test_a_suppl_provision_cited_with_its_proviso_opens_no_heading(form: str) -> None:
    """「４　附則第１項ただし書に規定する日の前日において…」: 附則 cited with ただし書 (or 本文, 各号)
    after its number is a citation too."""
    text = DRAFT.replace("（施行期日）\n１　この条例は、令和５年４月１日から施行する。",
                         "（施行期日）\n１　この条例は、令和５年４月１日から施行する。ただし、附則第４項の規定は、公布の日から施行する。")
    text = text.replace("４　附則第２項に規定する条例の規定によりされた請求は、",
                        "４　附則第１項ただし書に規定する日の前日において附則第２項に規定する条例の規定によりされた請求は、")
    o = _parse(forms.FORMS[form](text))
    (suppl,) = o.suppl_provisions
    assert [p.num for p in suppl.paragraphs] == [1, 2, 3, 4]


def test_an_amending_suppls_spaced_number_stays_its_number() -> None:
    """A PDF's text spaces the bracket after an amending ordinance's 附則 (「附 則( 平成 29 年 12 月 20 日
    条例第 38 号 )」): it is the amending ordinance's date and number, not a caption over the 項 below."""
    text = DRAFT + "附 則( 令和 6 年 3 月 15 日条例第 4 号 )\n1 この条例は、令和 6 年 4 月 1 日から施行する。\n"
    o = _parse(text)
    assert len(o.suppl_provisions) == 2
    assert (o.suppl_provisions[1].amend_law_num or "").replace(" ", "") == "令和6年3月15日条例第4号"
