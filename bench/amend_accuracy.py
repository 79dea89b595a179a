"""Accuracy of the 改め文 applier on bills its authors have not seen.

Run from the repository root::

    python bench/amend_accuracy.py            # a table per case and per seeded bill, then totals
    python bench/amend_accuracy.py --json     # the same figures as JSON on stdout
    python bench/amend_accuracy.py --diff 40  # show up to 40 lines of each unified diff (default 20)
    python bench/amend_accuracy.py --variants # also: does each clean bill give the same result
                                              # with CRLF line ends, and with its amending
                                              # sentences hard-wrapped at 40 characters (a PDF copy)?
    python bench/amend_accuracy.py --set tests/heldout-amend-b  # another folder laid out the same way

Cases live in ``tests/heldout-amend/`` (the default set; ``--set DIR`` scores another folder with
the same layout, DIR relative to the working directory or to the repository):

- ``cases/<case>.current.txt`` (the ordinance in force), ``cases/<case>.bill.txt`` (a clean
  2017-style 一部改正条例案) and ``cases/<case>.expected.txt`` (the consolidated text written by
  hand from the bill before the applier was run on it). For each case the bench runs
  ``consolidate_texts`` and reports whether the consolidated text equals the expected text
  character for character (trailing newlines at the end of the file aside); when it does not, the number of differing lines (lines only in the
  expected text plus lines only in the output, as in a unified diff) and the start of the diff.
  Any failure or stale citation reported on a clean bill is a **false failure**.
- ``errors/<bill>.bill.txt`` with ``errors/expected-failures.json``: each seeded bill names the
  case whose ordinance it amends and the failures it must produce, as (sentence, code) pairs;
  stale citations count under the code ``stale_reference`` with the number of the sentence
  that moved the cited provision. A seeded failure is **found** when a failure with the same
  sentence and code is reported (recall); reported on the right sentence with another code it
  is a **wrong code**; any reported pair not expected is a **false failure code** (precision).

Precision = true pairs / all reported pairs, over the clean and the seeded bills together.
Times are the wall time of one ``consolidate_texts`` call (parsing both texts included).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.amend.apply import consolidate_texts  # noqa: E402

HELDOUT = ROOT / "tests" / "heldout-amend"
STALE = "stale_reference"


@dataclass
class CaseResult:
    name: str
    exact: bool
    differing_lines: int
    diff: list[str]
    false_failures: list[tuple[int, str]]
    seconds: float


@dataclass
class SeededResult:
    name: str
    expected: list[tuple[int, str]]
    found: list[tuple[int, str]]
    wrong_code: list[tuple[tuple[int, str], list[str]]]
    missed: list[tuple[int, str]]
    false: list[tuple[int, str]]
    seconds: float
    reported: list[tuple[int, str]] = field(default_factory=list)


def reported_pairs(result) -> list[tuple[int, str]]:
    """(sentence, code) of every failure and stale citation of a consolidation, sorted, unique."""
    pairs = {(f.sentence, f.code) for f in result.failures}
    pairs |= {(s.sentence, STALE) for s in result.stale_references}
    return sorted(pairs)


def _timed(current: str, bill: str):
    start = time.perf_counter()
    result = consolidate_texts(current, bill)
    return result, time.perf_counter() - start


def score_case(name: str, current: str, bill: str, expected: str, *, diff_lines: int = 20) -> CaseResult:
    """Apply a clean bill and compare the consolidated text with the expected one."""
    result, seconds = _timed(current, bill)
    got = result.text
    norm_expected, norm_got = expected.rstrip("\n"), got.rstrip("\n")
    exact = norm_got == norm_expected
    diff: list[str] = []
    differing = 0
    if not exact:
        full = list(difflib.unified_diff(norm_expected.split("\n"), norm_got.split("\n"),
                                         "expected", "applier", n=1, lineterm=""))
        differing = sum(1 for line in full[2:] if line[:1] in "+-")
        diff = full[:diff_lines]
    return CaseResult(name, exact, differing, diff, reported_pairs(result), seconds)


def score_seeded(name: str, current: str, bill: str, expected: list[tuple[int, str]]) -> SeededResult:
    """Apply a seeded bill and match its failures with the expected (sentence, code) pairs."""
    result, seconds = _timed(current, bill)
    got = reported_pairs(result)
    got_set = set(got)
    exp_set = set(expected)
    found = sorted(exp_set & got_set)
    missed = sorted(exp_set - got_set)
    wrong = []
    for sentence, code in missed:
        others = [c for s, c in got if s == sentence and (s, c) not in exp_set]
        if others:
            wrong.append(((sentence, code), others))
    false = sorted(got_set - exp_set)
    return SeededResult(name, sorted(exp_set), found, wrong, missed, false, seconds, got)


def load_cases(root: Path = HELDOUT) -> list[tuple[str, str, str, str]]:
    out = []
    for bill_path in sorted((root / "cases").glob("*.bill.txt")):
        name = bill_path.name[: -len(".bill.txt")]
        read = lambda suffix: (root / "cases" / f"{name}{suffix}").read_text(encoding="utf-8")  # noqa: E731
        out.append((name, read(".current.txt"), read(".bill.txt"), read(".expected.txt")))
    return out


def load_seeded(root: Path = HELDOUT) -> list[tuple[str, str, str, list[tuple[int, str]]]]:
    spec = json.loads((root / "errors" / "expected-failures.json").read_text(encoding="utf-8"))
    out = []
    for name, entry in sorted(spec["bills"].items()):
        current = (root / "cases" / f"{entry['current']}.current.txt").read_text(encoding="utf-8")
        bill = (root / "errors" / f"{name}.bill.txt").read_text(encoding="utf-8")
        out.append((name, current, bill, [(f["sentence"], f["code"]) for f in entry["failures"]]))
    return out


def run(root: Path = HELDOUT, *, diff_lines: int = 20) -> dict:
    cases = [score_case(n, c, b, e, diff_lines=diff_lines) for n, c, b, e in load_cases(root)]
    seeded = [score_seeded(n, c, b, e) for n, c, b, e in load_seeded(root)]
    expected_total = sum(len(s.expected) for s in seeded)
    found_total = sum(len(s.found) for s in seeded)
    false_clean = sum(len(c.false_failures) for c in cases)
    false_seeded = sum(len(s.false) for s in seeded)
    reported = found_total + false_clean + false_seeded
    totals = {
        "cases": len(cases),
        "exact": sum(c.exact for c in cases),
        "differing_lines": sum(c.differing_lines for c in cases),
        "seeded_bills": len(seeded),
        "seeded_expected": expected_total,
        "seeded_found": found_total,
        "seeded_wrong_code": sum(len(s.wrong_code) for s in seeded),
        "recall": round(found_total / expected_total, 3) if expected_total else None,
        "false_failures_clean": false_clean,
        "false_failure_codes_seeded": false_seeded,
        "precision": round(found_total / reported, 3) if reported else None,
        "seconds_total": round(sum(c.seconds for c in cases) + sum(s.seconds for s in seeded), 3),
    }
    return {
        "cases": [
            {"name": c.name, "exact": c.exact, "differing_lines": c.differing_lines, "diff": c.diff,
             "false_failures": [list(p) for p in c.false_failures], "seconds": round(c.seconds, 4)}
            for c in cases
        ],
        "seeded": [
            {"name": s.name, "expected": [list(p) for p in s.expected], "found": [list(p) for p in s.found],
             "missed": [list(p) for p in s.missed],
             "wrong_code": [{"expected": list(e), "reported": r} for e, r in s.wrong_code],
             "false": [list(p) for p in s.false], "seconds": round(s.seconds, 4)}
            for s in seeded
        ],
        "totals": totals,
    }


SENTENCE_LINE = re.compile(r"^(?:目次|附則|本則|題名|同[条項号章]|第[0-9０-９一二三四五六七八九十百]+(?:条|章)).*。$")
PROVISION_LINE = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+(?:条|章)(?:の[0-9０-９一二三四五六七八九十]+)*　")


def wrap_sentences(bill: str, width: int = 40) -> str:
    """The bill with each amending sentence of its 本則 hard-wrapped at ``width`` characters."""
    head, sep, body = bill.partition("の一部を次のように改正する。")
    body, sep2, suppl = body.partition("\n　　　附　則")
    lines = []
    for line in body.split("\n"):
        if SENTENCE_LINE.match(line) and not PROVISION_LINE.match(line) and len(line) > width:
            lines += [line[i:i + width] for i in range(0, len(line), width)]
        else:
            lines.append(line)
    return head + sep + "\n".join(lines) + sep2 + suppl


def run_variants(root: Path = HELDOUT) -> list[dict]:
    """For each clean bill: same text and same failures with CRLF ends / hard-wrapped sentences?"""
    out = []
    for name, current, bill, _expected in load_cases(root):
        plain = consolidate_texts(current, bill)
        row = {"name": name}
        for label, cur, b in (("crlf", current.replace("\n", "\r\n"), bill.replace("\n", "\r\n")),
                              ("wrapped", current, wrap_sentences(bill))):
            got = consolidate_texts(cur, b)
            same_text = got.text.replace("\r\n", "\n").rstrip("\n") == plain.text.rstrip("\n")
            row[label] = {"same_text": same_text,
                          "same_failures": reported_pairs(got) == reported_pairs(plain),
                          "failures": [list(p) for p in reported_pairs(got)]}
        out.append(row)
    return out


def set_folder(arg: Path | None) -> Path:
    """The folder of a set: the default one, or ``arg`` (relative to the repository when it is
    not a folder relative to the working directory)."""
    if arg is None:
        return HELDOUT
    if not arg.is_absolute() and not arg.exists():
        return ROOT / arg
    return arg


def is_set(folder: Path) -> bool:
    """Does ``folder`` hold a set: clean bills under ``cases/`` and ``errors/expected-failures.json``?"""
    return (folder / "errors" / "expected-failures.json").is_file() and any((folder / "cases").glob("*.bill.txt"))


def _pairs(pairs) -> str:
    return ", ".join(f"{s}:{c}" for s, c in pairs) or "—"


def render(report: dict) -> str:
    lines = ["Clean bills (consolidated text against the hand-written expectation)", ""]
    for c in report["cases"]:
        verdict = "exact" if c["exact"] else f"DIFFERS ({c['differing_lines']} lines)"
        lines.append(f"  {c['name']:<16} {verdict:<22} false failures: {_pairs(c['false_failures']):<30}"
                     f" {c['seconds'] * 1000:7.1f} ms")
        lines += ["      " + d for d in c["diff"]]
    lines += ["", "Seeded bills (sentence:code)", ""]
    for s in report["seeded"]:
        lines.append(f"  {s['name']:<26} expected {_pairs(s['expected']):<44} found {_pairs(s['found']):<44}"
                     f" false {_pairs(s['false'])}  {s['seconds'] * 1000:.1f} ms")
        for w in s["wrong_code"]:
            lines.append(f"      wrong code on sentence {w['expected'][0]}: expected {w['expected'][1]}, got {', '.join(w['reported'])}")
    t = report["totals"]
    lines += [
        "",
        f"exact consolidated texts: {t['exact']}/{t['cases']} (differing lines in all: {t['differing_lines']})",
        f"seeded failures found (right sentence, right code): {t['seeded_found']}/{t['seeded_expected']}"
        f" = recall {t['recall']}; right sentence, wrong code: {t['seeded_wrong_code']}",
        f"false failures on clean bills: {t['false_failures_clean']}; false failure codes on seeded bills:"
        f" {t['false_failure_codes_seeded']}; precision {t['precision']}",
        f"time: {t['seconds_total']} s for all bills",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--diff", type=int, default=20, help="lines of each unified diff to show")
    parser.add_argument("--variants", action="store_true",
                        help="also apply each clean bill with CRLF line ends and with hard-wrapped sentences")
    parser.add_argument("--set", dest="folder", type=Path, default=None, metavar="DIR",
                        help="folder of cases and seeded bills (default: tests/heldout-amend)")
    args = parser.parse_args(argv)
    folder = set_folder(args.folder)
    if not is_set(folder):
        print(f"評価セットが見つかりません（cases/ の改正案と errors/expected-failures.json のあるフォルダを"
              f"指定してください）: {folder}\n"
              f"no evaluation set (a folder with cases/*.bill.txt and errors/expected-failures.json): {folder}",
              file=sys.stderr)
        return 2
    report = run(folder, diff_lines=args.diff)
    if args.variants:
        report["variants"] = run_variants(folder)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(render(report))
    if args.variants:
        print("\nLayout variants of the clean bills (same consolidated text / same failures as the plain bill)\n")
        for row in report["variants"]:
            cells = [f"{label}: text {'same' if row[label]['same_text'] else 'DIFFERS'},"
                     f" failures {'same' if row[label]['same_failures'] else _pairs(row[label]['failures'])}"
                     for label in ("crlf", "wrapped")]
            print(f"  {row['name']:<16} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
