"""Fuzzing ``read_document``: malformed inputs give a Document or a ReadError, nothing else.

The inputs are generated deterministically (seeded ``random.Random``) from the committed
fixtures, so a failure always reproduces with the same case id:

- ``zipbytes``: bytes of the .docx fixtures with random bytes overwritten, inserted or deleted;
- ``xml``: valid zips whose XML parts (document, numbering, styles, rels, content types)
  are mutated: cut, spliced, tags inserted, characters replaced;
- ``xmlvalid``: well-formed elements with odd values (levels 99, negative starts, style
  cycles, unknown formats, nested changes) inserted into document, numbering and styles;
- ``cut``: .docx and HTML files truncated at random points;
- ``random``: random bytes, alone and behind the magic numbers the sniffer knows;
- ``text``: the short draft in every encoding, mixed with another encoding and cut
  mid-character, plus stray BOMs, NULs and escape sequences;
- ``mhtml``: a web archive of the page, mutated and truncated;
- ``html``: the 例規集 page with tags cut and nested wrongly.

Each case is checked for the contract only (plus the block invariants); exact behaviour of
well-formed inputs is pinned by the other reader tests.
"""

from __future__ import annotations

import io
import quopri
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ordreview.core.errors import ReadError
from ordreview.core.model import Document
from ordreview.core.read import read_document
from tests.conftest import FIXTURES

SEED = 20261127
DOCX = ("auto-numbering.docx", "tracked-changes.docx", "model-complete.docx")
MAGICS = (
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"%PDF-",
    b"{\\rtf1",
    b"\x89PNG\r\n\x1a\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"<html>",
    b"",
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp932", "euc_jp", "iso2022_jp")
XML_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", "_rels/.rels",
             "word/_rels/document.xml.rels", "[Content_Types].xml", "docProps/core.xml")
XML_JUNK = (
    "<w:p>", "</w:body>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr>",
    "<w:lvlText w:val=\"%9%1%\"/>", "<w:start w:val=\"-5\"/>", "<w:startOverride w:val=\"x\"/>",
    "&amp;", "&#0;", "&#xD800;", "<![CDATA[]]>", "<?pi x?>", "<!-- c -->", "\x00", "\ufffe",
    "<w:br/>", "<w:ins><w:del><w:r><w:t>x</w:t></w:r></w:del></w:ins>", "<w:t>", "ä", "<mc:Fallback>",
    "<w:numStyleLink w:val=\"A\"/>", "<w:style w:styleId=\"A\"><w:basedOn w:val=\"A\"/></w:style>",
)


