"""Unreadable inputs: the exact error class, code and a message in both languages."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from fixtures.tools.make_bad import CONTENT_TYPES, ROOT_RELS, document_xml, minimal_docx
from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.read import limits, read_document
from ordreview.core.read.docx import check_docx_safe
from ordreview.core.read.package import xml_parser
from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"
_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def assert_bilingual(err: ReadError) -> None:
    """The Japanese message has Japanese in it, the English one is plain ASCII."""
    assert _JAPANESE.search(err.message_ja), err.message_ja
    assert err.message_en.isascii() and err.message_en.strip(), err.message_en
    assert "{" not in err.message_ja and "{" not in err.message_en  # every parameter filled


@pytest.mark.parametrize(
    ("name", "cls", "code"),
    [
        ("empty.docx", ReadError, "read.empty"),
        ("empty.txt", ReadError, "read.empty"),
        ("truncated.docx", ReadError, "read.corrupt"),
        ("legacy-doc-renamed.docx", ReadError, "read.legacy_doc"),
        ("encrypted.docx", ReadError, "read.encrypted"),
        ("ichitaro.jtd", ReadError, "read.ichitaro"),
        ("not-word.docx", ReadError, "read.not_word"),
        ("zipbomb.docx", LimitExceededError, "read.zip_total"),
        ("xxe.docx", LimitExceededError, "read.xml_dtd"),
        ("billion-laughs.docx", LimitExceededError, "read.xml_dtd"),
        ("deep-nesting.docx", LimitExceededError, "read.xml_depth"),
        ("random.bin", ReadError, "read.binary"),
        ("image.png", ReadError, "read.image"),
        ("sample.pdf", ReadError, "read.pdf_no_text"),
    ],
)
def test_bad_fixture(name: str, cls: type[ReadError], code: str) -> None:
    with pytest.raises(ReadError) as info:
        read_document(BAD / name)
    assert type(info.value) is cls
    assert info.value.code == code
    assert_bilingual(info.value)
    assert str(BAD / name) in info.value.message_en


def test_prose_is_readable_text() -> None:
    doc = read_document(BAD / "prose.txt")
    assert doc.source.encoding == "utf-8"
    assert doc.blocks[0].text == "秋の町内清掃について"
    assert len(doc.blocks) == 9


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_document(tmp_path / "nothing.docx")
    assert info.value.code == "read.not_found"
    assert_bilingual(info.value)
    with pytest.raises(ReadError) as info:
        read_document(tmp_path)
    assert info.value.code == "read.not_a_file"


def test_xxe_entity_is_never_resolved() -> None:
    secret = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    with pytest.raises(LimitExceededError) as info:
        read_document(BAD / "xxe.docx")
    assert secret not in info.value.message_ja + info.value.message_en
    # below the DTD refusal, the parser itself resolves nothing either
    with zipfile.ZipFile(BAD / "xxe.docx") as z:
        raw = z.read("word/document.xml")
    root = etree.fromstring(raw, xml_parser())
    assert secret not in etree.tostring(root, encoding="unicode")
    assert "".join(root.itertext()) == "&xxe;"  # kept as an unresolved reference


def test_xxe_on_a_local_file_written_by_the_test(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-4711", encoding="utf-8")
    prolog = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
    raw = document_xml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", prolog=prolog)
    path = tmp_path / "x.docx"
    path.write_bytes(minimal_docx(raw))
    with pytest.raises(LimitExceededError):
        read_document(path)
    root = etree.fromstring(raw.encode(), xml_parser())
    assert "TOP-SECRET" not in etree.tostring(root, encoding="unicode")


def test_billion_laughs_parser_does_not_expand() -> None:
    # below the DTD refusal, libxml2's amplification guard stops the expansion
    with zipfile.ZipFile(BAD / "billion-laughs.docx") as z:
        raw = z.read("word/document.xml")
    with pytest.raises(etree.XMLSyntaxError, match="amplification"):
        etree.fromstring(raw, xml_parser())


def _zip(entries: list[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def test_deflate_bomb_is_refused_by_ratio(tmp_path: Path) -> None:
    body = "<w:p><w:r><w:t>" + "あ" * (8 * 1024 * 1024) + "</w:t></w:r></w:p>"
    path = tmp_path / "bomb.docx"
    path.write_bytes(minimal_docx(document_xml(body)))
    with pytest.raises(LimitExceededError) as info:
        read_document(path)
    assert info.value.code == "read.zip_ratio"
    assert "word/document.xml" in info.value.message_en
    assert_bilingual(info.value)


def test_too_many_entries(tmp_path: Path) -> None:
    entries = [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode())]
    entries += [(f"word/media/p{i}.bin", b"x") for i in range(limits.MAX_ZIP_ENTRIES)]
    path = tmp_path / "many.docx"
    path.write_bytes(_zip(entries))
    with pytest.raises(LimitExceededError) as info:
        read_document(path)
    assert info.value.code == "read.zip_entries"
    assert "2002" in info.value.message_en


def test_part_cap_on_bytes_actually_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PART_BYTES", 200)
    path = tmp_path / "d.docx"
    path.write_bytes(minimal_docx(document_xml("<w:p><w:r><w:t>" + "x" * 300 + "</w:t></w:r></w:p>")))
    with pytest.raises(LimitExceededError) as info:
        read_document(path)
    assert info.value.code == "read.zip_part"
    assert "(200 B)" in info.value.message_en


def test_docx_over_the_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCX_BYTES", 1000)
    with pytest.raises(LimitExceededError) as info:
        read_document(FIXTURES / "auto-numbering.docx")
    assert info.value.code == "read.too_large"


def test_encrypted_zip_entry_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(minimal_docx(document_xml("<w:p/>")))
    # set the "encrypted" flag bit on every local and central header
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = data.find(sig)
        while pos != -1:
            data[pos + flag_at] |= 1
            pos = data.find(sig, pos + 4)
    path = tmp_path / "enc.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.corrupt"
    assert_bilingual(info.value)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("xxe.docx", "read.xml_dtd"),
        ("zipbomb.docx", "read.zip_total"),
        ("truncated.docx", "read.corrupt"),
    ],
)
def test_check_docx_safe_refuses(name: str, code: str) -> None:
    with pytest.raises(ReadError) as info:
        check_docx_safe(str(BAD / name))
    assert info.value.code == code


def test_check_docx_safe_accepts_the_fixtures() -> None:
    for name in ("auto-numbering.docx", "tracked-changes.docx", "model-complete.docx"):
        check_docx_safe(str(FIXTURES / name))


def test_dtd_in_a_secondary_part_is_refused(tmp_path: Path) -> None:
    data = minimal_docx(document_xml("<w:p><w:r><w:t>本文</w:t></w:r></w:p>"))
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("customXml/item1.xml", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    path = tmp_path / "d.docx"
    path.write_bytes(buf.getvalue())
    assert read_document(path).blocks[0].text == "本文"  # the part is never parsed by the reader
    with pytest.raises(LimitExceededError) as info:
        check_docx_safe(str(path))
    assert "customXml/item1.xml" in info.value.message_en


def test_zip64_directory_with_70000_entries_is_refused_before_parsing(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for i in range(70_000):
            z.writestr(f"p{i}", b"")
    path = tmp_path / "many.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(LimitExceededError) as info:
        read_document(path)
    assert info.value.code == "read.zip_entries"
    assert "70000" in info.value.message_en


def test_zip_bomb_message_states_megabytes() -> None:
    with pytest.raises(LimitExceededError) as info:
        read_document(BAD / "zipbomb.docx")
    assert "（300.0 MB、上限 200.0 MB）" in info.value.message_ja


@pytest.mark.parametrize(
    ("data", "count"),
    [
        (_zip([("a", b"x"), ("b", b"y")]), 2),
        (b"no zip here", None),
        (b"PK\x05\x06", None),
    ],
)
def test_declared_entries(data: bytes, count: int | None) -> None:
    from ordreview.core.read.package import declared_entries

    assert declared_entries(data) == count


def test_lying_size_header_never_yields_more_than_declared(tmp_path: Path) -> None:
    """A central directory that understates a part's size: zipfile stops there, CRC fails."""
    body = "<w:p><w:r><w:t>" + "本文" * 2000 + "</w:t></w:r></w:p>"
    data = bytearray(minimal_docx(document_xml(body), compression=zipfile.ZIP_STORED))
    name = b"word/document.xml"
    real = len(document_xml(body).encode())
    for sig, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(sig)
        while pos != -1:
            if data[pos + name_at : pos + name_at + len(name)] == name:
                assert int.from_bytes(data[pos + size_at : pos + size_at + 4], "little") == real
                data[pos + size_at : pos + size_at + 4] = (100).to_bytes(4, "little")
            pos = data.find(sig, pos + 4)
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.corrupt"
    assert "CRC" in info.value.message_en
