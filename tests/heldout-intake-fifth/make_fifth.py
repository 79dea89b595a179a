"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A fifth unseen set. The drafts, their gold lists and this generator were committed before any
copy was made and before any ordreview tool was run on them.

The copies are those of ``tests/heldout-intake-fourth/make_fourth.py`` (itself reusing
``tests/heldout-intake-fresh/make_fresh.py`` and ``tests/heldout-intake/make_damaged.py``), whose
functions are imported and used unchanged:

  real PDF text   ``pdf-poppler``, ``pdf-poppler-layout``, ``pdf-pdfium-paste``,
                  ``pdf-poppler-oneline``, ``pdf-poppler-raw``, ``pdf-poppler-nopunct``
  synthetic       ``pdf-allnumspace-oneline``, ``pdf-charspace-crlf-pages``,
                  ``pdf-numspace-wrap-pages``, ``web-nbsp``, ``web-stray-dense``,
                  ``web-glued-nbsp``, ``web-nomarker``, ``web-markerline``

and five kinds the earlier sets lack, each one a copy officers really receive:

  ``web-caption-after``   a 例規集 web page whose article number is a block of its own: the
                          article number alone on its line, the caption in brackets on the next
                          line, then the text (「第1条」「（目的）」「この条例は、…」); an article
                          under a 共通見出し or deleted gets its number line and its text only
  ``web-softwrap-indent`` a fixed-width web copy (``<pre>`` text of an older 例規集): every line
                          broken softly every 20 to 40 characters (inside words and numbers),
                          each continuation line indented by two full-width spaces (four
                          half-width spaces under a 号 or sub-item)
  ``pdf-browserprint-numbreak`` a 例規集 page printed to PDF by a web browser and read back: every
                          28 printed lines, mid-article, a footer with the page address and
                          ``n/N`` then a header with the print date and the title; printed lines
                          of 20 to 40 characters, and where a numeral crosses the line end the
                          break falls inside it (「第１」「２条」, 「第十」「二条」, 「平成1」「7年」)
  ``pdf-poppler-mixedwidth`` the real ``pdf-poppler`` text in which, on each page, about two lines
                          in five have their digits switched to the other width (full-width to
                          half-width and back), as left by an extractor that mapped only some
                          glyph runs; in the draft written in kanji numerals little more than the
                          page footers changes, by design
  ``pdf-twocolumn-layout`` a page set in two columns (a 公報 print) read by ``pdftotext -layout``:
                          the text cut into 22-character printed lines, 30 rows a page, each row
                          holding a line of the left column and, after a run of spaces, a line of
                          the right column; a form feed and a centred footer ``－ n －`` per page

Deterministic (fixed seed per draft and variant; the real-PDF ones depend on the installed
LibreOffice and poppler). Run from the repository root:
``python tests/heldout-intake-fifth/make_fifth.py``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.tools.make_pdf import soffice_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fourth = _load("make_fourth", ROOT / "tests" / "heldout-intake-fourth" / "make_fourth.py")
fresh = fourth.fresh

_CAPTION = re.compile(r"^（[^（）]{1,30}）$")
_ARTICLE = re.compile(r"^(第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*)[　 ](.*)$")
_ITEMISH = re.compile(r"^(⑴|⑵|⑶|⑷|⑸|⑹|⑺|⑻|⑼|（[0-9０-９]+）|\([0-9]+\)|\(ア\)|\(イ\)|[一二三四五六七八九十]+[　 ]|[アイウエオ][　 ])")
_NUMERAL = set("0123456789０１２３４５６７８９一二三四五六七八九十百")
_TO_HALF = str.maketrans("０１２３４５６７８９", "0123456789")
_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


# ------------------------------------------------------------------ new kinds


