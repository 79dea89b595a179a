"""Checking a draft, storing its review, and changing the profile."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ordreview.core.errors import OrdreviewError
from ordreview.gui.operations import error_text
from ordreview.gui.ops import QueryOp, WriteOp

if TYPE_CHECKING:
    from ordreview.core.model import Review
    from ordreview.gui.services import StoredReview
    from ordreview.gui.widgets.mainwindow import MainWindow

log = logging.getLogger("ordreview.gui")


def analyse_draft(*, parent: MainWindow, path: str, started: float) -> QueryOp[tuple[Review, str | None]]:
    """Read and check ``path`` (cancellable, with progress); show the review, or say why not.

    An amendment bill is told as well (``Services.bill_kind``): the window then goes on to
    its ordinance in force (``MainWindow.bill_checked``)."""

    def analyse(progress):  # type: ignore[no-untyped-def]
        review = parent.services.analyse(path, progress)
        return review, parent.services.bill_kind(path, review)

    def show(result: tuple[Review, str | None]) -> None:
        parent.show_review(path, result[0], started)
        parent.bill_checked(path, result[1])

    return (
        QueryOp(op=analyse, success=show)
        .failure(lambda err: _open_failed(parent, path, err))
        .with_progress(parent._analysis_progress)
        .finally_(lambda: parent._set_busy(-1))
    )


def _open_failed(parent: MainWindow, path: str, err: BaseException) -> None:
    if isinstance(err, OrdreviewError):
        text = f"{err.message_ja}\n\n{err.message_en}"
    else:
        from ordreview.logs import log_file_path

        log.error("could not open %s", path, exc_info=err)
        text = (
            f"ファイルを開く途中で予期しないエラーが発生しました（{type(err).__name__}）。ログ: {log_file_path()}\n\n"
            f"An unexpected error occurred while opening the file ({type(err).__name__}). Log: {log_file_path()}"
        )
    parent.open_failed.emit(text)
    parent.dialogs.error(parent, QCoreApplication.translate("MainWindow", "ファイルを開けません"), f"{Path(path).name}\n\n{text}")


def store_review(*, parent: MainWindow, review: Review, path: str, reviewer: str) -> WriteOp[StoredReview]:
    """Store the checked review (carrying annotations over); the window then loads them."""
    services = parent.services
    return (
        WriteOp(op=lambda _p: services.open_review(review, reviewer=reviewer, source_path=path),
                success=lambda stored: parent._stored(review, stored), bus=parent.bus)
        .failure(lambda err: _store_failed(parent, err))
    )


def _store_failed(parent: MainWindow, err: BaseException) -> None:
    log.error("store unavailable", exc_info=err)
    parent.dialogs.error(
        parent, QCoreApplication.translate("MainWindow", "レビューを保存できません"),
        error_text(err) + "\n\n" + QCoreApplication.translate("MainWindow", "注釈は保存されません。設定の保存先を確認してください。"),
    )


def reconfigure(*, parent: MainWindow, profile: str | None, db_url: str | None = None) -> WriteOp[object]:
    """Point the engine at ``profile`` (``None``: chosen from each draft) and at the database
    ``db_url`` (``None``: the current one)."""
    services = parent.services
    return WriteOp(op=lambda _p: services.reconfigure(db_url=services.db_url if db_url is None else db_url,
                                                      profile_id=profile),
                   success=lambda _r: None)