def _mutate_bytes(rng: random.Random, data: bytes, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        op = rng.randrange(3)
        pos = rng.randrange(len(out) or 1)
        if op == 0 and out:
            out[pos] = rng.randrange(256)
        elif op == 1:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif out:
            del out[pos : pos + rng.randrange(1, 64)]
    return bytes(out)


def _mutate_text(rng: random.Random, text: str) -> str:
    op = rng.randrange(5)
    pos = rng.randrange(len(text) + 1)
    if op == 0:
        return text[:pos]
    if op == 1:
        return text[:pos] + rng.choice(XML_JUNK) + text[pos:]
    if op == 2:
        end = min(len(text), pos + rng.randrange(1, 200))
        return text[:pos] + text[end:]
    if op == 3:
        other = rng.randrange(len(text) + 1)
        return text[:pos] + text[other : other + rng.randrange(1, 300)] + text[pos:]
    return text[:pos] + chr(rng.choice((0x3C, 0x3E, 0x26, 0x22, 0x25, 0x3000, 0x1F600))) + text[pos + 1 :]


BALANCED_JUNK = (
    '<w:numPr><w:ilvl w:val="{v}"/><w:numId w:val="{v}"/></w:numPr>',
    '<w:lvl w:ilvl="{v}"><w:start w:val="{v}"/><w:numFmt w:val="{f}"/><w:lvlText w:val="%{v}{v}%1"/>'
    '<w:lvlRestart w:val="{v}"/><w:isLgl/><w:suff w:val="{v}"/></w:lvl>',
    '<w:num w:numId="{v}"><w:abstractNumId w:val="{v}"/><w:lvlOverride w:ilvl="{v}">'
    '<w:startOverride w:val="{v}"/></w:lvlOverride></w:num>',
    '<w:pStyle w:val="{v}"/>',
    '<w:r><w:t>{v}</w:t><w:tab/><w:br/><w:ruby><w:rubyBase/></w:ruby></w:r>',
    '<w:ins w:id="{v}"><w:r><w:t>x</w:t></w:r></w:ins><w:del><w:r><w:delText>y</w:delText></w:r></w:del>',
    '<w:p><w:pPr><w:numPr><w:numId w:val="{v}"/></w:numPr></w:pPr><w:r><w:t>{v}</w:t></w:r></w:p>',
    '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
    '<w:abstractNum w:abstractNumId="{v}"><w:numStyleLink w:val="{v}"/></w:abstractNum>',
    '<w:style w:type="{v}" w:styleId="{v}"><w:basedOn w:val="{v}"/><w:pPr><w:numPr>'
    '<w:numId w:val="{v}"/></w:numPr></w:pPr></w:style>',
    '<w:commentReference w:id="{v}"/>',
)
JUNK_VALUES = ("0", "1", "-1", "8", "9", "99999999999999999999", "", "x", "%", "Normal", "１")
JUNK_FORMATS = ("decimal", "japaneseCounting", "aiueoFullWidth", "bullet", "none", "upperRoman", "?")


def _insert_balanced(rng: random.Random, text: str) -> str:
    """Insert a well-formed element right after a random tag, keeping the XML well-formed."""
    ends = [i for i, ch in enumerate(text) if ch == ">"]
    if len(ends) < 3:
        return text
    pos = rng.choice(ends[1:-1]) + 1  # after the root's start tag, before its end tag
    junk = rng.choice(BALANCED_JUNK).format(v=rng.choice(JUNK_VALUES), f=rng.choice(JUNK_FORMATS))
    return text[:pos] + junk + text[pos:]


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def generate_cases() -> Iterator[tuple[str, str, bytes]]:
    """Yield (case id, file extension, bytes) for every fuzz input, deterministically."""
    rng = random.Random(SEED)
    docx = {name: (FIXTURES / name).read_bytes() for name in DOCX}
    html = (FIXTURES / "reikishu.html").read_bytes()
    draft = (FIXTURES / "enc-utf8-bom.txt").read_bytes().decode("utf-8-sig")

    for n in range(150):
        name = DOCX[n % len(DOCX)]
        yield f"zipbytes-{n}", ".docx", _mutate_bytes(rng, docx[name], rng.randrange(1, 40))

    for n in range(160):
        name = DOCX[n % len(DOCX)]
        src = zipfile.ZipFile(io.BytesIO(docx[name]))
        part = XML_PARTS[n % len(XML_PARTS)]
        if part not in src.namelist():
            part = "word/document.xml"
        text = src.read(part).decode("utf-8")
        for _ in range(rng.randrange(1, 4)):
            text = _mutate_text(rng, text)
        yield f"xml-{n}-{part}", ".docx", _rezip(docx[name], {part: text.encode("utf-8", "surrogatepass")})

    for n in range(120):
        name = DOCX[n % len(DOCX)]
        src = zipfile.ZipFile(io.BytesIO(docx[name]))
        part = ("word/document.xml", "word/numbering.xml", "word/styles.xml")[n % 3]
        text = src.read(part).decode("utf-8")
        for _ in range(rng.randrange(1, 12)):
            text = _insert_balanced(rng, text)
        yield f"xmlvalid-{n}-{part}", ".docx", _rezip(docx[name], {part: text.encode("utf-8")})

    for n in range(50):
        data = docx[DOCX[n % len(DOCX)]] if n % 2 else html
        yield f"cut-{n}", ".docx" if n % 2 else ".html", data[: rng.randrange(1, len(data))]

    for n in range(60):
        magic = MAGICS[n % len(MAGICS)]
        yield f"random-{n}", rng.choice((".docx", ".txt", ".html", ".jtd", "")), magic + bytes(
            rng.randrange(256) for _ in range(rng.randrange(0, 3000))
        )

    for n in range(100):
        first, second = rng.choice(ENCODINGS), rng.choice(ENCODINGS)
        cut = rng.randrange(len(draft))
        data = draft[:cut].encode(first) + draft[cut:].encode(second)
        data = data[: rng.randrange(1, len(data) + 1)]
        if n % 5 == 0:
            data = _mutate_bytes(rng, data, rng.randrange(1, 10))
        if n % 7 == 0:
            pos = rng.randrange(len(data) + 1)
            data = data[:pos] + rng.choice((b"\x00", b"\x1b$B", b"\xef\xbb\xbf", b"\xff\xfe", b"\r")) + data[pos:]
        yield f"text-{n}-{first}-{second}", ".txt", data

    boundary = b"----=_NextPart_000_0000_01DA0000.00000000"
    archive = (
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary + b"\"\r\n\r\n--"
        + boundary + b"\r\nContent-Type: text/html; charset=\"shift_jis\"\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quopri.encodestring(html[:6000])
        + b"\r\n--" + boundary + b"--\r\n"
    )
    for n in range(40):
        data = _mutate_bytes(rng, archive, rng.randrange(1, 30)) if n % 4 else archive[: rng.randrange(1, len(archive))]
        yield f"mhtml-{n}", rng.choice((".mht", ".txt")), data

    text = html.decode("cp932")
    for n in range(40):
        mutated = text
        for _ in range(rng.randrange(1, 6)):
            mutated = _mutate_text(rng, mutated)
        yield f"html-{n}", ".html", mutated.encode(rng.choice(("cp932", "utf-8")), "replace")


CASES = list(generate_cases())


def test_there_are_at_least_500_distinct_cases() -> None:
    assert len(CASES) >= 500
    assert len({data for _, _, data in CASES}) >= 500


def test_fuzz_contract(tmp_path: Path) -> None:
    failures: list[str] = []
    outcomes = {"document": 0, "error": 0}
    for case_id, ext, data in CASES:
        path = tmp_path / f"case{ext}"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except ReadError as err:
            outcomes["error"] += 1
            if not (err.message_ja.strip() and err.message_en.strip()):
                failures.append(f"{case_id}: empty message for {err.code}")
            continue
        except Exception as exc:  # noqa: BLE001 - the point of the test
            failures.append(f"{case_id}: {type(exc).__name__}: {exc}")
            continue
        outcomes["document"] += 1
        if not isinstance(doc, Document) or any("\n" in b.text for b in doc.blocks):
            failures.append(f"{case_id}: bad document")
        elif doc.text != "\n".join(b.text for b in doc.blocks):
            failures.append(f"{case_id}: text does not join the blocks")
    assert failures == []
    # both outcomes occur, so the corpus really mixes readable and broken inputs
    assert outcomes["document"] > 50 and outcomes["error"] > 50
