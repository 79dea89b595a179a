"""A clean Word document of a .txt/.html draft, laid out as 例規 are printed.

One Word paragraph per block of the reviewed document, holding the block's text exactly
(one run), so that ``Document.text`` offsets map straight onto runs and the annotated draft
anchors comments the same way as for a .docx draft. Layout follows the ordinance structure
the parser found: title centred, 公布 lines right-aligned, 目次 and chapter headings indented,
captions one character in, articles, paragraphs and items with hanging indents by level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from ordreview.core.chars import BLANKS, leading_blanks
from ordreview.core.model import Item, Ordinance
from ordreview.export import oxml
from ordreview.export.anchor import BlockParagraph

MINCHO = "ＭＳ 明朝"
"""East-Asian face written into the styles; Word on Windows has it, LibreOffice substitutes."""
GOTHIC = "ＭＳ ゴシック"
_LAW_NUM = re.compile(
    r"(条例|規則)第[0-9０-９一二三四五六七八九十百〇]+号|公布"
    r"|^[\s　]*(改正[\s　]*)?(明治|大正|昭和|平成|令和)[元0-9０-９一二三四五六七八九十]+年"
    r"[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日[\s　]*$"
)
"""公布日, 条例番号 and 改正 lines of the preamble: all set flush right, whether the date and the
number share a line or stand on two."""
_TOC_UNIT = re.compile(r"^[\s　]*第[0-9０-９一二三四五六七八九十百]+(章|節|款|目)")
_DEPTH = {"章": 0, "節": 1, "款": 2, "目": 3}
BODY_SIZE = Pt(10.5)
EM = Pt(10.5)


@dataclass(frozen=True)
class BuiltDocument:
    """A python-docx document and, per block of the source document, the paragraph written."""

    document: DocxDocument
    paragraphs: list[BlockParagraph]


def new_document() -> DocxDocument:
    """An empty A4 portrait document with Japanese fonts set on its styles."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    apply_japanese_fonts(document)
    return document


def apply_japanese_fonts(document: DocxDocument, *, face: str = MINCHO) -> None:
    """Set the east-Asian (and Latin) face and Japanese language on the document's styles."""
    for name in ("Normal", "Table Grid", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        oxml.style_japanese_font(style, GOTHIC if name.startswith("Heading") or name == "Title" else face)
        if style.font.color is not None and name.startswith("Heading"):
            style.font.color.rgb = None
    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15


def _classify(ordinance: Ordinance) -> dict[int, tuple[str, int]]:
    """Block index → (kind, level) from the parsed structure."""
    doc = ordinance.document
    kinds: dict[int, tuple[str, int]] = {}

    def mark(offset: int, kind: str, level: int = 0, *, force: bool = False) -> None:
        block = doc.block_at(offset)
        if force or block not in kinds:
            kinds[block] = (kind, level)

    if ordinance.title_span is not None:
        mark(ordinance.title_span.start, "title", force=True)
    for _, span in ordinance.preamble:
        mark(span.start, "preamble")
    for entry in ordinance.toc:
        unit = _TOC_UNIT.match(entry.text)  # 節 under 章, 款 under 節, as printed in 例規集
        mark(entry.span.start, "toc", 1 + (_DEPTH[unit.group(1)] if unit else 0))
    for div in ordinance.divisions:
        mark(div.span.start, "division", _DEPTH.get(div.kind, 0), force=True)

    def mark_items(items: tuple[Item, ...], level: int) -> None:
        for item in items:
            mark(item.span.start, "item", level)
            mark_items(item.items, level + 1)

    articles = list(ordinance.articles)
    for suppl in ordinance.suppl_provisions:
        mark(suppl.span.start, "suppl", force=True)
        articles.extend(suppl.articles)
        for para in suppl.paragraphs:
            mark(para.span.start, "paragraph")
            mark_items(para.items, 1)
    for art in articles:
        if art.caption_span is not None:
            mark(art.caption_span.start, "caption")
        for para in art.paragraphs:
            mark(para.span.start, "paragraph")
            mark_items(para.items, 1)
        mark(art.span.start, "paragraph")
        for i in range(doc.block_at(art.span.start), doc.block_at(max(art.span.start, art.span.end - 1)) + 1):
            kinds.setdefault(i, ("paragraph", 0))
    for table in ordinance.tables:
        mark(table.span.start, "table_title")
    return kinds


def _layout(paragraph, kind: str, level: int, text: str) -> None:
    fmt = paragraph.paragraph_format
    # The run keeps the block's text exactly (comments anchor by offset), so indentation typed
    # into a .txt draft as leading spaces is taken off the indent instead of added to it.
    typed = leading_blanks(text)
    if kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.space_after = Pt(6)
        for run in paragraph.runs:
            run.font.size = Pt(12)
    elif kind == "preamble":
        if _LAW_NUM.search(text):  # 公布日・条例番号・改正 lines sit on the right as printed
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif text.strip(BLANKS) == "目次":  # flush left; its entries one character in
            fmt.left_indent = 0
        else:
            fmt.left_indent = EM
    elif kind == "toc":
        fmt.left_indent = EM * max(0, level - typed)
    elif kind == "division":
        fmt.left_indent = EM * max(0, 3 + level - typed)
        fmt.space_before = Pt(6)
    elif kind == "suppl":
        fmt.left_indent = EM * 3
        fmt.space_before = Pt(6)
    elif kind == "caption":
        fmt.left_indent = EM
    elif kind == "paragraph":
        fmt.left_indent = EM
        fmt.first_line_indent = -EM
    elif kind == "item":
        fmt.left_indent = EM * (1 + level)
        fmt.first_line_indent = -EM
    elif kind == "table_title":
        fmt.space_before = Pt(6)


def build_document(ordinance: Ordinance) -> BuiltDocument:
    """Lay ``ordinance`` out as a new Word document; one paragraph (one run) per block."""
    document = new_document()
    # the default template's empty paragraph goes; the section properties come back last
    body, sect_pr = oxml.body_without_paragraphs(document)
    if ordinance.title:
        document.core_properties.title = ordinance.title[:255]  # the OPC core property's limit
    kinds = _classify(ordinance)
    paragraphs: list[BlockParagraph] = []
    container = document._body  # the proxy python-docx itself gives its body paragraphs
    for i, block in enumerate(ordinance.document.blocks):
        p = oxml.new_paragraph()
        body.append(p)
        paragraph = Paragraph(p, container)
        if block.text:
            paragraph.add_run(block.text)
        kind, level = kinds.get(i, ("body", 0))
        _layout(paragraph, kind, level, block.text)
        paragraphs.append(BlockParagraph(p, 0))
    oxml.restore_section(body, sect_pr)
    return BuiltDocument(document, paragraphs)
