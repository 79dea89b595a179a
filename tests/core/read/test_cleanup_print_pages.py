"""Page furniture of PDF text without form feeds, and headings an extractor split over lines."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.read import read_bytes

BODY = [
    "おおさわ村農業委員会の委員の定数に関する条例",
    "（趣旨）",
    "第1条　この条例は、農業委員会の委員の定数を定めるもの",
    "とする。",
    "（定数）",
    "第2条　委員の定数は、12人とする。",
    "（推薦）",
    "第3条　村長は、委員の候補者について、農業者その他の",
    "関係者に対し推薦を求めるものとする。",
    "2　前項の推薦は、規則で定める期間内に行わなければな",
    "らない。",
    "（公表）",
    "第4条　村長は、推薦を受けた者の氏名を公表するものと",
    "する。",
    "（結果の報告）",
    "第5条　農業委員会は、委員の任命の結果を村長に報告す",
    "るものとする。",
    "（委任）",
    "第6条　この条例の施行に関し必要な事項は、規則で定め",
    "る。",
    "",
    "附　則",
    "この条例は、公布の日から施行する。",
]


def _browser_print(lines: list[str], per_page: int = 7) -> str:
    """A 例規集 page printed by a browser and pasted: a head (print time, title) on every page,
    a footer (the page's address and n/N) under it, no form feeds."""
    head = "2025/11/03 9:41　おおさわ村農業委員会の委員の定数に関する条例"
    address = "https://www.example.lg.jp/reiki/act/frame/frame110000345.htm"
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for n, page in enumerate(pages, start=1):
        out.append(head)
        out.extend(page)
        out.append(f"{address}　{n}/{len(pages)}")
    return "\n".join(out) + "\n"


def test_browser_print_heads_and_footers_are_removed_without_form_feeds() -> None:
    printed = _browser_print(BODY)
    doc = read_bytes(printed.encode("utf-8"), path="osawa.txt")
    assert "https://" not in doc.text and "9:41" not in doc.text
    o = parse_text(doc.text)
    assert o.title == "おおさわ村農業委員会の委員の定数に関する条例"
    assert [a.num for a in o.articles] == ["1", "2", "3", "4", "5", "6"]
    assert [a.caption for a in o.articles] == ["趣旨", "定数", "推薦", "公表", "結果の報告", "委任"]
    assert not o.unplaced


def test_suppl_heading_with_its_characters_on_separate_lines() -> None:
    # pdftotext on a page whose 附則 heading is set with its two characters far apart
    lines = [*BODY[:11], "－ 1 －", *BODY[11:]]
    text = "\n".join(lines).replace("附　則", "附\n\n則\n") + "\n－ 2 －\n"
    doc = read_bytes(text.encode("utf-8"), path="osawa.txt")
    assert "read.pdf_text_cleaned" in [n.code for n in doc.notices]
    o = parse_text(doc.text)
    assert [a.num for a in o.articles] == ["1", "2", "3", "4", "5", "6"]
    assert len(o.suppl_provisions) == 1
    assert o.suppl_provisions[0].label.replace("\u3000", "") == "附則"
    assert not o.suppl_provisions[0].articles


def test_a_long_caption_wrapped_over_two_layout_lines_heads_its_article() -> None:
    draft = "\n".join([
        "おおさわ村情報通信基盤整備条例",
        "（目的）",
        "第1条　この条例は、情報通信基盤の整備に関し必要な事項を定める。",  # two full lines
        "（光ファイバ網の整備及び維持管理に係る費用の負担）",
        "第2条　村は、光ファイバ網の整備及び維持管理に要する費用を負担する。",
        "2　前項の費用の額は、毎年度、予算で定める。",
        "（委任）",
        "第3条　この条例の施行に関し必要な事項は、規則で定める。",
    ])
    # the page's layout lines, 16 characters wide, with page numbers: the full line before the
    # caption is joined to the caption's first half, which is no caption line on its own
    lines = []
    for line in draft.split("\n"):
        while len(line) > 16:
            lines.append(line[:16])
            line = line[16:]
        lines.append(line)
    text = "\n".join([*lines[:9], "－ 1 －", *lines[9:], "－ 2 －"]) + "\n"
    doc = read_bytes(text.encode("utf-8"), path="osawa.txt")
    assert "read.pdf_text_cleaned" in [n.code for n in doc.notices]
    o = parse_text(doc.text)
    assert [a.caption for a in o.articles] == ["目的", "光ファイバ網の整備及び維持管理に係る費用の負担", "委任"]
    assert [len(a.paragraphs) for a in o.articles] == [1, 2, 1]
