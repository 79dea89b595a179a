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
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.read import codes, limits

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
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


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp500"),  # "<?xm" in EBCDIC, which libxml2 also detects
)
_DECLARED = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")


def _plain(raw: bytes) -> bool:
    """True when the bytes themselves show the markup: UTF-8 (or ASCII-compatible) undeclared
    or declared as UTF-8, so byte scans are exact and no decoding is needed."""
    if any(raw.startswith(mark) for mark, _ in _BOMS):
        return False
    m = _DECLARED.match(raw[:300])
    return m is None or m.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def xml_text(raw: bytes) -> str:
    """The characters of an XML part, whatever its encoding, for the safety scans.

    The encoding is found as an XML parser finds it (ECMA-376 parts may be UTF-8, UTF-16 or
    UTF-32, with or without a byte-order mark, or declare another one); an unknown or
    undecodable encoding is read as Latin-1, which keeps every ASCII markup character.
    """
    for mark, enc in _BOMS:  # UTF-32 first: its little-endian mark starts like UTF-16's
        if raw.startswith(mark):
            return raw.decode(enc, errors="replace")
    m = _DECLARED.match(raw[:300])
    if m is not None:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except (LookupError, ValueError):
            pass
    return raw.decode("latin-1")


def has_dtd(raw: bytes) -> bool:
    """True if an XML part declares a DTD or entities, in any encoding (see :func:`xml_text`)."""
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        return True
    if _plain(raw):
        return False
    text = xml_text(raw)
    return "<!DOCTYPE" in text or "<!ENTITY" in text


def element_count(raw: bytes) -> int:
    """An upper bound of the elements of an XML part: its start and empty-element tags."""
    if _plain(raw):
        return raw.count(b"<") - raw.count(b"</") - raw.count(b"<?") - raw.count(b"<!")
    text = xml_text(raw)
    return text.count("<") - text.count("</") - text.count("<?") - text.count("<!")


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
        self._index: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            key = info.filename.lstrip("/").lower()
            if key in self._index:  # two parts one name: which one is "the" document?
                raise ReadError(codes.ZIP_DUPLICATE, path=path, part=info.filename)
            self._index[key] = info

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
        self.check_xml_bytes(name, raw)
        try:
            root = etree.fromstring(raw, xml_parser())
        except etree.XMLSyntaxError as exc:
            if "depth" in str(exc).lower():
                raise LimitExceededError(
                    codes.XML_DEPTH, path=self.path, part=name, limit=limits.MAX_XML_DEPTH
                ) from None
            raise ReadError(codes.XML, path=self.path, part=name, reason=_reason(exc)) from None
        except (ValueError, etree.LxmlError) as exc:
            raise ReadError(codes.XML, path=self.path, part=name, reason=_reason(exc)) from None
        docinfo = root.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:  # whatever the scan above missed
            raise LimitExceededError(codes.XML_DTD, path=self.path, part=name)
        return root

    def check_xml_bytes(self, name: str, raw: bytes) -> None:
        """Refuse an XML part with a DTD or entity declaration, or with too many elements."""
        if has_dtd(raw):
            raise LimitExceededError(codes.XML_DTD, path=self.path, part=name)
        count = element_count(raw)
        if count > limits.MAX_XML_ELEMENTS:
            raise LimitExceededError(
                codes.XML_ELEMENTS, path=self.path, part=name, count=count, limit=limits.MAX_XML_ELEMENTS
            )

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

    def content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        """``[Content_Types].xml``: (part name → type, lower-case extension → type).

        Raises:
            ReadError: ``read.not_word`` when the part is missing or is not an OPC
                content-types part (another root or namespace).
        """
        root = self.xml("[Content_Types].xml")
        if root is None or root.tag != f"{{{CT_NS}}}Types":
            raise ReadError(codes.NOT_WORD, path=self.path)
        overrides = {
            (el.get("PartName") or "").lstrip("/").lower(): el.get("ContentType") or ""
            for el in root.iter(f"{{{CT_NS}}}Override")
        }
        defaults = {
            (el.get("Extension") or "").lower(): el.get("ContentType") or ""
            for el in root.iter(f"{{{CT_NS}}}Default")
        }
        return overrides, defaults

    def check_xml_parts(self) -> None:
        """Refuse the package if any part an XML reader may parse is unsafe (read each one).

        That is every part named ``*.xml`` or ``*.rels`` and every part whose content type
        is XML (python-docx parses parts by content type, whatever their name: a header
        stored as ``header1.bin``), checked for DTDs in any encoding and for the element
        limit; ``[Content_Types].xml`` must be the OPC one.
        """
        overrides, defaults = self.content_types()
        for name in self.names():
            key = name.lstrip("/").lower()
            ext = posixpath.splitext(key)[1].lstrip(".")
            ctype = overrides.get(key) or defaults.get(ext, "")
            if key.endswith((".xml", ".rels")) or "xml" in ctype.lower():
                self.check_xml_bytes(name, self.read(name) or b"")
