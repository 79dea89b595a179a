"""Findings on damaged copies of any folder of drafts (a stress run of the intake findings bar).

``bench/intake_findings.py`` measures the intake sets, whose copies were made once and committed.
This bench takes drafts that were never turned into damaged copies — any folder of clean ``*.txt``
drafts, e.g. the 2016 and 2023 development sets — and makes their copies with the intake sets'
own generator (``tests/heldout-intake-sixth/make_sixth.py``: the 19 kinds of copy and the real PDF
of each draft, functions used unchanged), into a scratch folder outside the repository. Each copy
is then compared with its clean draft exactly as ``intake_findings.py`` does (same structural rule
families, same matching), and the result is given per damage kind as well as per folder.

Making the copies needs LibreOffice, poppler (``pdftotext``) and PDFium, as the generator does;
they are made once per scratch folder and reused (``--regenerate`` makes them again). Run from the
repository root::

    python bench/intake_stress.py --drafts tests/heldout-g --drafts tests/heldout2023-e
    python bench/intake_stress.py --drafts tests/heldout-g --verbose     # list every difference
    python bench/intake_stress.py --drafts tests/heldout-g --json
    python bench/intake_stress.py --drafts tests/heldout-g --scratch /tmp/stress   # where copies go

A draft whose first line names no issuing body the generator knows (it looks for a 広域連合, 組合
or 都道府県市町村 there) is given one the wider pattern below finds (区, 企業団, …); the generator's
own pattern is left as it is for the intake sets.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import intake_findings  # noqa: E402  (bench/ is on sys.path when run as a script)

GENERATOR = ROOT / "tests" / "heldout-intake-sixth" / "make_sixth.py"
DEFAULT_SCRATCH = Path(tempfile.gettempdir()) / "ordreview-intake-stress"

# the generator's body pattern, widened to the bodies of the development drafts (特別区, 企業団)
# and to a title with no body at all (the whole first line is used then)
_WIDE_BODY = re.compile(r"^(.+?(?:広域連合|組合|企業団|[都道府県市町村区])|.+$)")


def _generator():
    spec = importlib.util.spec_from_file_location("make_sixth", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._BODY = _WIDE_BODY
    return module


def scratch_folder(drafts: Path, scratch: Path) -> Path:
    """The scratch folder for one folder of drafts (its parent's and its own name)."""
    return scratch / f"{drafts.parent.name}-{drafts.name}"


def make_copies(drafts: Path, scratch: Path, regenerate: bool = False) -> Path:
    """Copy the drafts of ``drafts`` into their scratch folder and make their damaged copies there."""
    out = scratch_folder(drafts, scratch)
    if regenerate and out.exists():
        shutil.rmtree(out)
    if (out / "variants" / "MANIFEST.json").exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for src in sorted(drafts.glob("*.txt")):
        shutil.copy(src, out / src.name)
    with contextlib.redirect_stdout(io.StringIO()):
        _generator().make_copies_in(out)
    return out


def by_kind(copies: list[dict]) -> dict[str, dict]:
    """Totals per damage kind over every folder."""
    groups: dict[str, list[dict]] = {}
    for c in copies:
        groups.setdefault(c["kind"], []).append(c)
    return {kind: intake_findings.totals(rows) for kind, rows in sorted(groups.items())}


def _print(result: dict, verbose: bool) -> None:
    cell = intake_findings._cell
    print(f"{'kind':34} {'copies':>6} {'errors':>8} {'warnings':>9} {'info':>8} {'def+':>5} {'same':>5}")
    for kind, fig in result["by_kind"].items():
        print(f"{kind:34} {fig['copies']:>6} {cell(fig, 'error'):>8} {cell(fig, 'warning'):>9} "
              f"{cell(fig, 'info'):>8} {fig['definitions_gained']:>5} {fig['identical']:>5}")
    print()
    copies = result["copies"]
    for set_name in dict.fromkeys(c["set"] for c in copies):
        fig = intake_findings.totals([c for c in copies if c["set"] == set_name])
        print(f"{'folder ' + set_name:34} {fig['copies']:>6} {cell(fig, 'error'):>8} "
              f"{cell(fig, 'warning'):>9} {cell(fig, 'info'):>8} {fig['definitions_gained']:>5} "
              f"{fig['identical']:>5}")
    fig = result["totals"]
    print(f"{'all copies':34} {fig['copies']:>6} {cell(fig, 'error'):>8} {cell(fig, 'warning'):>9} "
          f"{cell(fig, 'info'):>8} {fig['definitions_gained']:>5} {fig['identical']:>5}")
    print(f"refused: {fig['refused']}")
    if verbose:
        intake_findings._print({"copies": copies, "totals": fig}, verbose=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, action="append", required=True,
                    help="a folder of clean drafts (*.txt; repeatable)")
    ap.add_argument("--scratch", type=Path, default=DEFAULT_SCRATCH,
                    help=f"where the copies are made (default {DEFAULT_SCRATCH})")
    ap.add_argument("--regenerate", action="store_true", help="make the copies again")
    ap.add_argument("--json", action="store_true", help="print everything as JSON")
    ap.add_argument("--verbose", action="store_true", help="also list every difference")
    args = ap.parse_args(argv)
    folders = [make_copies(d.resolve(), args.scratch.resolve(), args.regenerate) for d in args.drafts]
    result = intake_findings.run(folders, defects=False)
    result["by_kind"] = by_kind(result["copies"])
    if args.json:
        print(json.dumps(intake_findings._jsonable(result), ensure_ascii=False, indent=1))
    else:
        _print(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
