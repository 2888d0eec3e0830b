"""A date one may type in the locale's form (15/03/2025; 3/15/2025 in English) or in ISO
(2025-03-15), pick from a calendar, or leave empty.

A line edit rather than a ``QDateEdit``: a ``QDateEdit`` always holds some date, and most dates
of a plan are optional. The calendar opens from the button at the field's end, or with F4 or
Alt+Down; the typed form and the parsing are Babel's (:mod:`cocreation_app.i18n.formatting`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_short_date, parse_date


class DateField(QLineEdit):
    """``value()`` is the ISO date when the text reads as one, else the text as typed (the
    services refuse it with a message that shows the expected form); None when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
        example = format_short_date(dt.date(dt.date.today().year, 12, 31))
        self.setPlaceholderText(self.tr("p. ej. {example}").format(example=example))
        # No text on the action: its button shows the icon only (a text would be measured as
        # cut by tests/ui/fit.py); the name is given to the button for screen readers.
        self.calendar_action = QAction(_calendar_icon(self.palette()), "", self)
        self.calendar_action.setToolTip(self.tr("Elegir en el calendario (F4)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.calendar_action:
                button.setAccessibleName(self.tr("Calendario"))
        self.popup = CalendarPopup(self)
        # The text this field last wrote and its day: read back as that day even after the
        # language changed (11/04/2026 is another day in English).
        self._shown: tuple[str, dt.date] | None = None
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        if self._shown is not None and self._shown[0] == text:
            return self._shown[1].isoformat()
        try:
            return parse_date(text).isoformat()
        except ValueError:
            return text

    def _show(self, day: dt.date) -> None:
        text = format_short_date(day)
        self._shown = (text, day)
        self.setText(text)

    def set_value(self, value: str | dt.date | None) -> None:
        if value is None or value == "":
            self.clear()
            return
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError:
            self.setText(str(value))  # not a date (a test, a bad import): shown as it is
        else:
            self._show(day)
        self.setCursorPosition(0)

    def date(self) -> dt.date | None:
        value = self.value()
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            return None

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)
        self.setClearButtonEnabled(not read_only)

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        self.popup.show_for(self.date() or dt.date.today())

    def _tidy(self) -> None:
        """A date typed loosely (1/3/25) is shown in the full form once one leaves the field."""
        day = self.date()
        if day is not None and self.text() != format_short_date(day):
            self._show(day)

    def picked(self, day: dt.date) -> None:
        self._show(day)
        self.setFocus()
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)


class CalendarPopup(QFrame):
    """The calendar under its field: a click or Enter picks the day, Esc closes it."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def show_for(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        below = self.field.mapToGlobal(QPoint(0, self.field.height()))
        screen = self.field.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.width())
        y = (
            below.y()
            if below.y() + self.height() <= screen.bottom()
            else below.y() - (self.field.height() + self.height())
        )
        self.move(max(x, screen.left()), max(y, screen.top()))
        self.show()
        self.calendar.setFocus()

    def _pick(self, value: QDate) -> None:
        self.hide()
        self.field.picked(dt.date(value.year(), value.month(), value.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.field.setFocus()
            return
        super().keyPressEvent(event)


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar page drawn in the text colour (fits light and dark themes)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.Text)
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(2.5)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4, 6, 24, 6), colour)
    painter.drawLine(10, 2, 10, 8)
    painter.drawLine(22, 2, 22, 8)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(9 + column * 6, 16 + row * 6, 3, 3), colour)
    painter.end()
    return QIcon(pixmap)
