"""``batch``: each draft has its own time and memory limit; a poison draft holds nobody up."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

import pytest

from bench.gen import generate_ordinance
from ordreview.cli import batch_cmd

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or multiprocessing.get_start_method() != "fork",
    reason="the poison is planted by patching the worker function, which only fork carries over",
)


def _drafts(tmp_path: Path, n: int) -> list[Path]:
    paths = []
    for k in range(n):
        p = tmp_path / f"draft{k:02d}.txt"
        p.write_text(generate_ordinance(8, seed=k), encoding="utf-8")
        paths.append(p)
    return paths


def _poisoned(kind: str, real=batch_cmd.review_one):  # type: ignore[no-untyped-def]
    def review(path: str, profile_ref: str | None):  # type: ignore[no-untyped-def]
        if Path(path).name.startswith("poison"):
            if kind == "hang":
                time.sleep(300)
            else:
                hoard = []
                while True:
                    hoard.append(bytearray(64 * 1024 * 1024))
        return real(path, profile_ref)

    return review


@pytest.mark.parametrize("kind, code", [("hang", "cli.batch.limit_time"), ("hoard", "cli.batch.limit_memory")])
def test_a_poison_draft_is_reported_alone_and_the_others_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, code: str
) -> None:
    from ordreview.core.messages import render  # noqa: PLC0415

    paths = _drafts(tmp_path, 6)
    poison = tmp_path / "poison.txt"
    poison.write_text(generate_ordinance(8, seed=99), encoding="utf-8")
    paths.insert(2, poison)
    monkeypatch.setattr(batch_cmd, "review_one", _poisoned(kind))
    start = time.monotonic()
    results = batch_cmd.run_batch(paths, profile_ref=None, jobs=2, seconds=10.0, memory=512 * 1024 * 1024)
    elapsed = time.monotonic() - start
    assert [r.path for r in results] == [str(p) for p in paths]
    bad = results[2]
    ja, en = render(code, seconds="10", memory="512 MB")
    assert not bad.ok and (bad.error_ja, bad.error_en) == (ja, en)
    assert ("制限時間" in bad.error_ja) == (kind == "hang")
    assert all(r.ok for i, r in enumerate(results) if i != 2), [r.error_en for r in results]
    assert elapsed < 60  # the hang is cut at 10 s, not 300


def test_a_draft_whose_review_runs_out_of_memory_gets_the_memory_message_not_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ordreview.core import review  # noqa: PLC0415
    from ordreview.core.messages import render  # noqa: PLC0415

    def exhausted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise MemoryError

    paths = _drafts(tmp_path, 1)
    monkeypatch.setattr(review, "review_ordinance", exhausted)  # inside review_one, as a real review would
    (result,) = batch_cmd.run_batch(paths, profile_ref=None, jobs=1, seconds=60.0, memory=512 * 1024 * 1024)
    assert not result.ok
    assert (result.error_ja, result.error_en) == render("cli.batch.limit_memory", memory="512 MB")
