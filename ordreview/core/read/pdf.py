"""PDF drafts: the text layer, page by page, as a ``Document`` with (page, line) locators.

The text comes from PDFium (``pypdfium2``; see ``docs/reading.md`` for the choice). PDFium's
own text output follows the content stream and adds spaces of its own where the font changes
(``第 1 条``) and can put a glyph drawn later out of place (``第 1 条 第― 5 条``), so the reader
lays the page out itself from every glyph's box:

1. the glyphs the PDF draws (PDFium's generated spaces and line ends left out), each with its
   box; a character outside the BMP drawn as two UTF-16 halves is put back together;
2. the writing direction: horizontal unless most steps from one glyph to the next go down
   the page (縦書き, columns read right to left);
3. lines: runs of glyphs in drawing order that stay within half a glyph height of one line
   across the direction of writing, runs on the same line merged, lines ordered down the page
   (right to left for vertical text) and glyphs along the line; a gap wider than half a glyph
   becomes one space (a full-width one when it is about a glyph wide, as after 第1条);
4. pages joined with a form feed, then ``core.read.cleanup`` removes page numbers, running
   heads and layout line breaks exactly as for text pasted out of a PDF, keeping the map from
   every character back to the page and line it was drawn on.

A PDF without a text layer (a scan) is refused with a message that says so; no OCR is
attempted. Safety (``core.read.limits``): the file size is checked before reading, the page
count before any page is loaded, every Flate stream is inflated once with a cap before PDFium
sees the file (a compression bomb is refused), and the text extracted is capped.

The source PDF is only read; findings are exported as a report and an annotated Word
rendering of the text, never as a modified PDF.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from math import isfinite
from statistics import median

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.messages import render
from ordreview.core.model import Block, Document, Locator, Notice, SourceInfo
from ordreview.core.read import codes, limits
from ordreview.core.read.cleanup import clean_extracted, cleanup_notices

_STREAM = re.compile(rb"stream\r?\n")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_MIN_TEXT_CHARS = 20
"""Fewer non-space characters than this in the whole file: no usable text layer."""


Glyph = tuple[str, float, float, float, float, float, float]
"""A drawn character: (char, left, bottom, right, top, centre x, centre y), in PDF points."""


def _glyph(ch: str, left: float, bottom: float, right: float, top: float) -> Glyph:
    return (ch, left, bottom, right, top, (left + right) / 2, (bottom + top) / 2)


def check_pdf_safe(data: bytes, *, path: str) -> None:
    """Refuse a PDF whose Flate streams would inflate beyond the limits (a compression bomb).

    Every ``stream`` whose dictionary names ``FlateDecode`` is inflated once, in pieces, with
    the output counted and never kept: one stream may not exceed ``MAX_PDF_STREAM_BYTES``
    nor all of them together ``MAX_PDF_INFLATED_BYTES``. A stream that does not inflate
    cleanly is left to PDFium, which reports damage its own way.

    Raises:
        LimitExceededError: ``read.pdf_inflated`` when a limit is exceeded.
    """
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 1024) : m.start()]
        # the stream's dictionary starts after its "N 0 obj" (nested dictionaries such as
        # /DecodeParms << … >> may follow /Filter, so the last "<<" is not the start)
        obj = head.rfind(b"obj")
        if not _FLATE.search(head, max(obj, 0)):
            continue
        inflater = zlib.decompressobj()
        pos = m.end()
        size = 0
        try:
            while pos < len(data):
                chunk = data[pos : pos + 65536]
                pos += len(chunk)
                out = inflater.decompress(chunk, limits.MAX_PDF_STREAM_BYTES + 1 - size)
                size += len(out)
                while inflater.unconsumed_tail and size <= limits.MAX_PDF_STREAM_BYTES:
                    out = inflater.decompress(inflater.unconsumed_tail, limits.MAX_PDF_STREAM_BYTES + 1 - size)
                    size += len(out)
                if size > limits.MAX_PDF_STREAM_BYTES or inflater.eof:
                    break
        except zlib.error:
            pass
        total += size
        if size > limits.MAX_PDF_STREAM_BYTES or total > limits.MAX_PDF_INFLATED_BYTES:
            raise LimitExceededError(
                codes.PDF_INFLATED, path=path, limit=codes.size_text(limits.MAX_PDF_INFLATED_BYTES)
            )


def read_pdf_bytes(data: bytes, *, path: str, sha256: str) -> Document:
    """Read a PDF draft from its bytes (see the module docstring).

    Raises:
        ReadError: ``read.pdf_unavailable`` (no PDF library), ``read.pdf_encrypted``,
            ``read.pdf_damaged``, ``read.pdf_no_text`` (a scan).
        LimitExceededError: ``read.pdf_pages``, ``read.pdf_inflated``, ``read.pdf_text``.
    """
    check_pdf_safe(data, path=path)
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise ReadError(codes.PDF, path=path) from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadError(codes.PDF_ENCRYPTED, path=path) from None
        raise ReadError(codes.PDF_DAMAGED, path=path) from None
    try:
        return _read(pdf, pdfium, data=data, path=path, sha256=sha256)
    finally:
        pdf.close()


def _read(pdf, pdfium, *, data: bytes, path: str, sha256: str) -> Document:  # noqa: ANN001
    pages = len(pdf)
    if pages > limits.MAX_PDF_PAGES:
        raise LimitExceededError(codes.PDF_PAGES, path=path, pages=f"{pages:,}", limit=f"{limits.MAX_PDF_PAGES:,}")
    if pages == 0:
        raise ReadError(codes.PDF_NO_TEXT, path=path)
    texts: list[str] = []
    vertical_pages = column_pages = 0
    chars = 0
    for index in range(pages):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise ReadError(codes.PDF_DAMAGED, path=path) from None
        try:
            glyphs = _glyphs(page, pdfium, budget=limits.MAX_PDF_CHARS - chars)
        finally:
            page.close()
        if glyphs is None:  # the page alone holds more characters than are left to take
            raise LimitExceededError(codes.PDF_TEXT, path=path, limit=f"{limits.MAX_PDF_CHARS:,}")
        chars += len(glyphs)
        lines, vertical, columns = _layout(glyphs)
        vertical_pages += vertical
        column_pages += columns
        texts.append("\n".join(lines))
    original = "\f".join(texts)
    if sum(1 for ch in original if not ch.isspace()) < _MIN_TEXT_CHARS:
        raise ReadError(codes.PDF_NO_TEXT, path=path)
    cleaned = clean_extracted(original, force=True)
    assert cleaned is not None  # forced
    notices = [Notice(codes.PDF_READ, *render(codes.PDF_READ, pages=f"{pages:,}"))]
    notices.extend(cleanup_notices(cleaned)[1:])  # the cleanup's own notice speaks of pasted text
    if vertical_pages:
        notices.append(Notice(codes.PDF_VERTICAL, *render(codes.PDF_VERTICAL, pages=f"{vertical_pages:,}")))
    if column_pages:
        notices.append(Notice(codes.PDF_COLUMN_PAGES, *render(codes.PDF_COLUMN_PAGES, pages=f"{column_pages:,}")))
    page_starts = [0]
    for m in re.finditer("\f", original):
        page_starts.append(m.end())
    blocks: list[Block] = []
    pos = 0
    offsets = cleaned.source_map.offsets
    for line in cleaned.text.split("\n"):
        origin = offsets[min(pos, len(offsets) - 1)]
        page = bisect_right(page_starts, origin) - 1
        line_no = original.count("\n", page_starts[page], origin)
        blocks.append(Block(line, Locator("pdf", page, line=line_no)))
        pos += len(line) + 1
    source = SourceInfo(path=path, format="pdf", encoding=None, sha256=sha256, size=len(data))
    title = _metadata_title(pdf)
    return Document.from_blocks(
        source=source, blocks=blocks, notices=notices, title_hint=title, source_map=cleaned.source_map
    )


def _metadata_title(pdf) -> str | None:  # noqa: ANN001
    try:
        title = (pdf.get_metadata_value("Title") or "").strip()
    except Exception:  # noqa: BLE001  (metadata is a hint only)
        return None
    return title if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", title) else None


def _glyphs(page, pdfium, *, budget: int) -> list[Glyph] | None:  # noqa: ANN001
    """The glyphs a page draws, with their loose boxes (PDFium's generated characters left out).

    The page's characters come in one ``FPDFText_GetText`` call (UTF-16 units, one per
    character index); only spaces and line ends are asked whether PDFium generated them.
    ``None`` when the page has more characters than ``budget`` (counted before any is read).
    """
    import ctypes

    raw = pdfium.raw
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = max(0, raw.FPDFText_CountChars(tp))
        if n > budget:
            return None
        if n == 0:
            return []
        buffer = (ctypes.c_ushort * (n + 1))()
        raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        units = buffer[:n]
        rect = raw.FS_RECTF()
        get_box = raw.FPDFText_GetLooseCharBox
        is_generated = raw.FPDFText_IsGenerated
        rect_ref = ctypes.byref(rect)
        out: list[Glyph] = []
        high: tuple[int, int] | None = None
        for i, cp in enumerate(units):
            if cp < 0x20 or cp in (0xFFFE, 0xFFFF):
                continue  # line ends, tabs, controls
            if cp == 0x20 and is_generated(tp, i) == 1:
                continue
            if 0xD800 <= cp < 0xDC00:
                high = (cp, i)
                continue
            if 0xDC00 <= cp < 0xE000:
                if high is None:
                    continue
                cp, i = 0x10000 + ((high[0] - 0xD800) << 10) + (cp - 0xDC00), high[1]
                high = None
            # the loose box spans the glyph's advance and the font's height, not its ink: a 、
            # then fills its whole em and leaves no false gap after it
            get_box(tp, i, rect_ref)
            bottom, top = (rect.bottom, rect.top) if rect.bottom <= rect.top else (rect.top, rect.bottom)
            out.append(_glyph(chr(cp), rect.left, bottom, rect.right, top))
        return out
    finally:
        textpage.close()


def _is_vertical(glyphs: list[Glyph]) -> bool:
    """True if most steps from one drawn glyph to the next go down the page (縦書き).

    The first 400 glyphs of the page decide.
    """
    down = across = 0
    sample = [g for g in glyphs[:400] if not g[0].isspace()]
    for a, b in zip(sample, sample[1:]):
        dx, dy = b[5] - a[5], b[6] - a[6]
        if abs(dy) > abs(dx) and dy < 0:
            down += 1
        elif abs(dx) >= abs(dy) and dx > 0:
            across += 1
    return down > 2 * across and down >= 10


def _layout(glyphs: list[Glyph]) -> tuple[list[str], bool, bool]:
    """The page's lines in reading order, whether it was set vertically, and whether it was set
    in two columns (read left column first, see :func:`_columns_first`)."""
    if not any(not g[0].isspace() for g in glyphs):
        return [], False, False
    vertical = _is_vertical(glyphs)
    if vertical:  # columns right to left, each top to bottom: rotate the page a quarter turn
        glyphs = [_glyph(g[0], -g[4], g[1], -g[2], g[3]) for g in glyphs]
    size = median([g[4] - g[2] for g in glyphs if not g[0].isspace()]) or 1.0
    half = 0.5 * size
    back = 4 * size
    # runs in drawing order: a glyph joins the run while it stays on the run's line and does
    # not jump far back (a glyph drawn late, like a dash after the kanji that follows it,
    # stays in its line); a layout that shifts glyphs after a sideways digit run stays too
    runs: list[tuple[float, list[Glyph]]] = []
    cy = 0.0
    run: list[Glyph] = []
    for g in glyphs:
        if g[4] - g[2] <= 0 and g[0].isspace():
            continue  # a zero-size space glyph carries no position worth keeping
        if run and abs(cy - g[6]) <= half and g[1] >= run[-1][1] - back:
            run.append(g)
            continue
        run = [g]
        cy = g[6]
        runs.append((cy, run))
    runs.sort(key=lambda r: -r[0])  # stable: runs on one line keep their drawing order
    rows: list[list[Glyph]] = []
    row_y: list[float] = []
    for y, members in runs:
        if rows and abs(row_y[-1] - y) <= half:
            rows[-1].extend(members)
            continue
        rows.append(list(members))
        row_y.append(y)
    for row in rows:
        row.sort(key=lambda g: g[1])
    rows, columns = _columns_first(rows, size)
    lines: list[str] = []
    for row in rows:
        row.sort(key=lambda g: g[1])
        parts: list[str] = []
        prev: Glyph | None = None
        for g in row:
            gap = g[1] - prev[3] if prev is not None else 0.0
            if gap > half and not (g[0].isspace() or prev[0].isspace()):  # type: ignore[index]
                # about a full-width space wide: 　 (as the page shows it), else a half-width one
                parts.append("\u3000" if gap >= 0.8 * size else " ")
            parts.append(g[0])
            prev = g
        line = "".join(parts).rstrip()
        if line.strip():
            lines.append(line)
    return lines, vertical, columns


_GUTTER_CANDIDATES = 8
"""Positions tried for the gutter of a page (those inside a wide gap on the most lines)."""


def _columns_first(rows: list[list[Glyph]], size: float) -> tuple[list[list[Glyph]], bool]:
    """A page set in two columns (a 公報, a 例規集 volume): each row's glyphs left of the gutter,
    row after row, then those right of it, band by band; else the rows as they are.

    The gutter is an x position inside a gap wider than two glyphs on many rows (a quarter of
    them, six or more) with glyphs on both sides, across which almost no row runs (a title set
    over both columns, a centred page number: such a row closes a band and stays in place),
    about the middle of the text's width, with a third of the rows or more reaching right of it.
    ``rows`` are sorted along the line. Returns the rows in reading order and whether the page
    was read as two columns.
    """
    real = [[g for g in row if not g[0].isspace()] for row in rows]
    filled = [r for r in real if r]
    if len(filled) < 6:
        return rows, False
    wide = 2 * size
    gaps: list[tuple[float, float]] = []
    for r in filled:
        gaps.extend((a[3], b[1]) for a, b in zip(r, r[1:]) if b[1] - a[3] > wide)
    if len(gaps) < 6:
        return rows, False
    left_edge = min(r[0][1] for r in filled)
    right_edge = max(r[-1][3] for r in filled)
    span = right_edge - left_edge

    def side(r: list[Glyph], x: float) -> str:
        """"l" or "r" (all glyphs on one side), "b" (both, a wide gap at x) or "x" (runs across)."""
        if r[-1][3] <= x:
            return "l"
        if r[0][1] >= x:
            return "r"
        for a, b in zip(r, r[1:]):
            if a[3] <= x <= b[1]:
                return "b" if b[1] - a[3] > wide else "x"
        return "x"

    # candidate positions: the centres of the glyph-wide cells of the middle band that lie in a
    # wide gap on the most lines (a few only, so that a page of scattered glyphs costs little)
    if not (isfinite(span) and isfinite(size) and span > 0 and size > 0):
        return rows, False  # a damaged page's boxes
    step = max(size, span / 200)  # a glyph wide, and no more than 200 cells across the page
    cover: dict[int, int] = {}
    lo, hi = left_edge + 0.3 * span, left_edge + 0.7 * span
    for a, b in gaps:
        for cell in range(max(int(a / step) + 1, int(lo / step)), min(int(b / step), int(hi / step)) + 1):
            cover[cell] = cover.get(cell, 0) + 1
    cells = sorted(cover, key=lambda c: (-cover[c], c))[:_GUTTER_CANDIDATES]
    best = None
    for x in sorted((c + 0.5) * step for c in cells):
        if not lo <= x <= hi:
            continue
        sides = [side(r, x) for r in filled]
        both, across = sides.count("b"), sides.count("x")
        right = both + sides.count("r")
        if not (both >= max(6, 0.25 * len(filled)) and across <= max(2, 0.05 * len(filled))
                and right >= 0.35 * len(filled) and (best is None or both > best[0])):
            continue
        # the lines of both columns fill most of their width, as running text does (not the
        # short cells of a table)
        lefts = sorted(max(g[3] for g in r if g[5] < x) - left_edge for r, k in zip(filled, sides) if k == "b")
        rights = sorted(r[-1][3] - min(g[1] for g in r if g[5] >= x) for r, k in zip(filled, sides) if k == "b")
        if lefts[len(lefts) // 2] >= 0.5 * (x - left_edge) and rights[len(rights) // 2] >= 0.5 * (right_edge - x):
            best = (both, x)
    if best is None:
        return rows, False
    x = best[1]
    out: list[list[Glyph]] = []
    left: list[list[Glyph]] = []
    right: list[list[Glyph]] = []
    for row, r in zip(rows, real):
        where = side(r, x) if r else "l"
        if where == "x":
            out.extend(left + right)
            left, right = [], []
            out.append(row)
            continue
        lpart = [g for g in row if g[5] < x]
        rpart = [g for g in row if g[5] >= x]
        if lpart:
            left.append(lpart)
        if rpart:
            right.append(rpart)
    out.extend(left + right)
    return out, True
