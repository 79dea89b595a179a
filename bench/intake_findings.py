"""Findings on damaged copies: the review of each copy against the review of its clean draft.

A draft the officer has only as PDF text or as a 例規集 web copy must get the same structural
findings as the clean draft, and the definition comparison must not report extraction artefacts
as differences from the statute. This bench measures that on:

- every damaged copy (``variants/`` listed in ``variants/MANIFEST.json``) and every real PDF
  (``pdf/*.pdf``) of the intake sets (``tests/heldout-intake``, ``-fresh``, ``-third``,
  ``-fourth`` to ``-ninth``), each against the clean draft it was made from;
- the defect draft ``fixtures/defects.txt`` in each PDF-extracted form of
  ``fixtures/tools/make_pdf_text.py`` (``FORMS``) and as the printed PDF ``fixtures/defects.pdf``.

Each copy and its clean draft are read and parsed by the engine behind ``ordreview check``
(``load_ordinance``; the profile chosen from the draft as ``--profile auto`` does) and reviewed.
Two kinds of differences are counted:

- **structural**: findings of the rule families of references, numbering, terms, 目次, citations
  and penalties (taken from the check registry by rule-id prefix, ``STRUCTURAL``), matched as a
  multiset on (severity, rule, location label — 第2条第3号, 附則第2項): *gained* (in the copy
  only) and *lost* (in the clean draft only), per severity;
- **definitions**: ``def.diff`` and ``def.collation`` findings gained (in the copy only), matched
  on (severity, rule, location label, message): a spacing artefact or lost 、。 reported as a
  difference from the statute shows up here.

The bar (issue "read what officers actually have"): no structural difference and no definition
finding gained, on every copy. Run from the repository root::

    python bench/intake_findings.py                    # every set and the defect draft
    python bench/intake_findings.py --set tests/heldout-intake-fourth   # one set (repeatable)
    python bench/intake_findings.py --no-defects       # the intake sets only
    python bench/intake_findings.py --verbose          # also list every difference
    python bench/intake_findings.py --json             # everything as JSON on stdout
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SETS = tuple(
    ROOT / "tests" / name
    for name in (
        "heldout-intake",
        "heldout-intake-fresh",
        "heldout-intake-third",
        "heldout-intake-fourth",
        "heldout-intake-fifth",
        "heldout-intake-sixth",
        "heldout-intake-seventh",
        "heldout-intake-eighth",
        "heldout-intake-ninth",
    )
)
DEFECTS = ROOT / "fixtures" / "defects.txt"
DEFECTS_PDF = ROOT / "fixtures" / "defects.pdf"

STRUCTURAL: dict[str, tuple[str, ...]] = {
    "references": ("ref.", "suppl.reference"),
    "numbering": ("num.",),
    "terms": ("term.", "abbr."),
    "目次": ("toc.",),
    "citations": ("cite.",),
    "penalties": ("penalty.", "act.penalty"),
}
"""Structural kinds → rule-id prefixes; the rules themselves come from the registry."""

DEFINITION_RULES = ("def.diff", "def.collation")
SEVERITIES = ("error", "warning", "info")


def structural_rules() -> dict[str, str]:
    """Registered rule id → structural kind, for every rule of the structural families."""
    from ordreview.core.checks.registry import all_rules

    out: dict[str, str] = {}
    for rule in all_rules():
        for kind, prefixes in STRUCTURAL.items():
            if any(rule.id == p or (p.endswith(".") and rule.id.startswith(p)) for p in prefixes):
                out[rule.id] = kind
    return out


# ---------------------------------------------------------------- comparing (pure functions)


def compare(clean: dict, copy: dict) -> dict:
    """Differences of one copy's keyed findings (``keys`` output) against its clean draft's."""
    gained = copy["structural"] - clean["structural"]
    lost = clean["structural"] - copy["structural"]
    defs = copy["definitions"] - clean["definitions"]
    by_sev = {s: {"gained": 0, "lost": 0} for s in SEVERITIES}
    for (sev, *_), n in gained.items():
        by_sev[sev]["gained"] += n
    for (sev, *_), n in lost.items():
        by_sev[sev]["lost"] += n
    return {
        "structural": by_sev,
        "definitions_gained": sum(defs.values()),
        "gained": sorted(gained.elements()),
        "lost": sorted(lost.elements()),
        "definitions": sorted(defs.elements()),
    }


# ---------------------------------------------------------------- running the engine


def keys(ordinance, rules: dict[str, str]) -> dict:
    """The review's structural and definition findings as multisets of keys."""
    from ordreview.core.choose import choose_profile
    from ordreview.core.labels import place_label
    from ordreview.core.review import review_ordinance

    review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
    structural: Counter = Counter()
    definitions: Counter = Counter()
    for f in review.findings:
        label = place_label(ordinance, f.location)
        if f.rule in rules:
            structural[(f.severity, f.rule, label)] += 1
        elif f.rule in DEFINITION_RULES:
            definitions[(f.severity, f.rule, label, f.message_ja)] += 1
    return {"structural": structural, "definitions": definitions}


