"""The Word files (annotated draft and review report) and the portable review file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ordreview.gui.operations import error_text
from ordreview.gui.ops import QueryOp, WriteOp

if TYPE_CHECKING:
    from ordreview.core.model import Annotation, Finding, Review
    from ordreview.gui.services import ExportResult
    from ordreview.gui.widgets.exportdialog import ExportOptions
    from ordreview.gui.widgets.mainwindow import MainWindow


def export_word(*, parent: MainWindow, review: Review, annotations: dict[str, Annotation], reviewer: str,
                folder: str, options: ExportOptions, earlier: list[Finding], bill: object = None) -> QueryOp[ExportResult]:
    """Write the annotated draft and the report into ``folder`` (progress in the status bar); for a
    consolidated amendment bill (``bill``: ``BillView.source``) the files of ``ordreview export
    BILL --current CURRENT``."""
    services = parent.services
    return (
        QueryOp(op=lambda p: services.export(review=review, annotations=annotations, reviewer=reviewer,
                                             folder=Path(folder), progress=p, municipality=options.municipality,
                                             include_info=options.include_info,
                                             suggest_changes=options.suggest_changes, earlier=earlier,
                                             bill=bill),
                success=lambda result: parent.dialogs.info(
                    parent, QCoreApplication.translate("MainWindow", "出力しました"), "\n".join(str(p) for p in result.paths())))
        .failure(lambda err: parent.dialogs.error(
            parent, QCoreApplication.translate("MainWindow", "出力できません"), error_text(err)))
        .with_progress(lambda d, t, _l: (parent.progress.setRange(0, t), parent.progress.setValue(d)))
        .finally_(lambda: parent._set_busy(-1))
    )


def write_review_file(*, parent: MainWindow, review_id: int, target: str) -> QueryOp[Path]:
    """Write the stored review (findings, notes, history) to ``target`` for a colleague."""
    services = parent.services
    return (
        QueryOp(op=lambda _p: services.export_review_file(review_id, target),
                success=lambda path: parent.dialogs.info(
                    parent, QCoreApplication.translate("MainWindow", "書き出しました"),
                    str(path) + "\n\n" + QCoreApplication.translate("MainWindow", "別のネットワークの担当者は「レビューファイルを読み込む」で取り込めます。")))
        .failure(lambda err: parent.dialogs.error(parent, QCoreApplication.translate("MainWindow", "書き出せません"), error_text(err)))
    )


def read_review_file(*, parent: MainWindow, source: str) -> WriteOp[object]:
    """Import a colleague's review file; its notes show when its draft is (or is already) open."""
    services = parent.services
    return (
        WriteOp(op=lambda _p: services.import_review_file(source), success=lambda summary: _imported(parent, summary),
                bus=parent.bus)
        .failure(lambda err: parent.dialogs.error(parent, QCoreApplication.translate("MainWindow", "読み込めません"), error_text(err)))
    )


def _imported(parent: MainWindow, summary: object) -> None:
    review = parent.review
    title = getattr(summary, "title", "")
    if review is not None and parent.path is not None and getattr(summary, "sha256", None) == review.ordinance.document.source.sha256:
        parent.show_review(parent.path, review)  # the newest stored review of this file is the imported one
        parent.dialogs.info(parent, QCoreApplication.translate("MainWindow", "読み込みました"),
                            QCoreApplication.translate("MainWindow", "「%1」のレビューを読み込み、表示しました。").replace("%1", title))
        return
    name = Path(str(getattr(summary, "source_path", ""))).name
    parent.dialogs.info(
        parent, QCoreApplication.translate("MainWindow", "読み込みました"),
        QCoreApplication.translate("MainWindow", "「%1」のレビューを読み込みました。同じ条例案（%2）を開くと、注釈が表示されます。")
        .replace("%1", title).replace("%2", name),
    )
