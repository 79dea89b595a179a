"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A second unseen set: the drafts, their gold lists and this generator were committed before any
ordreview tool was run on them. Its damages differ from those of ``tests/heldout-intake``: most
copies come from **real PDF files** (each draft put in a Word document with a running head and a
page-number footer, printed to PDF by LibreOffice) read back by real extractors, and the
synthetic damages are kinds the first set does not make.

Real PDF text (needs ``soffice``, ``pdftotext`` and ``pypdfium2``)
  ``pdf-poppler``         ``pdftotext`` (reading order; pages separated by form feeds); the head
                          is the ordinance's title on every page, the footer ``－ n －``
  ``pdf-poppler-layout``  ``pdftotext -layout`` (columns kept with runs of spaces); head
                          ``<町>例規集　令和6年4月1日現在``
  ``pdf-pdfium-paste``    PDFium's text of every page joined with line breaks and no form feed,
                          as pasted from a viewer; head the title
  ``pdf-poppler-oneline`` the ``pdf-poppler`` text with every line break and form feed turned
                          into one space (pasted into a one-line field)

Synthetic
  ``pdf-allnumspace-oneline`` spaces around every numeral, kanji and full-width ones too
                          (「第 十二 条」, 「第 １２ 条」), the whole text on one line
  ``pdf-charspace-crlf-pages`` every character spaced, CRLF line ends, a footer ``- n -`` and
                          the title as head every 18 lines (so also between a caption and its
                          article)
  ``web-nbsp``            markers followed by a no-break space (U+00A0) instead of the full-width
                          space, as copied from an HTML page
  ``web-stray-dense``     a stray half-width space every 12 to 20 characters, anywhere (inside
                          terms too)
  ``web-glued-nbsp``      ``web-nbsp`` with no separator between a 号-style term and its definition

Deterministic (fixed seed per draft and variant; the real-PDF ones depend on the installed
LibreOffice and poppler). Run from the repository root:
``python tests/heldout-intake-fresh/make_fresh.py [FOLDER]`` (FOLDER: another set laid out the same
way, e.g. ``tests/heldout-intake-third``; this folder by default).
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.tools.make_pdf import headed_docx, soffice_pdf  # noqa: E402

_ITEM = re.compile(r"^(（[０-９0-9]+）|\([0-9]+\)|[一二三四五六七八九十]+(?=[　 ])|[アイウエオカキクケコ](?=[　 ]))[　 ](.*)$")
_DEF = re.compile(r"^([^　 、。（(]{1,20})[　 ](.*をいう。.*)$")
_NUMERAL = re.compile(r"[0-9０-９]+|(?<=第)[一二三四五六七八九十百千]+(?=[条章節項号])")


# ------------------------------------------------------------------ real PDF


def make_pdf(name: str, text: str, head: str, tmp: Path) -> Path:
    source = tmp / f"{name}.docx"
    headed_docx(text, source, head)
    return soffice_pdf(source, tmp)


def poppler(pdf: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"], check=True,
                         capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


def pdfium_paste(pdf: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for page in doc:
            tp = page.get_textpage()
            pages.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
        return "\n".join(pages)
    finally:
        doc.close()


# ------------------------------------------------------------------ synthetic


def allnumspace_oneline(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        line = line.replace("　", " ")
        line = _NUMERAL.sub(lambda m: f" {m.group(0)} ", line)
        out.append(re.sub(" {2,}", " ", line).strip())
    return [" ".join(x for x in out if x)]


def charspace_crlf_pages(title: str):
    def fn(lines: list[str], rng: random.Random) -> list[str]:
        paged: list[str] = []
        page = 1
        for i, line in enumerate(lines):
            paged.append(line)
            if (i + 1) % 18 == 0 and i + 1 < len(lines):
                paged += [f"- {page} -", title]
                page += 1
        paged.append(f"- {page} -")
        return [" ".join(c for c in line.replace("　", " ") if c != " ") for line in paged]

    return fn


def _items(lines: list[str], fn) -> list[str]:
    out = []
    for line in lines:
        m = _ITEM.match(line)
        out += fn(m.group(1), m.group(2)) if m else [line]
    return out


def nbsp(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        d = _DEF.match(rest)
        return [marker + "\u00a0" + (d.group(1) + "\u00a0" + d.group(2) if d else rest)]

    return _items(lines, fn)


def glued_nbsp(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        d = _DEF.match(rest)
        return [marker + "\u00a0" + (d.group(1) + d.group(2) if d else rest)]

    return _items(lines, fn)


def stray_dense(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        if i < 3 or len(line) < 24:
            out.append(line)
            continue
        chars = list(line)
        p = rng.randint(12, 20)
        while p < len(chars) - 2:
            if chars[p - 1] not in "　 " and chars[p] not in "　 ":
                chars.insert(p, " ")
            p += rng.randint(12, 20)
        out.append("".join(chars))
    return out


def synthetic(title: str) -> dict[str, tuple[str, list]]:
    return {
        "pdf-allnumspace-oneline": ("pdf", [allnumspace_oneline]),
        "pdf-charspace-crlf-pages": ("pdf", [charspace_crlf_pages(title)]),
        "web-nbsp": ("web", [nbsp]),
        "web-stray-dense": ("web", [stray_dense]),
        "web-glued-nbsp": ("web", [glued_nbsp]),
    }


def main() -> None:
    here = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    out_dir, pdf_dir = here / "variants", here / "pdf"
    out_dir.mkdir(exist_ok=True)
    pdf_dir.mkdir(exist_ok=True)
    manifest = []
    for src in sorted(here.glob("*.txt")):
        name = src.stem
        text = src.read_text(encoding="utf-8")
        lines = text.rstrip("\n").split("\n")
        title = lines[0]
        town = re.match(r"^(.+?[市町村])", title).group(1)
        for kind, (family, fns) in synthetic(title).items():
            rng = random.Random(f"{name}/{kind}")
            out = list(lines)
            for fn in fns:
                out = fn(out, rng)
            newline = "\r\n" if "crlf" in kind else "\n"
            path = out_dir / f"{name}.{kind}.txt"
            path.write_bytes((newline.join(out) + newline).encode("utf-8"))
            manifest.append({"file": path.name, "source": src.name, "family": family, "kind": kind,
                             "damages": [getattr(f, "__name__", str(f)) for f in fns]})
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            by_title = make_pdf(name, text, title, tmp)
            shutil.copy(by_title, pdf_dir / f"{name}.pdf")
            (tmp / "headed").mkdir()
            by_book = make_pdf(name, text, f"{town}例規集　令和6年4月1日現在", tmp / "headed")
            real = {
                "pdf-poppler": poppler(by_title),
                "pdf-poppler-layout": poppler(by_book, "-layout"),
                "pdf-pdfium-paste": pdfium_paste(by_title),
            }
            real["pdf-poppler-oneline"] = re.sub(r"[\n\f]+", " ", real["pdf-poppler"]).strip() + "\n"
        for kind, body in real.items():
            path = out_dir / f"{name}.{kind}.txt"
            path.write_text(body, encoding="utf-8")
            manifest.append({"file": path.name, "source": src.name, "family": "pdf", "kind": kind,
                             "damages": ["libreoffice-pdf", kind.removeprefix("pdf-")]})
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"{len(manifest)} variants written to {out_dir}")


if __name__ == "__main__":
    main()
