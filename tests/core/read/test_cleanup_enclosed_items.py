"""PDF text of a draft whose 号 numbers are single glyphs (⑴ ⑵ ⑶): each item opens its own line."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.read import read_bytes

# the layout lines of a PDF page (wrapped at 24 characters), page numbers between pages
PAGE_TEXT = """みさき町地域公共交通条例
第 1 条 この条例は、地域公共交通の維持及び確保に関し
必要な事項を定めるものとする。
第 2 条 この条例において、次の各号に掲げる用語の意義
は、当該各号に定めるところによる。
⑴ 地域公共交通 町内の移動のために運行される乗合バ
ス、デマンド型乗合タクシーその他の旅客運送をいう。
⑵ 交通事業者 地域公共交通の運行を行う者をいう。
⑶ 利用者 地域公共交通を利用して移動する者をいう。
－ 1 －
第 3 条 町は、交通事業者と連携して地域公共交通の維持
に努めなければならない。
2 利用者は、地域公共交通を積極的に利用するよう努め
るものとする。
第 4 条 交通事業者は、利用者の安全の確保に努めなけ
ればならない。
－ 2 －
"""


def test_enclosed_item_numbers_open_items_in_pdf_text() -> None:
    doc = read_bytes(PAGE_TEXT.encode("utf-8"), path="misaki.txt")
    assert "read.pdf_text_cleaned" in [n.code for n in doc.notices]
    o = parse_text(doc.text)
    art2 = o.article("2")
    assert art2 is not None
    items = art2.paragraphs[0].items
    assert [i.num for i in items] == ["1", "2", "3"]
    assert items[0].text.endswith("旅客運送をいう。")
    assert [t.term for t in o.terms] == ["地域公共交通", "交通事業者", "利用者"]
    assert not [n for n in o.notices if n.code == "parse.item_gap"]


def test_enclosed_item_numbers_on_one_pasted_line() -> None:
    one_line = PAGE_TEXT.replace("\n", " ")
    doc = read_bytes(one_line.encode("utf-8"), path="misaki.txt")
    o = parse_text(doc.text)
    art2 = o.article("2")
    assert art2 is not None
    assert [i.num for i in art2.paragraphs[0].items] == ["1", "2", "3"]
    assert [t.term for t in o.terms] == ["地域公共交通", "交通事業者", "利用者"]
