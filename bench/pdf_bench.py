"""PDF reading speed: a 100-page ordinance printed to PDF, and the same text pasted out of a PDF.

Generates a fictional ordinance (``bench.gen``) long enough to fill at least ``--pages`` A4
pages, prints it to PDF with LibreOffice (needs ``soffice``; ``scripts/install-system-deps.sh``
installs it), then prints medians (numbers, not pass/fail; the target is ≤ 2 s for reading a
100-page PDF)::

    python bench/pdf_bench.py [--pages 100] [--repeat 5]

Measured: ``read_document`` on the PDF (layout of every glyph + cleanup), ``load_ordinance``
(read + parse), whether the PDF gives the articles, captions and paragraphs of the text, and
``read_bytes`` on the draft's text turned into the character-spaced, wrapped, paginated form
an officer pastes out of a PDF viewer.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median(fn, repeat: int) -> float:  # noqa: ANN001
    """Median wall time; the CPU time of the same runs is printed too (the machine may be shared)."""
    fn()
    samples, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"    (CPU {statistics.median(cpu):.3f} s, load average {_load()})")
    return statistics.median(samples)


def _load() -> str:
    try:
        import os

        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):
        return "?"


def main() -> int:
    """Build the PDF, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import pypdfium2 as pdfium

    from bench.gen import generate_ordinance
    from fixtures.tools.make_pdf import soffice_pdf
    from fixtures.tools.make_pdf_text import FORMS
    from ordreview.core.parse import load_ordinance
    from ordreview.core.read import read_bytes, read_document

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = 300
        while True:
            text = generate_ordinance(articles, seed=7)
            source = folder / "long-ordinance.txt"
            source.write_text(text, encoding="utf-8")
            pdf_path = soffice_pdf(source, folder)
            pages = len(pdfium.PdfDocument(str(pdf_path)))
            if pages >= args.pages:
                break
            articles = int(articles * args.pages / max(pages, 1) * 1.1) + 10
        size = pdf_path.stat().st_size
        print(f"PDF: {articles} articles, {pages} pages, {size / 1048576:.2f} MB, {len(text):,} characters")
        read = _median(lambda: read_document(pdf_path), args.repeat)
        print(f"  read_document (.pdf)             {read:7.3f} s   (target ≤ 2 s for 100 pages)")
        parsed = _median(lambda: load_ordinance(pdf_path), args.repeat)
        print(f"  load_ordinance (.pdf, read+parse) {parsed:7.3f} s")
        from ordreview.core.parse import parse_text

        def shape(ordinance):  # noqa: ANN001, ANN202
            return [(a.num, a.caption, len(a.paragraphs)) for a in ordinance.articles]

        same = shape(load_ordinance(pdf_path)) == shape(parse_text(text))
        print(f"  articles, captions and paragraphs as in the text: {'yes' if same else 'NO'}")
        pasted = FORMS["spaced-wrapped-paged"](text).encode("utf-8")
        cleaned = _median(lambda: read_bytes(pasted, path="pasted.txt"), args.repeat)
        print(f"  read pasted text, spaced ({len(pasted) / 1048576:.2f} MB) {cleaned:7.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
