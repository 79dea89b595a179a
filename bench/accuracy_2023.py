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


def run(*, preregistered: bool = False, names: list[str] | None = None) -> dict[str, Any]:
    acc = scorer()
    profile = load_profile(PROFILE)
    rids = [r.id for r in profile.requirements]
    scores, problems = [], []
    for gold_path in sorted(HELDOUT.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        if names and name not in names:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if preregistered:
            gold["defects"] = [d for d in gold["defects"] if not d.get("added_after_run")]
        problems += [f"{name}: {p}" for p in acc.validate_gold(gold, rids)]
        ordinance = load_ordinance(HELDOUT / gold["draft"])
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
    args = ap.parse_args(argv)
    result = run(preregistered=args.preregistered, names=args.draft)
    if args.json:
        print(json.dumps({"drafts": [s.to_json() for s in result["scores"]], "totals": result["totals"],
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
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
