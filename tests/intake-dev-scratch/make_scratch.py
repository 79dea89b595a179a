"""Make the damaged copies of the scratch drafts in this folder (``variants/``, ``pdf/``).

A development set, not an unseen one: three drafts written to look for differences between the
findings on a clean draft and on its damaged copies (``python bench/intake_findings.py --set
tests/intake-dev-scratch --no-defects --verbose``). The copies are made by the sixth set's
generator (``tests/heldout-intake-sixth/make_sixth.py``: the 19 kinds of the fifth set and the
real PDF of each draft), used unchanged on this folder. Needs LibreOffice, poppler and PDFium,
as that generator does. Run from the repository root: ``python tests/intake-dev-scratch/make_scratch.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main() -> None:
    spec = importlib.util.spec_from_file_location("make_sixth", ROOT / "tests" / "heldout-intake-sixth" / "make_sixth.py")
    sixth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sixth)
    sixth.HERE = HERE  # the same generator, on this folder's drafts
    sixth.main()


if __name__ == "__main__":
    main()
