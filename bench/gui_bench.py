"""GUI speed: cold start to a usable window, and open + check + highlight of a draft.

Usage::

    python bench/gui_bench.py [--runs 7] [--big 5000]

Prints medians (seconds). Everything runs offscreen with a throw-away ORDREVIEW_HOME.

1. cold start: a fresh interpreter per run; the time from just before the process is
   spawned to the first turn of the event loop after the main window is shown.
2. open 50 articles: ``MainWindow.open_file`` with synchronous pools (read + parse + check
   + display + highlight + store), warm process, profile already loaded.
3. big draft (``--big`` articles): the engine's time (off the GUI thread in the real
   window) and the display time on the GUI thread (text, highlights, models; the store
   lookup also runs inline here, on its own thread in the real window).

Drafts come from ``bench/gen.py`` (``generate_ordinance``) when it
exists, else from the small generator below.
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORDREVIEW_HOME", tempfile.mkdtemp(prefix="ordreview-bench-"))

CHILD = r"""
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from ordreview.gui.app import build_window, ensure_app
from ordreview.gui.i18n import install_translators
app = ensure_app()
keep = install_translators(app, "ja")
window = build_window(lang="ja")
window.show()
def done():
    print(f"{time.time() - t0:.4f}")
    window.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def make_draft(articles: int) -> str:
    """A draft with ``articles`` articles (bench/gen.py when present)."""
    try:
        from bench.gen import generate_ordinance  # type: ignore[import-not-found]
    except ImportError:
        return _fallback_draft(articles)
    return generate_ordinance(articles)


def _fallback_draft(articles: int) -> str:
    lines = ["ベンチ市個人情報保護条例", "", "　　　第1章　総則", "（目的）",
             "第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定める。", "（定義）",
             "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
             "　(1)　個人情報　個人に関する情報であって、特定の個人を識別することができるものをいう。",
             "　(2)　実施機関　市長、教育委員会及び議会をいう。"]
    chapter = 1
    for n in range(3, articles + 1):
        if n % 25 == 0:
            chapter += 1
            lines += ["", f"　　　第{chapter}章　第{chapter}の事項"]
        lines += [f"（事項{n}）", f"第{n}条　実施機関は、前条の規定により個人情報を取り扱うときは、その目的を明確にしなければならない。",
                  "2　実施機関は、前項の規定にかかわらず、次に掲げる場合には、この限りでない。",
                  "　(1)　法令等に定めがあるとき。", "　(2)　本人の同意があるとき。"]
    lines += ["", "　　　附　則", "この条例は、公布の日から施行する。"]
    return "\n".join(lines) + "\n"


def bench_cold_start(runs: int) -> list[float]:
    """Seconds from spawn to the window shown and the event loop running, per run."""
    times = []
    for _ in range(runs):
        env = dict(os.environ, BENCH_T0=repr(time.time()))
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def bench_open(path: Path, runs: int) -> tuple[list[float], int]:
    """Seconds for open + check + highlight + store of a never-seen copy of ``path``, per run.

    Each run opens a copy with one more trailing newline, so its SHA-256 is new and the
    review is saved to the store (the first open of a draft, the slow case).
    """
    from ordreview.gui.app import build_window, ensure_app
    from ordreview.gui.widgets.mainwindow import Pools

    ensure_app()
    window = build_window(pools=Pools.synchronous(), lang="ja")
    window.show()
    window.open_file(str(path))  # warm-up: profile load, first store open
    times = []
    text = path.read_text(encoding="utf-8")
    for i in range(runs):
        copy = path.with_name(f"{path.stem}-{i}.txt")
        copy.write_text(text + "\n" * (i + 1), encoding="utf-8")
        t = time.perf_counter()
        window.open_file(str(copy))
        times.append(time.perf_counter() - t)
    count = window.draft.highlight_count()
    window.close()
    return times, count


def bench_big(path: Path, runs: int) -> tuple[list[float], list[float], int, int]:
    """(engine seconds, GUI-thread display seconds, findings, highlights) for a big draft."""
    from ordreview.gui.app import build_window, ensure_app
    from ordreview.gui.ops import Progress
    from ordreview.gui.widgets.mainwindow import Pools

    app = ensure_app()
    window = build_window(pools=Pools.synchronous(), lang="ja")
    window.show()
    engine, display = [], []
    review = None
    for _ in range(runs):
        t = time.perf_counter()
        review = window.services.analyse(str(path), Progress(lambda *_a: None))
        engine.append(time.perf_counter() - t)
        t = time.perf_counter()
        window.show_review(str(path), review)
        app.processEvents()
        display.append(time.perf_counter() - t)
    window.close()
    assert review is not None
    return engine, display, len(review.findings), window.draft.highlight_count()


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print medians."""
    parser = argparse.ArgumentParser(description="GUI speed medians")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--big", type=int, default=5000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ordreview-bench-drafts-"))
    small, big = work / "draft-50.txt", work / f"draft-{args.big}.txt"
    small.write_text(make_draft(50), encoding="utf-8")
    big.write_text(make_draft(args.big), encoding="utf-8")

    cold = bench_cold_start(args.runs)
    print(f"cold start to usable window: median {statistics.median(cold):.3f} s "
          f"(min {min(cold):.3f}, max {max(cold):.3f}, n={len(cold)}; target <= 1.5 s)")
    times, highlights = bench_open(small, args.runs)
    print(f"open + check + highlight, 50 articles: median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, n={len(times)}, {highlights} highlights; target <= 0.5 s)")
    runs_big = max(1, min(3, args.runs))
    engine, display, findings, hl = bench_big(big, runs_big)
    print(f"{args.big} articles ({big.stat().st_size // 1024} KiB): engine median {statistics.median(engine):.3f} s "
          f"(worker thread), GUI-thread display median {statistics.median(display):.3f} s, "
          f"{findings} findings, {hl} highlights, n={runs_big}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
