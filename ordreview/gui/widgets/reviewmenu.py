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
from ordreview.gui.operations import annotation as annotation_ops
from ordreview.gui.operations import export as export_ops
from ordreview.gui.operations import review as review_ops

if TYPE_CHECKING:
    from ordreview.gui.widgets.mainwindow import MainWindow

log = logging.getLogger("ordreview.gui")



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
        export_ops.write_review_file(parent=self, review_id=self.review_id, target=target).run_in_background(self.pools.db)

    def import_review_file(self: MainWindow) -> None:
        """Import a colleague's review file; its notes show when its draft is (or is already) open."""
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        source = self.dialogs.open_file(self, QCoreApplication.translate("MainWindow", "レビューファイルを読み込む"), start,
                                        QCoreApplication.translate("MainWindow", "レビューファイル (*.json);;すべてのファイル (*)"))
        if not source:
            return
        self.flush_annotations()
        export_ops.read_review_file(parent=self, source=source).run_in_background(self.pools.db)

    # ------------------------------------------------------------------ resolved by hand

    def toggle_resolved(self: MainWindow) -> None:
        """Mark the selected finding resolved (closed by the officer), or open again (Ctrl+D, see gui/actions.py)."""
        fid = self.findings.current_id()
        review_id = self.review_id
        if fid is None or review_id is None or self.findings_model.is_obsolete(fid):
            return  # an obsolete finding keeps its state
        state = "open" if self.findings_model.state(fid) == "resolved" else "resolved"
        (annotation_ops.set_finding_state(parent=self, review_id=review_id, finding_id=fid, state=state)
         .run_in_background(self.pools.db))

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
        review_ops.reconfigure(parent=self, profile=self.settings.profile or None).run_in_background(self.pools.db)
        self.pools.wait_db(5000)  # the next check must use the new profile
        self.recheck()
