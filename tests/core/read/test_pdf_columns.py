"""PDF pages set in two columns (a 公報): the left column is read before the right one.

``fixtures/post-2023-twocolumn.pdf`` is ``post-2023.txt`` in a two-column Word document printed by
LibreOffice (``fixtures/tools/make_pdf.py``); the layout step is also tried on glyph boxes made
here, so the rule is checked apart from one printer.
"""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read import read_document
from ordreview.core.read.pdf import _glyph, _layout
from tests.conftest import FIXTURES
from tests.core.read.test_pdf import _findings, _struct

TWO_COLUMNS = FIXTURES / "post-2023-twocolumn.pdf"


def test_a_two_column_pdf_reads_as_its_text() -> None:
    doc = read_document(TWO_COLUMNS)
    assert "read.pdf_column_pages" in [n.code for n in doc.notices]
    printed = load_ordinance(TWO_COLUMNS)
    clean = parse_text((FIXTURES / "post-2023.txt").read_text(encoding="utf-8"))
    assert _struct(printed) == _struct(clean)
    assert sorted(t.term for t in printed.terms) == sorted(t.term for t in clean.terms)
    assert _findings(printed) == _findings(clean)


def test_a_one_column_pdf_gets_no_column_notice() -> None:
    doc = read_document(FIXTURES / "defects.pdf")
    assert "read.pdf_column_pages" not in [n.code for n in doc.notices]


def _page(rows: list[tuple[str, str]], *, size: float = 10.0, gutter: float = 300.0) -> list:
    """Glyph boxes of a page: each row a left text from x=50 and a right text from ``gutter``."""
    glyphs = []
    for i, (left, right) in enumerate(rows):
        top = 800 - i * 1.5 * size
        for x0, text in ((50.0, left), (gutter, right)):
            for k, ch in enumerate(text):
                x = x0 + k * size
                glyphs.append(_glyph(ch, x, top - size, x + size, top))
    return glyphs


LEFT = ["第1条　町は、公報を毎月発行す", "る。", "第2条　公報には、条例、規則", "及び告示を登載する。",
        "第3条　公報は、町の掲示場に", "掲示して公表する。", "第4条　公報の閲覧は、無料と", "する。"]
RIGHT = ["第5条　公報の写しは、請求に", "より交付する。", "第6条　前条の交付に要する費", "用は、請求者の負担とする。",
         "第7条　公報の編集は、総務課", "が行う。", "第8条　この規則に定めるもの", "のほか、必要な事項は町長が定める。"]


def test_glyphs_in_two_columns_are_laid_out_left_column_first() -> None:
    lines, vertical, columns = _layout(_page(list(zip(LEFT, RIGHT))))
    assert columns and not vertical
    assert [line.replace("\u3000", "") for line in lines] == [s.replace("\u3000", "") for s in LEFT + RIGHT]


def test_a_title_across_both_columns_stays_above_them() -> None:
    rows = [("公報発行規則（全文をここに掲げる長い題名のため二つの段にわたって印刷される）", ""),
            *zip(LEFT, RIGHT)]
    lines, _, columns = _layout(_page(rows, gutter=300.0))
    assert columns
    assert lines[0].startswith("公報発行規則")
    assert [line.replace("\u3000", "") for line in lines[1:]] == [s.replace("\u3000", "") for s in LEFT + RIGHT]


def test_a_table_with_short_cells_is_not_taken_for_two_columns() -> None:
    rows = [(name, fee) for name, fee in [("住民票の写し", "300円"), ("印鑑登録証明書", "300円"),
                                         ("戸籍の附票の写し", "300円"), ("身分証明書", "200円"),
                                         ("閲覧", "300円"), ("証明書の再交付", "200円"), ("公簿の謄写", "20円"),
                                         ("転出証明書", "300円")]]
    lines, _, columns = _layout(_page(rows))
    assert not columns
    assert lines[0].startswith("住民票の写し") and lines[0].endswith("300円")
