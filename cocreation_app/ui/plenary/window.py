"""The plenary window: a second top-level window for the projector.

It shows a heading, the activity timer and the ranking chart, with type sized from the window's
height so that it reads from the back of a room. It holds no data of its own: ``show_data``
receives what to show, and the controller calls it whenever votes change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cocreation_app.ui.plenary.chart import ALERT, INK, MUTED, PAPER, ChartRow, RankingChart
from cocreation_app.ui.plenary.timer import ActivityTimer
from cocreation_app.ui.widgets.naming import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlenaryWindow", text)


@dataclass(frozen=True)
class PlenaryData:
    heading: str
    subheading: str
    rows: list[ChartRow] = field(default_factory=list)
    footnote: str = ""


class PlenaryWindow(QWidget):
    def __init__(self, timer: ActivityTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("plenaryWindow")
        self.setWindowTitle(_tr("Cocrea — vista plenaria"))
        self.setStyleSheet(
            f"#plenaryWindow {{ background: {PAPER.name()}; }}"
            f" QLabel {{ color: {INK.name()}; background: transparent; }}"
        )
        self.timer = timer
        self.heading = named(QLabel(), "plenaryHeading")
        self.heading.setWordWrap(True)
        self.subheading = named(QLabel(), "plenarySubheading")
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet(f"color: {MUTED.name()};")
        self.clock = named(QLabel(), "plenaryTimer")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_state = named(QLabel(), "plenaryTimerState")
        self.clock_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.clock_state.setStyleSheet(f"color: {MUTED.name()};")
        self.chart = RankingChart(self)
        self.footnote = named(QLabel(), "plenaryFootnote")
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet(f"color: {MUTED.name()};")

        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        clock_box = QVBoxLayout()
        clock_box.setSpacing(0)
        clock_box.addWidget(self.clock)
        clock_box.addWidget(self.clock_state)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addLayout(clock_box)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.footnote)
        timer.changed.connect(self._show_timer)
        self._show_timer()
        self._scale_fonts()

    def show_data(self, data: PlenaryData) -> None:
        self.heading.setText(data.heading)
        self.subheading.setText(data.subheading)
        self.chart.set_rows(data.rows)
        self.footnote.setText(data.footnote)

    def _show_timer(self) -> None:
        self.clock.setText(self.timer.text())
        over = self.timer.remaining() <= 0
        self.clock.setStyleSheet(f"color: {(ALERT if over else INK).name()};")
        if self.timer.is_running():
            state = _tr("en curso · Espacio: pausar")
        elif self.timer.remaining() <= 0:
            state = _tr("tiempo terminado · Ctrl+F6: reiniciar")
        else:
            state = _tr("en pausa · Espacio: iniciar")
        self.clock_state.setText(state)

    def _scale_fonts(self) -> None:
        unit = max(8.0, self.height() / 1080 * 100)  # 100 px per 1080 px of height

        def sized(label: QLabel, factor: float, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(12, int(unit * factor)))
            font.setBold(bold)
            label.setFont(font)

        sized(self.heading, 0.5, bold=True)
        sized(self.subheading, 0.34)
        sized(self.clock, 0.95, bold=True)
        sized(self.clock_state, 0.34)
        sized(self.footnote, 0.3)
        margin = int(unit * 0.35)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_fonts()
        super().resizeEvent(event)
