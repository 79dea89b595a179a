"""Content sniffing and the OLE directory reader (``core.read.sniff``)."""

from __future__ import annotations

import pytest

from fixtures.tools.make_bad import ole_file
from ordreview.core.read.sniff import image_kind, is_binary, ole_stream_names, sniff_kind
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("head", "ext", "kind"),
    [
        (b"PK\x03\x04rest", ".txt", "zip"),
        (b"PK\x05\x06" + b"\x00" * 18, "", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 8, ".docx", "ole"),
        (b"%PDF-1.7\n", ".docx", "pdf"),
        (b"\n%PDF-1.4", "", "pdf"),
        (b"{\\rtf1\\ansi", ".doc", "rtf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ".txt", "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "", "image"),
        (b"\x00\x01\x02\x03", "", "binary"),
        (b"<!DOCTYPE html><html>", ".txt", "html"),
        (b"<HTML><BODY>", "", "html"),
        (b"<p>x</p>", ".htm", "html"),
        (b"<p>x</p>", ".txt", "text"),
        ("第１条　本文".encode("cp932"), ".html", "text"),
        ("<html><body>".encode("utf-16"), ".txt", "html"),
        ("第１条".encode("utf-16"), ".txt", "text"),
        ("第１条".encode("utf-16")[:5], ".txt", "text"),
        (b"\xef\xbb\xbf<html>", "", "html"),
        (b"plain\r\ntext\x0c\n", "", "text"),
        (b"", "", "text"),
        (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;", ".txt", "mhtml"),
        (b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x", "", "mhtml"),
        (b"\r\nX-Unknown: 1\nContent-Type: multipart/related; boundary=x", ".mht", "mhtml"),
        (b"\r\nX-Unknown: 1\nContent-Type: multipart/related; boundary=x", ".txt", "text"),
        (b"MIME-Version: 1.0\nContent-Type: text/plain", "", "text"),
    ],
)
def test_sniff_kind(head: bytes, ext: str, kind: str) -> None:
    assert sniff_kind(head, ext=ext) == kind


@pytest.mark.parametrize(
    ("head", "binary"),
    [(b"abc", False), (b"a\x00b", True), (b"\x01\x02\x03" + b"a" * 10, True), (b"\x1b$B", False)],
)
def test_is_binary(head: bytes, binary: bool) -> None:
    assert is_binary(head) is binary


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"GIF89a", "GIF"), (b"II*\x00", "TIFF"), (b"RIFF\x00\x00\x00\x00WEBP", "WebP"), (b"RIFF\x00\x00\x00\x00WAVE", None)],
)
def test_image_kind(head: bytes, kind: str | None) -> None:
    assert image_kind(head) == kind


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("legacy-doc-renamed.docx", {"Root Entry", "WordDocument", "1Table", "\x05SummaryInformation"}),
        ("encrypted.docx", {"Root Entry", "\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"}),
        ("ichitaro.jtd", {"Root Entry", "JSRV", "DocumentText", "DocumentInfo"}),
    ],
)
def test_ole_directory(name: str, names: set[str]) -> None:
    assert ole_stream_names((FIXTURES / "bad" / name).read_bytes()) == names


def test_ole_directory_spanning_several_sectors() -> None:
    streams = [f"Stream{i}" for i in range(9)] + ["WordDocument"]
    assert ole_stream_names(ole_file(streams)) == {"Root Entry", *streams}


def test_damaged_ole_falls_back_to_searching_names() -> None:
    data = bytearray(ole_file(["EncryptionInfo", "EncryptedPackage"]))
    data[0x1E] = 7  # impossible sector shift
    assert ole_stream_names(bytes(data)) == {"EncryptionInfo", "EncryptedPackage"}
    assert ole_stream_names(bytes(data[:100])) == set()