def caption_after(lines: list[str], rng: random.Random) -> list[str]:
    """Article number alone on its line, the caption (if any) next, then the text."""
    out: list[str] = []
    pending: str | None = None
    for line in lines:
        if _CAPTION.match(line):
            if pending is not None:
                out.append(pending)
            pending = line
            continue
        m = _ARTICLE.match(line)
        if m:
            out.append(m.group(1))
            if pending is not None:
                out.append(pending)
            out.append(m.group(2))
        else:
            if pending is not None:
                out.append(pending)
            out.append(line)
        pending = None
    if pending is not None:
        out.append(pending)
    return out


def softwrap_indent(lines: list[str], rng: random.Random) -> list[str]:
    """Soft breaks every 20 to 40 characters, continuation lines indented."""
    out: list[str] = []
    for line in lines:
        indent = "    " if _ITEMISH.match(line) else "　　"
        first = True
        while len(line) > 40:
            cut = rng.randint(20, 40)
            out.append(line[:cut] if first else indent + line[:cut])
            line = line[cut:]
            first = False
        out.append(line if first else indent + line)
    return out


def _cut(line: str, rng: random.Random) -> int:
    """A printed line end between 20 and 40 characters, inside a numeral when one crosses it."""
    cut = rng.randint(20, 40)
    for p in range(max(20, cut - 6), min(40, len(line) - 1) + 1):
        if line[p - 1] in _NUMERAL and line[p] in _NUMERAL:
            return p
    return cut


def browserprint_numbreak(title: str, address: str):
    def fn(lines: list[str], rng: random.Random) -> list[str]:
        printed: list[str] = []
        for line in lines:
            while len(line) > 40:
                cut = _cut(line, rng)
                printed.append(line[:cut])
                line = line[cut:]
            printed.append(line)
        per_page = 28
        total = (len(printed) + per_page - 1) // per_page
        head = f"2024/04/01 10:15　{title}"
        out = [head]
        for i, line in enumerate(printed):
            out.append(line)
            if (i + 1) % per_page == 0 and i + 1 < len(printed):
                out += [f"{address}　{(i + 1) // per_page}/{total}", head]
        out.append(f"{address}　{total}/{total}")
        return out

    return fn


def mixedwidth(text: str, rng: random.Random) -> str:
    """About two lines in five of each page with their digits switched to the other width."""
    pages = []
    for page in text.split("\f"):
        lines = page.split("\n")
        for i, line in enumerate(lines):
            if rng.random() < 0.4:
                half = line.translate(_TO_HALF)
                lines[i] = half if half != line else line.translate(_TO_FULL)
        pages.append("\n".join(lines))
    return "\f".join(pages)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def twocolumn_layout(lines: list[str], rng: random.Random) -> list[str]:
    """Two printed columns side by side on each page, as ``pdftotext -layout`` renders them."""
    printed: list[str] = []
    for line in lines:
        while len(line) > 22:
            printed.append(line[:22])
            line = line[22:]
        printed.append(line)
    rows, col = 30, 44 + 6
    out: list[str] = []
    page = 1
    for start in range(0, len(printed), 2 * rows):
        left = printed[start:start + rows]
        right = printed[start + rows:start + 2 * rows]
        for i, lft in enumerate(left):
            rgt = right[i] if i < len(right) else ""
            out.append((lft + " " * (col - _width(lft)) + rgt).rstrip() if rgt else lft)
        out += ["", " " * 44 + f"－ {page} －"]
        page += 1
        if start + 2 * rows < len(printed):
            out.append("\f")
    return out


NEW_KINDS = {
    "web-caption-after": "article number alone on its line, the caption in brackets on the next "
                         "line, then the text (例規集 web page)",
    "web-softwrap-indent": "soft line breaks every 20-40 characters, continuation lines indented "
                           "(fixed-width web copy)",
    "pdf-browserprint-numbreak": "browser print of a 例規集 page: footer (address, n/N) and header "
                                 "(print date, title) every 28 printed lines mid-article; line "
                                 "breaks inside numerals",
    "pdf-poppler-mixedwidth": "real pdftotext text with the digits of about 2 lines in 5 of each "
                              "page switched to the other width",
    "pdf-twocolumn-layout": "two-column page read by pdftotext -layout: each row a line of the "
                            "left column then, after spaces, a line of the right column",
}


