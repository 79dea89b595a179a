"""Accuracy of the kojin-joho-2023 profile on the held-out 施行条例 drafts (``tests/heldout2023/``).

The drafts and gold lists follow ``tests/heldout/README.md`` (requirement ids P1–P30 of the
``kojin-joho-2023`` profile). Matching and the figures are exactly those of ``bench/accuracy.py``:
this script imports its scorer (``validate_gold``, ``score``, ``totals``) instead of restating it,
so the two measures can never drift apart. It reviews every draft with the profile the engine
chooses for it (``core.choose``), and fails when the choice is not ``kojin-joho-2023``.

Run from the repository root::

    python bench/accuracy_2023.py               # figures per draft and in total
    python bench/accuracy_2023.py --verbose     # false findings and missed defects
    python bench/accuracy_2023.py --json
    python bench/accuracy_2023.py --preregistered  # the gold lists as first committed
    python bench/accuracy_2023.py --save           # record the result as the set's baseline
    python bench/accuracy_2023.py --set tests/heldout2023-b  # another folder of drafts and gold lists

``--set DIR`` (alias ``--dir``) scores the drafts of another folder laid out like
``tests/heldout2023/`` (the default). Each set keeps its own baseline:
``bench/accuracy_2023_baseline.json`` for the default set, ``bench/accuracy_2023_baseline.<folder
name>.json`` for another, so one set's figures are never compared with, or saved over, another's.
A run over a whole set compares its result with the set's baseline when one has been saved
(``--save``), with ``bench/accuracy.py``'s own comparison (totals before and after, defects now
found or missed, false findings gone or new).

``ORDREVIEW_ACCURACY`` may name another copy of ``accuracy.py`` (when this tree has none).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.choose import choose_profile  # noqa: E402
from ordreview.core.parse import load_ordinance  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402
from ordreview.core.review import review_ordinance  # noqa: E402

HELDOUT = ROOT / "tests" / "heldout2023"
PROFILE = "kojin-joho-2023"
BASELINE = Path(__file__).with_name("accuracy_2023_baseline.json")


def scorer() -> Any:
    """The ``bench/accuracy.py`` module (or the file ``ORDREVIEW_ACCURACY`` names)."""
    path = Path(os.environ.get("ORDREVIEW_ACCURACY") or Path(__file__).with_name("accuracy.py"))
    if not path.is_file():
        raise SystemExit(f"accuracy.py not found ({path}); set ORDREVIEW_ACCURACY")
    spec = importlib.util.spec_from_file_location("ordreview_bench_accuracy", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def set_folder(arg: Path | None) -> Path:
    """The folder of a set: the default one, or ``arg`` (relative to the repository when it is
    not a folder relative to the working directory)."""
    if arg is None:
        return HELDOUT
    if not arg.is_absolute() and not arg.exists():
        return ROOT / arg
    return arg


def baseline_path(folder: Path) -> Path:
    """The baseline file of a set of drafts: its own for every folder but the default one."""
    if folder.resolve() == HELDOUT.resolve():
        return BASELINE
    return BASELINE.with_name(f"accuracy_2023_baseline.{folder.resolve().name}.json")


def golds(folder: Path, names: list[str] | None = None, *,
          preregistered: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """(name, gold list) of every draft of a set, sorted by name; ``names`` filters.

    ``preregistered`` drops the defects added after the first run (``added_after_run``).
    """
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        if names and name not in names:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if preregistered:
            gold["defects"] = [d for d in gold["defects"] if not d.get("added_after_run")]
        out.append((name, gold))
    return out


def run(*, preregistered: bool = False, names: list[str] | None = None,
        folder: Path | None = None) -> dict[str, Any]:
    acc = scorer()
    folder = HELDOUT if folder is None else folder
    profile = load_profile(PROFILE)
    rids = [r.id for r in profile.requirements]
    scores, problems = [], []
    for name, gold in golds(folder, names, preregistered=preregistered):
        problems += [f"{name}: {p}" for p in acc.validate_gold(gold, rids)]
        ordinance = load_ordinance(folder / gold["draft"])
        choice = choose_profile(ordinance)
        if choice.profile.id != PROFILE:
            problems.append(f"{name}: profile chosen {choice.profile.id} ({choice.reason_en})")
        review = review_ordinance(ordinance, profile)
        scores.append(acc.score(review, gold, name=name, layout="txt"))
    return {"scores": scores, "totals": acc.totals(scores), "problems": problems}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--preregistered", action="store_true")
    ap.add_argument("--draft", action="append")
    ap.add_argument("--save", action="store_true", help="record the result as the set's baseline")
    ap.add_argument("--set", "--dir", dest="folder", type=Path, default=None, metavar="DIR",
                    help="folder of drafts and gold lists (default: tests/heldout2023)")
    args = ap.parse_args(argv)
    folder = set_folder(args.folder)
    if not folder.is_dir() or not any(folder.glob("*.gold.json")):
        print(f"評価セットが見つかりません（.gold.json のあるフォルダを指定してください）: {folder}\n"
              f"no evaluation set (a folder with .gold.json files): {folder}", file=sys.stderr)
        return 2
    result = run(preregistered=args.preregistered, names=args.draft, folder=folder)
    acc = sys.modules["ordreview_bench_accuracy"]
    baseline = baseline_path(folder)
    comparison = None
    can_compare = hasattr(acc, "snapshot") and hasattr(acc, "compare")
    if args.save and can_compare:
        baseline.write_text(json.dumps(acc.snapshot(result["scores"]), ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    elif can_compare and baseline.exists() and not args.draft and not args.preregistered:
        comparison = acc.compare(json.loads(baseline.read_text(encoding="utf-8")), acc.snapshot(result["scores"]))
    if args.json:
        print(json.dumps({"set": str(folder), "drafts": [s.to_json() for s in result["scores"]],
                          "totals": result["totals"], "baseline_comparison": comparison,
                          "problems": result["problems"]}, ensure_ascii=False, indent=1))
        return 1 if result["problems"] else 0
    for s in result["scores"]:
        print(f"{s.name:16} counted {s.counted:3}  true {s.true:3}  gold {s.gold:3}  found {s.found:3}  "
              f"precision {s.precision:.2f}  recall {s.recall:.2f}")
        if args.verbose:
            for f in s.false:
                print(f"    FALSE  {f['severity']:7} {f['rule']}/{f['requirement']} {f['location']}  {f['message_ja'][:70]}")
            for m in s.missed:
                print(f"    MISSED {m['id']} {m['requirement']} {m['location']}  {m['reviewer_ja'][:60]}")
    t = result["totals"]
    print(f"total: counted {t['counted']}, true {t['true']}, gold {t['gold']}, found {t['found']}, "
          f"precision {t['precision']:.2f}, recall {t['recall']:.2f}")
    for p in result["problems"]:
        print("PROBLEM", p)
    if comparison is not None:
        acc.print_comparison(comparison, baseline)
    if args.save and can_compare:
        print(f"\nbaseline saved: {baseline}")
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
