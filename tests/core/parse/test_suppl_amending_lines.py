"""改め文 inside a 附則 (the 附則 amends another ordinance) are no article headings.

「６　…情報公開条例の一部を次のように改正する。」 followed by 「第１９条第１項中「…」を「…」に改める。」:
the second line is the text of 附則第6項, never an article 第19条 of the 附則 (which made every
「附則第２項」 of the 附則 look like a citation of a missing provision).
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text

HEAD = (
    "（目的）\n"
    "第１条　この条例は、架空の事務について定める。\n"
    "附　則\n"
    "（施行期日）\n"
    "１　この条例は、令和５年４月１日から施行する。\n"
    "（経過措置）\n"
    "２　附則第１項の規定にかかわらず、なお従前の例による。\n"
    "（ほしぞら町情報公開条例の一部改正）\n"
    "３　ほしぞら町情報公開条例の一部を次のように改正する。\n"
)


@pytest.mark.parametrize(
    "amending",
    [
        "第１９条第１項中「個人情報保護条例」を「法」に改める。",
        "第19条中「審議会」を「審査会」に改める。",
        "第十九条第一項第二号中「審議会」を「審査会」に改める。",
        "第19条の見出し中「審議会」を「審査会」に改める。",
    ],
)
def test_an_amending_line_in_a_suppl_is_part_of_its_paragraph(amending: str) -> None:
    o = parse_text(HEAD + amending + "\n")
    (suppl,) = o.suppl_provisions
    assert suppl.articles == ()
    assert [p.num for p in suppl.paragraphs] == [1, 2, 3]
    assert amending in suppl.paragraphs[-1].span.slice(o.text)


def test_a_suppl_written_in_articles_keeps_its_articles() -> None:
    text = HEAD.replace("１　この条例", "第１条　この条例").replace("２　附則第１項", "第２条　附則第１条")
    text = text.replace("３　ほしぞら町", "第３条　ほしぞら町")
    o = parse_text(text + "第４条　前条の規定は、令和６年４月１日から適用する。\n")
    (suppl,) = o.suppl_provisions
    assert [a.num for a in suppl.articles] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    "amend",
    [
        "３　ほしぞら町情報公開条例（平成１３年ほしぞら町条例第１７号）の一部を次のように改正する。\n"
        "第１９条第１項中「審議会」を「審査会」に改める。\n",
        # a web copy with stray spaces, and a PDF text that lost its 。
        "３　ほしぞら町情報公開条例（平成１ ３年ほしぞら町条例第１７号） の一部を次のように改正する。\n"
        "第１９条第１項中「審議会」を「審査会」に改める。\n",
        "３　ほしぞら町情報公開条例（平成１３年ほしぞら町条例第１７号）の一部を次のように改正する \n"
        "第１９条第１項中「審議会」を「審査会」に改める \n",
    ],
)
def test_the_place_an_amending_line_names_is_in_the_amended_ordinance(amend: str) -> None:
    o = parse_text(HEAD.split("３　ほしぞら町")[0] + amend)
    (ref,) = [r for r in o.references if r.text.startswith("第１９条")]
    assert ref.kind == "external"
    assert ref.external_law == "ほしぞら町情報公開条例"


def test_a_citation_before_the_amending_sentence_stays_in_this_ordinance() -> None:
    text = HEAD.replace("２　附則第１項の規定にかかわらず", "２　第１条の規定にかかわらず")
    o = parse_text(text + "第１９条第１項中「審議会」を「審査会」に改める。\n")
    (own,) = [r for r in o.references if r.text.startswith("第１条")]
    assert own.external_law is None and own.target is not None
