"""Draw the application icon (a document with a red review mark) as PNG and ICO at build time.

Usage: python packaging/make_icon.py OUTDIR  -> OUTDIR/ordreview.png (256 px), OUTDIR/ordreview.ico
Drawn with Qt so that no binary image is kept in git.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def draw(size: int):  # -> QImage
    """The icon at ``size`` pixels."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(QPen(QColor("#31475e"), 2.5 * s))
    p.setBrush(QColor("#fbfaf6"))
    p.drawPolygon(QPolygonF([QPointF(12 * s, 4 * s), QPointF(42 * s, 4 * s), QPointF(54 * s, 16 * s),
                             QPointF(54 * s, 60 * s), QPointF(12 * s, 60 * s)]))
    p.setPen(QPen(QColor("#7d8b99"), 2.2 * s))
    for y in (22, 30, 38, 46):
        p.drawLine(QPointF(19 * s, y * s), QPointF(47 * s, y * s))
    p.setPen(QPen(QColor("#c0392b"), 4 * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(30 * s, 30 * s, 22 * s, 22 * s))
    p.end()
    return img


def main(out: Path) -> None:
    """Write ordreview.png and ordreview.ico into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (image plugins need it)
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(out / "ordreview.png"))
    if not draw(256).save(str(out / "ordreview.ico")):
        print("ICO writer unavailable; PNG only", file=sys.stderr)
    print(out / "ordreview.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icon"))
