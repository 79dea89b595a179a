"""Alignment quality: does the best evidence land on the provision an examiner would cite?

For each model draft, ``EXPECTED`` names the article that should be the first evidence of a
requirement; the drafts contain confusable distractors on purpose (the disclosure 手数料
article vs the 非識別 fee, the general 従事者の義務 vs the chapter's, the 利用及び提供の制限
article vs the chapter's 作成及び提供). The harness prints accuracy, margins and misses,
and compares with a saved baseline (as Picard's ``scripts/eval_matching`` does)::

    python bench/check_alignment.py            # compare with bench/check_alignment_baseline.json
    python bench/check_alignment.py --save     # record a new baseline
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.align import align  # noqa: E402
from ordreview.core.parse import load_ordinance  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402

BASELINE = Path(__file__).with_name("check_alignment_baseline.json")

_COMMON = {
    "A1": "2", "A2": "2", "A3": "2", "A4": "2", "A5": "2", "A7": "2", "A8": "2", "A9": "2",
    "B1": "2", "B2": "2", "B3": "6", "B4": "7",
    "C1": "2", "C2": "2", "C3": "15", "C4": "47_2", "C5": "47_3", "C6": "47_4", "C7": "47_5",
    "C8": "47_6", "C9": "47_7", "C10": "47_8", "C11": "47_9", "C12": "47_10", "C13": "47_12",
    "C14": "47_13", "C15": "47_14", "C16": "47_15", "C17": "47_16", "C18": "12",
}
EXPECTED: dict[str, dict[str, str]] = {
    "model-complete.txt": _COMMON,
    "model-national-style.txt": _COMMON,
    "reikishu.html": _COMMON,
    # no 非識別 chapter: only A/B provisions can be cited; old-style has an uncaptioned register
    "partial-no-c.txt": {"A1": "2", "A2": "2", "A7": "2", "B1": "2", "B3": "6", "B4": "7"},
    "old-style.txt": {"A1": "2", "A6": "2", "B3": "6", "B4": "7"},
}


def measure() -> dict[str, dict[str, object]]:
    profile = load_profile()
    out: dict[str, dict[str, object]] = {}
    for name, expected in EXPECTED.items():
        path = ROOT / "fixtures" / name
        if not path.exists():
            continue
        al = align(load_ordinance(path), profile)
        hits, misses, margins = 0, [], []
        for rid, article in expected.items():
            cov = al.coverage[rid]
            first = cov.evidence[0].article if cov.evidence else None
            if first == article:
                hits += 1
                margins.append(cov.margin)
            else:
                misses.append(f"{rid}: {first} (expected {article})")
        out[name] = {
            "accuracy": round(hits / len(expected), 3),
            "median_margin": round(statistics.median(margins), 3) if margins else 0.0,
            "misses": misses,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="write the result as the new baseline")
    args = parser.parse_args()
    result = measure()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    for name, r in result.items():
        before = baseline.get(name, {}).get("accuracy")
        delta = "" if before is None else f" (baseline {before:.3f}, {r['accuracy'] - before:+.3f})"
        print(f"{name:<28} accuracy {r['accuracy']:.3f}{delta}  median margin {r['median_margin']:.3f}")
        for miss in r["misses"]:
            print(f"    miss {miss}")
    if args.save:
        BASELINE.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"baseline saved: {BASELINE}")


if __name__ == "__main__":
    main()