def synthetic(title: str, address: str) -> dict[str, tuple[str, list]]:
    kinds = dict(fourth.synthetic(title))
    kinds.update({
        "web-caption-after": ("web", [caption_after]),
        "web-softwrap-indent": ("web", [softwrap_indent]),
        "pdf-browserprint-numbreak": ("pdf", [browserprint_numbreak(title, address)]),
        "pdf-twocolumn-layout": ("pdf", [twocolumn_layout]),
    })
    return kinds


def main() -> None:
    out_dir, pdf_dir = HERE / "variants", HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    pdf_dir.mkdir(exist_ok=True)
    manifest = []
    for src in sorted(HERE.glob("*.txt")):
        name = src.stem
        text = src.read_text(encoding="utf-8")
        lines = text.rstrip("\n").split("\n")
        title = lines[0]
        town = re.match(r"^(.+?(?:組合|[都道府県市町村]))", title).group(1)
        address = f"https://reiki.example.jp/{name}/d1w_reiki/{sum(map(ord, name)) % 900 + 100}.html"
        for kind, (family, fns) in synthetic(title, address).items():
            rng = random.Random(f"{name}/{kind}")
            out = list(lines)
            for fn in fns:
                out = fn(out, rng)
            newline = "\r\n" if "crlf" in kind else "\n"
            body = newline.join(out) + newline
            body = body.replace("\n\f\n", "\n\f")  # a form feed, as pdftotext writes it
            path = out_dir / f"{name}.{kind}.txt"
            path.write_bytes(body.encode("utf-8"))
            manifest.append({"file": path.name, "source": src.name, "family": family, "kind": kind,
                             "damages": [getattr(f, "__name__", str(f)) for f in fns],
                             **({"new_kind": NEW_KINDS[kind]} if kind in NEW_KINDS else {})})
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            by_title = fresh.make_pdf(name, text, title, tmp)
            shutil.copy(by_title, pdf_dir / f"{name}.pdf")
            (tmp / "headed").mkdir()
            by_book = fresh.make_pdf(name, text, f"{town}例規集　令和6年4月1日現在", tmp / "headed")
            (tmp / "plain").mkdir()
            plain_src = tmp / "plain" / f"{name}.txt"
            plain_src.write_text(text, encoding="utf-8")
            plain = soffice_pdf(plain_src, tmp / "plain")
            real = {
                "pdf-poppler": fresh.poppler(by_title),
                "pdf-poppler-layout": fresh.poppler(by_book, "-layout"),
                "pdf-pdfium-paste": fresh.pdfium_paste(by_title),
                "pdf-poppler-raw": fresh.poppler(plain, "-raw"),
            }
            real["pdf-poppler-oneline"] = re.sub(r"[\n\f]+", " ", real["pdf-poppler"]).strip() + "\n"
            real["pdf-poppler-nopunct"] = re.sub("[、。]", " ", real["pdf-poppler"])
            real["pdf-poppler-mixedwidth"] = mixedwidth(
                real["pdf-poppler"], random.Random(f"{name}/pdf-poppler-mixedwidth"))
        for kind, body in real.items():
            path = out_dir / f"{name}.{kind}.txt"
            path.write_text(body, encoding="utf-8")
            manifest.append({"file": path.name, "source": src.name, "family": "pdf", "kind": kind,
                             "damages": ["libreoffice-pdf", kind.removeprefix("pdf-")],
                             **({"new_kind": NEW_KINDS[kind]} if kind in NEW_KINDS else {})})
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"{len(manifest)} variants written to {out_dir}")


if __name__ == "__main__":
    main()
