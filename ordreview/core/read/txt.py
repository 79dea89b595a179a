"""Plain-text drafts: encoding detection, newline detection, one block per line.

Detection order (first match wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. ISO-2022-JP when the bytes carry its escape sequences;
3. strict UTF-8 (pure ASCII counts as UTF-8);
4. CP932 (Windows Shift_JIS) and EUC-JP, each decoded strictly: if exactly one succeeds it
   wins; if both do, the one whose characters look more like Japanese prose wins, and
   charset-normalizer breaks an exact tie (imported only then: it costs ~20 ms).

Nothing heavy is imported here: the text path must start fast.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ordreview.core.errors import ReadError
from ordreview.core.messages import render
from ordreview.core.model import Block, Document, Locator, Notice, SourceInfo
from ordreview.core.read import codes
from ordreview.core.read.sniff import bom_encoding

if TYPE_CHECKING:
    from ordreview.core.read.cleanup import SourceMap

CANDIDATES: tuple[str, ...] = ("cp932", "euc_jp")
"""Legacy Japanese encodings tried, in this order, after UTF-8."""

_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_CP932_LENIENT_RE = re.compile("[\x80\uf8f0-\uf8f3]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text with the codec used and any notices about the guess."""

    text: str
    encoding: str
    notices: tuple[Notice, ...] = ()


def decode_bytes(data: bytes, *, path: str) -> Decoded:
    """Decode a Japanese text file, detecting its encoding (see the module docstring).

    Raises:
        ReadError: ``read.encoding`` when no candidate decodes the bytes strictly.
    """
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError:
            raise ReadError(codes.ENCODING, path=path, tried=bom) from None
    tried = ["utf-8", *CANDIDATES]
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        try:
            return Decoded(data.decode("iso2022_jp"), "iso2022_jp")
        except UnicodeDecodeError:
            tried.insert(0, "iso2022_jp")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    decoded: dict[str, str] = {}
    for codec in CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "cp932" and _CP932_LENIENT_RE.search(text):
            continue  # Python maps 0x80, 0xA0, 0xFD-0xFF, which are not Shift_JIS at all
        decoded[codec] = text
    if not decoded:
        raise ReadError(codes.ENCODING, path=path, tried=", ".join(tried))
    if len(decoded) == 1:
        codec, text = next(iter(decoded.items()))
        return Decoded(text, codec)
    scores = {codec: japanese_score(text) for codec, text in decoded.items()}
    best = max(scores, key=lambda c: scores[c])
    if sorted(scores.values())[-1] == sorted(scores.values())[-2]:
        best = _tie_break(data, best)
    notice = Notice(
        codes.ENCODING_GUESSED,
        *render(codes.ENCODING_GUESSED, encoding=best, candidates=", ".join(decoded)),
    )
    return Decoded(decoded[best], best, (notice,))


def japanese_score(text: str) -> float:
    """Share of characters typical of Japanese drafts (kana, kanji, ASCII, punctuation)."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            0x20 <= o < 0x7F
            or ch in "\t\r\n"
            or 0x3000 <= o <= 0x30FF  # CJK punctuation, hiragana, katakana
            or 0x4E00 <= o <= 0x9FFF  # common kanji
            or 0xFF01 <= o <= 0xFF5E  # full-width ASCII
        ):
            good += 1
    return good / len(text)


def _tie_break(data: bytes, default: str) -> str:
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if match is None:
        return default
    name = codecs.lookup(match.encoding).name.replace("-", "_")
    return name if name in CANDIDATES else default


def detect_newline(text: str) -> str | None:
    """The dominant line ending of ``text``: ``"\\r\\n"``, ``"\\n"``, ``"\\r"``, or ``None``."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if not (crlf or cr or lf):
        return None
    best = max((crlf, 0, "\r\n"), (lf, 1, "\n"), (cr, 2, "\r"), key=lambda t: (t[0], -t[1]))
    return best[2]


def sanitize(text: str) -> tuple[str, int]:
    """Replace control characters other than tab and newlines by spaces; returns the count.

    They cannot be stored in Word XML (the exporter anchors on this text) and never carry
    meaning in a draft. One-for-one, so offsets are unchanged.
    """
    count = 0

    def sub(_m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " "

    return _CONTROL_RE.sub(sub, text), count


def split_lines(text: str) -> list[str]:
    """Lines split on CRLF, LF or lone CR; a final line ending adds no empty line."""
    lines = _NEWLINE_RE.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def read_txt_bytes(data: bytes, *, path: str, sha256: str) -> Document:
    """Read a text draft from its bytes: one ``Block`` per line, ``Locator("line", n)``.

    Raises:
        ReadError: ``read.encoding`` when undecodable, ``read.empty`` when blank.
    """
    decoded = decode_bytes(data, path=path)
    text = decoded.text
    if text.startswith("\ufeff"):  # a BOM inside e.g. an ISO-2022 or BOM-less UTF-16 decode
        text = text[1:]
    if not text.strip():
        raise ReadError(codes.EMPTY, path=path)
    newline = detect_newline(text)
    notices = list(decoded.notices)
    numbered, source_map = _lines_of(text, notices)
    blocks: list[Block] = []
    replaced = 0
    for number, line in numbered:
        clean, count = sanitize(line)
        replaced += count
        blocks.append(Block(clean, Locator("line", number)))
    if replaced:
        notices.append(Notice(codes.CONTROL_CHARS, *render(codes.CONTROL_CHARS, count=replaced)))
    source = SourceInfo(
        path=path,
        format="txt",
        encoding=decoded.encoding,
        sha256=sha256,
        size=len(data),
        newline=newline or "\n",
    )
    return Document.from_blocks(source=source, blocks=blocks, notices=notices, source_map=source_map)


def _lines_of(text: str, notices: list[Notice]) -> tuple[list[tuple[int, str]], SourceMap | None]:
    """The lines to read, each with its 0-based line number in the file.

    Text extracted from a PDF (characters spaced out, page numbers mid-sentence, …) is
    cleaned first (``core.read.cleanup``); its lines then carry the line of the file they
    start on, and the returned map leads every offset back to the file's text.
    """
    from ordreview.core.read.cleanup import clean_extracted, cleaned_lines, cleanup_notices

    cleaned = clean_extracted(text)
    if cleaned is None:
        return list(enumerate(split_lines(text))), None
    notices.extend(cleanup_notices(cleaned))
    return cleaned_lines(cleaned), cleaned.source_map
