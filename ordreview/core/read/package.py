"""A .docx package (zip) opened defensively, and its XML parts parsed safely.

Every limit of ``core.read.limits`` is checked from the zip's central directory *before*
anything is decompressed, and again on the bytes actually produced (headers are not
trusted). XML parts containing a DTD or an entity declaration are refused before lxml
sees them, and lxml itself never resolves entities, never touches the network and keeps
libxml2's depth limit (no ``huge_tree``).

Only this module and ``core.read.docx`` import lxml and zipfile; ``core.read`` imports them
lazily so that reading a .txt never loads them.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.read import codes, limits

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_OFFICE_DOCUMENT = "/officeDocument"
REL_CORE_PROPERTIES = "/core-properties"

_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,  # encrypted zip entries
    ValueError,
    struct.error,
    OverflowError,
    OSError,
    KeyError,
)


def xml_parser() -> etree.XMLParser:
    """A hardened lxml parser: no entities, no DTD loading, no network, default depth limit."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def has_dtd(raw: bytes) -> bool:
    """True if an XML part declares a DTD or entities (in UTF-8 or UTF-16)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:2] in (b"<\x00", b"\x00<"):
        enc = "utf-16-be" if raw.startswith(b"\xfe\xff") or raw[:1] == b"\x00" else "utf-16-le"
        text = raw.decode(enc, errors="replace")
        return "<!DOCTYPE" in text or "<!ENTITY" in text
    return b"<!DOCTYPE" in raw or b"<!ENTITY" in raw


@contextmanager
def zip_errors(path: str) -> Iterator[None]:
    """Turn the many exceptions a damaged zip can raise into ``read.corrupt``."""
    try:
        yield
    except _ZIP_ERRORS as exc:
        raise ReadError(codes.CORRUPT, path=path, reason=_reason(exc)) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc) else ""
    text = text.encode("ascii", "backslashreplace").decode("ascii")
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def declared_entries(data: bytes) -> int | None:
    """The entry count the zip's end-of-central-directory record declares, or ``None``.

    Read before ``zipfile`` parses the central directory, so that a directory claiming
    millions of entries is refused without building them.
    """
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if pos < 0 or pos + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, pos + 10)[0]
    if count != 0xFFFF:
        return count
    loc = data.rfind(b"PK\x06\x07", max(0, pos - 20), pos)  # zip64 locator
    if loc < 0:
        return None
    eocd64 = struct.unpack_from("<Q", data, loc + 8)[0]
    if eocd64 + 40 > len(data) or data[eocd64 : eocd64 + 4] != b"PK\x06\x06":
        return None
    return int(struct.unpack_from("<Q", data, eocd64 + 32)[0])


class Package:
    """An opened .docx zip with its limits checked.

    Attributes:
        path: the file's path, for messages.
        bytes_read: total decompressed bytes produced so far (checked against the limit).
    """

    def __init__(self, data: bytes, *, path: str) -> None:
        self.path = path
        self.bytes_read = 0
        declared = declared_entries(data)
        if declared is not None and declared > limits.MAX_ZIP_ENTRIES:
            raise LimitExceededError(
                codes.ZIP_ENTRIES, path=path, count=declared, limit=limits.MAX_ZIP_ENTRIES
            )
        with zip_errors(path):
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        if len(infos) > limits.MAX_ZIP_ENTRIES:
            raise LimitExceededError(
                codes.ZIP_ENTRIES, path=path, count=len(infos), limit=limits.MAX_ZIP_ENTRIES
            )
        total = sum(i.file_size for i in infos)
        if total > limits.MAX_ZIP_TOTAL_BYTES:
            raise LimitExceededError(
                codes.ZIP_TOTAL,
                path=path,
                size=codes.size_text(total),
                limit=codes.size_text(limits.MAX_ZIP_TOTAL_BYTES),
            )
        for info in infos:
            if info.file_size > limits.RATIO_FLOOR_BYTES:
                ratio = info.file_size // max(info.compress_size, 1)
                if ratio > limits.MAX_COMPRESSION_RATIO:
                    raise LimitExceededError(
                        codes.ZIP_RATIO,
                        path=path,
                        part=info.filename,
                        ratio=ratio,
                        limit=limits.MAX_COMPRESSION_RATIO,
                    )
        self._index = {i.filename.lstrip("/").lower(): i for i in infos}

    def names(self) -> list[str]:
        """The part names in the zip (as stored)."""
        return [i.filename for i in self._index.values()]

    def has(self, name: str) -> bool:
        """True if the zip holds part ``name`` (case-insensitive, leading slash optional)."""
        return name.lstrip("/").lower() in self._index

    def read(self, name: str) -> bytes | None:
        """The bytes of part ``name``, or ``None`` when absent; never more than the limits."""
        info = self._index.get(name.lstrip("/").lower())
        if info is None:
            return None
        cap = limits.MAX_PART_BYTES
        if info.file_size > cap:
            raise LimitExceededError(codes.ZIP_PART, path=self.path, part=info.filename, limit=codes.size_text(cap))
        with zip_errors(self.path), self._zip.open(info) as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise LimitExceededError(codes.ZIP_PART, path=self.path, part=info.filename, limit=codes.size_text(cap))
        self.bytes_read += len(data)
        if self.bytes_read > limits.MAX_ZIP_TOTAL_BYTES:
            raise LimitExceededError(
                codes.ZIP_TOTAL,
                path=self.path,
                size=codes.size_text(self.bytes_read),
                limit=codes.size_text(limits.MAX_ZIP_TOTAL_BYTES),
            )
        return data

    def xml(self, name: str) -> etree._Element | None:
        """Part ``name`` parsed safely, or ``None`` when absent.

        Raises:
            LimitExceededError: DTD or entity declarations, or nesting deeper than the limit.
            ReadError: ``read.xml`` when the XML is malformed.
        """
        raw = self.read(name)
        if raw is None:
            return None
        if has_dtd(raw):
            raise LimitExceededError(codes.XML_DTD, path=self.path, part=name)
        try:
            return etree.fromstring(raw, xml_parser())
        except etree.XMLSyntaxError as exc:
            if "depth" in str(exc).lower():
                raise LimitExceededError(
                    codes.XML_DEPTH, path=self.path, part=name, limit=limits.MAX_XML_DEPTH
                ) from None
            raise ReadError(codes.XML, path=self.path, part=name, reason=_reason(exc)) from None
        except (ValueError, etree.LxmlError) as exc:
            raise ReadError(codes.XML, path=self.path, part=name, reason=_reason(exc)) from None

    def relationships(self, source: str = "") -> dict[str, tuple[str, str]]:
        """Relationships of part ``source`` (``""`` = the package): id → (type, target part name).

        Targets are resolved to part names relative to the package root; external targets
        are left out.
        """
        folder, base = posixpath.split(source.lstrip("/"))
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.xml(rels_name)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id") or ""] = (rel.get("Type") or "", name)
        return out

    def target(self, source: str, rel_suffix: str) -> str | None:
        """The part a relationship of type ``…rel_suffix`` of ``source`` points to, or ``None``."""
        for rel_type, name in self.relationships(source).values():
            if rel_type.endswith(rel_suffix) and self.has(name):
                return name
        return None

    def main_document(self) -> str | None:
        """The main document part's name (via ``_rels/.rels``, else ``word/document.xml``)."""
        name = self.target("", REL_OFFICE_DOCUMENT)
        if name is None and self.has("word/document.xml"):
            name = "word/document.xml"
        return name

    def check_xml_parts(self) -> None:
        """Refuse the package if any XML part declares a DTD or entities (read every part)."""
        for name in self.names():
            if name.lower().endswith((".xml", ".rels")):
                raw = self.read(name) or b""
                if has_dtd(raw):
                    raise LimitExceededError(codes.XML_DTD, path=self.path, part=name)
