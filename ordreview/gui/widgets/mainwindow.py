"""The review workspace: outline and coverage (left), draft text (centre), findings and
detail with the annotation editor (right)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ordreview.core.errors import OrdreviewError
from ordreview.core.model import Annotation, FindingId, Review, Span
from ordreview.gui import actions, labels, screenfit
from ordreview.gui.annotations import AnnotationSaver
from ordreview.gui.indent import display_indents
from ordreview.gui.models.coverage import AlignmentModel, CoverageModel
from ordreview.gui.models.findings import FindingsModel
from ordreview.gui.models.outline import OutlineModel
from ordreview.gui.models.tree import SpanRole
from ordreview.gui.operations import annotation as annotation_ops
from ordreview.gui.operations import export as export_ops
from ordreview.gui.operations import review as review_ops
from ordreview.gui.ops import FakeThreadPool, OpBus, Pool, QueryOp, make_pool
from ordreview.gui.services import RequirementLabel, Services, StoredReview
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.about import AboutDialog
from ordreview.gui.widgets.billmixin import AmendmentMixin
from ordreview.gui.widgets.coverage import CoverageView
from ordreview.gui.widgets.detail import AnnotationEditor, FindingDetail
from ordreview.gui.widgets.dialogs import Dialogs
from ordreview.gui.widgets.draftview import DraftView
from ordreview.gui.widgets.exportdialog import ExportOptions
from ordreview.gui.widgets.findings import FindingsPanel
from ordreview.gui.widgets.reviewmenu import ReviewMenuMixin
from ordreview.gui.widgets.settings import SettingsDialog

log = logging.getLogger("ordreview.gui")



class Pools:
    """The worker pools: analysis, database (one thread, as the store requires) and export.

    Attributes:
        analysis / db / export: where each kind of op runs.
    """

    def __init__(self, *, analysis: Pool, db: Pool, export: Pool) -> None:
        self.analysis = analysis
        self.db = db
        self.export = export

    @classmethod
    def threaded(cls) -> Pools:
        """Real background threads."""
        return cls(analysis=make_pool(max_threads=1), db=make_pool(max_threads=1), export=make_pool(max_threads=1))

    @classmethod
    def synchronous(cls) -> Pools:
        """Everything runs inline (tests, benches)."""
        fake = FakeThreadPool()
        return cls(analysis=fake, db=fake, export=fake)

    def wait_db(self, msecs: int) -> None:
        """Wait up to ``msecs`` for database work to finish."""
        wait = getattr(self.db, "waitForDone", None)
        if wait is not None:
            wait(msecs)


class MainWindow(AmendmentMixin, ReviewMenuMixin, QMainWindow):
    """The review window.

    Signals:
        review_shown(object): a ``Review`` was checked and is displayed.
        annotations_loaded(int): its stored review id is known and annotations are shown.
        open_failed(str): a file could not be opened (the bilingual text shown).

    Attributes:
        services / settings / pools / dialogs: collaborators passed in.
        lang: ``"ja"`` or ``"en"``, the UI language (changed by :meth:`set_language`).
        translators: the ``QTranslator`` objects installed for ``lang`` (kept alive here).
        review: the displayed review, or ``None``.
        path: the displayed draft's path, or ``None``.
    """

    review_shown = Signal(object)
    annotations_loaded = Signal(int)
    open_failed = Signal(str)

    def __init__(
        self,
        *,
        services: Services,
        settings: AppSettings,
        pools: Pools,
        dialogs: Dialogs,
        lang: str = "ja",
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.pools = pools
        self.dialogs = dialogs
        self.lang = lang
        self.review: Review | None = None
        self.path: str | None = None
        self.review_id: int | None = None
        self.requirements: list[RequirementLabel] = []
        self.bus = OpBus(self)
        self._analysis: QueryOp | None = None
        self._busy_ops = 0
        self.translators: list = []  # the installed QTranslators (kept alive; swapped by set_language)
        self._language_setting = settings.language
        self._retranslated = False
        self._suggest_changes = False  # asked at each export, for this session
        from ordreview.core.labels import set_label_numerals

        self._label_numerals = set_label_numerals(settings.label_numerals)

        self.findings_model = FindingsModel(lang=lang, parent=self)
        self.outline_model = OutlineModel(self)
        self.coverage_model = CoverageModel(lang=lang, parent=self)
        self.alignment_model = AlignmentModel(lang=lang, parent=self)

        self.saver = AnnotationSaver(
            services=services,
            pool=pools.db,
            bus=self.bus,
            reviewer=settings.reviewer,
            current=self.findings_model.annotation,
            resolve_conflict=self._resolve_conflict,
            parent=self,
        )
        self._build_ui()
        self._build_actions()
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowTitle("ordreview")
        geometry, state, splitter = settings.window_state()
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            self.restoreState(state)
            self.splitter.restoreState(splitter)
            if not screenfit.fits(self.geometry(), screenfit.available_area(self)):
                self.fit_to_screen()  # saved on a larger screen
        else:
            self.fit_to_screen()
        self._set_tab_order()
        self._update_status()

    def fit_to_screen(self, area: QRect | None = None) -> None:
        """Size the window to the screen it opens on (``area``: its available geometry) and
        share the width between the panes; used on first start and for a saved size too big."""
        area = area if area is not None else screenfit.available_area(self)
        size = screenfit.fitted_size(area)
        self.resize(size)
        self.move(area.x() + max(0, (area.width() - size.width()) // 2),
                  area.y() + max(0, (area.height() - size.height() - screenfit.FRAME.height()) // 2))
        self.splitter.setSizes(screenfit.pane_sizes(size.width()))
        self.right_splitter.setSizes([size.height() * 45 // 100, size.height() * 55 // 100])

    # ------------------------------------------------------------------ construction

    def _build_ui(self) -> None:
        self.outline = QTreeView()
        self.outline.setModel(self.outline_model)
        self.outline.setUniformRowHeights(True)
        self.outline.header().setResizeContentsPrecision(40)
        self.outline.setHeaderHidden(False)
        self.coverage = CoverageView(self.coverage_model, self.alignment_model)
        self.left = QTabWidget()
        self.left.addTab(self.outline, "")
        self.left.addTab(self.coverage, "")

        self.draft = DraftView()
        self.draft.set_font_size(self.settings.font_size)

        self.findings = FindingsPanel(self.findings_model)
        self.detail = FindingDetail()
        self.detail.lang = self.lang
        self.editor = AnnotationEditor()
        detail_box = QWidget()
        box = QVBoxLayout(detail_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail, 3)
        box.addWidget(self.editor, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.findings)
        right.addWidget(detail_box)
        right.setSizes([380, 480])
        right.setChildrenCollapsible(False)
        self.right_splitter = right

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.left)
        main.addWidget(self._bill_centre())  # the draft, under the banner of an amendment bill
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setStretchFactor(2, 1)
        main.setSizes([380, 520, 500])
        # The draft text is what the officer reads: it never collapses to a sliver.
        main.setChildrenCollapsible(False)
        self.draft.setMinimumWidth(self.draft.fontMetrics().horizontalAdvance("あ") * 14)
        self.splitter = main
        self.setCentralWidget(main)

        bar = self.statusBar()
        self.file_label = QLabel()
        self.encoding_label = QLabel()
        self.profile_label = QLabel()
        self.counts_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(self.cancel_analysis)
        # The path may be long: let it shrink (elided by the bar) rather than squeeze the facts.
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.file_label.setMinimumWidth(120)
        bar.addWidget(self.file_label, 1)
        for w in (self.encoding_label, self.profile_label, self.counts_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(w)
        self.progress.hide()
        self.cancel_button.hide()

    def _build_actions(self) -> None:
        """Actions, menus and toolbar from the tables of :mod:`ordreview.gui.actions`; then the
        submenus the window fills itself (recent files, profiles)."""
        actions.build(self)
        self._fill_recent()
        self.profile_menu.aboutToShow.connect(self._fill_profiles)
        self._fill_profiles()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the window in the current UI language (start-up and language change)."""
        actions.retranslate(self)
        self.left.setTabText(0, self.tr("構成"))
        self.left.setTabText(1, self.tr("対応状況"))
        self.cancel_button.setText(self.tr("中止"))
        for widget in (self.findings, self.editor, self.coverage):
            widget.retranslate()
        for model in (self.outline_model, self.coverage_model, self.alignment_model):
            model.retranslate()
        self.findings_model.set_language(self.lang)
        self._retranslate_bill()
        self.detail.lang = self.lang
        self.detail.retranslate()
        if self.review is not None:
            self.draft.set_findings(self.review.findings, lang=self.lang, ordinance=self.review.ordinance)
            self.outline_model.set_review(self.review)
            self.coverage_model.lang = self.alignment_model.lang = self.lang
            self.coverage_model.set_review(self.review, self.requirements)
            self.alignment_model.set_review(self.review, self.requirements)
        self._update_status()

    def set_language(self, lang: str) -> None:
        """Switch the UI to ``lang`` (``"ja"`` / ``"en"``) now, without a restart.

        Installs that language's translators in place of the current ones; Qt then sends
        ``QEvent.LanguageChange`` and :meth:`changeEvent` retranslates the window.
        """
        from PySide6.QtWidgets import QApplication

        from ordreview.gui.i18n import install_translators

        if lang == self.lang:
            return
        self.flush_annotations()
        self._retranslated = False
        app = QApplication.instance()
        for old in self.translators:
            app.removeTranslator(old)
        self.lang = lang
        self.translators = install_translators(app, lang)
        # Qt posts the LanguageChange events; deliver them now so the window is in the new
        # language when this returns (and retranslates once: Qt compresses them).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if not self._retranslated:
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslated = True
            self.retranslate()
        super().changeEvent(event)

    def _set_tab_order(self) -> None:
        """Tab goes filters → findings → status → comment → outline → draft text."""
        chain = [self.findings.point, self.findings.severity, self.findings.status, self.findings.text,
                 self.findings.table, *self.editor.status_buttons(), self.editor.comment, self.left,
                 self.outline, self.draft]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.findings.finding_selected.connect(self._finding_selected)
        self.draft.finding_clicked.connect(self.select_finding)
        self.outline.clicked.connect(lambda idx: self._jump(idx.data(SpanRole)))
        self.outline.activated.connect(lambda idx: self._jump(idx.data(SpanRole)))
        self.coverage.span_activated.connect(self._jump)
        self.editor.edited.connect(self.saver.submit)
        self.saver.saved.connect(self._annotation_saved)
        self.saver.reloaded.connect(self._annotation_reloaded)
        self.saver.failed.connect(lambda text: self.dialogs.error(self, self.tr("注釈を保存できません"), text))
        self.findings.text.returnPressed.connect(lambda: self.draft.find_text(self.findings.text.text()))
        self.outline_model.modelReset.connect(self._outline_reset)
        self._connect_bill()

    # ------------------------------------------------------------------ opening and checking

    def ask_open(self) -> None:
        """Ask for a draft and open it."""
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path = self.dialogs.open_file(self, self.tr("条例案を開く"), start, self.tr("条例案 (*.docx *.txt *.htm *.html *.pdf);;すべてのファイル (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read and check ``path`` in the background, then show it."""
        self.flush_annotations()
        if self._analysis is not None and not self._analysis.done:
            self._analysis.cancel()
        path = str(Path(path))
        started = time.perf_counter()
        op = self._analysis = review_ops.analyse_draft(parent=self, path=path, started=started)
        self._set_busy(+1, self.tr("読み込み中…"))  # after _analysis is set: shows Cancel
        op.run_in_background(self.pools.analysis)

    def recheck(self) -> None:
        """Check the open draft again (e.g. after editing it in Word)."""
        if self.path:
            self.open_file(self.path)

    def cancel_analysis(self) -> None:
        """Stop the running check."""
        if self._analysis is not None:
            self._analysis.cancel()

    def _analysis_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("チェック中 %v/%m") if total else self.tr("読み込み中…"))

    def _set_busy(self, delta: int, text: str = "") -> None:
        self._busy_ops = max(0, self._busy_ops + delta)
        busy = self._busy_ops > 0
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and self._analysis is not None and not self._analysis.done)
        if busy and text:
            self.progress.setRange(0, 0)
            self.progress.setFormat(text)

    def show_review(self, path: str, review: Review, started: float | None = None) -> None:
        """Display a checked review of ``path`` and load its stored annotations."""
        started = time.perf_counter() if started is None else started
        new_draft = self.path is None or Path(path) != Path(self.path)
        self.review = review
        self.path = path
        self.review_id = None
        if new_draft and self.findings.is_filtered():
            # A filter chosen for the previous draft would hide this one's findings unannounced.
            self.findings.clear_filters()
            self.statusBar().showMessage(self.tr("新しい条例案を開いたため、指摘の絞り込みを解除しました"), 8000)
        self.saver.set_review(None)
        self.export_review_action.setEnabled(False)
        try:
            self.requirements = self.services.requirement_labels()
        except OrdreviewError:
            self.requirements = []
        self.draft.set_text(review.ordinance.text, display_indents(review.ordinance))
        self.draft.set_findings(review.findings, lang=self.lang, ordinance=review.ordinance)
        self.findings_model.set_findings(review.findings, ordinance=review.ordinance)
        self.outline_model.set_review(review)
        self.coverage_model.set_review(review, self.requirements)
        self.alignment_model.set_review(review, self.requirements)
        self.detail.show_finding(None, ordinance=review.ordinance)
        self.editor.load(None, None)
        self.export_action.setEnabled(True)
        self.setWindowTitle(f"{Path(path).name} — ordreview")
        self.settings.add_recent_file(path)
        self._fill_recent()
        self._update_status()
        log.info("opened %s: %d findings in %.3f s", path, len(review.findings), time.perf_counter() - started)
        self.review_shown.emit(review)
        (review_ops.store_review(parent=self, review=review, path=path, reviewer=self.settings.reviewer())
         .run_in_background(self.pools.db))

    def _stored(self, review: Review, stored: StoredReview) -> None:
        if review is not self.review:  # another draft was opened meanwhile
            return
        self.review_id = stored.review_id
        self.saver.set_review(stored.review_id)
        self.export_review_action.setEnabled(True)
        self.findings_model.add_obsolete(stored.obsolete)
        self.findings_model.set_states(stored.states)
        self.findings_model.set_annotations(stored.annotations)
        current = self.findings.current_id()
        if current is not None:
            self.editor.load(current, self.findings_model.annotation(current))
            self._load_history(current)
        self._update_status()
        self.annotations_loaded.emit(stored.review_id)

    # ------------------------------------------------------------------ findings and annotations

    def select_finding(self, finding_id: str) -> None:
        """Select a finding in the list (which shows it in the text and the detail)."""
        self.findings.select(finding_id)

    def _finding_selected(self, finding_id: str) -> None:
        if not finding_id or self.review is None:
            self.editor.load(None, None)
            self.detail.show_finding(None, ordinance=None)
            return
        row = self.findings_model.row_of(FindingId(finding_id))
        if row is None:
            return
        finding = self.findings_model.finding(row)
        obsolete = self.findings_model.is_obsolete(finding.id)
        self.editor.load(finding.id, self.findings_model.annotation(finding.id))
        self.editor.setEnabled(self.review_id is not None)
        self.detail.show_finding(finding, ordinance=self.review.ordinance, obsolete=obsolete)
        self._load_history(finding.id)
        # An obsolete finding's span points into the earlier draft: nothing to show here.
        if finding.location.span is not None and not obsolete:
            self.draft.select_span(finding.location.span, finding_id=finding.id)

    def _load_history(self, finding_id: str) -> None:
        """Fetch the audit trail of ``finding_id`` for the detail pane (database worker)."""
        if self.review_id is None:
            return
        (annotation_ops.finding_history(parent=self, review_id=self.review_id, finding_id=finding_id)
         .run_in_background(self.pools.db))

    def step_open(self, step: int) -> None:
        """Go to the next (1) or previous (-1) finding that is still open."""
        if self.findings.step_open(step) is None:
            self.statusBar().showMessage(self.tr("未処理の指摘はありません"), 3000)
        elif self.findings.wrapped:
            self.statusBar().showMessage(
                self.tr("最後まで進んだので先頭に戻りました") if step > 0 else self.tr("先頭まで戻ったので最後に移りました"), 5000)

    def set_current_status(self, status: str) -> None:
        """Set the status of the selected finding."""
        if self.editor.isEnabled():
            self.editor.set_status(status)

    def _annotation_saved(self, annotation: Annotation) -> None:
        self.findings_model.update_annotation(annotation)
        self.editor.show_saved(annotation)
        if self.detail.finding_id() == annotation.finding_id:
            self._load_history(annotation.finding_id)
        self._update_status()

    def _annotation_reloaded(self, annotation: Annotation) -> None:
        self.findings_model.update_annotation(annotation)
        if self.editor.finding_id() == annotation.finding_id:
            self.editor.load(annotation.finding_id, annotation)

    def _resolve_conflict(self, mine: str, theirs: str) -> bool:
        text = (
            self.tr("この注釈は別の画面・別の担当者によって先に変更されました。")
            + "\n\n" + self.tr("あなたの内容:") + f"\n{mine}\n\n" + self.tr("保存されている内容:") + f"\n{theirs}"
        )
        return self.dialogs.keep_mine(self, self.tr("注釈の競合"), text)

    def flush_annotations(self, *, timeout_ms: int = 5000) -> None:
        """Write every pending annotation edit now and wait for the database (close, crash, export)."""
        self.editor.flush()
        deadline = time.monotonic() + timeout_ms / 1000
        while self.saver.is_busy() and time.monotonic() < deadline:
            self.pools.wait_db(50)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # ------------------------------------------------------------------ export

    def export(self) -> None:
        """Write the annotated draft and the review report (Ctrl+E)."""
        if self.review is None or self.path is None:
            return
        settings = self.settings
        asked = self.dialogs.export_options(self, ExportOptions(
            reviewer_name=settings.reviewer_name, reviewer_initials=settings.reviewer_initials,
            municipality=settings.municipality, include_info=settings.include_info,
            suggest_changes=self._suggest_changes))
        if asked is None:
            return
        # remembered for the next export here and for `ordreview export`
        settings.reviewer_name, settings.reviewer_initials = asked.reviewer_name, asked.reviewer_initials
        settings.municipality, settings.include_info = asked.municipality, asked.include_info
        self._suggest_changes = asked.suggest_changes
        folder = self.dialogs.choose_folder(self, self.tr("出力先のフォルダを選択"), str(Path(self.path).parent))
        if not folder:
            return
        self.flush_annotations()
        review, annotations, reviewer = self.review, self.findings_model.annotations(), settings.reviewer()
        earlier = [f for f in self.findings_model.findings() if self.findings_model.is_obsolete(f.id)]
        self._set_busy(+1, self.tr("Word に出力中…"))
        view = self._bill_view()  # a consolidated amendment bill: the files of `export BILL --current`
        bill = view.source if view is not None and view.review is review else None
        (export_ops.export_word(parent=self, review=review, annotations=annotations, reviewer=reviewer,
                                 folder=folder, options=asked, earlier=earlier, bill=bill)
         .run_in_background(self.pools.export))

    # ------------------------------------------------------------------ navigation, view

    def _jump(self, span: object) -> None:
        if isinstance(span, Span):
            self.draft.jump_to(span.start)

    def _outline_reset(self) -> None:
        self.outline.expandToDepth(0)
        self.outline.resizeColumnToContents(1)
        self.outline.resizeColumnToContents(2)
        # the requirement column stays readable in a narrow pane (1366×768): the article
        # captions give way (elided), never the 対応 column
        others = sum(self.outline.columnWidth(c) for c in range(1, self.outline_model.columnCount()))
        self.outline.setColumnWidth(0, max(120, min(210, self.outline.viewport().width() - others)))

    def focus_search(self) -> None:
        """Put the cursor in the search / filter box (Ctrl+F)."""
        self.findings.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.findings.text.selectAll()

    def zoom(self, step: int) -> None:
        """Make the draft text bigger or smaller by one point (saved)."""
        self.settings.font_size = self.settings.font_size + step
        self.draft.set_font_size(self.settings.font_size)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, path in enumerate(files, start=1):
            act = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))

    def _update_status(self) -> None:
        if self.review is None:
            self.file_label.setText(self.tr("ファイルを開いてください（Ctrl+O またはドラッグ＆ドロップ）"))
            for w in (self.encoding_label, self.profile_label, self.counts_label):
                w.setText("")
            return
        src = self.review.ordinance.document.source
        self.file_label.setText(src.path)
        self.encoding_label.setText(src.encoding or src.format)
        self.profile_label.setText(f"{self.review.profile_id} {self.review.profile_version}")
        choice = getattr(self.services, "last_choice", None)
        if choice is not None and choice.profile.id == self.review.profile_id:
            reason = choice.reason_en if self.settings.language == "en" else choice.reason_ja
            if choice.automatic:
                self.profile_label.setText(self.profile_label.text() + self.tr("（自動）"))
            self.profile_label.setToolTip(reason)  # which profile and why
        counts = {s: 0 for s in ("error", "warning", "info")}
        for f in self.review.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        done = sum(1 for f in self.review.findings if self.findings_model.status(f.id) not in ("unreviewed",))
        obsolete = self.findings_model.rowCount() - len(self.review.findings)
        self.counts_label.setText(
            "　".join(f"{labels.severity_text(s)} {counts[s]}" for s in ("error", "warning", "info"))
            + "　" + self.tr("確認済み %1/%2").replace("%1", str(done)).replace("%2", str(len(self.review.findings)))
            + ("　" + self.tr("廃止 %1").replace("%1", str(obsolete)) if obsolete > 0 else "")
        )

    def show_settings(self) -> None:
        """Open the settings dialog and apply what changed."""
        dialog = SettingsDialog(self.settings, self, dialogs=self.dialogs)
        if dialog.exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Apply saved settings: font size and language now; the database from the next open;
        a new profile re-checks the open draft at once (as the Review ▸ Profile menu does)."""
        from ordreview.gui.i18n import resolve_language

        self.draft.set_font_size(self.settings.font_size)
        if self.settings.label_numerals != self._label_numerals:  # labels in the numerals chosen: now
            from ordreview.core.labels import set_label_numerals

            self._label_numerals = set_label_numerals(self.settings.label_numerals)
            self.findings_model.set_language(self.lang)
            if self.review is not None:
                self.draft.set_findings(self.review.findings, lang=self.lang, ordinance=self.review.ordinance)
        if self.settings.language != self._language_setting:  # chosen in the dialog: apply now
            self._language_setting = self.settings.language
            self.set_language(resolve_language(self.settings.language))
        services, url, profile = self.services, self.settings.store_url(), self.settings.profile or None
        if url != services.db_url or profile != services.profile_id:
            new_profile = profile != services.profile_id
            review_ops.reconfigure(parent=self, profile=profile, db_url=url).run_in_background(self.pools.db)
            if new_profile and self.path:
                self.pools.wait_db(5000)  # the check must use the new profile
                self.recheck()

    def show_about(self) -> None:
        """Show version, profile and licences."""
        from ordreview.logs import log_file_path

        try:
            profile = self.services.profile_version()
        except OrdreviewError as err:
            profile = err.message_ja
        AboutDialog(profile=profile, log_path=str(log_file_path()), parent=self).exec()

    # ------------------------------------------------------------------ drag and drop, close

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_annotations()
        self.settings.set_window_state(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        if self._analysis is not None and not self._analysis.done:
            self._analysis.cancel()
        self.pools.wait_db(5000)
        self.services.close()
        super().closeEvent(event)
