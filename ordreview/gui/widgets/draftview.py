"""The draft text with findings highlighted at their exact spans.

Spans are offsets into ``Ordinance.text`` in Python code points; Qt counts UTF-16 units, so
:class:`OffsetMap` converts both ways (they differ only after characters outside the BMP,
such as 𠮷). Highlights are ``ExtraSelections`` for the findings in and around the visible
part only, rebuilt when the view scrolls or resizes: building a ``QTextCursor`` per finding
for a whole 5,000-article draft costs about 0.2 ms each on the GUI thread, a screenful
costs nothing noticeable. The selected finding gets one more selection on top. Each severity has its own underline style (wavy / straight / dotted) and a
margin symbol (● ▲ ■) besides its colour, so colour is never the only cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ordreview.core.model import SEVERITY_ORDER, Finding, Ordinance, Span
from ordreview.gui import labels

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

UNDERLINES = {
    "error": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "warning": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "info": QTextCharFormat.UnderlineStyle.DotLine,
}

CHANGE_BACKGROUND = "#e6f4ea"
"""Background of a part an amendment bill wrote (consolidated text)."""
CHANGE_BAR = "#2e7d32"
"""Margin bar beside such a part, so that colour is not the only cue of the background."""

DRAFT_FONT_FAMILIES = ["MS Mincho", "Yu Mincho", "IPAMincho", "IPAexMincho", "Noto Serif CJK JP", "serif"]


class OffsetMap:
    """Converts between Python string offsets and Qt (UTF-16) document positions.

    ``prefixes`` (line-start offset → count) are full-width spaces shown before a line of a flat
    draft so that it reads with 例規集 indentation; they exist only in the view, never in the
    offsets: a position inside one maps to the start of its line.
    """

    def __init__(self, text: str, prefixes: Mapping[int, int] | None = None) -> None:
        self._starts = sorted(o for o, n in (prefixes or {}).items() if n > 0)
        counts = [(prefixes or {})[o] for o in self._starts]
        self._cum: list[int] = []
        total = 0
        for n in counts:
            total += n
            self._cum.append(total)
        self._counts = counts
        self._display_starts = [o + c - n for o, c, n in zip(self._starts, self._cum, counts)]
        if self._starts:
            pieces, last = [], 0
            for o, n in zip(self._starts, counts):
                pieces.append(text[last:o])
                pieces.append("\u3000" * n)
                last = o
            pieces.append(text[last:])
            self.display = "".join(pieces)
        else:
            self.display = text
        self._py = [m.start() for m in _ASTRAL.finditer(self.display)]
        self._qt = [p + i for i, p in enumerate(self._py)]

    def _to_display(self, offset: int) -> int:
        i = bisect_right(self._starts, offset)
        return offset + (self._cum[i - 1] if i else 0)

    def _from_display(self, d: int) -> int:
        k = bisect_right(self._display_starts, d) - 1
        if k < 0:
            return d
        if d < self._display_starts[k] + self._counts[k]:
            return self._starts[k]  # inside the shown indentation: the line's start
        return d - self._cum[k]

    def to_qt(self, offset: int) -> int:
        """Qt position of Python offset ``offset``."""
        d = self._to_display(offset) if self._starts else offset
        return d + bisect_left(self._py, d) if self._py else d

    def to_py(self, position: int) -> int:
        """Python offset of Qt position ``position`` (inside a surrogate pair: its character)."""
        d = position - bisect_left(self._qt, position) if self._qt else position
        return self._from_display(d) if self._starts else d


class _Margin(QWidget):
    def __init__(self, view: DraftView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(self._view.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_margin(event)


class DraftView(QPlainTextEdit):
    """Read-only view of the draft.

    Signals:
        finding_clicked(str): the id of the finding under a click (the innermost one).
        text_clicked(int): the offset of a click on text that holds no finding.
    """

    finding_clicked = Signal(str)
    text_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window, which opens the file
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._map = OffsetMap("")
        self._source = ""
        self._findings: list[Finding] = []
        self._lang = "ja"
        self._ordinance: Ordinance | None = None
        self._ordered: list[Finding] = []  # spanned findings, painted in this order
        self._newlines: list[int] = []
        self._visible: tuple[int, int] = (-1, -1)
        self._drawn = 0
        self._block_marks: dict[int, str] = {}
        self._selected: tuple[str, Span] | None = None
        self._changes: list[tuple[Span, str]] = []  # amended parts (consolidated bill) and their notes
        self._change_blocks: set[int] = set()
        self._margin = _Margin(self)
        self.blockCountChanged.connect(lambda _n: self._update_margin_width())
        self.updateRequest.connect(self._update_margin)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._refresh_highlights())
        self._update_margin_width()
        self.set_font_size(11)

    # ------------------------------------------------------------------ content

    def set_font_size(self, points: int) -> None:
        """Use the draft font at ``points`` (points scale with the screen's DPI)."""
        font = QFont()
        font.setFamilies(DRAFT_FONT_FAMILIES)
        font.setPointSize(points)
        self.setFont(font)
        self._update_margin_width()

    def set_text(self, text: str, indents: Mapping[int, int] | None = None) -> None:
        """Show ``text`` (``Ordinance.text``) and drop all highlights; ``indents`` (line-start
        offset → full-width spaces) indent lines of a flat draft in the view only."""
        self._map = OffsetMap(text, indents)
        self._source = text
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._findings = []
        self._ordered = []
        self._block_marks = {}
        self._selected = None
        self._changes = []
        self._change_blocks = set()
        self._visible = (-1, -1)
        self.setExtraSelections([])
        self.setPlainText(self._map.display)

    def set_findings(self, findings: Sequence[Finding], *, lang: str, ordinance: Ordinance | None = None) -> None:
        """Highlight every finding that has a non-empty span (drawn when scrolled into view);
        ``ordinance`` gives the numerals of the provision labels in the hover texts."""
        self._lang = lang
        self._ordinance = ordinance
        self._findings = [f for f in findings if f.location.span is not None and len(f.location.span) > 0]
        # Lower severities first so that errors are painted on top.
        self._ordered = sorted(self._findings, key=lambda f: -SEVERITY_ORDER.get(f.severity, 9))
        marks: dict[int, str] = {}
        for f in self._findings:
            block = bisect_left(self._newlines, f.location.span.start)  # type: ignore[union-attr]
            old = marks.get(block)
            if old is None or SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[old]:
                marks[block] = f.severity
        self._block_marks = marks
        self._visible = (-1, -1)
        self._refresh_highlights()
        self._margin.update()

    def set_changes(self, changes: Sequence[tuple[Span, str]]) -> None:
        """Mark the amended parts of a consolidated text: each ``(span, note)`` gets a pale
        background and a bar in the margin; hovering it shows ``note`` (the sentence)."""
        self._changes = sorted(changes, key=lambda c: c[0].start)
        blocks: set[int] = set()
        for span, _note in self._changes:
            first = bisect_left(self._newlines, span.start)
            last = bisect_left(self._newlines, max(span.start, span.end - 1))
            blocks.update(range(first, last + 1))
        self._change_blocks = blocks
        self._visible = (-1, -1)
        self._refresh_highlights()
        self._margin.update()

    def changed_blocks(self) -> set[int]:
        """Block numbers marked as amended."""
        return set(self._change_blocks)

    def change_at(self, offset: int) -> str | None:
        """The note of the amended part holding ``offset``, or ``None``."""
        i = bisect_right([c[0].start for c in self._changes], offset) - 1
        if i >= 0 and self._changes[i][0].start <= offset <= self._changes[i][0].end:
            return self._changes[i][1]
        return None

    def highlight_count(self) -> int:
        """How many findings are highlighted (each is drawn whenever it is in view)."""
        return len(self._findings)

    def drawn_count(self) -> int:
        """How many highlight selections are currently built (the visible ones)."""
        return self._drawn

    def block_marks(self) -> dict[int, str]:
        """Block number → the worst severity starting in it (the margin symbols)."""
        return dict(self._block_marks)

    def visible_range(self, *, widen: bool = False) -> tuple[int, int]:
        """Python offsets ``[start, end)`` of the text shown (``widen``: plus a screen each way)."""
        first = self.firstVisibleBlock()
        if not first.isValid():
            return (0, 0)
        vp = self.viewport()
        last = self.cursorForPosition(QPoint(vp.width() - 1, vp.height() - 1)).block()
        start, end = first.position(), last.position() + last.length()
        extra = max(2000, end - start) if widen else 0
        doc_end = self.document().characterCount()
        return (self._map.to_py(max(0, start - extra)), self._map.to_py(min(doc_end, end + extra)))

    def _refresh_highlights(self, *, force: bool = False) -> None:
        shown = self.visible_range()
        if not force and self._visible[0] <= shown[0] and shown[1] <= self._visible[1]:
            return  # what is on screen is still inside the prebuilt window
        self._visible = lo, hi = self.visible_range(widen=True)
        extra: list[QTextEdit.ExtraSelection] = []
        for span, _note in self._changes:
            if span.start < hi and span.end > lo:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor_for(span)
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(CHANGE_BACKGROUND))
                sel.format = fmt
                extra.append(sel)
        for f in self._ordered:
            span = f.location.span
            assert span is not None
            if span.start < hi and span.end > lo:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor_for(span)
                sel.format = self._format(f.severity)
                extra.append(sel)
        self._drawn = len(extra)
        if self._selected is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor_for(self._selected[1])
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe082"))
            sel.format = fmt
            extra.append(sel)
        self.setExtraSelections(extra)

    # ------------------------------------------------------------------ selection

    def select_span(self, span: Span, *, finding_id: str | None = None) -> None:
        """Select ``span`` (Python offsets), scroll it into view and emphasise it."""
        self._selected = (finding_id, span) if finding_id is not None else None
        self.setTextCursor(self._cursor_for(span))
        self.centerCursor()
        self._refresh_highlights(force=True)

    def show_span(self, span: Span) -> None:
        """Select ``span`` with its start centred (a long span is read from its beginning)."""
        self._selected = None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(span.end))
        cursor.setPosition(self._map.to_qt(span.start), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._refresh_highlights(force=True)

    def jump_to(self, offset: int) -> None:
        """Put the cursor at ``offset`` and show that line near the top."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(offset))
        self.setTextCursor(cursor)
        self.centerCursor()

    def selected_span(self) -> Span:
        """The current text selection as a Python-offset span."""
        c = self.textCursor()
        return Span(self._map.to_py(c.selectionStart()), self._map.to_py(c.selectionEnd()))

    def findings_at(self, offset: int) -> list[Finding]:
        """Findings whose span holds ``offset``, innermost (shortest) first."""
        hits = [f for f in self._findings if f.location.span.start <= offset < f.location.span.end]  # type: ignore[union-attr]
        return sorted(hits, key=lambda f: (len(f.location.span), SEVERITY_ORDER[f.severity]))  # type: ignore[arg-type]

    def offset_at(self, pos: QPoint) -> int:
        """Python offset of the character under viewport position ``pos``."""
        return self._map.to_py(self.cursorForPosition(pos).position())

    def cursor_offset(self) -> int:
        """The text cursor's offset in the draft's text as read."""
        return self._map.to_py(self.textCursor().position())

    def source_text(self) -> str:
        """The draft's text as read (``Ordinance.text``), without the indentation shown."""
        return self._source

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selected draft text as read (the shown indentation is not part of it)."""
        span = self.selected_span()
        # Qt's own object, which the clipboard takes over: a QMimeData made in Python would be
        # freed twice (by the clipboard and by Python) when the application exits.
        data = super().createMimeDataFromSelection()
        data.setText(self._source[span.start:span.end])
        return data

    def find_text(self, text: str) -> bool:
        """Select the next occurrence of ``text`` (wrapping); True if found."""
        if not text:
            return False
        if self.find(text):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text)

    # ------------------------------------------------------------------ events

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            offset = self.offset_at(event.pos())
            hits = self.findings_at(offset)
            note = self.change_at(offset)
            if hits or note:
                tip = "\n\n".join(t for t in (note, self.tooltip_for(hits) if hits else "") if t)
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_for(self, hits: Sequence[Finding]) -> str:
        """The hover text for the findings under the mouse."""
        lines = []
        for f in hits[:5]:
            lines.append(f"{labels.severity_text(f.severity)}　{f.requirement or ''}\n{labels.message(f, self._lang, self._ordinance)}")
        return "\n\n".join(lines)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.offset_at(event.position().toPoint())
            hits = self.findings_at(offset)
            if hits:
                self.finding_clicked.emit(hits[0].id)
            else:
                self.text_clicked.emit(offset)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._visible = (-1, -1)  # re-wrapping moves the text; rebuild on the next scroll check
        self._refresh_highlights()
        cr = self.contentsRect()
        self._margin.setGeometry(QRect(cr.left(), cr.top(), self.margin_width(), cr.height()))

    # ------------------------------------------------------------------ margin

    def margin_width(self) -> int:
        """Width of the symbol margin in pixels."""
        return self.fontMetrics().horizontalAdvance("●") + 10

    def _update_margin_width(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _update_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self._margin.scroll(0, dy)
        else:
            self._margin.update(0, rect.y(), self._margin.width(), rect.height())

    def paint_margin(self, event: QPaintEvent) -> None:
        """Draw the severity symbol of each visible block that has findings."""
        painter = QPainter(self._margin)
        painter.fillRect(event.rect(), QColor("#f4f4f4"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        width = self._margin.width()
        while block.isValid() and top <= event.rect().bottom():
            height = round(self.blockBoundingRect(block).height())
            if block.blockNumber() in self._change_blocks and block.isVisible():
                painter.fillRect(width - 4, top, 4, height, QColor(CHANGE_BAR))
            severity = self._block_marks.get(block.blockNumber())
            if severity is not None and block.isVisible():
                painter.setPen(labels.severity_colour(severity))
                line_h = self.fontMetrics().height()
                painter.drawText(0, top, width, line_h, Qt.AlignmentFlag.AlignCenter, labels.SEVERITY_SYMBOLS[severity])
            top += height
            block = block.next()
        painter.end()

    # ------------------------------------------------------------------ helpers

    def _cursor_for(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(span.start))
        cursor.setPosition(self._map.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    @staticmethod
    def _format(severity: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        colour = labels.severity_colour(severity)
        fmt.setUnderlineStyle(UNDERLINES.get(severity, QTextCharFormat.UnderlineStyle.DotLine))
        fmt.setUnderlineColor(colour)
        fmt.setBackground(QColor(labels.SEVERITY_BACKGROUNDS.get(severity, "#eeeeee")))
        return fmt
