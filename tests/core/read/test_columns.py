"""A page set in two columns, extracted row by row (``pdftotext -layout``): left column first."""

from __future__ import annotations

import unicodedata

from ordreview.core.parse import parse_text
from ordreview.core.read import read_bytes
from ordreview.core.read.cleanup import clean_extracted
from ordreview.core.read.columns import find_gutter

DRAFT = """はやせ町防犯カメラの設置及び運用に関する条例
令和6年9月20日
条例第31号
（目的）
第1条　この条例は、防犯カメラの設置及び運用に関し必要な事項を定めることにより、町民の平穏な生活を守ることを目的とする。
（定義）
第2条　この条例において「防犯カメラ」とは、犯罪の予防を目的として特定の場所に継続して設置される撮影装置をいう。
2　この条例において「画像」とは、防犯カメラにより記録された映像であって、特定の個人を識別することができるものをいう。
（設置者の責務）
第3条　防犯カメラを設置する者（以下「設置者」という。）は、画像を適切に取り扱わなければならない。
（表示）
第4条　設置者は、防犯カメラの設置区域内の見やすい場所に、その旨を表示しなければならない。
（画像の管理）
第5条　設置者は、画像の漏えい、滅失及びき損の防止のため必要な措置を講じなければならない。
2　設置者は、保存期間を経過した画像を速やかに消去しなければならない。
（利用及び提供の制限）
第6条　設置者は、設置の目的以外の目的のために画像を利用し、又は第三者に提供してはならない。ただし、法令に基づくときは、この限りでない。
（委任）
第7条　この条例の施行に関し必要な事項は、町長が別に定める。
附　則
この条例は、令和7年4月1日から施行する。
"""


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _two_columns(text: str, *, per_line: int = 18, rows: int = 14, gutter: int = 42) -> str:
    """The draft printed in two columns of ``per_line`` characters, ``rows`` rows a column, and
    read row by row: left line, spaces up to column ``gutter``, right line; a centred page
    number under each page, pages separated by form feeds."""
    printed: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        while len(line) > per_line:
            printed.append(line[:per_line])
            line = line[per_line:]
        printed.append(line)
    pages = []
    for number, start in enumerate(range(0, len(printed), 2 * rows), start=1):
        left, right = printed[start : start + rows], printed[start + rows : start + 2 * rows]
        out = []
        for i, lft in enumerate(left):
            rgt = right[i] if i < len(right) else ""
            out.append((lft + " " * (gutter - _width(lft)) + rgt) if rgt else lft)
        out += ["", " " * (gutter - 4) + f"- {number} -"]
        pages.append("\n".join(out))
    return "\n\f".join(pages) + "\n"


def test_two_column_layout_reads_left_column_then_right_and_maps_back() -> None:
    laid_out = _two_columns(DRAFT)
    assert "第1条" in laid_out and "\f" in laid_out
    doc = read_bytes(laid_out.encode("utf-8"), path="hayase.txt")
    codes = [n.code for n in doc.notices]
    assert "read.pdf_two_columns" in codes
    o = parse_text(doc.text)
    assert [a.num for a in o.articles] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [a.caption for a in o.articles] == [
        "目的", "定義", "設置者の責務", "表示", "画像の管理", "利用及び提供の制限", "委任",
    ]
    assert [t.term for t in o.terms] == ["防犯カメラ", "画像", "設置者"]
    art5 = o.article("5")
    assert art5 is not None and [p.num for p in art5.paragraphs] == [1, 2]
    # every character of the cleaned text stands at its offset in the file's text
    cleaned = clean_extracted(laid_out)
    assert cleaned is not None
    for i, ch in enumerate(cleaned.text):
        if ch != "\n":
            assert laid_out[cleaned.source_map.offsets[i]] == ch


def test_text_of_the_single_column_with_a_table_is_not_reordered() -> None:
    names = ["住民票の写し", "印鑑登録証明書", "戸籍の附票の写し", "身分証明書", "閲覧", "証明書の再交付",
             "公簿の謄写", "住民票記載事項証明書", "転出証明書", "不在住証明書", "不在籍証明書", "納税証明書",
             "課税証明書", "所得証明書"]
    # a fee table as wide as a third of the text, its second column aligned with spaces
    table = "".join(f"{name}{' ' * (30 - _width(name))}1通につき300円\n" for name in names)
    text = DRAFT + "別表（第5条関係）\n" + table
    assert find_gutter(text) is None
    doc = read_bytes(text.encode("utf-8"), path="hayase.txt")
    assert "read.pdf_two_columns" not in [n.code for n in doc.notices]
    assert doc.text.rstrip("\n") == text.rstrip("\n")


def test_a_hanging_indent_after_item_numbers_is_no_gutter() -> None:
    rows = "\n".join(f"({i})    第{i}号の事項について、町長が別に定める基準により審査する。" for i in range(1, 12))
    assert find_gutter(DRAFT + rows + "\n") is None


def test_a_text_beyond_the_size_looked_at_is_read_as_it_is() -> None:
    from ordreview.core.read import columns

    laid_out = _two_columns(DRAFT)
    assert find_gutter(laid_out) is not None
    repeated = laid_out * (columns._MAX_CHARS // len(laid_out) + 1)
    assert find_gutter(repeated) is None


def test_pdftotext_layout_of_a_real_two_column_pdf_reads_as_its_text() -> None:
    # fixtures/post-2023-twocolumn.pdf (LibreOffice) read by ``pdftotext -layout``
    from ordreview.core.parse import load_ordinance
    from ordreview.core.read import read_document
    from tests.conftest import FIXTURES
    from tests.core.read.test_pdf import _findings, _struct

    path = FIXTURES / "post-2023-twocolumn.layout.txt"
    assert "read.pdf_two_columns" in [n.code for n in read_document(path).notices]
    laid_out, clean = load_ordinance(path), load_ordinance(FIXTURES / "post-2023.txt")
    assert _struct(laid_out) == _struct(clean)
    assert sorted(t.term for t in laid_out.terms) == sorted(t.term for t in clean.terms)
    assert _findings(laid_out) == _findings(clean)
