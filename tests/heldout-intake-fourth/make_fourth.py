"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A fourth unseen set. The drafts, their gold lists and this generator were committed before any
copy was made and before any ordreview tool was run on them.

The copies are those of ``tests/heldout-intake-fresh/make_fresh.py`` (real LibreOffice PDFs read
by ``pdftotext`` and PDFium: ``pdf-poppler``, ``pdf-poppler-layout``, ``pdf-pdfium-paste``,
``pdf-poppler-oneline``; synthetic ``pdf-allnumspace-oneline``, ``pdf-charspace-crlf-pages``,
``web-nbsp``, ``web-stray-dense``, ``web-glued-nbsp``), whose functions are reused unchanged, and
five more kinds:

Real PDF text
  ``pdf-poppler-raw``     the clean text converted to PDF by LibreOffice as it is (A4, no head or
                          footer, so page breaks fall mid-paragraph) and read by ``pdftotext -raw``
                          (content-stream order)
  ``pdf-poppler-nopunct`` the ``pdf-poppler`` text with 、 and 。 turned into spaces, as some
                          extractors lose the punctuation glyphs

Synthetic (functions of ``tests/heldout-intake/make_damaged.py``)
  ``pdf-numspace-wrap-pages`` lines cut at 38 characters inside words, a footer ``n/N`` and the
                          title every 22 lines, spaces around digit runs
  ``web-nomarker``        号 markers dropped (the item line starts with a space)
  ``web-markerline``      the 号 marker alone on its line, the item on the next

The ``<town>`` of the ``pdf-poppler-layout`` running head may be a prefecture (``北峰県例規集``).
Deterministic (fixed seed per draft and variant; the real-PDF ones depend on the installed
LibreOffice and poppler). Run from the repository root:
``python tests/heldout-intake-fourth/make_fourth.py``.
"""

from __future__ import annotations

import importlib.util
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

from fixtures.tools.make_pdf import soffice_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fresh = _load("make_fresh", ROOT / "tests" / "heldout-intake-fresh" / "make_fresh.py")
damaged = _load("make_damaged", ROOT / "tests" / "heldout-intake" / "make_damaged.py")


def synthetic(title: str) -> dict[str, tuple[str, list]]:
    kinds = dict(fresh.synthetic(title))
    kinds.update({
        "pdf-numspace-wrap-pages": ("pdf", [damaged.wrap, damaged.make_pages(title, "slash"),
                                            damaged.numspace]),
        "web-nomarker": ("web", [damaged.nomarker]),
        "web-markerline": ("web", [damaged.markerline]),
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
        town = re.match(r"^(.+?[都道府県市町村])", title).group(1)
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
