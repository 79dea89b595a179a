"""A draft numbering its 号 ⑴ ⑵, printed to PDF with a font that gives no text for those
glyphs, and extracted as hard-wrapped lines without indentation (pdftotext's default mode).

The lines the reader joins are the page's wraps; every line break left ends a line of the
draft. Under a 柱書 that announces a list, each such line is an item whose number was lost:
the parsed copy has the clean draft's items (numbers inferred, ``parse.markers_dropped``), an
item that happens to fill the whole page width is not joined to the closing item
「前２号に掲げるもののほか…」 below it, and the item references 「前３号」「前２号」 are
counted against those items, not reported as citing a paragraph without items."""

from __future__ import annotations

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.profile import load_profile

CLEAN = "\n".join(
    [
        "ほしかげ市情報公開条例",
        "（趣旨）",
        "第１条　この条例は、市の機関の保有する情報の公開に関し必要な事項を定める。",
        "（収集の制限）",
        "第２条　実施機関は、情報を収集するときは、本人から収集しなければならない。ただし、次の各号のいずれかに該当するときは、この限りでない。",
        "　⑴　本人の同意があるとき。",
        "　⑵　法令に定めがあるとき。",
        "　⑶　個人の生命、身体又は財産の安全を守るため、緊急かつやむを得ないと認められるとき。",
        "　⑷　前３号に掲げる場合のほか、審議会の意見を聴いて、実施機関が認めるとき。",
        "（請求の手続）",
        "第３条　請求をしようとする者は、実施機関に対し、次に掲げる事項を記載した書面を提出しなければならない。",
        "　⑴　請求をする者の氏名及び住所",
        "　⑵　請求に係る情報を特定するに足りる事項で実施機関が定めるもの",
        "　⑶　前２号に掲げるもののほか、規則で定める事項",
        "２　前項の書面には、本人であることを示す書類を添えなければならない。",
        "（委任）",
        "第４条　この条例の施行に関し必要な事項は、規則で定める。",
        "　　　附　則",
        "この条例は、令和８年４月１日から施行する。",
    ]
)
WIDTH = 31  # characters per printed line: the second item of 第３条 fills one exactly


def _printed(text: str) -> str:
    """Markers ⑴ ⑵ gone with the space after them, indentation gone, every line cut every
    ``WIDTH`` characters, a page number 「－ n －」 after every eight lines, as pdftotext gives
    the draft printed with a font lacking the circled numbers."""
    lines = []
    for line in text.split("\n"):
        line = line.lstrip("\u3000")
        if line[:1] in "⑴⑵⑶⑷":
            line = line[2:]
        lines.extend(line[i : i + WIDTH] for i in range(0, len(line), WIDTH))
    pages = [lines[i : i + 8] for i in range(0, len(lines), 8)]
    return "\f".join("\n".join(page) + f"\n\n－ {n} －\n" for n, page in enumerate(pages, 1))


def _items(ordinance) -> list[tuple]:
    return [(a.num, p.num, [i.text for i in p.items]) for a in ordinance.articles for p in a.paragraphs]


def _refs(ordinance) -> list[tuple]:
    rules = {r.id: r for r in all_rules()}
    ctx = CheckContext(ordinance=ordinance, profile=load_profile(), coverage={})
    return sorted((f.rule, f.anchor_text)
                  for rule in ("ref.unresolved", "ref.no_previous") for f in rules[rule].run(ctx))


def test_lines_without_markers_are_the_items(tmp_path) -> None:
    printed = _printed(CLEAN)
    assert "⑴" not in printed and "\n請求に係る情報を特定するに足りる事項で実施機関が定めるもの\n前２号" in printed
    path = tmp_path / "extracted.txt"
    path.write_text(printed, encoding="utf-8")
    copy = load_ordinance(path)
    assert _items(copy) == _items(parse_text(CLEAN))
    assert any(n.code == "parse.markers_dropped" for n in copy.notices)
    assert _refs(copy) == []


