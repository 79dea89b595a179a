"""Store speed: one annotation save, loading a 500-finding review, saving a review.

Run: ``/work/venv/bin/python bench/store_bench.py [--findings 500] [--writes 300]``.
Adds PostgreSQL numbers when env ``ORDREVIEW_TEST_PG_URL`` is set (a scratch schema is
created and dropped). Prints medians in milliseconds; bars: save one annotation
<= 5 ms on SQLite, load a 500-finding annotated review <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from ordreview.core.model import FindingId  # noqa: E402
from ordreview.store import Store, open_store  # noqa: E402
from tests.store.factory import REVIEWER, make_finding, make_review  # noqa: E402


def _median_ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _big_review(n: int, tag: str):  # type: ignore[no-untyped-def]
    review = make_review(f"ベンチ市個人情報保護条例{tag}", [f"x{i}" for i in range(n)])
    findings = tuple(
        replace(make_finding(f"f{i:04d}", n=i, with_comparison=(i % 5 == 0)), message_ja="指摘" * 40)
        for i in range(n)
    )
    return replace(review, findings=findings)


def bench(store: Store, *, label: str, findings: int, writes: int) -> dict[str, float]:
    """Run every measurement on one store and print the medians."""
    review = _big_review(findings, label)
    save_ms = _median_ms(
        lambda: store.save_review(review, reviewer=REVIEWER, source_path="/bench.txt", previous_review_id=None),
        3,
    )
    rid = store.save_review(
        replace(review, ordinance=_big_review(findings, label + "-main").ordinance),
        reviewer=REVIEWER,
        source_path="/bench.txt",
    )
    ids = [FindingId(f"f{i:04d}") for i in range(findings)]
    versions: dict[str, int | None] = {fid: None for fid in ids}
    counter = iter(range(10**9))

    def write_one() -> None:
        k = next(counter)
        fid = ids[k % len(ids)]
        ann = store.set_annotation(
            rid, fid, status="needs_fix", comment=f"注記 {k} " + "確認" * 20, author="bench",
            expected_version=versions[fid],
        )  # fmt: skip
        versions[fid] = ann.version

    first_ms = _median_ms(write_one, min(writes, findings))  # first saves (insert)
    update_ms = _median_ms(write_one, writes)  # updates (compare-and-set)
    rows_ms = _median_ms(lambda: store.load_review_rows(rid), 30)
    ann_ms = _median_ms(lambda: store.annotations(rid), 30)
    carry_ms = _median_ms(
        lambda: store.save_review(review, reviewer=REVIEWER, source_path="/bench.txt", previous_review_id=rid),
        3,
    )
    result = {
        "set_annotation first save": first_ms,
        "set_annotation update": update_ms,
        f"load_review_rows ({findings} findings, all annotated)": rows_ms,
        f"annotations ({findings})": ann_ms,
        f"save_review ({findings} findings)": save_ms,
        f"save_review ({findings}, carry-over of {findings} annotations)": carry_ms,
    }
    for name, value in result.items():
        print(f"{label:10s} {name:55s} median {value:8.2f} ms")
    return result


def main() -> int:
    """Measure SQLite (and PostgreSQL when configured)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--findings", type=int, default=500)
    parser.add_argument("--writes", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "bench.sqlite3")) as store:
            bench(store, label="sqlite", findings=args.findings, writes=args.writes)
    base = os.environ.get("ORDREVIEW_TEST_PG_URL")
    if base:
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        admin = create_engine(base, poolclass=NullPool)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
            with open_store(url.render_as_string(hide_password=False)) as store:
                bench(store, label="postgresql", findings=args.findings, writes=args.writes)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
    else:
        print("postgresql: skipped (ORDREVIEW_TEST_PG_URL not set)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
