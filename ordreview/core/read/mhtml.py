"""Web archives (.mht / .mhtml): a 例規集 page saved by Edge or Internet Explorer as one file.

The archive is a MIME ``multipart/related`` message; the first ``text/html`` part is the page.
It is decoded (base64 or quoted-printable, then its declared charset or the HTML rules) and
read exactly like an .html file (``core.read.html``); ``SourceInfo.format`` is ``"html"``.
Uses only the standard library's ``email`` package, imported only on this path.
"""

from __future__ import annotations

import email
import email.policy
import re

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.model import Document
from ordreview.core.read import codes, limits
from ordreview.core.read.html import charset_codec, decode_html, html_document


_MULTIPART = re.compile(rb"multipart/", re.IGNORECASE)


def read_mhtml_bytes(data: bytes, *, path: str, sha256: str) -> Document:
    """Read the HTML page inside a web archive.

    Raises:
        ReadError: ``read.mhtml_no_html`` when the archive holds no HTML part, otherwise as
            the HTML reader.
    """
    nested = len(_MULTIPART.findall(data))
    if nested > limits.MAX_MIME_MULTIPARTS:
        raise LimitExceededError(codes.MHTML_NESTED, path=path, count=nested, limit=limits.MAX_MIME_MULTIPARTS)
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = list(message.walk())
    except RecursionError:  # the count above is a bound on nesting; this is the backstop
        raise LimitExceededError(
            codes.MHTML_NESTED, path=path, count=nested, limit=limits.MAX_MIME_MULTIPARTS
        ) from None
    for part in parts:
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        codec = charset_codec(part.get_content_charset() or "")
        try:
            if codec is None:
                raise LookupError(part.get_content_charset())
            text, encoding, notices = payload.decode(codec), codec, []
        except (LookupError, UnicodeDecodeError):
            text, encoding, notices = decode_html(payload, path=path)
        return html_document(
            text, encoding=encoding, notices=notices, path=path, sha256=sha256, size=len(data)
        )
    raise ReadError(codes.MHTML_NO_HTML, path=path)
