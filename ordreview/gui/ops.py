"""Background work for the window: ``QueryOp`` (read) and ``WriteOp`` (mutate).

Contract (after Anki's ``aqt.operations`` and Picard's ``util.thread``):

- The op function runs on a worker thread of a ``QThreadPool`` and receives a
  :class:`Progress` handle. It must not touch any widget or Qt model; it may only call the
  core, the store or the exporter (through ``gui.services``) and report progress.
- ``success`` / ``failure`` / ``progress`` callbacks run on the GUI thread: results travel
  back through a signal of a ``QObject`` created on the GUI thread (queued connection).
- Cancelling sets a flag; the op sees it at its next ``Progress.report`` call, which raises
  :class:`Cancelled`. A cancelled op calls neither ``success`` nor ``failure``.
- A ``WriteOp`` returns a "changes" value; after ``success`` it is broadcast once through
  :class:`OpBus` so each view can decide whether to refresh.
- Tests pass a :class:`FakeThreadPool`, which runs every op synchronously inside
  ``run_in_background`` so results are there when the call returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ordreview.gui import signalfix

log = logging.getLogger("ordreview.gui")

T = TypeVar("T")

signalfix.install()  # before any op emits: see ordreview.gui.signalfix


class Cancelled(Exception):
    """Raised inside an op when the user cancelled it."""


class Pool(Protocol):
    """What an op needs from a pool: ``QThreadPool`` and :class:`FakeThreadPool` both fit."""

    def start(self, runnable: QRunnable) -> None: ...


class FakeThreadPool:
    """A pool that runs each runnable at once on the calling thread (for tests and benches)."""

    def start(self, runnable: QRunnable) -> None:
        """Run ``runnable`` synchronously."""
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        """Nothing is ever pending."""
        return True

    def activeThreadCount(self) -> int:  # noqa: N802 - QThreadPool's name
        """Nothing ever runs in the background."""
        return 0


def make_pool(*, max_threads: int) -> QThreadPool:
    """A private pool whose threads never expire (SQLite connections stay on one thread)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(max_threads)
    pool.setExpiryTimeout(-1)
    return pool


class Progress:
    """Handle given to an op: report progress, check for cancellation.

    Attributes:
        cancelled: set from the GUI thread by :meth:`Op.cancel`.
    """

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self.cancelled = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        """Publish progress; raises :class:`Cancelled` if the user cancelled."""
        if self.cancelled.is_set():
            raise Cancelled()
        self._emit(done, total, label)

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user cancelled."""
        if self.cancelled.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the GUI thread; worker emissions reach its slots through queued connections.

    The slots are methods of this ``QObject`` (not bare callables) so that Qt queues them to
    the relay's thread whatever thread emits.
    """

    finished = Signal(object, object)  # (result, exception or None)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        on_finished: Callable[[Any, BaseException | None], None],
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self._on_finished = on_finished
        self._on_progress = on_progress
        self.finished.connect(self._finished_slot)
        self.progressed.connect(self._progress_slot)

    @Slot(object, object)
    def _finished_slot(self, result: Any, err: BaseException | None) -> None:
        self._on_finished(result, err)

    @Slot(int, int, str)
    def _progress_slot(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, label)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as err:  # delivered to failure(); never lost on a worker
            self._relay.finished.emit(None, err)
        else:
            self._relay.finished.emit(result, None)


class OpBus(QObject):
    """The one place where finished writes are announced (``changed`` carries the changes)."""

    changed = Signal(object)


class _Op(Generic[T]):
    """Shared machinery of :class:`QueryOp` and :class:`WriteOp`."""

    _live: set[_Op[Any]] = set()  # keeps ops alive until their result arrived

    def __init__(self, *, op: Callable[[Progress], T], success: Callable[[T], None]) -> None:
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._relay: _Relay | None = None
        self._progress: Progress | None = None
        self.done = False

    def failure(self, fn: Callable[[BaseException], None]) -> _Op[T]:
        """Call ``fn(exception)`` on the GUI thread if the op raised."""
        self._failure = fn
        return self

    def with_progress(self, fn: Callable[[int, int, str], None]) -> _Op[T]:
        """Call ``fn(done, total, label)`` on the GUI thread for each report."""
        self._on_progress = fn
        return self

    def finally_(self, fn: Callable[[], None]) -> _Op[T]:
        """Call ``fn()`` on the GUI thread when the op ends in any way (cancel included)."""
        self._finally = fn
        return self

    def cancel(self) -> None:
        """Ask the op to stop at its next progress report."""
        if self._progress is not None:
            self._progress.cancelled.set()

    def run_in_background(self, pool: Pool) -> _Op[T]:
        """Start the op on ``pool``; callbacks arrive later on the GUI thread."""
        relay = _Relay(self._on_finished, self._on_progress)
        self._relay = relay
        self._progress = Progress(relay.progressed.emit)
        _Op._live.add(self)
        pool.start(_Runnable(self._op, relay, self._progress))
        return self

    def _on_finished(self, result: Any, err: BaseException | None) -> None:
        _Op._live.discard(self)
        self.done = True
        try:
            if err is None:
                self._deliver(result)
            elif isinstance(err, Cancelled):
                log.info("operation cancelled")
            elif self._failure is not None:
                self._failure(err)
            else:
                raise err
        finally:
            if self._finally is not None:
                self._finally()
            if self._relay is not None:
                self._relay.deleteLater()
                self._relay = None

    def _deliver(self, result: Any) -> None:
        self._success(result)


class QueryOp(_Op[T]):
    """Read something in the background and hand it to ``success`` on the GUI thread."""


class WriteOp(_Op[T]):
    """Change stored data in the background; the returned changes go to ``success`` and ``bus``."""

    def __init__(
        self,
        *,
        op: Callable[[Progress], T],
        success: Callable[[T], None],
        bus: OpBus | None = None,
    ) -> None:
        super().__init__(op=op, success=success)
        self._bus = bus

    def _deliver(self, result: Any) -> None:
        self._success(result)
        if self._bus is not None:
            self._bus.changed.emit(result)
