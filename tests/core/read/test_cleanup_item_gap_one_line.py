"""A 号 numbering gap (一・二・四, 三 missing) in a text whose line breaks were all lost (a PDF
copied as one line). The cleaned text must still open the item 四 on its own line, so that the
parsed draft has the same three items as its clean text and the numbering check reports the
gap on both, instead of reading 四 as part of item 二's sentence."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text

CLEAN = "\n".join(
    [
        "しらかば野衛生組合情報公開審査会条例",
        "（趣旨）",
        "第1条　この条例は、組合に置く審査会に関し必要な事項を定めるものとする。",
        "（所掌事務）",
        "第2条　審査会は、次に掲げる事務をつかさどる。",
        "　一　管理者の諮問に応じ、審査請求について調査審議すること。",
        "　二　情報公開制度の運営に関する重要事項について調査審議すること",
        "　四　前3号に掲げるもののほか、管理者が必要と認める事項について意見を述べること。",
        "2　審査会は、前項各号に掲げる事務を行うため、組合の職員に説明を求めることができる。",
        "（委任）",
        "第3条　この条例に定めるもののほか、審査会に関し必要な事項は、管理者が定める。",
        "　　　附　則",
        "この条例は、令和8年4月1日から施行する。",
    ]
)


def _one_line(text: str) -> str:
    """All line breaks lost, the indents read as single spaces, numbers set apart by spaces."""
    text = text.replace("\u3000", " ")
    for d in "0123456789":
        text = text.replace(d, f" {d} ")
    return " ".join(part.strip() for part in text.split("\n") if part.strip()).replace("  ", " ")


def _items(ordinance) -> list[tuple]:
    return [
        (a.num, p.num, [(i.num, i.text[:6]) for i in p.items])
        for a in ordinance.articles
        for p in a.paragraphs
    ]


def test_the_item_after_a_gap_opens_its_own_line(tmp_path) -> None:
    clean = parse_text(CLEAN)
    second = clean.articles[1].paragraphs[0]
    assert len(second.items) == 3  # 一, 二, 四
    damaged = _one_line(CLEAN)
    assert "\n" not in damaged and " 四 前 3 号" in damaged
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _items(load_ordinance(path)) == _items(clean)
