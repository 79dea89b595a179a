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
import os
import resource
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


def in_process(text: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``parse_text(text)`` over ``runs`` runs after a warm-up."""
    parse_text(text)
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        parse_text(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def whole_process(path: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of a whole ``ordreview parse --json`` process."""
    cmd = [sys.executable, "-m", "ordreview", "parse", "--json", str(path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)  # warm the .pyc cache
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


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
            inner, inner_cpu = in_process(text, inner_runs)
            proc, proc_cpu = whole_process(path, proc_runs)
            rows.append((n, len(text), inner, inner_cpu, proc, proc_cpu, inner_runs, proc_runs))
    load = os.getloadavg()[0]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.2f}; medians")
    print(f"{'articles':>8} {'chars':>9} {'parse ms':>9} {'cpu ms':>8} {'µs/art':>7} "
          f"{'process s':>10} {'cpu s':>6} {'runs':>6}")
    for n, chars, inner, inner_cpu, proc, proc_cpu, ir, pr in rows:
        print(f"{n:>8} {chars:>9} {inner * 1000:>9.2f} {inner_cpu * 1000:>8.2f} {inner / n * 1e6:>7.1f} "
              f"{proc:>10.3f} {proc_cpu:>6.3f} {ir:>3}/{pr:<3}")
    print("(wall time is inflated when the load average exceeds the CPU count; cpu columns are not)")
    for r1, r2 in zip(rows, rows[1:]):
        (n1, _, t1, c1, *_), (n2, _, t2, c2, *_) = r1, r2
        print(f"growth {n1}→{n2} articles (×{n2 / n1:.0f}): wall ×{t2 / t1:.1f}, cpu ×{c2 / c1:.1f} "
              f"(per-article cpu ratio {c2 / n2 / (c1 / n1):.2f}, 1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
