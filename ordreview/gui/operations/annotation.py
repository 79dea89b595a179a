"""A finding's audit trail and its resolved/open state."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ordreview.core.model import FindingId
from ordreview.gui.operations import error_text
from ordreview.gui.ops import QueryOp, WriteOp

if TYPE_CHECKING:
    from ordreview.gui.widgets.mainwindow import MainWindow

log = logging.getLogger("ordreview.gui")


def finding_history(*, parent: MainWindow, review_id: int, finding_id: str) -> QueryOp[list]:
    """Fetch the audit trail of ``finding_id`` for the detail pane (logged if unavailable)."""
    services = parent.services
    return (
        QueryOp(op=lambda _p: services.history(review_id, FindingId(finding_id)),
                success=lambda entries: parent.detail.set_history(finding_id, entries))
        .failure(lambda err: log.warning("history of %s unavailable: %s", finding_id, err))
    )


def set_finding_state(*, parent: MainWindow, review_id: int, finding_id: str, state: str) -> WriteOp[str]:
    """Mark ``finding_id`` resolved or open again; the list and the status bar show the result."""
    services = parent.services
    return (
        WriteOp(op=lambda _p: services.set_finding_state(review_id, finding_id, state),
                success=lambda new: _state_saved(parent, finding_id, new), bus=parent.bus)
        .failure(lambda err: parent.dialogs.error(
            parent, QCoreApplication.translate("MainWindow", "状態を変更できません"), error_text(err)))
    )


def _state_saved(parent: MainWindow, finding_id: str, state: str) -> None:
    parent.findings_model.set_states({finding_id: state})
    parent.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "解決済みにしました") if state == "resolved"
        else QCoreApplication.translate("MainWindow", "未解決に戻しました"), 3000)
