"""``read_document`` as a whole: sources left untouched, light imports on the text path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ordreview.core.errors import ReadError
from ordreview.core.read import read_bytes, read_document
from tests.conftest import FIXTURES

READABLE = (
    "enc-cp932-crlf.txt",
    "enc-eucjp.txt",
    "enc-utf16.txt",
    "enc-utf8-bom.txt",
    "auto-numbering.docx",
    "tracked-changes.docx",
    "model-complete.docx",
    "model-complete.txt",
    "reikishu.html",
    "bad/prose.txt",
)


@pytest.mark.parametrize("name", READABLE)
def test_source_bytes_and_mtime_unchanged(name: str, tmp_path: Path) -> None:
    path = tmp_path / Path(name).name
    path.write_bytes((FIXTURES / name).read_bytes())
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = path.read_bytes()
    doc = read_document(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == 1_700_000_000_000_000_000
    import hashlib

    assert doc.source.sha256 == hashlib.sha256(before).hexdigest()
    assert doc.source.size == len(before)
    assert doc.source.path == str(path)


@pytest.mark.parametrize("name", READABLE)
def test_blocks_never_contain_newlines_and_offsets_add_up(name: str) -> None:
    doc = read_document(FIXTURES / name)
    assert all("\n" not in b.text and "\r" not in b.text for b in doc.blocks)
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    assert all(0 <= b.prefix_len <= len(b.text) for b in doc.blocks)


def test_pathlike_and_str_give_the_same_document() -> None:
    a = read_document(FIXTURES / "enc-eucjp.txt")
    b = read_document(str(FIXTURES / "enc-eucjp.txt"))
    assert a == b


def test_read_bytes_sniffs_when_no_kind_is_given() -> None:
    data = (FIXTURES / "auto-numbering.docx").read_bytes()
    doc = read_bytes(data, path="memory.bin")
    assert doc.source.format == "docx"
    with pytest.raises(ReadError) as info:
        read_bytes(b"%PDF-1.4 ...", path="x.docx")
    assert info.value.code == "read.pdf_damaged"


def test_reading_a_text_draft_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from ordreview.core.read import read_document\n"
        f"doc = read_document({str(FIXTURES / 'model-complete.txt')!r})\n"
        "assert len(doc.blocks) > 100\n"
        "heavy = ('docx', 'lxml', 'zipfile', 'charset_normalizer', 'PySide6', 'sqlalchemy')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reading_a_docx_does_not_import_python_docx() -> None:
    code = (
        "import sys\n"
        "from ordreview.core.read import read_document\n"
        f"read_document({str(FIXTURES / 'auto-numbering.docx')!r})\n"
        "print('docx' in sys.modules, 'lxml' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
