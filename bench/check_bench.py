"""Speed of the review engine: in-process check, the ``check --json`` process, and ``batch``.

Run from the repository root::

    python bench/check_bench.py            # everything (the batch part writes 1,000 drafts)
    python bench/check_bench.py --quick    # skip the 1,000-draft batch

Prints medians (milliseconds) and the peak memory of the child process. Bars:
review of a 50-article draft ≤ 20 ms in-process once the profile is loaded, 500 articles
≤ 200 ms (linear); ``ordreview check --json`` on 50 articles ≤ 0.3 s and ≤ 80 MB as a whole
process; ``batch`` over 1,000 generated drafts ≤ 60 s on two cores. Drafts come from
``bench/gen.py`` (deterministic), so anyone can rerun and compare; ``fixtures/model-complete.txt``
is measured beside them as a realistic draft. The process is timed twice: as this
environment runs it (with ``PYTHONDONTWRITEBYTECODE=1`` every run compiles the sources
again) and with a bytecode cache, as an installed copy runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gen import generate_ordinance  # noqa: E402
from ordreview.core.align import align  # noqa: E402
from ordreview.core.parse import parse_text  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402
from ordreview.core.review import review_ordinance  # noqa: E402


def _median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds (CPU time is steadier on a shared, loaded machine)."""
    fn()  # warm caches (compiled patterns) the way a long-running GUI has them
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def bench_in_process(sizes: tuple[int, ...], runs: int) -> None:
    profile = load_profile()
    print("in-process (profile loaded; median of %d runs; wall ms / CPU ms)" % runs)
    print(f"{'articles':>9} {'chars':>8} {'parse':>13} {'align':>13} {'review':>13} {'parse+review':>13}")
    for n in sizes:
        text = generate_ordinance(n, seed=n)
        ordinance = parse_text(text)
        parse_ms = _median_ms(lambda: parse_text(text), runs)
        align_ms = _median_ms(lambda: align(ordinance, profile), runs)
        review_ms = _median_ms(lambda: review_ordinance(ordinance, profile), runs)
        both_ms = _median_ms(lambda: review_ordinance(parse_text(text), profile), runs)
        cells = " ".join(f"{w:>6.1f}/{c:<6.1f}" for w, c in (parse_ms, align_ms, review_ms, both_ms))
        print(f"{n:>9} {len(text):>8} {cells}")


REALISTIC = ROOT / "fixtures" / "model-complete.txt"
"""A realistic draft (the complete model ordinance) measured beside the generated ones."""


def bench_realistic(runs: int) -> None:
    profile = load_profile()
    text = REALISTIC.read_text(encoding="utf-8")
    ordinance = parse_text(text)
    review_ms = _median_ms(lambda: review_ordinance(ordinance, profile), runs)
    both_ms = _median_ms(lambda: review_ordinance(parse_text(text), profile), runs)
    print(f"{REALISTIC.name} ({len(ordinance.articles)} articles, {len(text)} chars): review "
          f"{review_ms[0]:.1f}/{review_ms[1]:.1f} ms, parse+review {both_ms[0]:.1f}/{both_ms[1]:.1f} ms (wall/CPU)")


def _run_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, float]:
    """Wall seconds, peak RSS in MB, exit code and CPU seconds (user + system, the child and
    the descendants it waited for) of one child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def bench_process(runs: int) -> None:
    """``check --json`` as a whole process, twice: with this environment's bytecode setting
    (``PYTHONDONTWRITEBYTECODE=1`` makes every run compile the sources again), and with a
    bytecode cache written by a first run, as an installed copy has it (pip and PyInstaller
    ship compiled modules)."""
    exe = [sys.executable, "-m", "ordreview"]
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft50.txt"
        draft.write_text(generate_ordinance(50, seed=50), encoding="utf-8")
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        _run_child([*exe, "check", "--json", str(draft)], cached)  # writes the cache
        for label, env, path in (
            ("50 articles", None, draft),
            ("50 articles, bytecode cached", cached, draft),
            (REALISTIC.name, None, REALISTIC),
            (f"{REALISTIC.name}, bytecode cached", cached, REALISTIC),
        ):
            results = [_run_child([*exe, "check", "--json", str(path)], env) for _ in range(runs)]
            walls = [r[0] for r in results]
            rss = [r[1] for r in results]
            cpu = [r[3] for r in results]
            print(f"process `ordreview check --json` {label}: median {statistics.median(walls):.3f} s "
                  f"(CPU {statistics.median(cpu):.3f} s), "
                  f"peak RSS median {statistics.median(rss):.1f} MB (max {max(rss):.1f}), exit {results[0][2]} ({runs} runs)")


def bench_batch(count: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "drafts"
        folder.mkdir()
        t = time.perf_counter()
        for i in range(count):
            n = 20 + (i * 7) % 60
            (folder / f"draft-{i:04d}.txt").write_text(generate_ordinance(n, seed=i), encoding="utf-8")
        gen_s = time.perf_counter() - t
        wall, rss, code, cpu = _run_child(
            [sys.executable, "-m", "ordreview", "batch", str(folder), "--csv", str(Path(tmp) / "m.csv"), "--jobs", str(jobs)]
        )
        rows = sum(1 for _ in (Path(tmp) / "m.csv").open(encoding="utf-8-sig")) - 1
    print(f"batch: {count} drafts (20–79 articles, generated in {gen_s:.1f} s), {jobs} workers: "
          f"{wall:.1f} s wall, {cpu:.1f} s CPU, {rows} rows, exit {code}, parent peak RSS {rss:.0f} MB, "
          f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-draft batch")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    bench_in_process((50, 100, 500), args.runs)
    bench_realistic(args.runs)
    bench_process(max(3, args.runs // 3))
    if not args.quick:
        bench_batch(1000, 2)


if __name__ == "__main__":
    main()
