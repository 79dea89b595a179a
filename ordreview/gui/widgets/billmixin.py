"""Amendment bills in the window: ask for the ordinance in force, show the consolidated text.

When the checked draft is a 一部改正条例案 (in 改め文, or a 新旧対照表 in Word), the window looks up the ordinance in force
(現行) remembered for this bill in the store, or asks for it. With it, the bill is applied and
the consolidated text reviewed on the analysis worker (the engine of ``ordreview check BILL
--current CURRENT``); the draft pane then shows the consolidated text with each amended part
marked, the 改正規定 tab lists the bill's sentences (a table's rows), and a finding, an amended line and a
sentence lead to each other. A sentence that could not be applied is a finding quoting it.
Without the ordinance in force the bill's own text stays reviewed as it is (the amendment-bill
checks), and a banner says that the consolidated review needs it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ordreview.core.model import Span
from ordreview.gui.operations import error_text
from ordreview.gui.ops import QueryOp, WriteOp
from ordreview.gui.widgets.billpanel import BillPanel, tr

if TYPE_CHECKING:
    from ordreview.core.amend.combined import BillView

log = logging.getLogger("ordreview.gui")

CURRENT_FILTER = "条例 (*.docx *.txt *.htm *.html *.pdf);;すべてのファイル (*)"


class _Banner(QFrame):
    """A frame whose word-wrapped label keeps the height its text needs at the frame's width
    (a wrapped label in a splitter pane is otherwise given one line's height and clipped)."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)

    def fit(self) -> None:
        """Give the label the height its text needs at the frame's width, and the frame the
        height of the label and the button row."""
        margins = self.contentsMargins()
        layout = self.layout()
        inner = layout.contentsMargins() if layout is not None else margins
        width = max(50, self.width() - margins.left() - margins.right() - inner.left() - inner.right())
        needed = max(0, self.text.heightForWidth(width))
        self.text.setMinimumHeight(needed)
        rest = sum(layout.itemAt(i).sizeHint().height() for i in range(1, layout.count())) if layout is not None else 0
        spacing = layout.spacing() if layout is not None else 0
        self.setMinimumHeight(needed + rest + spacing + inner.top() + inner.bottom() + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


@dataclass
class BillState:
    """The open bill: its path, its form (``"aratame"`` / ``"table"``), the ordinance in force
    chosen for it (or ``None``) and, once consolidated, its :class:`BillView`. A new choice that
    fails keeps the view shown."""

    path: str
    kind: str
    current: str | None = None
    view: BillView | None = None
    pending: str | None = None  # the ordinance in force being applied (until the view arrives)


class AmendmentMixin:
    """The window's handling of amendment bills (mixed into ``MainWindow``)."""

    bill: BillState | None = None

    # ------------------------------------------------------------------ construction

    def _bill_centre(self: Any) -> QWidget:
        """The draft pane with the bill's banner above it; adds the 改正規定 tab (hidden)."""
        self.bill = None
        self.bill_banner = _Banner()
        self.bill_banner.setObjectName("billBanner")
        self.bill_banner.setStyleSheet("#billBanner { background: #fff8e1; border: 1px solid #e0c060; }")
        self.bill_banner_text = self.bill_banner.text
        self.bill_banner_button = QPushButton()
        self.bill_banner_button.clicked.connect(self.ask_current)
        column = QVBoxLayout(self.bill_banner)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.bill_banner_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.bill_banner_button)
        column.addLayout(row)
        self.bill_banner.hide()
        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.bill_banner)
        box.addWidget(self.draft, 1)
        centre.setMinimumWidth(self.draft.minimumWidth())
        self.bill_panel = BillPanel()
        self.bill_tab = self.left.addTab(self.bill_panel, tr("改正規定"))
        self.left.setTabVisible(self.bill_tab, False)
        return centre

    def _connect_bill(self: Any) -> None:
        self.bill_panel.sentence_selected.connect(self._bill_sentence_selected)
        self.bill_panel.current_requested.connect(self.ask_current)
        self.draft.text_clicked.connect(self._bill_text_clicked)
        self.findings.finding_selected.connect(self._bill_finding_selected)

    def _retranslate_bill(self: Any) -> None:
        self.left.setTabText(self.bill_tab, tr("改正規定"))
        self.bill_panel.retranslate()
        self._update_bill_banner()

    # ------------------------------------------------------------------ the flow

    def bill_checked(self: Any, path: str, kind: str | None) -> None:
        """The draft at ``path`` was checked: an amendment bill of ``kind`` or not one (``None``)."""
        if kind is None:
            self.bill = None
            self.left.setTabVisible(self.bill_tab, False)
            self.bill_banner.hide()
            return
        self.bill = BillState(path=path, kind=kind)
        self.left.setTabVisible(self.bill_tab, True)
        self._update_bill_banner()
        (QueryOp(op=lambda _p: self.services.bill_current(path), success=lambda current: self._bill_remembered(path, current))
         .failure(lambda err: self._bill_remembered(path, None))
         .run_in_background(self.pools.db))

    def _bill_remembered(self: Any, path: str, current: str | None) -> None:
        if self.bill is None or self.bill.path != path:
            return  # another draft was opened meanwhile
        if current and Path(current).is_file():
            self._consolidate(current)
        else:
            if current:
                self.statusBar().showMessage(
                    tr("前回指定した現行条例が見つかりません: %1").replace("%1", current), 10000)
            self.ask_current()

    def ask_current(self: Any) -> None:
        """Ask for the ordinance in force the open bill amends and consolidate (it is remembered
        for the bill once the bill could be applied to it)."""
        bill = self.bill
        if bill is None:
            return
        start = str(Path(bill.current).parent) if bill.current else str(Path(bill.path).parent)
        current = self.dialogs.open_file(self, tr("現行条例（この改正案が改正する条例）を選択"), start, tr(CURRENT_FILTER))
        if not current:
            self._update_bill_banner()
            return
        self._consolidate(str(Path(current)))

    def _consolidate(self: Any, current: str) -> None:
        bill = self.bill
        assert bill is not None
        bill.pending = current
        self._update_bill_banner(working=True)
        path, kind = bill.path, bill.kind
        op = self._analysis = (
            QueryOp(op=lambda progress: self.services.review_amendment(path, current, progress, kind=kind),
                    success=lambda view: self._show_bill_view(path, view))
            .failure(lambda err: self._consolidate_failed(path, current, err))
            .with_progress(self._analysis_progress)
            .finally_(lambda: self._consolidation_ended(path))
        )
        self._set_busy(+1, tr("現行条例に溶け込ませています…"))
        op.run_in_background(self.pools.analysis)

    def _consolidation_ended(self: Any, path: str) -> None:
        """Succeeded, failed or cancelled: the banner no longer says it is working."""
        self._set_busy(-1)
        if self.bill is not None and self.bill.path == path:
            self.bill.pending = None
            self._update_bill_banner()

    def _consolidate_failed(self: Any, path: str, current: str, err: BaseException) -> None:
        if self.bill is None or self.bill.path != path:
            return
        self.bill.pending = None
        self._update_bill_banner()
        if not hasattr(err, "message_ja"):
            log.error("could not consolidate %s into %s", path, current, exc_info=err)
        self.dialogs.error(self, tr("現行条例に溶け込ませることができません"), f"{Path(current).name}\n\n{error_text(err)}")

    def _show_bill_view(self: Any, path: str, view: BillView) -> None:
        if self.bill is None or self.bill.path != path:
            return
        bill = self.bill
        self.show_review(path, view.review)
        bill.current, bill.view, bill.pending = view.current_path, view, None
        current = view.current_path  # remembered for this bill once it could be applied
        (WriteOp(op=lambda _p: self.services.set_bill_current(path, current), success=lambda _c: None, bus=self.bus)
         .failure(lambda err: log.warning("could not remember the ordinance in force: %s", err))
         .run_in_background(self.pools.db))
        notes = []
        for s in view.sentences:
            note = self._unit_label(s.number) + f"　{s.text}"
            notes.extend((span, note) for span in s.changes)
        self.draft.set_changes(notes)
        if view.unit == "row":
            header = tr("%1\n現行条例: %2\n新旧対照表 %3 行（反映できない行又は誤りのある行 %4 行）")
        else:
            header = tr("%1\n現行条例: %2\n改正規定 %3 件（適用できないもの %4 件）")
        header = (header.replace("%1", view.bill_title).replace("%2", view.current_path)
                  .replace("%3", str(len(view.sentences))).replace("%4", str(view.failed)))
        full = (lambda s: s.body) if view.unit == "row" else (lambda s: s.text + (f"\n{s.body}" if s.body else ""))
        self.bill_panel.show_sentences(header, [(s.number, s.text, full(s), s.applied) for s in view.sentences],
                                       label=self._unit_label)
        self._update_bill_banner()

    def _update_bill_banner(self: Any, *, working: bool = False) -> None:
        bill = self.bill
        if bill is None:
            self.bill_banner.hide()
            return
        self.bill_banner.show()
        self.bill_banner_button.setText(tr("現行条例を変更…") if bill.view is not None else tr("現行条例を指定…"))
        self.bill_panel.choose.setText(self.bill_banner_button.text())
        if working:
            text = tr("現行条例「%1」に改正規定を溶け込ませて審査しています…").replace("%1", Path(bill.pending or "").name)
        elif bill.view is not None and bill.view.unit == "row":
            view = bill.view
            text = (tr("新旧対照表の改正後欄を現行条例「%1」に溶け込ませた改正後の全文を表示しています。"
                       "改正された部分は緑の帯で示し、クリックするとその表の行を表示します。"
                       "表 %2 行のうち、反映できない行又は誤りのある行 %3 行。")
                    .replace("%1", Path(view.current_path).name).replace("%2", str(len(view.sentences)))
                    .replace("%3", str(view.failed)))
        elif bill.view is not None:
            view = bill.view
            text = (tr("現行条例「%1」に改正規定を溶け込ませた改正後の全文を表示しています。"
                       "改正された部分は緑の帯で示し、クリックするとその改正規定を表示します。"
                       "改正規定 %2 件のうち、適用できないもの %3 件。")
                    .replace("%1", Path(view.current_path).name).replace("%2", str(len(view.sentences)))
                    .replace("%3", str(view.failed)))
        else:
            text = tr("この条例案は一部改正条例案です。現行条例が指定されていないため、改正案そのものの形式のみを審査しています。"
                      "改正後の条例全体（溶け込み）の審査には、改正される現行条例が必要です。")
            self.bill_panel.show_message(text)
        self.bill_banner_text.setText(text)
        self.bill_banner.fit()

    def _unit_label(self: Any, number: int) -> str:
        """「改正規定N」, or 「表N行目」 for a 新旧対照表 bill."""
        view = self._bill_view()
        if view is not None and view.unit == "row":
            return tr("表%1行目").replace("%1", str(number))
        return tr("改正規定%1").replace("%1", str(number))

    # ------------------------------------------------------------------ links: finding ↔ sentence ↔ text

    def _bill_view(self: Any) -> BillView | None:
        return self.bill.view if self.bill is not None else None

    def _bill_finding_selected(self: Any, finding_id: str) -> None:
        view = self._bill_view()
        if view is None or not finding_id:
            return
        number = view.sentence_of.get(finding_id)
        self.bill_panel.select_sentence(number)
        if number is None:
            return
        sentence = next((s for s in view.sentences if s.number == number), None)
        if sentence is not None:  # the detail names the sentence (row) that wrote the text
            title = tr("この箇所を書いた新旧対照表の行") if view.unit == "row" else tr("この箇所を書いた改正規定")
            self.detail.set_origin(finding_id, title, f"{self._unit_label(number)}　{sentence.text}")
        row = self.findings_model.row_of(finding_id)
        finding = self.findings_model.finding(row) if row is not None else None
        if finding is not None and finding.location.span is None:
            # a sentence that could not be applied: show the provision it names
            article = self.review.ordinance.article(finding.location.article) if finding.location.article else None
            if article is not None:
                self.draft.jump_to(article.span.start)

    def _bill_text_clicked(self: Any, offset: int) -> None:
        view = self._bill_view()
        if view is None:
            return
        number = view.sentence_at(offset)
        if number is not None:
            self.bill_panel.select_sentence(number)
            self.left.setCurrentWidget(self.bill_panel)

    def _bill_sentence_selected(self: Any, number: int) -> None:
        view = self._bill_view()
        if view is None:
            return
        sentence = next((s for s in view.sentences if s.number == number), None)
        if sentence is None:
            return
        if sentence.changes:
            first = sentence.changes[0]
            self.draft.show_span(Span(first.start, first.end))
        failed = [fid for fid, n in view.sentence_of.items() if n == number
                  and any(f.id == fid and f.location.span is None for f in view.review.findings)]
        if failed:
            self.select_finding(failed[0])
        elif not sentence.changes:
            self.statusBar().showMessage(
                tr("%1によって書かれた行はありません。").replace("%1", self._unit_label(number)), 5000)
