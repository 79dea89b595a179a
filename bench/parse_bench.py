"""Parser speed: in-process parse and a whole ``ordreview parse --json`` process.

Run from the repository root::

    python bench/parse_bench.py            # 50, 500 and 5,000 articles
    python bench/parse_bench.py --quick    # 50 and 500 only

Drafts come from ``bench/gen.py`` (deterministic). For each size it prints the median of
several in-process ``parse_text`` runs (after one warm-up run) and the median wall time of
whole ``python -m ordreview parse --json FILE`` processes, then the growth per article
between sizes (1.0 = linear). Targets: ≤ 10 ms in-process and ≤ 0.15 s for the whole
process at 50 articles, linear growth.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen import generate_ordinance  # noqa: E402
from ordreview.core.parse import parse_text  # noqa: E402


def in_process(text: str, runs: int) -> float:
    """Median seconds of ``parse_text(text)`` over ``runs`` runs after a warm-up."""
    parse_text(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_text(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def whole_process(path: Path, runs: int) -> float:
    """Median wall seconds of a whole ``ordreview parse --json`` process."""
    cmd = [sys.executable, "-m", "ordreview", "parse", "--json", str(path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)  # warm the .pyc cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print the table and the scaling."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 5,000-article draft")
    args = parser.parse_args()
    sizes = (50, 500) if args.quick else (50, 500, 5000)
    plan = {50: (50, 15), 500: (15, 10), 5000: (5, 3)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            text = generate_ordinance(n)
            path = Path(tmp) / f"gen-{n}.txt"
            path.write_text(text, encoding="utf-8")
            inner_runs, proc_runs = plan[n]
            inner = in_process(text, inner_runs)
            proc = whole_process(path, proc_runs)
            rows.append((n, len(text), inner, proc, inner_runs, proc_runs))
    print(f"python {sys.version.split()[0]}, medians")
    print(f"{'articles':>8} {'chars':>9} {'in-process ms':>14} {'µs/article':>11} {'process s':>10} {'runs':>8}")
    for n, chars, inner, proc, ir, pr in rows:
        print(f"{n:>8} {chars:>9} {inner * 1000:>14.2f} {inner / n * 1e6:>11.1f} {proc:>10.3f} {ir:>4}/{pr:<3}")
    for (n1, _, t1, *_r1), (n2, _, t2, *_r2) in zip(rows, rows[1:]):
        print(f"growth {n1}→{n2} articles: ×{t2 / t1:.1f} time for ×{n2 / n1:.0f} articles "
              f"(per-article ratio {t2 / n2 / (t1 / n1):.2f}, 1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
