"""Page numbers whose digits an extractor spaced out like every other character (「- 1 0 -」).

In character-spaced text the footer of page 10 reads 「- 1 0 -」: it is a page number as much as
「- 9 -」, and goes with the running title under it. Left in place, it stood between a caption
and its article, and the article took the caption of the articles before it (a 共通見出し).
"""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.read import read_bytes

TITLE = "かもめだ県手数料条例"
CAPTIONS = ["趣旨", "定義", "手数料", "納付", "減免", "還付", "届出", "報告", "調査", "指導", "公表", "委任",
            "罰則", "過料"]


def _lines() -> list[str]:
    out = [TITLE]
    for n, caption in enumerate(CAPTIONS, start=1):
        out.append(f"（{caption}）")
        out.append(f"第{n}条　この条例の第{n}条は、{caption}に関し必要な事項を定めるものとする。")
    return out


def _pdf_text(lines: list[str], per_page: int, spaced: bool, fraction: bool = False) -> str:
    """Each page's lines, a footer 「- n -」 and the title as running head atop the next page."""
    def space(s: str) -> str:
        return " ".join(s.replace("　", "")) if spaced else s

    out: list[str] = []
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for n, page in enumerate(pages, start=1):
        if n > 1:
            out.append(space(TITLE))
        out.extend(space(line) for line in page)
        out.append(f"{space(str(n))} / {space(str(len(pages)))}" if fraction else f"- {space(str(n))} -")
    return "\r\n".join(out) + "\r\n"


def test_two_digit_spaced_page_numbers_go_with_their_running_title() -> None:
    # 29 lines, two a page: the caption of an article ends a page, its article starts the next
    # (page 10 ends with 「（指導）」, 第10条 stands under the running title of page 11)
    text = _pdf_text(_lines(), per_page=2, spaced=True)
    assert "- 1 0 -" in text and "- 1 4 -" in text
    doc = read_bytes(text.encode("utf-8"), path="kamomeda.txt")
    assert "-10-" not in doc.text.replace(" ", "") and "-14-" not in doc.text.replace(" ", "")
    o = parse_text(doc.text)
    assert [a.num for a in o.articles] == [str(n) for n in range(1, len(CAPTIONS) + 1)]
    assert [a.caption for a in o.articles] == CAPTIONS
    assert o.title == TITLE


def test_spaced_out_page_fractions_go_too() -> None:
    # 「1 / 1 5」 … 「1 5 / 1 5」: an n/N footer spaced out like the rest of the page
    text = _pdf_text(_lines(), per_page=2, spaced=True, fraction=True)
    assert "1 0 / 1 5" in text
    doc = read_bytes(text.encode("utf-8"), path="kamomeda.txt")
    assert "/" not in doc.text
    o = parse_text(doc.text)
    assert [a.caption for a in o.articles] == CAPTIONS
    assert not o.unplaced


def test_unspaced_page_numbers_read_as_before() -> None:
    doc = read_bytes(_pdf_text(_lines(), per_page=2, spaced=False).encode("utf-8"), path="kamomeda.txt")
    o = parse_text(doc.text)
    assert [a.caption for a in o.articles] == CAPTIONS


def test_a_digit_before_a_page_number_is_not_part_of_it() -> None:
    from ordreview.core.read.cleanup import _PAGE_DASH, _PAGE_FRACTION, _page_marks, _page_number

    def numbers(pattern, text: str) -> list[int]:
        return [_page_number(m.group(1)) for m in _page_marks(pattern, text)]

    # an item's 「(1」 cut by a page break in a one-line copy, then the footer 20/30
    assert numbers(_PAGE_FRACTION, "述 べ る 。 ( 1 20/30 あ お ば") == [20]
    assert numbers(_PAGE_DASH, "事 項 \n- 1 0 -\n岩 魚") == [10]
    assert numbers(_PAGE_DASH, "事項\n－ １２ －\n") == [12]
    from ordreview.core.read.cleanup import _PAGE_FRACTION_SPACED

    assert numbers(_PAGE_FRACTION_SPACED, "述 べ る 。 ( 1 2 0 / 3 0 あ お ば") == [20]
    assert numbers(_PAGE_FRACTION_SPACED, "る 。 3 / 8 こ の") == []  # the plain pattern's
