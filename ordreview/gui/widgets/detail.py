"""The finding detail (explanation, statute, policy, suggestion, definition diff) and the
annotation editor (status + comment, saved while the officer types)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ordreview.core.model import ANNOTATION_STATUSES, Annotation, Comparison, Finding, Ordinance
from ordreview.core.provision_edits import is_wording
from ordreview.gui import labels

if TYPE_CHECKING:
    from ordreview.store import HistoryEntry

DEBOUNCE_MS = 1500
"""The pause after the last keystroke that settles a comment (saved, and one history entry).

Long enough for a pause between phrases typed through the input method, so that the history
records what the officer settled on, not each half-typed state; leaving the
comment box saves at once."""

_DEL_STYLE = "background-color:#ffd6d6; text-decoration:underline;"
_INS_STYLE = "background-color:#d4f4d4; text-decoration:underline;"


def _marked(text: str, ranges: list[tuple[int, int, bool]], style: str) -> str:
    out = []
    for start, end, changed in ranges:
        piece = escape(text[start:end]).replace("\n", "<br>")
        out.append(f'<span style="{style}">{piece}</span>' if changed and piece else piece)
    return "".join(out)


def comparison_html(comparison: Comparison, *, draft_label: str) -> str:
    """A two-column table: the draft's wording and the statute's, differences underlined and shaded."""
    left = [(c.start_a, c.end_a, c.tag != "equal") for c in comparison.chunks]
    right = [(c.start_b, c.end_b, c.tag != "equal") for c in comparison.chunks]
    if not comparison.chunks:
        left = [(0, len(comparison.draft), False)]
        right = [(0, len(comparison.statute), False)]
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" border="1" style="border-collapse:collapse; border-color:#bbbbbb;">'
        f'<tr><th width="50%" bgcolor="#eeeeee">{escape(draft_label)}</th>'
        f'<th width="50%" bgcolor="#eeeeee">{escape(comparison.statute_ref)}</th></tr>'
        f'<tr><td valign="top">{_marked(comparison.draft, left, _DEL_STYLE)}</td>'
        f'<td valign="top">{_marked(comparison.statute, right, _INS_STYLE)}</td></tr></table>'
    )


def mnemonic_label(label: str, key: str, fallback: str = "") -> str:
    """``label`` with an access key: in an English label the first of ``key`` and then of the
    ``fallback`` letters it contains is underlined in place (``"&Needs fixing"``, ``"No&t
    reviewed"``), never appended in brackets; a Japanese label gets ``"要修正(&N)"``."""
    if not label.isascii():
        return f"{label}(&{key})"
    for letter in key + fallback:
        at = label.lower().find(letter.lower())
        if at >= 0:
            return f"{label[:at]}&{label[at:]}"
    return f"&{label}"


def local_time(at: str, *, tz: object = None) -> str:
    """An ISO 8601 UTC time from the store as local ``YYYY-MM-DD HH:MM`` (``tz=None``: the PC's zone)."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")  # type: ignore[arg-type]


def history_html(entries: Sequence[HistoryEntry], *, tz: object = None) -> str:
    """The audit trail of one finding as a table: when, who, status change, comment."""
    rows = []
    for h in entries:
        old = labels.status_label(h.old_status) if h.old_status else ""
        status = f"{escape(old)} → {escape(labels.status_label(h.new_status))}" if old and h.old_status != h.new_status \
            else escape(labels.status_label(h.new_status))
        comment = escape(h.new_comment).replace("\n", "<br>") if h.new_comment != (h.old_comment or "") else ""
        rows.append(f"<tr><td>{escape(local_time(h.at, tz=tz))}</td><td>{escape(h.author)}</td>"
                    f"<td>{status}</td><td>{comment}</td></tr>")
    head = "".join(f'<th bgcolor="#eeeeee">{escape(t)}</th>' for t in (
        QCoreApplication.translate("FindingDetail", "日時"),
        QCoreApplication.translate("FindingDetail", "担当者"),
        QCoreApplication.translate("FindingDetail", "状態"),
        QCoreApplication.translate("FindingDetail", "コメント（変更後）"),
    ))
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-collapse:collapse; border-color:#bbbbbb;"><tr>{head}</tr>{"".join(rows)}</table>')


class FindingDetail(QTextBrowser):
    """Read-only rich text describing one finding, with its annotation history below.

    Attributes:
        lang: ``"ja"`` or ``"en"``, the language of messages and place labels. Read/write.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.lang = "ja"
        self._finding_id: str | None = None
        self._shown: tuple[Finding | None, Ordinance | None, bool] = (None, None, False)
        self._body = ""
        self._history: list[HistoryEntry] = []
        self._origin: tuple[str, str] | None = None
        self.show_finding(None, ordinance=None)

    def finding_id(self) -> str | None:
        """The finding shown, or ``None``."""
        return self._finding_id

    def history(self) -> list[HistoryEntry]:
        """The audit trail shown for the current finding."""
        return list(self._history)

    def retranslate(self) -> None:
        """Describe the shown finding again in the current language (its history is kept)."""
        history, origin = self._history, self._origin
        finding, ordinance, obsolete = self._shown
        self.show_finding(finding, ordinance=ordinance, obsolete=obsolete)
        self._history, self._origin = history, origin
        self._render()

    def set_history(self, finding_id: str, entries: Sequence[HistoryEntry]) -> None:
        """Show the audit trail of ``finding_id`` (ignored if another finding is shown now)."""
        if finding_id != self._finding_id:
            return
        self._history = list(entries)
        self._render()

    def set_origin(self, finding_id: str, title: str, text: str) -> None:
        """Show where the text of ``finding_id`` came from (for a consolidated amendment bill, the
        amending sentence or table row that wrote it) under ``title``; ignored if another finding
        is shown now. Cleared when another finding is shown."""
        if finding_id != self._finding_id or not text:
            return
        self._origin = (title, text)
        self._render()

    def origin(self) -> tuple[str, str] | None:
        """The (title, text) of the origin shown for the current finding, or ``None``."""
        return self._origin

    def _render(self) -> None:
        html = self._body
        if self._finding_id is not None and self._origin is not None:
            title, text = self._origin
            html += f"<h4>{escape(title)}</h4><p>{escape(text).replace(chr(10), '<br>')}</p>"
        if self._finding_id is not None:
            heading = self.tr("変更履歴")
            html += f"<h4>{escape(heading)}</h4>"
            if self._history:
                html += history_html(self._history)
            else:
                empty = self.tr("まだ注釈はありません。")
                html += f'<p style="color:#666666;">{escape(empty)}</p>'
        self.setHtml(html)

    def show_finding(self, finding: Finding | None, *, ordinance: Ordinance | None, obsolete: bool = False) -> None:
        """Describe ``finding`` (``None`` shows a hint); ``obsolete``: from an earlier revision."""
        self._history = []
        self._origin = None
        self._shown = (finding, ordinance, obsolete)
        if finding is None:
            self._finding_id = None
            hint = self.tr("指摘を選択すると、ここに説明・根拠・修正案が表示されます。")
            self._body = f'<p style="color:#666666;">{escape(hint)}</p>'
            self._render()
            return
        self._finding_id = finding.id
        colour = labels.SEVERITY_COLOURS.get(finding.severity, "#444444")
        place = (labels.earlier_place(finding, ordinance, self.lang) if obsolete
                 else labels.place_label(ordinance, finding, self.lang))
        parts = [
            f'<p><b style="color:{colour};">{escape(labels.severity_text(finding.severity))}</b>　'
            f'{escape(finding.requirement or "")}　{escape(place)}</p>',
        ]
        if obsolete:
            note = self.tr("廃止: 以前の版の条例案で出された指摘です。この条例案では出ていません。注釈と履歴は残してあります。")
            parts.append(f'<p style="background-color:#eeeeee; color:#444444;">{escape(note)}</p>')
        parts.append(f'<p style="font-size:large;">{escape(labels.message(finding, self.lang, ordinance))}</p>')

        def section(title: str, body: str) -> None:
            if body:
                parts.append(f"<h4>{escape(title)}</h4><p>{escape(body).replace(chr(10), '<br>')}</p>")

        if finding.comparison is not None:  # first: for a definition the diff is the point
            cmp = finding.comparison
            label = cmp.label_en if self.lang == "en" else cmp.label_ja
            heading = self.tr("定義の比較")
            legend = self.tr("下線と背景色: 法律の規定と異なる部分")
            parts.append(f"<h4>{escape(heading)}（{escape(label)}）</h4>")
            parts.append(comparison_html(cmp, draft_label=self.tr("条例案")))
            parts.append(f'<p style="color:#555555;">{escape(legend)}</p>')
        advice = finding.suggestion.strip()
        if advice and not is_wording(advice):  # advice in brackets: what to decide
            section(self.tr("対応"), advice[1:-1])
        else:
            section(self.tr("修正案"), finding.suggestion)
        section(self.tr("根拠法令"), finding.statute)
        section(self.tr("基本方針の該当箇所"), finding.policy)
        if finding.anchor_text:
            section(self.tr("該当箇所"), finding.anchor_text[:400] + ("…" if len(finding.anchor_text) > 400 else ""))
        self._body = "".join(parts)
        self._render()


class AnnotationEditor(QWidget):
    """Status radio buttons and a comment box; ``edited`` fires after a pause in typing (:data:`DEBOUNCE_MS`).

    Signals:
        edited(str, str, str): finding id, status, comment — a save is due.

    The pending edit is also emitted at once on :meth:`flush`, when the comment box loses
    focus, and before another finding is loaded.
    """

    edited = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finding_id: str | None = None
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The four status buttons sit in one row, or in two when the pane is narrow (the
        # English labels are long): the editor must never force the draft text to collapse.
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._status_label = QLabel()
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        for i, code in enumerate(ANNOTATION_STATUSES):
            button = QRadioButton()
            self._group.addButton(button, i)
            self._buttons[code] = button
        self._row = row
        self._columns = 0
        self._arrange(len(ANNOTATION_STATUSES))
        self._state = QLabel("")
        self._state.setObjectName("saveState")
        self._state.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._state.setStyleSheet("color:#555555;")
        layout.addLayout(row)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.installEventFilter(self)
        layout.addWidget(self.comment)
        layout.addWidget(self._state)
        self._group.idClicked.connect(lambda _i: self._changed())
        self.comment.textChanged.connect(self._changed)
        self.retranslate()
        self.setEnabled(False)

    _MNEMONICS = {"unreviewed": "&U", "needs_fix": "&N", "no_action": "&A", "on_hold": "&H"}
    _FALLBACKS = {"unreviewed": "T"}  # "Not reviewed" has no U; N, R and V are taken (Needs…, Review, View menus)

    def _arrange(self, columns: int) -> None:
        """Lay the status buttons out in ``columns`` columns (4: one row, 2: two rows)."""
        if columns == self._columns:
            return
        self._columns = columns
        self._row.addWidget(self._status_label, 0, 0)
        for i, code in enumerate(ANNOTATION_STATUSES):
            self._row.addWidget(self._buttons[code], i // columns, 1 + i % columns)
        for c in range(1, 6):
            self._row.setColumnStretch(c, 0)
        self._row.setColumnStretch(columns + 1, 1)

    def status_rows(self) -> int:
        """How many rows the status buttons take now (1 or 2)."""
        return 1 if self._columns == len(ANNOTATION_STATUSES) else 2

    def _one_row_width(self) -> int:
        spacing = max(self._row.horizontalSpacing(), 0)
        widths = [self._status_label.sizeHint().width()] + [b.sizeHint().width() for b in self._buttons.values()]
        return sum(widths) + spacing * len(widths)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(len(ANNOTATION_STATUSES) if self._one_row_width() <= event.size().width() else 2)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        """Set the labels in the current UI language."""
        self._status_label.setText(self.tr("状態:"))
        for code, button in self._buttons.items():
            button.setText(mnemonic_label(labels.status_label(code), self._MNEMONICS[code][1], self._FALLBACKS.get(code, "")))
        # An explicit minimum (the two-row width) overrides the grid's one-row minimum, so the
        # splitter can make the pane narrower and resizeEvent then switches to two rows.
        spacing = max(self._row.horizontalSpacing(), 0)
        widest = sorted((b.sizeHint().width() for b in self._buttons.values()), reverse=True)
        self.setMinimumWidth(self._status_label.sizeHint().width() + widest[0] + widest[1] + 3 * spacing)
        self._arrange(len(ANNOTATION_STATUSES) if self._one_row_width() <= self.width() else 2)
        self.comment.setPlaceholderText(self.tr("コメント（Word のコメントとして出力されます）"))

    def status_buttons(self) -> list[QRadioButton]:
        """The status radio buttons in display order (for the tab order)."""
        return [self._buttons[code] for code in ANNOTATION_STATUSES]

    def finding_id(self) -> str | None:
        """The finding being annotated, or ``None``."""
        return self._finding_id

    def status(self) -> str:
        """The checked status code."""
        idx = self._group.checkedId()
        return ANNOTATION_STATUSES[idx] if idx >= 0 else "unreviewed"

    def set_status(self, status: str) -> None:
        """Check ``status`` as if the officer clicked it."""
        self._buttons[status].click()

    def load(self, finding_id: str | None, annotation: Annotation | None) -> None:
        """Flush any pending edit, then show ``annotation`` of ``finding_id``."""
        self.flush()
        self._loading = True
        try:
            self._finding_id = finding_id
            status = annotation.status if annotation is not None else "unreviewed"
            self._buttons.get(status, self._buttons["unreviewed"]).setChecked(True)
            self.comment.setPlainText(annotation.comment if annotation is not None else "")
            self._state.setText("")
            self.setEnabled(finding_id is not None)
        finally:
            self._loading = False

    def show_saved(self, annotation: Annotation) -> None:
        """Tell the officer a save went through (if it is the shown finding)."""
        if annotation.finding_id == self._finding_id and not self._dirty:
            self._state.setText(self.tr("保存しました"))

    def is_dirty(self) -> bool:
        """True while an edit waits for its debounce."""
        return self._dirty

    def flush(self) -> None:
        """Emit the pending edit now, if any."""
        self._timer.stop()
        if self._dirty and self._finding_id is not None:
            self._dirty = False
            self.edited.emit(self._finding_id, self.status(), self.comment.toPlainText())

    def _changed(self) -> None:
        if self._loading or self._finding_id is None:
            return
        self._dirty = True
        self._state.setText(self.tr("未保存"))
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.comment and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
