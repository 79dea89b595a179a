"""Drafts of the intake sets printed on other page sizes: the copies give the clean draft's findings.

``tests/intake-dev-scratch/make_pages.py`` prints the drafts on B5, A5 at 8 pt and A4 and
extracts them as officers do (pdftotext plain and ``-raw``, text joined on one line or with 、。
lost, the PDF itself). Each copy kept in ``tests/intake-dev-scratch/pages/`` once gave structural
findings the clean draft does not have (a 削除 range, a 別表 heading, a 目次 range dash, a 項
number, a sub-item or the first line of an item put elsewhere by the extractor); each must now be
reviewed as its clean draft is: the same findings of the structural rule families (references,
numbering, terms, 目次, citations, penalties) at the same places.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "intake-dev-scratch" / "pages"
COPIES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".pdf"))


def _bench():
    spec = importlib.util.spec_from_file_location("intake_findings", ROOT / "bench" / "intake_findings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _clean_draft(copy: Path) -> Path:
    set_name, rest = copy.name.split("__", 1)
    return ROOT / "tests" / set_name / f"{rest.split('.', 1)[0]}.txt"


@pytest.mark.parametrize("copy", COPIES, ids=[p.name for p in COPIES])
def test_the_copy_gets_the_findings_of_its_clean_draft(copy: Path) -> None:
    bench = _bench()
    rules = bench.structural_rules()
    clean = bench.keys(bench.load(_clean_draft(copy)), rules)
    got = bench.keys(bench.load(copy), rules)
    assert got["structural"] == clean["structural"]
    assert not (got["definitions"] - clean["definitions"])
