"""HTML drafts: a page saved from a municipal 例規集 web site.

Uses only the standard library's ``html.parser``. Each block-level element's text becomes a
block (inline elements are joined into it); ``<br>`` ends a block, like a line break in
Word (see ``core.read.docx``); each table cell (``<td>``/``<th>``, e.g. of a 別表) is a
block of its own, except in the rows 例規集 systems use to lay out numbered provisions: a row
whose first cell holds only a number (``(1)``, ``一``, ``ア``, ``2``, ``第3条``, or an image whose
``alt`` is one) is one block, its cells joined by an ideographic space (``(1)　実施機関　市長…``);
a row of two or three cells whose first cell is empty (a number drawn as an image without
``alt``) is one block starting with an ideographic space, as a copied page shows it; so is an
item of an ``<ol>``, whose number the browser draws. Whitespace collapses as a browser shows it (ASCII whitespace
only: the ideographic space U+3000 of 例規 is kept). Dropped with their contents:
``<head>`` (except ``<title>``, which becomes ``title_hint``), scripts, styles, forms,
``<nav>``/``<header>``/``<footer>``/``<aside>``, ruby readings (``<rt>``, ``<rp>``: the base
text stays, as in the Word reader), hidden elements and elements whose class
or id names navigation (``nav``, ``menu``, ``breadcrumb``, ``header``, ``footer``, the side
column ``secondary`` …).

Encoding: a byte-order mark, else the ``<meta charset>`` or ``http-equiv`` declaration,
else the same detection as text files (``core.read.txt``).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from ordreview.core.errors import ReadError
from ordreview.core.messages import render
from ordreview.core.model import Block, Document, Locator, Notice, SourceInfo
from ordreview.core.read import codes
from ordreview.core.read.sniff import bom_encoding
from ordreview.core.read.txt import decode_bytes, sanitize

BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr html li main menu ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)
"""Elements whose start and end close the current block."""

DROP_TAGS = frozenset(
    "head script style noscript template nav header footer aside form button select "
    "textarea iframe object embed svg math canvas frameset map rt rp".split()
)
"""Elements dropped with everything inside them."""

_BLOCK_DROPS = frozenset("head nav header footer aside form noscript template frameset".split())

DROP_NAMES = frozenset(
    "nav navi navbar navigation gnav menu menubar breadcrumb breadcrumbs pankuzu topicpath "
    "header footer sidebar side toolbar skip skiplink pagetop print secondary".split()
)
"""Class or id tokens (lower case) that mark navigation to drop. (``secondary`` is the side column
of a page whose body is ``primary``: on 例規集 pages it holds the title again, the 条項目次 link
list, the 沿革 and the 体系情報 「第1編 総規/第3章 …」, none of them the ordinance's text.)"""

DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu"})

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WS_RE = re.compile(r"[ \t\n\r\f]+")
_META_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
TEXT_CODECS = frozenset({
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213",
    "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext",
    "ascii", "latin-1", "cp437", "cp850", "big5", "big5hkscs", "cp950", "gb2312", "gbk", "gb18030",
    "euc_kr", "cp949", "johab", "iso2022_kr", "koi8-r", "koi8-u", "mac-roman", "tis-620",
})
"""Python codecs a declared charset may select (plus ``iso8859-*`` and ``cp125x``)."""

_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "ms932": "cp932",
    "cp932": "cp932",
    "euc-jp": "euc_jp",
    "x-euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
}


_MARKER_CELL = re.compile(
    r"[(（]?\s*(?:[0-9０-９]+|[一二三四五六七八九十]+|[ア-ン]|[イロハニホヘト])\s*[)）]?"
    r"|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"
    r"|第\s*[0-9０-９一二三四五六七八九十百]+\s*条(?:\s*の\s*[0-9０-９一二三四五六七八九十]+)*"
)


