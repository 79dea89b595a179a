"""A 施行細則 (or 規程) copied from a PDF onto one line: its title, repeated as the running head of
every page after the page number (「－ 2 － あおば村…施行細則」), is found and removed like a 条例's,
so that no page's head is left inside the sentence the page broke."""

from __future__ import annotations

import pytest

from ordreview.core.read.cleanup import clean_extracted

BODY = "実施機関は、保有個人情報の取扱いの状況を毎年度取りまとめ、翌年度の六月末日までに公表するものとする。"


def _one_line(title: str) -> str:
    pages = [
        f"{title} {title} 令和５年３月３１日 あおば村規則第２号 （趣旨） 第１条 この規則は、法の施行に関し必要な事項を定めるものとする。 （公表） 第２条 {BODY[:30]}",
        f"{BODY[30:]} （研修） 第３条 {BODY} （委任） 第４条 {BODY[:25]}",
        f"{BODY[25:]} 附 則 この規則は、令和５年４月１日から施行する。",
    ]
    return "".join(f"{page} －{n}－ {title if n < len(pages) else ''} " for n, page in enumerate(pages, 1)).strip()


@pytest.mark.parametrize("kind", ["施行細則", "事務取扱規程"])
def test_the_running_head_of_a_one_line_copy_goes(kind: str) -> None:
    title = "あおば村個人情報の保護に関する法律" + kind
    cleaned = clean_extracted(_one_line(title), force=True)
    assert cleaned is not None
    text = cleaned.text.replace(" ", "").replace("\n", "")
    assert title not in text.split("（趣旨）", 1)[1]  # only the first page's head and the title stay
    assert text.count(BODY) == 3  # every sentence the pages broke is whole again
