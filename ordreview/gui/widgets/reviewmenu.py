"""The window's File and Review menu commands for sharing a review and choosing the profile.

Split out of ``mainwindow.py`` (kept under ~800 lines) as a mixin of :class:`MainWindow`:
it uses the window's ``services``, ``settings``, ``pools``, ``dialogs``, ``review``,
``review_id`` and ``path``. Texts use the ``MainWindow`` translation context.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup

from ordreview.core.errors import OrdreviewError
from ordreview.gui.ops import QueryOp, WriteOp

if TYPE_CHECKING:
    from ordreview.gui.widgets.mainwindow import MainWindow

log = logging.getLogger("ordreview.gui")



def error_text(err: BaseException) -> str:
    """Japanese then English for our errors; the type and text for anything else."""
    return f"{err.message_ja}\n\n{err.message_en}" if isinstance(err, OrdreviewError) else f"{type(err).__name__}: {err}"


class ReviewMenuMixin:
    """Export/import of the portable review file and the profile chooser of :class:`MainWindow`."""

    # ------------------------------------------------------------------ portable review file

    def export_review_file(self: MainWindow) -> None:
        """Write the stored review (findings, notes, history) to one file for a colleague."""
        if self.review_id is None or self.path is None:
            return
        start = str(Path(self.path).with_name(f"{Path(self.path).stem}_review.json"))
        target = self.dialogs.save_file(self, QCoreApplication.translate("MainWindow", "レビューファイルを書き出す"), start,
                                        QCoreApplication.translate("MainWindow", "レビューファイル (*.json)"))
        if not target:
            return
        self.flush_annotations()
        review_id, services = self.review_id, self.services
        (
            QueryOp(op=lambda _p: services.export_review_file(review_id, target),
                    success=lambda path: self.dialogs.info(
                        self, QCoreApplication.translate("MainWindow", "書き出しました"),
                        str(path) + "\n\n" + QCoreApplication.translate("MainWindow", "別のネットワークの担当者は「レビューファイルを読み込む」で取り込めます。")))
            .failure(lambda err: self.dialogs.error(self, QCoreApplication.translate("MainWindow", "書き出せません"), error_text(err)))
            .run_in_background(self.pools.db)
        )

    def import_review_file(self: MainWindow) -> None:
        """Import a colleague's review file; its notes show when its draft is (or is already) open."""
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        source = self.dialogs.open_file(self, QCoreApplication.translate("MainWindow", "レビューファイルを読み込む"), start,
                                        QCoreApplication.translate("MainWindow", "レビューファイル (*.json);;すべてのファイル (*)"))
        if not source:
            return
        self.flush_annotations()
        services = self.services
        (
            WriteOp(op=lambda _p: services.import_review_file(source), success=self._imported, bus=self.bus)
            .failure(lambda err: self.dialogs.error(self, QCoreApplication.translate("MainWindow", "読み込めません"), error_text(err)))
            .run_in_background(self.pools.db)
        )

    def _imported(self: MainWindow, summary: object) -> None:
        review = self.review
        title = getattr(summary, "title", "")
        if review is not None and self.path is not None and getattr(summary, "sha256", None) == review.ordinance.document.source.sha256:
            self.show_review(self.path, review)  # the newest stored review of this file is the imported one
            self.dialogs.info(self, QCoreApplication.translate("MainWindow", "読み込みました"), QCoreApplication.translate("MainWindow", "「%1」のレビューを読み込み、表示しました。").replace("%1", title))
            return
        name = Path(str(getattr(summary, "source_path", ""))).name
        self.dialogs.info(
            self, QCoreApplication.translate("MainWindow", "読み込みました"),
            QCoreApplication.translate("MainWindow", "「%1」のレビューを読み込みました。同じ条例案（%2）を開くと、注釈が表示されます。")
            .replace("%1", title).replace("%2", name),
        )

    # ------------------------------------------------------------------ resolved by hand

    def toggle_resolved(self: MainWindow) -> None:
        """Mark the selected finding resolved (closed by the officer), or open again (Ctrl+R)."""
        fid = self.findings.current_id()
        review_id, services = self.review_id, self.services
        if fid is None or review_id is None or self.findings_model.is_obsolete(fid):
            return  # an obsolete finding keeps its state
        state = "open" if self.findings_model.state(fid) == "resolved" else "resolved"
        (
            WriteOp(op=lambda _p: services.set_finding_state(review_id, fid, state),
                    success=lambda new: self._state_saved(fid, new), bus=self.bus)
            .failure(lambda err: self.dialogs.error(
                self, QCoreApplication.translate("MainWindow", "状態を変更できません"), error_text(err)))
            .run_in_background(self.pools.db)
        )

    def _state_saved(self: MainWindow, finding_id: str, state: str) -> None:
        self.findings_model.set_states({finding_id: state})
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "解決済みにしました") if state == "resolved"
            else QCoreApplication.translate("MainWindow", "未解決に戻しました"), 3000)

    # ------------------------------------------------------------------ profile

    def _fill_profiles(self: MainWindow) -> None:
        from ordreview.gui.services import profile_choices

        self.profile_menu.clear()
        current = self.settings.profile or ""
        group = QActionGroup(self.profile_menu)
        try:
            choices = profile_choices(self.settings.profiles_dir)
        except OrdreviewError as err:  # a broken profiles folder must not break the menu
            log.warning("profiles unavailable: %s", err)
            choices = []
        auto = QCoreApplication.translate("MainWindow", "自動（条例案から判定）")
        for ident, label in [("", auto), *choices]:  # "" = chosen from each draft (core.choose)
            act = self.profile_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(ident == current)
            act.setData(ident)
            act.setToolTip(ident)
            group.addAction(act)
            act.triggered.connect(lambda _c=False, i=ident: self.choose_profile(i))
        self.profile_menu.setToolTipsVisible(True)

    def choose_profile(self: MainWindow, ident: str) -> None:
        """Review against another profile (saved in the settings) and check the open draft again."""
        self.settings.profile = ident  # "" = automatic; a named profile overrides the choice
        services, profile = self.services, self.settings.profile or None
        (
            WriteOp(op=lambda _p: services.reconfigure(db_url=services.db_url, profile_id=profile), success=lambda _r: None)
            .run_in_background(self.pools.db)
        )
        self.pools.wait_db(5000)  # the next check must use the new profile
        self.recheck()
