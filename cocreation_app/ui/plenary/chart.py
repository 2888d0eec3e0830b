"""The ranking as a large horizontal bar chart, painted with QPainter, for a projector.

Every size derives from the widget's height, so the chart reads the same on a 1280×720 projector
and on a 1920×1080 one. Titles are wrapped, never cut: when a title needs more room than its row
gives, the font shrinks for every row alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#111111")
MUTED = QColor("#3a3a3a")
BAR = QColor("#1f4e99")
BAR_SELECTED = QColor("#1b7a3a")
TRACK = QColor("#e6e9ef")
PAPER = QColor("#ffffff")
ALERT = QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlenaryChart", text)


@dataclass(frozen=True)
class ChartRow:
    rank: int
    title: str
    score: float  # 0–100
    detail: str  # e.g. "25 puntos · criterios 4.6"
    selected: bool = False
    note: str | None = None  # why it placed where it did, when tied


class RankingChart(QWidget):
    MAX_ROWS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plenaryChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self._rows: list[ChartRow] = []
        self._empty_text = _tr("Aún no hay votos registrados.")

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(
            "\n".join(f"{row.rank}. {row.title} — {row.detail}" for row in self._rows)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        if not self._rows:
            self._paint_empty(painter)
            return
        shown = self._rows[: self.MAX_ROWS]
        height = float(self.height())
        row_h = min(height / len(shown), height / 4)
        title_px = self._title_size(shown, row_h)
        detail_w = self._detail_width(shown, row_h)
        for index, row in enumerate(shown):
            rect = QRectF(0, index * row_h, self.width(), row_h)
            self._paint_row(painter, row, rect, title_px, detail_w)
        painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(18, self.height() // 12))
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
        painter.end()

    def _geometry(self, rect: QRectF) -> tuple[QRectF, QRectF, float]:
        """The rank badge's box, the text-and-bar area, and the gap between rows."""
        gap = rect.height() * 0.12
        badge = rect.height() - gap
        badge_rect = QRectF(rect.left() + gap, rect.top() + gap / 2, badge * 0.8, badge)
        body = QRectF(
            badge_rect.right() + gap,
            rect.top() + gap / 2,
            rect.right() - badge_rect.right() - 2 * gap,
            badge,
        )
        return badge_rect, body, gap

    def _title_size(self, rows: list[ChartRow], row_h: float) -> int:
        """The largest title size (px) at which every title fits in two lines of its row."""
        size = int(min(56, max(16, row_h * 0.3)))
        _badge, body, _gap = self._geometry(QRectF(0, 0, self.width(), row_h))
        while size > 14:
            font = QFont(self.font())
            font.setPixelSize(size)
            font.setBold(True)
            metrics = QFontMetricsF(font)
            room = body.height() * 0.62
            if all(
                metrics.boundingRect(
                    QRectF(0, 0, body.width(), 10_000), Qt.TextFlag.TextWordWrap, row.title
                ).height()
                <= room
                for row in rows
            ):
                return size
            size -= 2
        return size

    def _detail_font(self, bar_h: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(14, int(bar_h * 0.8)))
        font.setBold(True)
        return font

    def _detail_width(self, rows: list[ChartRow], row_h: float) -> float:
        """One width for every detail text, so that all bars share one scale."""
        _badge, body, _gap = self._geometry(QRectF(0, 0, self.width(), row_h))
        bar_h = body.height() * 0.3
        metrics = QFontMetricsF(self._detail_font(bar_h))
        return max(metrics.horizontalAdvance(row.detail) for row in rows) + bar_h

    def _paint_row(
        self, painter: QPainter, row: ChartRow, rect: QRectF, title_px: int, detail_w: float
    ) -> None:
        badge, body, _gap = self._geometry(rect)
        color = BAR_SELECTED if row.selected else BAR
        # Rank badge.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        side = min(badge.width(), badge.height() * 0.75)
        circle = QRectF(badge.center().x() - side / 2, badge.center().y() - side / 2, side, side)
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(14, int(side * 0.5)))
        painter.setFont(font)
        painter.setPen(PAPER)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(row.rank))
        # Title, wrapped.
        font.setPixelSize(title_px)
        painter.setFont(font)
        painter.setPen(INK)
        title_rect = QRectF(body.left(), body.top(), body.width(), body.height() * 0.62)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            | Qt.TextFlag.TextWordWrap,
            row.title,
        )
        # Bar with its score, and the detail line beside it.
        bar_top = body.top() + body.height() * 0.68
        bar_h = body.height() * 0.3
        detail_font = self._detail_font(bar_h)
        metrics = QFontMetricsF(detail_font)
        track = QRectF(body.left(), bar_top, max(10.0, body.width() - detail_w), bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, bar_h / 6, bar_h / 6)
        filled = QRectF(
            track.left(), track.top(), track.width() * max(0.0, min(row.score, 100.0)) / 100, bar_h
        )
        painter.setBrush(color)
        painter.drawRoundedRect(filled, bar_h / 6, bar_h / 6)
        score_text = f"{row.score:.0f}"
        painter.setFont(detail_font)
        inside = filled.width() > metrics.horizontalAdvance(score_text) + bar_h
        painter.setPen(PAPER if inside else INK)
        score_rect = (
            filled.adjusted(0, 0, -bar_h * 0.3, 0)
            if inside
            else QRectF(filled.right() + bar_h * 0.3, track.top(), track.width(), bar_h)
        )
        align = Qt.AlignmentFlag.AlignRight if inside else Qt.AlignmentFlag.AlignLeft
        painter.drawText(score_rect, int(align | Qt.AlignmentFlag.AlignVCenter), score_text)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(track.right() + bar_h * 0.5, track.top(), detail_w, bar_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            row.detail,
        )
