"""First-start window size: fit the screen the window opens on.

Municipal PCs are often 1366×768 at 100 % or 1920×1080 at 150 % (1280×720 logical pixels).
The window's preferred size (1400×860) fits neither, so on first start (no saved geometry) and
whenever a saved geometry is larger than the current screen, the window is sized to the
screen's available area minus the window frame, and the three panes share the width in fixed
proportions so that the findings list keeps its 状態 column and the comment box stays visible.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1400, 860)
"""The size the window takes on a screen large enough for it."""

FRAME = QSize(16, 40)
"""Room left for the window manager's frame and title bar before the frame is known."""

PANE_SHARES = (0.19, 0.35, 0.46)
"""Outline/coverage, draft text, findings+detail: shares of the window width."""


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without task bar) of the screen ``widget`` is on, or the primary screen."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, PREFERRED.width(), PREFERRED.height())


def fitted_size(area: QRect, frame: QSize = FRAME) -> QSize:
    """The window's client size on a screen whose available area is ``area``."""
    return QSize(
        max(640, min(PREFERRED.width(), area.width() - frame.width())),
        max(480, min(PREFERRED.height(), area.height() - frame.height())),
    )


def pane_sizes(width: int) -> list[int]:
    """Widths of the three panes of the main splitter for a window ``width`` wide."""
    return [int(width * share) for share in PANE_SHARES]


def fits(geometry: QRect, area: QRect) -> bool:
    """True when a window of ``geometry`` lies within ``area``."""
    return area.contains(geometry)
