"""Accuracy of the 新旧対照表 reader and 傍線 checker on table bills in several municipal layouts.

Run from the repository root::

    python bench/taisho_accuracy.py          # a line per bill, then totals
    python bench/taisho_accuracy.py --json   # the same figures as JSON
    python bench/taisho_accuracy.py --seeded-heldout  # also: 傍線 errors seeded one at a time
                                             # into the 対照表 of every held-out amendment case

The bills are built as Word files by ``tests/core/amend/taisho_variants.py`` (four bodies, a
clean and a seeded bill each, the expected findings written with them) plus the hand-made
ゆずりは町 pair of ``fixtures/amend/``. For each clean bill: the findings reported (each one is
false) and whether the 改正後 column merged into the ordinance in force gives the amended text
character for character. For each seeded bill: the expected findings found on their cell (same
row, column and rule), missed, and the findings reported that were not expected.

``--seeded-heldout`` takes the 対照表 generated for each case of ``tests/heldout-amend*`` and
seeds one error at a time: one 傍線 of a cell removed (it must give a ``taisho.unmarked_*``
finding on that cell), and a 傍線 put on two characters of an unchanged 漢字 word of a 改正後 cell
(a ``taisho.stray_mark`` on that cell); any finding on another cell is counted as false.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_document, verify_rows  # noqa: E402
from ordreview.core.read.tables import read_docx_tables  # noqa: E402
from tests.core.amend.taisho_variants import CASES, build_bill  # noqa: E402

AMEND = ROOT / "fixtures" / "amend"


def _cells(findings) -> set[tuple[int, str, str]]:
    return {(f.location.table_row, f.location.column, f.rule) for f in findings}


def bills(folder: Path):
    """``(name, path, current, amended or None, expected or None)`` of every bill."""
    for c in CASES:
        yield c.clean.name, build_bill(c.clean, folder / f"{c.clean.name}.docx"), c.current, c.amended, None
        yield c.seeded.name, build_bill(c.seeded, folder / f"{c.seeded.name}.docx"), c.current, None, c.expected
    current = (AMEND / "yuzuriha-current.txt").read_text(encoding="utf-8")
    amended = (AMEND / "yuzuriha-amended.txt").read_text(encoding="utf-8")
    yield "yuzuriha-clean", AMEND / "yuzuriha-taishohyo.docx", current, amended, None
    spec = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))
    expected = {(f["table_row"], f["column"], f["rule"]) for f in spec["findings"]}
    yield "yuzuriha-seeded", AMEND / spec["bill"], current, None, expected


def run() -> dict:
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, current, amended, expected in bills(Path(tmp)):
            t0 = time.perf_counter()
            rows = rows_from_document(read_docx_tables(path))
            got = _cells(verify_rows(rows, current))
            entry: dict = {"bill": name, "rows": len(rows)}
            if expected is None:
                merged = consolidate_from_table(current, rows)
                entry.update(false=sorted(got), exact=merged.text.rstrip("\n") == amended.rstrip("\n"),
                             unmerged=[n for n, *_ in merged.failures])
            else:
                entry.update(found=sorted(got & expected), missed=sorted(expected - got), false=sorted(got - expected))
            entry["seconds"] = round(time.perf_counter() - t0, 3)
            out.append(entry)
    clean = [e for e in out if "exact" in e]
    seeded = [e for e in out if "found" in e]
    found = sum(len(e["found"]) for e in seeded)
    expected_n = found + sum(len(e["missed"]) for e in seeded)
    reported = found + sum(len(e["false"]) for e in seeded) + sum(len(e["false"]) for e in clean)
    totals = {
        "clean_exact": f"{sum(e['exact'] for e in clean)}/{len(clean)}",
        "clean_false_findings": sum(len(e["false"]) for e in clean),
        "seeded_found": f"{found}/{expected_n}",
        "precision": round(found / reported, 3) if reported else 1.0,
    }
    return {"bills": out, "totals": totals}


def seeded_heldout(seed: int = 7) -> dict:
    """One-at-a-time seeded 傍線 errors in the generated 対照表 of every held-out case."""
    import random
    import re

    from ordreview.core.amend.compare import compare_texts
    from ordreview.core.amend.taishohyo import TableRow, TableSide, rows_from_diff

    rng = random.Random(seed)
    removed = [0, 0]
    stray = [0, 0]
    false = 0

    def score(rows, i, row, col, rule_prefix, current, tally):
        nonlocal false
        fs = verify_rows(rows[:i] + [row] + rows[i + 1 :], current)
        hit = [f for f in fs if (f.location.table_row, f.location.column) == (row.number, col) and f.rule.startswith(rule_prefix)]
        tally[0] += bool(hit)
        tally[1] += 1
        false += sum(1 for f in fs if f not in hit)

    for folder in sorted((ROOT / "tests").glob("heldout-amend*")):
        for cur in sorted((folder / "cases").glob("*.current.txt")):
            name = cur.name[: -len(".current.txt")]
            current = cur.read_text(encoding="utf-8")
            amended = (folder / "cases" / f"{name}.expected.txt").read_text(encoding="utf-8")
            rows = rows_from_diff(compare_texts(current, amended))
            for i, row in enumerate(rows):
                for col in ("new", "old"):
                    side = getattr(row, col)
                    if side.present and side.marks:
                        k = rng.randrange(len(side.marks))
                        cut = TableSide(side.text, side.marks[:k] + side.marks[k + 1 :], side.note)
                        seeded = TableRow(row.number, cut, row.old) if col == "new" else TableRow(row.number, row.new, cut)
                        score(rows, i, seeded, col, "taisho.unmarked", current, removed)
                side = row.new
                if not (side.present and row.old.present):
                    continue
                flags = bytearray(len(side.text))
                for a, b in side.marks:
                    flags[a:b] = b"\x01" * (b - a)
                spots = [m.start() for m in re.finditer(r"[一-龥]{3,}", side.text)
                         if not any(flags[max(0, m.start() - 3) : m.end() + 3])]
                if spots:
                    p = rng.choice(spots)
                    seeded = TableRow(row.number, TableSide(side.text, tuple(sorted(side.marks + ((p, p + 2),)))), row.old)
                    score(rows, i, seeded, "new", "taisho.stray_mark", current, stray)
    return {"removed_mark_found": f"{removed[0]}/{removed[1]}", "stray_mark_found": f"{stray[0]}/{stray[1]}",
            "findings_on_other_cells": false}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seeded-heldout", action="store_true")
    args = parser.parse_args()
    report = run()
    if args.seeded_heldout:
        report["seeded_heldout"] = seeded_heldout()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for e in report["bills"]:
        if "exact" in e:
            print(f"{e['bill']:<22} rows {e['rows']:>2}  exact merge {'yes' if e['exact'] else 'NO '}  "
                  f"false findings {len(e['false'])}  unmerged rows {e['unmerged']}")
        else:
            print(f"{e['bill']:<22} rows {e['rows']:>2}  found {len(e['found'])}/{len(e['found']) + len(e['missed'])}  "
                  f"false {len(e['false'])}  missed {e['missed']}")
    print("\n" + "  ".join(f"{k} {v}" for k, v in report["totals"].items()))
    if "seeded_heldout" in report:
        print("seeded in the held-out cases' tables: " + "  ".join(f"{k} {v}" for k, v in report["seeded_heldout"].items()))


if __name__ == "__main__":
    main()
