"""Web archives (.mht) saved by Edge or Internet Explorer (``core.read.mhtml``)."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from ordreview.core.errors import ReadError
from ordreview.core.read import read_document
from tests.conftest import FIXTURES

BOUNDARY = "----MultipartBoundary--k3JxYbOBb3f0"


def _archive(parts: list[tuple[str, str, bytes]]) -> bytes:
    """A multipart/related web archive; parts are (content type, transfer encoding, body)."""
    out = [
        b"From: <Saved by Blink>",
        b"Snapshot-Content-Location: https://reiki.example.lg.jp/minato/reiki.html",
        b"Subject: =?utf-8?B?" + base64.b64encode("みなと市例規集".encode()) + b"?=",
        b"MIME-Version: 1.0",
        f'Content-Type: multipart/related; type="text/html"; boundary="{BOUNDARY}"'.encode(),
        b"",
    ]
    for ctype, encoding, body in parts:
        encoded = quopri.encodestring(body) if encoding == "quoted-printable" else base64.encodebytes(body)
        out += [
            f"--{BOUNDARY}".encode(),
            f"Content-Type: {ctype}".encode(),
            f"Content-Transfer-Encoding: {encoding}".encode(),
            b"Content-Location: https://reiki.example.lg.jp/minato/reiki.html",
            b"",
            encoded,
        ]
    out.append(f"--{BOUNDARY}--".encode())
    return b"\r\n".join(out) + b"\r\n"


def _expected() -> list[str]:
    return [b.text for b in read_document(FIXTURES / "reikishu.html").blocks]


@pytest.mark.parametrize(
    ("ctype", "encoding", "body_codec", "codec"),
    [
        ("text/html", "quoted-printable", "cp932", "cp932"),  # charset from the page's <meta>
        ('text/html; charset="shift_jis"', "base64", "cp932", "cp932"),
        ("text/html; charset=utf-8", "quoted-printable", "utf-8", "utf-8"),
        ("text/html; charset=utf-8", "base64", "cp932", "cp932"),  # wrong MIME charset: the page decides
    ],
)
def test_web_archive_reads_like_the_page(
    tmp_path: Path, ctype: str, encoding: str, body_codec: str, codec: str
) -> None:
    page = (FIXTURES / "reikishu.html").read_bytes().decode("cp932")
    if body_codec == "utf-8":
        page = page.replace('<meta charset="Shift_JIS">', '<meta charset="utf-8">')
    parts = [
        (ctype, encoding, page.encode(body_codec)),
        ("text/css", "quoted-printable", b".nav { color: red }"),
        ("image/png", "base64", (FIXTURES / "bad" / "image.png").read_bytes()),
    ]
    path = tmp_path / "reiki.mht"
    path.write_bytes(_archive(parts))
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == _expected()
    assert doc.source.format == "html"
    assert doc.source.encoding == codec
    assert doc.title_hint == "みなと市個人情報保護条例｜みなと市例規集"


def test_archive_detected_by_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "reiki.txt"
    path.write_bytes(_archive([("text/html; charset=utf-8", "base64", "<p>第１条　本文</p>".encode())]))
    assert [b.text for b in read_document(path).blocks] == ["第１条　本文"]


def test_archive_without_a_page(tmp_path: Path) -> None:
    path = tmp_path / "x.mht"
    path.write_bytes(_archive([("text/css", "base64", b"p {}")]))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.mhtml_no_html"
    assert "(.mht)" in info.value.message_en


def test_frame_page_says_so(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_bytes(
        b'<html><head><title>t</title></head><frameset cols="20%,80%">'
        b'<frame src="toc.html"><frame src="body.html"></frameset></html>'
    )
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.html_frames"
