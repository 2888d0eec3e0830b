"""Draw the Cocrea icon set: resources/icons/cocrea.svg and PNGs at the sizes desktops ask for,
plus cocrea.ico for Windows (Qt's ico writer). Run by hand when the icon changes; the outputs
are committed.

    .venv/bin/python packaging/make_icons.py

The icon: three people (dots) around a shared table (a ring), in the teal of the reports, with
a yellow check: a workshop agreeing a commitment. The SVG and the PNGs come from the same
geometry below, on a 256-unit canvas.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

TEAL = "#0F6E6E"
WHITE = "#FFFFFF"
YELLOW = "#F2B705"

# Geometry on a 256 canvas.
CORNER = 56
RING = (128, 136, 58, 14)  # cx, cy, radius, stroke
PEOPLE_R = 22
PEOPLE = [
    (128 + 86 * math.cos(math.radians(a)), 136 + 86 * math.sin(math.radians(a)))
    for a in (-90, 30, 150)
]
CHECK = [(104, 136), (122, 156), (156, 116)]
CHECK_W = 16


def svg() -> str:
    cx, cy, r, w = RING
    people = "\n".join(
        f'  <circle cx="{x:.1f}" cy="{y:.1f}" r="{PEOPLE_R}" fill="{WHITE}"/>' for x, y in PEOPLE
    )
    points = " ".join(f"{x},{y}" for x, y in CHECK)
    head = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">'
    return f"""{head}
  <title>Cocrea</title>
  <rect x="8" y="8" width="240" height="240" rx="{CORNER}" fill="{TEAL}"/>
  <circle cx="{cx}" cy="{cy}" r="{r}" fill="none" stroke="{WHITE}" stroke-width="{w}"/>
{people}
  <polyline points="{points}" fill="none" stroke="{YELLOW}" stroke-width="{CHECK_W}"
            stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def render(size: int) -> Any:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TEAL))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), CORNER, CORNER)
    cx, cy, r, w = RING
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(WHITE), w))
    painter.drawEllipse(QPointF(cx, cy), r, r)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(WHITE))
    for x, y in PEOPLE:
        painter.drawEllipse(QPointF(x, y), PEOPLE_R, PEOPLE_R)
    pen = QPen(QColor(YELLOW), CHECK_W)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in CHECK]))
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cocrea.svg").write_text(svg(), encoding="utf-8")
    for size in SIZES:
        render(size).save(str(OUT / f"cocrea-{size}.png"))
    writer = QImageWriter(str(OUT / "cocrea.ico"), b"ico")
    if not writer.write(render(256)):
        print(f"cocrea.ico: {writer.errorString()}", file=sys.stderr)
        return 1
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
