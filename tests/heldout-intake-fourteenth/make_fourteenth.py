"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A fourteenth unseen set. The drafts, their gold lists, the README and this generator were committed
before any copy was made and before any ordreview tool was run on them.

The point of this set is new texts (a 村 個人情報保護条例 of the 2016 regime in half-width Arabic
numbers with ⑴ items, 節 under 章, a 削除 article, a 枝番 article and seeded drafting defects; a 市
法施行条例 in full-width digits with ア・イ as 号 markers, a 削除 枝番 article and a 別表; a 県's
情報公開・個人情報保護審査会条例 in kanji with 章, 目次, a 削除 range and 附則 in 条), not new damage:
every kind of copy is one of the earlier sets, made by their functions
imported and used unchanged, and no new kind is added (``make_eighth.py`` does the same). The
kinds are the 19 of ``tests/heldout-intake-sixth/make_sixth.py``:

  real PDF text   ``pdf-poppler``, ``pdf-poppler-layout``, ``pdf-pdfium-paste``,
                  ``pdf-poppler-oneline``, ``pdf-poppler-raw``, ``pdf-poppler-nopunct``,
                  ``pdf-poppler-mixedwidth``
  synthetic       ``pdf-allnumspace-oneline``, ``pdf-charspace-crlf-pages``,
                  ``pdf-numspace-wrap-pages``, ``pdf-browserprint-numbreak``,
                  ``pdf-twocolumn-layout``, ``web-nbsp``, ``web-stray-dense``,
                  ``web-glued-nbsp``, ``web-nomarker``, ``web-markerline``,
                  ``web-caption-after``, ``web-softwrap-indent``

``make_sixth.main`` is run as it is, on this folder instead of its own: its folder is the module
global ``HERE``, which ``make_sixth.make_copies_in`` points at this folder before the call. Nothing else differs.

Deterministic (fixed seed per draft and variant; the real-PDF ones depend on the installed
LibreOffice, poppler and PDFium). Run from the repository root:
``python tests/heldout-intake-fourteenth/make_fourteenth.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIXTH = HERE.parent / "heldout-intake-sixth" / "make_sixth.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("make_sixth", SIXTH)
    sixth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sixth)
    sixth.make_copies_in(HERE)


if __name__ == "__main__":
    main()
