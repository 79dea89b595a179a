"""A PDF's text with pages (form feeds), a running head atop every page, and a 附則 heading whose
two characters the extractor set on lines of their own (「附」 / blank / 「則」): joining the
heading must not shift where the later pages start, or their running heads stay in the text
(「…施行条例」 read in the middle of a 附則 as a citation of a law)."""

from __future__ import annotations

from ordreview.core.read.cleanup import clean_extracted

HEAD = "あさひ町個人情報の保護に関する法律施行条例"
PAGES = [
    f"{HEAD}\n{HEAD}\n令和５年３月１０日\n条例第２号\n（趣旨）\n第１条 この条例は、法の施行に関し必要な事項を定めるものとする。\n－1－",
    f"{HEAD}\n（手数料）\n第２条 開示請求に係る手数料は、無料とする。\n（委任）\n第３条 この条例の施行に関し必要な事項は、町長が定める。\n－2－",
    f"{HEAD}\n附\n\n則\n（施行期日）\n第１条 この条例は、令和５年４月１日から施行する。\n（経過措置）\n第２条 この条例の施行の際現にされている請求は、なお従前の例による。\n－3－",
    f"{HEAD}\n２ 前条の規定による廃止前の条例の規定により課された義務は、なお従前の例による。\n（罰則に関する経過措置）\n第３条 この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。\n－4－",
]


def test_running_heads_go_on_every_page_after_a_split_heading() -> None:
    cleaned = clean_extracted("\f".join(PAGES) + "\f", force=True)
    assert cleaned is not None
    assert cleaned.text.count(HEAD) == 1  # the title; every running head went
    assert "附則" in cleaned.text.replace(" ", "")
    assert "－4－" not in cleaned.text


def test_a_heading_split_by_the_page_break_itself() -> None:
    # 「附」 at the foot of a page, the footer, then 「則」 atop the next page under its running head
    pages = list(PAGES)
    pages[1] = pages[1].replace("－2－", "附\n－2－")
    pages[2] = pages[2].replace(f"{HEAD}\n附\n\n則\n", f"\n則\n\n{HEAD}\n")
    cleaned = clean_extracted("\f".join(pages) + "\f", force=True)
    assert cleaned is not None
    lines = [line.replace(" ", "").replace("\u3000", "") for line in cleaned.text.split("\n")]
    assert "附則" in lines and "附" not in lines and "則" not in lines
