"""Content sniffing: what kind of file a byte string is, whatever its extension says.

Light on purpose (stdlib ``re`` and ``struct`` only): it runs before every read, including
the plain-text path that must start fast.
"""

from __future__ import annotations

import re
import struct
from typing import Literal

Kind = Literal["zip", "ole", "pdf", "rtf", "image", "mhtml", "html", "text", "binary"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"RIFF", "WebP"),
)
_HTML_RE = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)")
_HTML_EXTS = (".html", ".htm", ".xhtml", ".shtml")
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``, or ``None``."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def sniff_kind(head: bytes, *, ext: str = "") -> Kind:
    """Classify a file from its first bytes (``head``, a few KB) and lower-case extension.

    Returns ``"zip"`` (a .docx candidate), ``"ole"`` (a compound file: .doc, encrypted .docx,
    一太郎), ``"pdf"``, ``"rtf"``, ``"image"``, ``"mhtml"`` (a web archive), ``"html"``,
    ``"text"`` or ``"binary"``.
    """
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf"
    bom = bom_encoding(head)
    if bom is not None and bom != "utf-8-sig":
        try:  # a UTF-16/32 text cut mid-character in the head is still text
            sample = head[: len(head) - len(head) % 4].decode(bom, errors="replace")
        except LookupError:
            return "binary"
        lowered = sample.lower().encode("ascii", errors="ignore")
        return "html" if _looks_html(lowered, ext) else "text"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _looks_mhtml(head[:4096], ext):
        return "mhtml"
    if is_binary(head):
        return "image" if image_kind(head) else "binary"
    return "html" if _looks_html(head[:4096].lower(), ext) else "text"


def is_binary(head: bytes) -> bool:
    """True if ``head`` (without a UTF-16/32 BOM) holds NUL bytes or many control bytes."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls * 20 > len(head)


def image_kind(head: bytes) -> str | None:
    """The image format named by the magic number at the start of ``head``, or ``None``."""
    for magic, name in _IMAGES:
        if head.startswith(magic):
            if name == "WebP" and head[8:12] != b"WEBP":
                continue
            return name
    return None


def _looks_mhtml(head: bytes, ext: str) -> bool:
    lowered = head.lower()
    if b"multipart/related" not in lowered:
        return False
    starts = (b"mime-version:", b"from:", b"content-type:", b"subject:", b"date:")
    return lowered.lstrip().startswith(starts) or ext in (".mht", ".mhtml")


def _looks_html(lowered: bytes, ext: str) -> bool:
    if _HTML_RE.search(lowered):
        return True
    return ext in _HTML_EXTS and lowered.lstrip().startswith(b"<")


# ---------------------------------------------------------------- OLE compound files

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_CHAIN = 1 << 20


def ole_stream_names(data: bytes) -> set[str]:
    """Names of the storages and streams in an OLE compound file (``data`` = whole file).

    Reads the header, the FAT (through the DIFAT) and the directory chain; any damage
    makes it fall back to searching the bytes for the few UTF-16LE names the readers care
    about, so it never raises on bad input.
    """
    try:
        return _ole_directory(data)
    except (struct.error, IndexError, ValueError, OverflowError):
        return _ole_names_by_search(data)


_KNOWN_STREAMS = ("WordDocument", "EncryptionInfo", "EncryptedPackage", "Workbook", "PowerPoint Document")


def _ole_names_by_search(data: bytes) -> set[str]:
    return {name for name in _KNOWN_STREAMS if name.encode("utf-16-le") in data}


def _ole_directory(data: bytes) -> set[str]:
    if not data.startswith(OLE_MAGIC) or len(data) < 512:
        raise ValueError("not an OLE file")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector shift")
    size = 1 << shift
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    first_difat, n_difat = struct.unpack_from("<II", data, 0x44)

    def sector(sid: int) -> bytes:
        start = (sid + 1) * size
        if sid >= 0xFFFFFFFA or start + size > len(data) + size:
            raise ValueError("sector out of range")
        return data[start : start + size]

    fat_sids = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < 0xFFFFFFFA]
    sid, guard = first_difat, 0
    while sid not in (_FREE, _END) and guard < n_difat + 1:
        block = sector(sid)
        entries = struct.unpack(f"<{size // 4}I", block)
        fat_sids.extend(s for s in entries[:-1] if s < 0xFFFFFFFA)
        sid, guard = entries[-1], guard + 1
    fat: list[int] = []
    for s in fat_sids[: max(n_fat, 1)]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(s).ljust(size, b"\xff")))
    names: set[str] = set()
    sid, seen = first_dir, set()
    while sid not in (_FREE, _END) and sid not in seen and len(seen) < _MAX_CHAIN:
        seen.add(sid)
        block = sector(sid)
        for off in range(0, len(block) - 127, 128):
            name_len = struct.unpack_from("<H", block, off + 64)[0]
            kind = block[off + 66]
            if kind in (1, 2, 5) and 2 <= name_len <= 64:
                names.add(block[off : off + name_len - 2].decode("utf-16-le", errors="replace"))
        sid = fat[sid] if sid < len(fat) else _END
    if not names:
        raise ValueError("empty directory")
    return names
