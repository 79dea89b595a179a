"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A sixth unseen set. The drafts, their gold lists and this generator were committed before any
copy was made and before any ordreview tool was run on them.

The point of this set is new texts, not new damage: every kind of copy is one of the earlier
sets, made by their functions imported and used unchanged, and no new kind is added. The kinds
are the 19 of ``tests/heldout-intake-fifth/make_fifth.py`` (which itself reuses
``tests/heldout-intake-fourth/make_fourth.py``, ``tests/heldout-intake-fresh/make_fresh.py`` and
``tests/heldout-intake/make_damaged.py``):

  real PDF text   ``pdf-poppler``, ``pdf-poppler-layout``, ``pdf-pdfium-paste``,
                  ``pdf-poppler-oneline``, ``pdf-poppler-raw``, ``pdf-poppler-nopunct``,
                  ``pdf-poppler-mixedwidth``
  synthetic       ``pdf-allnumspace-oneline``, ``pdf-charspace-crlf-pages``,
                  ``pdf-numspace-wrap-pages``, ``pdf-browserprint-numbreak``,
                  ``pdf-twocolumn-layout``, ``web-nbsp``, ``web-stray-dense``,
                  ``web-glued-nbsp``, ``web-nomarker``, ``web-markerline``,
                  ``web-caption-after``, ``web-softwrap-indent``

The only thing this file does differently from ``make_fifth.py``'s ``main`` is to find the
body's name for the running head of ``pdf-poppler-layout`` (``<body>例規集　令和6年4月1日現在``)
also when it is a 広域連合, which the fifth set's pattern did not cover.

Deterministic (fixed seed per draft and variant; the real-PDF ones depend on the installed
LibreOffice, poppler and PDFium). Run from the repository root:
``python tests/heldout-intake-sixth/make_sixth.py``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fifth = _load("make_fifth", ROOT / "tests" / "heldout-intake-fifth" / "make_fifth.py")
fresh = fifth.fresh

# the issuing body at the head of a title: a 広域連合, an 組合, or a 都道府県市町村
_BODY = re.compile(r"^(.+?(?:広域連合|組合|[都道府県市町村]))")


def make_copies_in(folder: Path) -> None:
    """Run :func:`main` on ``folder`` instead of this one (the later unseen sets' generators: their
    drafts, the same 19 kinds of copy, written into their own ``variants/`` and ``pdf/``)."""
    global HERE
    HERE = folder
    main()


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
        body = _BODY.match(title).group(1)
        address = f"https://reiki.example.jp/{name}/d1w_reiki/{sum(map(ord, name)) % 900 + 100}.html"
        for kind, (family, fns) in fifth.synthetic(title, address).items():
            rng = random.Random(f"{name}/{kind}")
            out = list(lines)
            for fn in fns:
                out = fn(out, rng)
            newline = "\r\n" if "crlf" in kind else "\n"
            text_out = newline.join(out) + newline
            text_out = text_out.replace("\n\f\n", "\n\f")  # a form feed, as pdftotext writes it
            path = out_dir / f"{name}.{kind}.txt"
            path.write_bytes(text_out.encode("utf-8"))
            manifest.append({"file": path.name, "source": src.name, "family": family, "kind": kind,
                             "damages": [getattr(f, "__name__", str(f)) for f in fns]})
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            by_title = fresh.make_pdf(name, text, title, tmp)
            shutil.copy(by_title, pdf_dir / f"{name}.pdf")
            (tmp / "headed").mkdir()
            by_book = fresh.make_pdf(name, text, f"{body}例規集　令和6年4月1日現在", tmp / "headed")
            (tmp / "plain").mkdir()
            plain_src = tmp / "plain" / f"{name}.txt"
            plain_src.write_text(text, encoding="utf-8")
            plain = fifth.soffice_pdf(plain_src, tmp / "plain")
            real = {
                "pdf-poppler": fresh.poppler(by_title),
                "pdf-poppler-layout": fresh.poppler(by_book, "-layout"),
                "pdf-pdfium-paste": fresh.pdfium_paste(by_title),
                "pdf-poppler-raw": fresh.poppler(plain, "-raw"),
            }
            real["pdf-poppler-oneline"] = re.sub(r"[\n\f]+", " ", real["pdf-poppler"]).strip() + "\n"
            real["pdf-poppler-nopunct"] = re.sub("[、。]", " ", real["pdf-poppler"])
            real["pdf-poppler-mixedwidth"] = fifth.mixedwidth(
                real["pdf-poppler"], random.Random(f"{name}/pdf-poppler-mixedwidth"))
        for kind, text_out in real.items():
            path = out_dir / f"{name}.{kind}.txt"
            path.write_text(text_out, encoding="utf-8")
            manifest.append({"file": path.name, "source": src.name, "family": "pdf", "kind": kind,
                             "damages": ["libreoffice-pdf", kind.removeprefix("pdf-")]})
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"{len(manifest)} variants written to {out_dir}")


if __name__ == "__main__":
    main()