def test_a_lost_item_gap_is_not_reported_as_a_reference_error(tmp_path) -> None:
    """⑴ ⑵ ⑶ ⑸ in the draft: the copy cannot show the gap, and must not report 「前３号」 instead."""
    gap = CLEAN.replace("⑷　前３号", "⑸　前３号")
    # in the draft itself the gap is the defect (num.item); 「前３号」 in the item printed fourth
    # names the three printed before it, as 「前各号」 there would
    rules = {r.id: r for r in all_rules()}
    ctx = CheckContext(ordinance=parse_text(gap), profile=load_profile(), coverage={})
    assert [f.rule for f in rules["num.item"].run(ctx)] == ["num.item"]
    assert _refs(parse_text(gap)) == []
    assert _refs(parse_text(gap.replace("⑸　前３号", "⑸　前４号"))) == [("ref.unresolved", "前４号")]
    path = tmp_path / "extracted.txt"
    path.write_text(_printed(gap), encoding="utf-8")
    assert _refs(load_ordinance(path)) == []


def test_unindented_lines_of_a_clean_text_stay_continuations() -> None:
    """In a text nobody extracted, a line without indentation continues the unit above."""
    wrapped = CLEAN.replace("　⑴　本人の同意があるとき。\n", "　⑴　本人の同意が\nあるとき。\n")
    ordinance = parse_text(wrapped)
    assert ordinance.articles[1].paragraphs[0].items[0].text.replace("\n", "") == "本人の同意があるとき。"


def test_a_reference_opening_a_glued_inferred_item_counts_it() -> None:
    """A web copy whose item numbers were dropped (lines keep their indentation) and whose
    last two items ran together on one line with a space between: 「前２号」 opens the third
    item, so it cites two items before it, which stand there."""
    copy = "\n".join(
        line.replace("⑴", "").replace("⑵", "").replace("⑶", "").replace("⑷", "")
        for line in CLEAN.replace("定めるもの\n　⑶　前２号", "定めるもの　前２号").split("\n")
    )
    ordinance = parse_text(copy)
    items = ordinance.articles[2].paragraphs[0].items
    assert [i.title.strip() for i in items] == ["", ""]
    assert "定めるもの　前２号に掲げる" in items[1].text
    assert _refs(ordinance) == []
    assert _refs(parse_text(copy.replace("もの　前２号", "もの、前２号"))) == [("ref.no_previous", "前２号")]


def _one_line(text: str) -> str:
    """The markers gone as in :func:`_printed`, every line break lost (joined with a space)."""
    lines = [line.lstrip("\u3000") for line in text.split("\n")]
    lines = [line[2:] if line[:1] in "⑴⑵⑶⑷" else line for line in lines]
    return " ".join(lines).replace("\u3000", " ")


def test_one_line_next_paragraph_after_unmarked_items(tmp_path) -> None:
    """All on one line: 「…規則で定める事項 ２ 前項の書面には…」 after items that lost their
    numbers and end without 。 still opens 第３条第２項, so 「前項」 cites a paragraph that is there."""
    damaged = _one_line(CLEAN)
    assert "\n" not in damaged and "規則で定める事項 ２ 前項の書面" in damaged
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    copy = load_ordinance(path)
    assert [len(a.paragraphs) for a in copy.articles] == [1, 1, 2, 1]
    assert _refs(copy) == []


def test_a_proviso_after_a_page_break_is_no_item(tmp_path) -> None:
    """「…できる。」 at the foot of a page and 「ただし、…」 at the head of the next: the proviso
    stays in the paragraph, the item list starts with the marked ⑴ below it."""
    draft = CLEAN.replace(
        "ただし、次の各号のいずれかに該当するときは、この限りでない。",
        "ただし、次の各号のいずれかに該当するときは、この限りでない。ただし書の適用は審議会が確認する。",
    )
    printed = _printed(draft).replace("。ただし書の", "。\n\n－ 9 －\n\fただし書の", 1)
    path = tmp_path / "extracted.txt"
    path.write_text(printed, encoding="utf-8")
    copy = load_ordinance(path)
    assert _items(copy) == _items(parse_text(draft))


def test_noun_phrase_items_with_commas(tmp_path) -> None:
    """Items that are noun phrases with a 、 inside (「…を経過しない者」, 「…定めるもの」) end
    where their line ends, as the short noun items do."""
    draft = CLEAN.replace("請求に係る情報を特定するに足りる事項で実施機関が定めるもの",
                          "請求に係る情報を特定するに足りる事項で、実施機関が定めるもの").replace(
        "請求をする者の氏名及び住所", "請求をする者の氏名及び住所又は居所で、規則で定める者")
    path = tmp_path / "extracted.txt"
    path.write_text(_printed(draft), encoding="utf-8")
    copy = load_ordinance(path)
    assert _items(copy) == _items(parse_text(draft))
    assert _refs(copy) == []