def load(source: Path | str):
    """A path, or extracted text (``str``) read as a ``.txt`` file would be."""
    from ordreview.core.parse import load_ordinance, parse_document
    from ordreview.core.read import read_bytes

    if isinstance(source, Path):
        return load_ordinance(source)
    return parse_document(read_bytes(source.encode("utf-8"), path="extracted.txt"))


def jobs_of_set(set_dir: Path) -> list[tuple[str, Path, str, Path | str]]:
    """(set, clean draft, kind, copy) for every damaged copy of one intake set."""
    out = []
    manifest_path = set_dir / "variants" / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else []
    for entry in manifest:
        out.append((set_dir.name, set_dir / entry["source"], entry["kind"], set_dir / "variants" / entry["file"]))
    for pdf in sorted((set_dir / "pdf").glob("*.pdf")) if (set_dir / "pdf").is_dir() else []:
        out.append((set_dir.name, set_dir / f"{pdf.stem}.txt", "pdf-file", pdf))
    return out


def jobs_of_defects() -> list[tuple[str, Path, str, Path | str]]:
    """The defect draft in every PDF-extracted form, and its printed PDF."""
    from fixtures.tools import make_pdf_text as forms

    clean = DEFECTS.read_text(encoding="utf-8")
    out: list[tuple[str, Path, str, Path | str]] = [
        ("defects", DEFECTS, form, forms.FORMS[form](clean)) for form in sorted(forms.FORMS)
    ]
    if DEFECTS_PDF.exists():
        out.append(("defects", DEFECTS, "pdf-file", DEFECTS_PDF))
    return out


def run(set_dirs: list[Path], defects: bool) -> dict:
    from ordreview.core.errors import OrdreviewError

    rules = structural_rules()
    jobs = [j for d in set_dirs for j in jobs_of_set(d)] + (jobs_of_defects() if defects else [])
    clean_keys: dict[Path, dict] = {}
    copies = []
    for set_name, clean_path, kind, copy in jobs:
        name = copy.name if isinstance(copy, Path) else f"{clean_path.name} [{kind}]"
        row = {"set": set_name, "copy": name, "kind": kind}
        try:
            if clean_path not in clean_keys:
                clean_keys[clean_path] = keys(load(clean_path), rules)
            row.update(compare(clean_keys[clean_path], keys(load(copy), rules)))
        except OrdreviewError as exc:  # a refused copy is listed, not scored
            row["refused"] = exc.message_ja
        copies.append(row)
    return {"rules": sorted(rules), "copies": copies, "totals": totals(copies)}


