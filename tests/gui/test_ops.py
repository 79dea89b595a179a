"""QueryOp / WriteOp: results on the GUI thread from a real pool, progress, failure, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from ordreview.gui.ops import Cancelled, FakeThreadPool, OpBus, Progress, QueryOp, WriteOp, make_pool


@pytest.fixture
def pool(qapp):
    p = make_pool(max_threads=1)
    yield p
    p.waitForDone(5000)


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, pool) -> None:
    seen: dict[str, object] = {}
    progress: list[tuple[int, int, str]] = []
    gui_thread = QThread.currentThread()

    def op(p: Progress) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for i in range(3):
            p.report(i + 1, 3, f"step {i + 1}")
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread

    QueryOp(op=op, success=success).with_progress(lambda *a: progress.append(a)).run_in_background(pool)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"worker": True, "value": 42, "on_gui": True}
    assert progress == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_failure_is_delivered(qtbot, pool) -> None:
    errors: list[BaseException] = []

    def op(_p: Progress) -> None:
        raise ValueError("bad draft")

    QueryOp(op=op, success=lambda _v: None).failure(errors.append).run_in_background(pool)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert [type(e).__name__ for e in errors] == ["ValueError"]
    assert str(errors[0]) == "bad draft"


def test_cancel_stops_at_the_next_report(qtbot, pool) -> None:
    started = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def op(p: Progress) -> str:
        started.set()
        release.wait(5)
        p.report(1, 2, "")
        return "finished"

    op_ = QueryOp(op=op, success=lambda v: calls.append(v)).failure(lambda e: calls.append("failed"))
    op_.finally_(lambda: calls.append("finally")).run_in_background(pool)
    assert started.wait(5)
    op_.cancel()
    release.set()
    qtbot.waitUntil(lambda: op_.done, timeout=5000)
    assert calls == ["finally"]


def test_write_op_broadcasts_its_changes_once(qapp) -> None:
    bus = OpBus()
    changes: list[object] = []
    results: list[object] = []
    bus.changed.connect(changes.append)
    WriteOp(op=lambda _p: {"annotations": 1}, success=results.append, bus=bus).run_in_background(FakeThreadPool())
    assert results == [{"annotations": 1}]
    assert changes == [{"annotations": 1}]


def test_fake_pool_runs_inline(qapp) -> None:
    out: list[int] = []
    QueryOp(op=lambda _p: 7, success=out.append).run_in_background(FakeThreadPool())
    assert out == [7]


def test_progress_raises_after_cancel() -> None:
    p = Progress(lambda *_a: None)
    p.report(0, 1)
    p.cancelled.set()
    with pytest.raises(Cancelled):
        p.report(1, 1)
