"""Readers: turn a draft file into a ``Document`` (blocks in order, each with a locator).

Public entry: :func:`read_document`. It sniffs the *content* (``core.read.sniff``), not the
extension, and dispatches:

- zip → ``core.read.docx`` (a .docx; a zip without a Word main document is refused);
- HTML markup → ``core.read.html``; a web archive (.mht) → ``core.read.mhtml``;
- PDF → ``core.read.pdf`` (its text layer; a scan without one is refused);
- other text → ``core.read.txt``;
- OLE compound files → refused with a message naming what they are: legacy Word ``.doc``
  (a ``WordDocument`` stream), password-protected .docx (``EncryptionInfo`` /
  ``EncryptedPackage``), 一太郎 (``.jtd`` extension), other Office files;
- RTF, images, other binary data and empty files → refused.

Every refusal is a ``ReadError`` (``LimitExceededError`` for the safety limits of
``core.read.limits``, checked before parsing) with Japanese and English messages; nothing
else escapes. The source file is only ever opened for reading.

Only the stdlib is imported here: python-docx-free, lxml-free and zipfile-free until a
.docx is actually read, so that reading a .txt starts fast.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import replace

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.model import Document
from ordreview.core.read import codes, limits
from ordreview.core.read.sniff import image_kind, ole_stream_names, sniff_kind

__all__ = ["read_document", "read_bytes", "load_bytes"]

_HEAD_BYTES = 8192
_ICHITARO_EXTS = (".jtd", ".jtdc", ".jtt", ".jttc", ".jaw", ".jbw", ".juw", ".jfw", ".jvw")


def _limit_for(kind: str) -> int:
    if kind in ("zip", "ole", "mhtml"):
        return limits.MAX_DOCX_BYTES
    if kind == "pdf":
        return limits.MAX_PDF_BYTES
    return limits.MAX_TEXT_BYTES


def load_bytes(path: str | os.PathLike[str], *, kind: str | None = None) -> tuple[bytes, str]:
    """The bytes of ``path`` and its sniffed kind, with the size limit checked before reading.

    Raises:
        ReadError: missing file, folder, unreadable, empty (0 bytes).
        LimitExceededError: the file is larger than the limit for its kind.
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise ReadError(codes.NOT_FOUND, path=name) from None
    except (OSError, ValueError) as exc:
        raise ReadError(codes.IO, path=name, reason=type(exc).__name__) from None
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(codes.NOT_A_FILE, path=name)
    if st.st_size == 0:
        raise ReadError(codes.EMPTY, path=name)
    try:
        with open(name, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
            ext = os.path.splitext(name)[1].lower()
            found = kind or sniff_kind(head, ext=ext)
            limit = _limit_for(found)
            if st.st_size > limit:
                raise LimitExceededError(
                    codes.TOO_LARGE, path=name, size=codes.size_text(st.st_size), limit=codes.size_text(limit)
                )
            data = head + handle.read(limit + 1 - len(head))
    except PermissionError:
        raise ReadError(codes.IO, path=name, reason="PermissionError") from None
    except OSError as exc:
        raise ReadError(codes.IO, path=name, reason=type(exc).__name__) from None
    if len(data) > limit:  # the file grew after stat
        raise LimitExceededError(
            codes.TOO_LARGE, path=name, size=codes.size_text(len(data)), limit=codes.size_text(limit)
        )
    if not data:
        raise ReadError(codes.EMPTY, path=name)
    return data, found


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a draft (.docx, .txt, .html or .pdf, recognised by content) into a ``Document``.

    Raises:
        LimitExceededError: a safety limit is exceeded (size, zip entries, expansion, XML).
        ReadError: the file is missing, empty, undecodable, damaged or of an unsupported
            kind (.doc, .jtd, encrypted, scanned PDF, image, binary); the message says which.
    """
    data, kind = load_bytes(path)
    return read_bytes(data, path=os.fspath(path), kind=kind)


_SURROGATES = re.compile("[\ud800-\udfff]")
_ARTICLE_LINE = re.compile("^[ \t\u3000]*第[^\n]{1,12}?条", re.MULTILINE)


def read_bytes(data: bytes, *, path: str, kind: str | None = None) -> Document:
    """Read a draft from bytes already loaded (``kind`` as sniffed, or sniffed here).

    A text with more lines opening an article (第…条) than ``limits.MAX_ARTICLES`` is refused.
    A lone surrogate (which no real text holds and no UTF-8 file, database or Word file can
    store) is replaced by U+FFFD, one character for one, so spans stay valid.
    """
    doc = _read_bytes(data, path=path, kind=kind)
    articles = sum(1 for _ in _ARTICLE_LINE.finditer(doc.text))
    if articles > limits.MAX_ARTICLES:
        raise LimitExceededError(codes.TOO_MANY_ARTICLES, path=path, count=f"{articles:,}",
                                 limit=f"{limits.MAX_ARTICLES:,}")
    if _SURROGATES.search(doc.text) is None and not _SURROGATES.search(doc.title_hint or ""):
        return doc
    blocks = [replace(b, text=_SURROGATES.sub("\ufffd", b.text)) for b in doc.blocks]
    title = _SURROGATES.sub("\ufffd", doc.title_hint) if doc.title_hint else doc.title_hint
    return Document.from_blocks(source=doc.source, blocks=blocks, notices=doc.notices, title_hint=title)


def _read_bytes(data: bytes, *, path: str, kind: str | None = None) -> Document:
    ext = os.path.splitext(path)[1].lower()
    kind = kind or sniff_kind(data[:_HEAD_BYTES], ext=ext)
    sha256 = hashlib.sha256(data).hexdigest()
    if kind == "zip":
        from ordreview.core.read.docx import read_docx_bytes

        return read_docx_bytes(data, path=path, sha256=sha256)
    if kind == "text":
        from ordreview.core.read.txt import read_txt_bytes

        return read_txt_bytes(data, path=path, sha256=sha256)
    if kind == "html":
        from ordreview.core.read.html import read_html_bytes

        return read_html_bytes(data, path=path, sha256=sha256)
    if kind == "mhtml":
        from ordreview.core.read.mhtml import read_mhtml_bytes

        return read_mhtml_bytes(data, path=path, sha256=sha256)
    if kind == "ole":
        names = ole_stream_names(data)
        if {"EncryptionInfo", "EncryptedPackage"} & names:
            raise ReadError(codes.ENCRYPTED, path=path)
        if "WordDocument" in names:
            raise ReadError(codes.LEGACY_DOC, path=path)
        if ext in _ICHITARO_EXTS:
            raise ReadError(codes.ICHITARO, path=path)
        raise ReadError(codes.OLE_UNKNOWN, path=path)
    if ext in _ICHITARO_EXTS:
        raise ReadError(codes.ICHITARO, path=path)
    if kind == "pdf":
        from ordreview.core.read.pdf import read_pdf_bytes

        return read_pdf_bytes(data, path=path, sha256=sha256)
    if kind == "rtf":
        raise ReadError(codes.RTF, path=path)
    if kind == "image":
        raise ReadError(codes.IMAGE, path=path, kind=image_kind(data[:16]) or "?")
    raise ReadError(codes.BINARY, path=path)