def totals(copies: list[dict]) -> dict:
    scored = [c for c in copies if "refused" not in c]
    out: dict = {"copies": len(copies), "refused": len(copies) - len(scored)}
    for sev in SEVERITIES:
        out[f"{sev}_gained"] = sum(c["structural"][sev]["gained"] for c in scored)
        out[f"{sev}_lost"] = sum(c["structural"][sev]["lost"] for c in scored)
        out[f"copies_with_{sev}_difference"] = sum(
            1 for c in scored if c["structural"][sev]["gained"] or c["structural"][sev]["lost"]
        )
    out["definitions_gained"] = sum(c["definitions_gained"] for c in scored)
    out["copies_with_definitions_gained"] = sum(1 for c in scored if c["definitions_gained"])
    out["identical"] = sum(1 for c in scored if not (c["gained"] or c["lost"] or c["definitions"]))
    return out


# ---------------------------------------------------------------- printing


def _cell(fig: dict, sev: str) -> str:
    return f"+{fig[f'{sev}_gained']}/-{fig[f'{sev}_lost']}"


def _print(result: dict, verbose: bool) -> None:
    copies = result["copies"]
    print(f"{'set':22} {'kind':34} {'copies':>6} {'errors':>8} {'warnings':>9} {'info':>8} "
          f"{'def+':>5} {'same':>5}")
    groups: dict[tuple[str, str], list[dict]] = {}
    for c in copies:
        groups.setdefault((c["set"], c["kind"]), []).append(c)
    for (set_name, kind), rows in groups.items():
        fig = totals(rows)
        print(f"{set_name:22} {kind:34} {fig['copies']:>6} {_cell(fig, 'error'):>8} "
              f"{_cell(fig, 'warning'):>9} {_cell(fig, 'info'):>8} {fig['definitions_gained']:>5} "
              f"{fig['identical']:>5}")
    print()
    for set_name in dict.fromkeys(c["set"] for c in copies):
        fig = totals([c for c in copies if c["set"] == set_name])
        print(f"{'set ' + set_name:57} {fig['copies']:>6} {_cell(fig, 'error'):>8} "
              f"{_cell(fig, 'warning'):>9} {_cell(fig, 'info'):>8} {fig['definitions_gained']:>5} "
              f"{fig['identical']:>5}")
    fig = result["totals"]
    print(f"{'all copies':57} {fig['copies']:>6} {_cell(fig, 'error'):>8} {_cell(fig, 'warning'):>9} "
          f"{_cell(fig, 'info'):>8} {fig['definitions_gained']:>5} {fig['identical']:>5}")
    print(f"copies with a structural difference: error {fig['copies_with_error_difference']}, "
          f"warning {fig['copies_with_warning_difference']}, info {fig['copies_with_info_difference']}; "
          f"with a definition finding gained: {fig['copies_with_definitions_gained']}; "
          f"refused: {fig['refused']}")
    if not verbose:
        return
    print()
    for c in copies:
        if "refused" in c:
            print(f"{c['set']}/{c['copy']}: REFUSED {c['refused']}")
            continue
        if not (c["gained"] or c["lost"] or c["definitions"]):
            continue
        print(f"{c['set']}/{c['copy']}:")
        for sign, rows in (("+", c["gained"]), ("-", c["lost"])):
            for sev, rule, label in rows:
                print(f"    {sign} {sev:7} {rule:24} {label}")
        for sev, rule, label, msg in c["definitions"]:
            print(f"    + {sev:7} {rule:24} {label}  {msg[:120]}")


def _jsonable(result: dict) -> dict:
    return json.loads(json.dumps(result, ensure_ascii=False, default=list))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, action="append", help="one intake set folder (repeatable)")
    ap.add_argument("--no-defects", action="store_true", help="leave out the defect draft's forms")
    ap.add_argument("--json", action="store_true", help="print everything as JSON")
    ap.add_argument("--verbose", action="store_true", help="also list every difference")
    args = ap.parse_args(argv)
    set_dirs = [d.resolve() for d in args.set] if args.set else list(SETS)
    result = run(set_dirs, defects=not args.no_defects and not args.set)
    if args.json:
        print(json.dumps(_jsonable(result), ensure_ascii=False, indent=1))
    else:
        _print(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
