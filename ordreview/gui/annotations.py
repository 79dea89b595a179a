"""Saving the officer's annotations: one write at a time per finding, nothing lost on close.

Edits arrive from the editor (debounced). A save runs as a ``WriteOp`` on the database
pool with the version last seen as ``expected_version``; an edit made while that finding's
save is in flight waits and goes out after it with the new version, so the officer's own
saves never conflict with each other. A real conflict (someone else saved first) asks the
officer through ``Dialogs.conflict`` whether to keep their text or take the other one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ordreview.core.errors import ConflictError, OrdreviewError
from ordreview.core.model import Annotation, FindingId, Reviewer
from ordreview.gui.ops import OpBus, Pool, Progress, WriteOp
from ordreview.gui.services import Services

log = logging.getLogger("ordreview.gui")


@dataclass(frozen=True, slots=True)
class AnnotationChanged:
    """The change a save broadcasts on the ``OpBus``."""

    review_id: int
    annotation: Annotation


@dataclass(frozen=True, slots=True)
class _Edit:
    finding_id: FindingId
    status: str
    comment: str


class AnnotationSaver(QObject):
    """Queues and writes annotation edits for the open review.

    Signals:
        saved(object): an ``Annotation`` was stored.
        reloaded(object): after a conflict the officer took the stored ``Annotation``.
        failed(str): a save failed (bilingual text).

    Attributes:
        review_id: the stored review the edits belong to; ``None`` until it is known.
    """

    saved = Signal(object)
    reloaded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        *,
        services: Services,
        pool: Pool,
        bus: OpBus,
        reviewer: Callable[[], Reviewer],
        current: Callable[[FindingId], Annotation | None],
        resolve_conflict: Callable[[str, str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._pool = pool
        self._bus = bus
        self._reviewer = reviewer
        self._current = current
        self._resolve_conflict = resolve_conflict
        self.review_id: int | None = None
        self._in_flight: set[FindingId] = set()
        self._waiting: dict[FindingId, _Edit] = {}
        self._versions: dict[FindingId, int] = {}

    def set_review(self, review_id: int | None) -> None:
        """Switch to another stored review (pending edits must have been flushed)."""
        self.review_id = review_id
        self._versions = {}

    def is_busy(self) -> bool:
        """True while a save is queued or running."""
        return bool(self._in_flight or self._waiting)

    def submit(self, finding_id: str, status: str, comment: str) -> None:
        """Save an edit (now, or right after the same finding's running save)."""
        if self.review_id is None:
            log.warning("annotation edit before the review was stored; dropped")
            self.failed.emit(QCoreApplication.translate("AnnotationSaver", "レビューがまだ保存されていないため、注釈を保存できません。"))
            return
        edit = _Edit(FindingId(finding_id), status, comment)
        if edit.finding_id in self._in_flight:
            self._waiting[edit.finding_id] = edit
            return
        self._start(edit, force=False)

    def _expected(self, finding_id: FindingId) -> int | None:
        if finding_id in self._versions:
            return self._versions[finding_id]
        current = self._current(finding_id)
        return current.version if current is not None else None

    def _start(self, edit: _Edit, *, force: bool) -> None:
        review_id = self.review_id
        assert review_id is not None
        expected = None if force else self._expected(edit.finding_id)
        author = self._reviewer().name
        services = self._services

        def op(progress: Progress) -> AnnotationChanged:
            version = expected
            if force:  # keep mine: write over whatever is stored now
                stored = services.store().annotations(review_id).get(edit.finding_id)
                version = stored.version if stored is not None else None
            ann = services.set_annotation(
                review_id, edit.finding_id, status=edit.status, comment=edit.comment,
                author=author, expected_version=version,
            )
            return AnnotationChanged(review_id, ann)

        self._in_flight.add(edit.finding_id)
        (
            WriteOp(op=op, success=self._on_saved, bus=self._bus)
            .failure(lambda err: self._on_failed(edit, err))
            .run_in_background(self._pool)
        )

    def _on_saved(self, change: AnnotationChanged) -> None:
        fid = change.annotation.finding_id
        self._in_flight.discard(fid)
        self._versions[fid] = change.annotation.version
        self.saved.emit(change.annotation)
        waiting = self._waiting.pop(fid, None)
        if waiting is not None:
            self._start(waiting, force=False)

    def _on_failed(self, edit: _Edit, err: BaseException) -> None:
        self._in_flight.discard(edit.finding_id)
        self._waiting.pop(edit.finding_id, None)
        if isinstance(err, ConflictError):
            mine = str(err.params.get("mine", edit.comment))
            theirs = str(err.params.get("theirs", ""))
            self._versions.pop(edit.finding_id, None)
            if self._resolve_conflict(mine, theirs):
                self._start(edit, force=True)
            else:
                self._reload(edit.finding_id)
            return
        if isinstance(err, OrdreviewError):
            self.failed.emit(f"{err.message_ja}\n{err.message_en}")
        else:
            log.error("annotation save failed", exc_info=err)
            self.failed.emit(f"{type(err).__name__}: {err}")

    def _reload(self, finding_id: FindingId) -> None:
        review_id = self.review_id
        assert review_id is not None
        services = self._services

        def op(progress: Progress) -> AnnotationChanged | None:
            stored = services.store().annotations(review_id).get(finding_id)
            return AnnotationChanged(review_id, stored) if stored is not None else None

        def done(change: AnnotationChanged | None) -> None:
            if change is not None:
                self._versions[finding_id] = change.annotation.version
                self.reloaded.emit(change.annotation)

        WriteOp(op=op, success=done, bus=self._bus).run_in_background(self._pool)
