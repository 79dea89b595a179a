"""Make the damaged copies of the clean drafts in this folder (``variants/``, ``pdf/``).

A thirteenth unseen set. The drafts, their gold lists, the README and this generator were committed
before any copy was made and before any ordreview tool was run on them.

The point of this set is new texts (a 市 個人情報保護条例 of the 2016 regime in full-width digits
with ⑴ items, a 目次 of 章 and 節 with 「－」 ranges and seeded drafting defects; a 町 法施行条例 in
half-width digits with 付則 in 条 and a 別表; a 村 法施行規則 in kanji with イ・ロ・ハ under 号 and a
list of 様式), not new damage: every kind of copy is one of the earlier sets, made by their functions
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
``python tests/heldout-intake-thirteenth/make_thirteenth.py``.
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
