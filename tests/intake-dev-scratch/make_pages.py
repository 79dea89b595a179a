"""Print intake drafts on other page sizes and extract their text as officers get it.

The intake sets' real-PDF copies are all A5 pages at 9 pt, so the page breaks, and the blocks
``pdftotext`` cuts at them, always fall at the same places. This prints any clean drafts (paths
on the command line) on B5 at 10.5 pt, A5 at 8 pt and A4 at 12 pt (the title atop each page,
「－ n －」 below, as ``make_fresh.py`` does) with LibreOffice, and extracts each PDF with
``pdftotext`` (plain, ``-raw``, ``-layout``) and PDFium; the PDF itself is kept too. Copies that
gave findings different from their clean draft while the readers were fixed are kept in
``pages/`` (named ``<set>__<draft>.<page>.<extractor>[.<damage>].txt``: ``oneline`` joins the
lines with spaces, ``nopunct`` turns 、。 into spaces) and checked by
``tests/core/read/test_page_size_copies.py``.

    python tests/intake-dev-scratch/make_pages.py OUT_DIR tests/heldout-intake-seventh/*.txt
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

PAGES = {"b5-10": (182, 257, 10.5), "a5-8": (148, 210, 8), "a4-12": (210, 297, 12)}
"""Page name → (width mm, height mm, font size pt)."""


def _fresh():
    spec = importlib.util.spec_from_file_location("make_fresh", ROOT / "tests" / "heldout-intake-fresh" / "make_fresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_docx(text: str, path: Path, head: str, width: float, height: float, size: float) -> None:
    """A Word document of ``text`` on pages of the given size, ``head`` atop and 「－ n －」 below."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    document.styles["Normal"].font.size = Pt(size)
    for line in text.rstrip("\n").split("\n"):
        document.add_paragraph(line)
    section.header.paragraphs[0].text = head
    footer = section.footer.paragraphs[0]
    footer.add_run("－ ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    field.append(run)
    footer._p.append(field)
    footer.add_run(" －")
    document.save(str(path))


def main(out: Path, drafts: list[Path]) -> None:
    from fixtures.tools.make_pdf import soffice_pdf

    fresh = _fresh()
    out.mkdir(parents=True, exist_ok=True)
    for src in drafts:
        text = src.read_text(encoding="utf-8")
        title = text.split("\n")[0]
        for page, (width, height, size) in PAGES.items():
            stem = f"{src.parent.name}__{src.stem}.{page}"
            with tempfile.TemporaryDirectory() as tmp_name:
                tmp = Path(tmp_name)
                source = tmp / f"{src.stem}.docx"
                page_docx(text, source, title, width, height, size)
                pdf = soffice_pdf(source, tmp)
                copies = {
                    "poppler": fresh.poppler(pdf), "raw": fresh.poppler(pdf, "-raw"),
                    "layout": fresh.poppler(pdf, "-layout"), "pdfium": fresh.pdfium_paste(pdf),
                }
                for kind in ("poppler", "raw"):
                    copies[f"{kind}.oneline"] = re.sub(r"[\n\f]+", " ", copies[kind]).strip() + "\n"
                    copies[f"{kind}.nopunct"] = re.sub("[、。]", " ", copies[kind])
                for kind, copy in copies.items():
                    (out / f"{stem}.{kind}.txt").write_text(copy, encoding="utf-8")
                shutil.copy(pdf, out / f"{stem}.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