def _join_row(cells: list[list[str]]) -> list[str] | None:
    """One block for a layout row of a numbered provision (see the module docstring), else None."""
    if not 2 <= len(cells) <= 4 or any(len(c) > 1 for c in cells[1:-1]):
        return None
    first = cells[0]
    rest = [c[0] for c in cells[1:] if c]
    tail = cells[-1][1:] if len(cells[-1]) > 1 else []  # a nested list under the last cell's text
    if not rest:
        return None
    if len(first) == 1 and _MARKER_CELL.fullmatch(first[0].strip()):
        return ["\u3000".join([first[0].strip(), *rest]), *tail]
    if not first and len(cells) <= 3:
        return ["\u3000" + "\u3000".join(rest), *tail]
    return None


class _PageParser(HTMLParser):
    """Collects block texts and the title; see the module docstring for the rules."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._rows: list[list[list[str]] | None] = []  # per open <table>: its open row's cells
        self._cells: list[list[str] | None] = []  # per open <table>: its open cell
        self.title: str | None = None
        self._parts: list[str] = []
        self._dropped: list[str] = []  # open elements being dropped, outermost first
        self._in_title = False
        self._title_parts: list[str] = []
        self._pre = 0
        self._ol = 0  # open <ol>s: their <li> numbers are drawn by the browser, not in the text
        self.frames = 0  # <frame>/<iframe> seen: the text lives in another page

    def _sink(self) -> list[str]:
        """Where a finished block goes: the innermost open table cell, else the page."""
        for cell in reversed(self._cells):
            if cell is not None:
                return cell
        return self.blocks

    def _flush(self) -> None:
        raw = "".join(self._parts)
        self._parts.clear()
        sink = self._sink()
        if self._pre:
            for line in re.split(r"\r\n|\r|\n", raw):
                if line.strip():
                    sink.append(line.rstrip())
            return
        text = _WS_RE.sub(" ", raw).strip(" ")
        if text.strip():  # Word's saved pages fill empty paragraphs with &nbsp;
            sink.append(text)

    def _table_tag(self, tag: str, start: bool) -> None:
        """Track tables, rows and cells so that a layout row becomes one block.

        ``_rows`` and ``_cells`` hold one entry per open <table>, innermost last: its open row
        (a list of cells) and open cell, or ``None``.
        """
        if tag == "table":
            if start:
                self._rows.append(None)
                self._cells.append(None)
            elif self._rows:
                self._end_row()
                self._rows.pop()
                self._cells.pop()
        elif tag == "tr" and self._rows:
            self._end_row()
            if start:
                self._rows[-1] = []
        elif tag in ("td", "th") and self._rows:
            self._cells[-1] = None
            row = self._rows[-1]
            if start and row is not None:
                cell: list[str] = []
                row.append(cell)
                self._cells[-1] = cell

    def _end_row(self) -> None:
        cells = self._rows[-1]
        self._rows[-1] = None
        self._cells[-1] = None
        if cells:
            self._sink().extend(_join_row(cells) or [b for c in cells for b in c])

    @staticmethod
    def _is_dropped(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in DROP_TAGS:
            return True
        for name, value in attrs:
            value = (value or "").lower()
            if name in ("class", "id") and DROP_NAMES.intersection(value.split()):
                return True
            if name == "role" and value in DROP_ROLES:
                return True
            if name == "hidden" or (name == "aria-hidden" and value == "true"):
                return True
            if name == "style" and re.search(r"display\s*:\s*none", value):
                return True
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("frame", "iframe"):
            self.frames += 1
        if tag == "title":
            # <title> sits in the dropped <head> but is read, once
            self._in_title = not self._dropped or self._dropped == ["head"]
            return
        if self._dropped:
            if tag not in _VOID:
                self._dropped.append(tag)
            return
        if self._is_dropped(tag, attrs):
            if tag not in _VOID:
                if tag in BLOCK_TAGS or tag in _BLOCK_DROPS:
                    self._flush()  # an inline one (<rt>, <script>) leaves the line whole
                self._dropped.append(tag)
            return
        if tag == "br" or tag in BLOCK_TAGS:
            self._flush()
        if tag in ("table", "tr", "td", "th"):
            self._table_tag(tag, True)
        if tag == "ol":
            self._ol += 1
        if tag == "li" and self._ol:
            self._parts.append("\u3000")  # the browser draws the number: keep the space it leaves
        if tag == "pre":
            self._pre += 1
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self._parts.append(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            if self._in_title and self.title is None:
                self.title = _WS_RE.sub(" ", "".join(self._title_parts)).strip() or None
            self._in_title = False
            return
        if self._dropped:
            if tag in self._dropped:
                # close up to the matching open tag (browsers forgive unclosed inner tags)
                while self._dropped and self._dropped.pop() != tag:
                    pass
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in ("tr", "td", "th", "table"):
            self._table_tag(tag, False)
        if tag == "ol" and self._ol:
            self._ol -= 1
        if tag == "pre" and self._pre:
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        elif not self._dropped:
            self._parts.append(data)

    def close(self) -> None:
        """Finish parsing and flush the last block."""
        super().close()
        self._flush()
        while self._rows:  # a page cut inside a table keeps its cells
            self._table_tag("table", False)


def charset_codec(declared: str) -> str | None:
    """The Python codec for a declared charset (``Shift_JIS`` → ``cp932``), or ``None``."""
    name = declared.strip().lower()
    if not name:
        return None
    name = _ALIASES.get(name, name)
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    name = _ALIASES.get(name, name)
    # only character encodings of text: a page naming idna, punycode, utf-7 or unicode_escape
    # would otherwise be "decoded" by a transform (and may yield lone surrogates)
    if name not in TEXT_CODECS and not name.startswith(("iso8859-", "cp125")):
        return None
    return name


def decode_html(data: bytes, *, path: str) -> tuple[str, str, list[Notice]]:
    """Decode an HTML page: BOM, then ``<meta>`` charset, then text detection."""
    notices: list[Notice] = []
    if bom_encoding(data) is None:
        match = _META_RE.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii").lower()
            codec = charset_codec(declared)
            try:
                if codec is None:
                    raise LookupError(declared)
                return data.decode(codec), codec, notices
            except (LookupError, UnicodeDecodeError):
                decoded = decode_bytes(data, path=path)
                notices.append(
                    Notice(
                        codes.CHARSET_MISMATCH,
                        *render(codes.CHARSET_MISMATCH, declared=declared, encoding=decoded.encoding),
                    )
                )
                return decoded.text, decoded.encoding, notices
    decoded = decode_bytes(data, path=path)
    return decoded.text, decoded.encoding, list(decoded.notices)


def read_html_bytes(data: bytes, *, path: str, sha256: str) -> Document:
    """Read an HTML page from its bytes: one ``Block`` per block element, ``Locator("html", n)``.

    Raises:
        ReadError: ``read.encoding`` when undecodable, ``read.empty`` when no text remains,
            ``read.html_frames`` for a frame page whose text lives in other pages.
    """
    text, encoding, notices = decode_html(data, path=path)
    return html_document(text, encoding=encoding, notices=notices, path=path, sha256=sha256, size=len(data))


def html_document(
    text: str, *, encoding: str, notices: list[Notice], path: str, sha256: str, size: int
) -> Document:
    """The ``Document`` of decoded HTML ``text`` (shared by the .html and .mht readers)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    blocks: list[Block] = []
    replaced = 0
    for number, raw in enumerate(parser.blocks):
        clean, count = sanitize(raw)
        replaced += count
        blocks.append(Block(clean, Locator("html", number)))
    if not any(b.text.strip() for b in blocks):
        raise ReadError(codes.HTML_FRAMES if parser.frames else codes.EMPTY, path=path)
    if replaced:
        notices.append(Notice(codes.CONTROL_CHARS, *render(codes.CONTROL_CHARS, count=replaced)))
    source = SourceInfo(path=path, format="html", encoding=encoding, sha256=sha256, size=size)
    title = sanitize(parser.title)[0] if parser.title else None
    return Document.from_blocks(source=source, blocks=blocks, notices=notices, title_hint=title)
