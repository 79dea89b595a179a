"""Speed of the drafting-integrity rules (checklist O-items and C14) on whole drafts.

Run from the repository root::

    python bench/integrity_bench.py [--runs 50] [FILE ...]

Without files it measures ``fixtures/model-complete.txt`` (74 articles), a 50-article draft cut
from it (its first 50 articles, branch articles included, plus the 附則) and ``fixtures/defects.txt``. Each run starts
from a cold integrity index, as a review of a new draft does; the folded text comes from the
engine's ``DraftIndex`` exactly as ``core.review`` hands it over. Prints the wall-clock median and
90th percentile of all integrity rules together, their CPU-time median (the fair figure on a
shared, loaded machine), the sum of the per-rule medians and the slowest five rules.
Target: well under 10 ms for a 50-article draft.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.align import DraftIndex  # noqa: E402
from ordreview.core.checks import integrity, integrity_index  # noqa: E402
from ordreview.core.checks.context import CheckContext  # noqa: E402
from ordreview.core.checks.registry import all_rules  # noqa: E402
from ordreview.core.model import Ordinance  # noqa: E402
from ordreview.core.parse import load_ordinance, parse_text  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402


def _cut_to_50(path: Path) -> Ordinance:
    """The draft's first 50 articles (branch articles count) followed by its 附則."""
    full = load_ordinance(path)
    text = full.text
    body_end = full.articles[49].span.end
    suppl = full.suppl_provisions[0].span.start
    return parse_text(text[:body_end] + "\n\n" + text[suppl:], path="<first 50 articles>")


def _measure(name: str, ordinance: Ordinance, runs: int) -> None:
    profile = load_profile()
    modules = {m.__name__ for m in integrity.RULE_MODULES}
    rules = [r for r in all_rules() if r.run.__module__ in modules]
    ctx = CheckContext(ordinance=ordinance, profile=profile, extra={"index": DraftIndex(ordinance, profile)})
    totals: list[float] = []
    cpu: list[float] = []
    per_rule: dict[str, list[float]] = {r.id: [] for r in rules}
    findings = 0
    for _ in range(runs + 1):
        integrity_index._CACHE.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        count = 0
        for rule in rules:
            t = time.perf_counter()
            count += len(rule.run(ctx))
            per_rule[rule.id].append(time.perf_counter() - t)
        totals.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        findings = count
    totals, cpu = sorted(totals[1:]), sorted(cpu[1:])  # the first run warms the regex cache
    p90 = totals[int(len(totals) * 0.9) - 1]
    print(f"{name}: {len(ordinance.articles)} articles, {findings} findings, "
          f"wall median {statistics.median(totals) * 1000:.2f} ms (p90 {p90 * 1000:.2f} ms), "
          f"CPU median {statistics.median(cpu) * 1000:.2f} ms over {runs} runs")
    medians = {k: statistics.median(v[1:]) for k, v in per_rule.items()}
    print(f"  sum of per-rule medians {sum(medians.values()) * 1000:.2f} ms")
    slow = sorted(per_rule.items(), key=lambda kv: medians[kv[0]], reverse=True)[:5]
    print("  slowest: " + ", ".join(f"{k} {statistics.median(v[1:]) * 1000:.2f} ms" for k, v in slow))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.files:
        for f in args.files:
            _measure(f, load_ordinance(f), args.runs)
        return 0
    model = ROOT / "fixtures" / "model-complete.txt"
    _measure("model-complete.txt", load_ordinance(model), args.runs)
    _measure("model-complete.txt, first 50 articles", _cut_to_50(model), args.runs)
    _measure("defects.txt", load_ordinance(ROOT / "fixtures" / "defects.txt"), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
