"""Find text the window cuts: tabs, headers, buttons, labels and cells too narrow for their text.

Each check measures the text with the widget's own font metrics and compares it with the room
Qt gives it (the tab's rectangle, the section's size, the widget's width, the cell's rectangle).
A cell may be elided when it carries a tooltip with the full text; nothing else may be cut.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QToolTip,
    QTreeView,
    QWidget,
)

# Cells of an item view looked at (a view pages or scrolls; the first rows tell).
MAX_ROWS = 60


def plain(text: str) -> str:
    """A label without its mnemonic marks (``&Guardar`` → ``Guardar``; ``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name(widget: QWidget) -> str:
    """Where a widget is: its object name, or its class and the nearest named ancestor."""
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        if current.objectName():
            parts.append(current.objectName())
            break
        parts.append(type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def shown(widget: QWidget) -> bool:
    """Visible and not scrolled out of its window (a zero-size widget shows nothing)."""
    if not widget.isVisible():
        return False
    rect = widget.rect()
    current = widget
    while not rect.isEmpty() and current.parentWidget() is not None and not current.isWindow():
        rect = rect.translated(current.pos()).intersected(current.parentWidget().rect())
        current = current.parentWidget()
    return not rect.isEmpty()


def tab_cuts(bar: QTabBar) -> Iterator[str]:
    """A tab narrower than its text, or one the bar has scrolled out of sight."""
    scrolls = any(b.isVisible() for b in bar.findChildren(QToolButton))
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = plain(bar.tabText(i))
        need = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width() + 4
        rect = bar.tabRect(i)
        if rect.width() < need:
            yield f"tab {text!r} in {name(bar)}: {rect.width()} px for {need} px"
        elif scrolls and (rect.left() < 0 or rect.right() >= bar.width()):
            yield f"tab {text!r} in {name(bar)}: scrolled out of the tab bar"
        elif scrolls:
            yield f"tab {text!r} in {name(bar)}: the tab bar needs scroll buttons"


def header_cuts(header: QHeaderView) -> Iterator[str]:
    """A section narrower than its title (the header elides it)."""
    model = header.model()
    if model is None:
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        hint = header.sectionSizeFromContents(logical)
        need = hint.width() if horizontal else hint.height()
        have = header.sectionSize(logical)
        first = text.splitlines()[0]
        if have < need:
            yield f"column {first!r} in {name(header)}: {have} px for {need} px"
        elif horizontal and header.sectionViewportPosition(logical) + need > header.width():
            yield f"column {first!r} in {name(header)}: past the right edge of its view"


def button_cuts(button: QAbstractButton) -> Iterator[str]:
    text = plain(button.text())
    icon_only = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    )  # a field's calendar button: the text is only its accessible name
    if text and not icon_only and button.width() < button.sizeHint().width():
        yield (
            f"button {text!r} in {name(button)}: "
            f"{button.width()} px for {button.sizeHint().width()} px"
        )


def label_cuts(label: QLabel) -> Iterator[str]:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return
    shortened = text if len(text) < 60 else text[:57] + "…"
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if label.height() < need:
            yield f"label {shortened!r} in {name(label)}: {label.height()} px high for {need} px"
    elif label.width() < label.sizeHint().width() and not label.toolTip():
        yield (
            f"label {shortened!r} in {name(label)}: "
            f"{label.width()} px for {label.sizeHint().width()} px"
        )


def combo_cuts(combo: QComboBox, screen_width: int) -> Iterator[str]:
    """A drop-down that asks for more than half the screen (a long item stretches it), or
    whose choice is elided without a tooltip giving it whole."""
    wanted = combo.sizeHint().width()
    if wanted > screen_width // 2:
        yield f"drop-down {name(combo)}: asks for {wanted} px of {screen_width}"
    text = combo.currentText()
    if not text or combo.isEditable() or text in _tooltip(combo):
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    if combo.fontMetrics().horizontalAdvance(text) > field.width():
        shortened = text if len(text) < 60 else text[:57] + "…"
        yield f"drop-down {name(combo)}: {shortened!r} elided without a tooltip"


def _tooltip(widget: QWidget) -> str:
    """The tooltip hovering shows (its own, or one an event filter puts up)."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(widget, event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown or widget.toolTip()


def spin_cuts(spin: QAbstractSpinBox) -> Iterator[str]:
    """A spin box narrower than its longest value (or its special text)."""
    if spin.width() < spin.sizeHint().width():
        yield (
            f"number box {name(spin)} ({spin.text()!r}): "
            f"{spin.width()} px for {spin.sizeHint().width()} px"
        )


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The cells of the first rows (and, in a tree, of its expanded branches)."""
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < MAX_ROWS:
        parent = pending.pop(0)
        for row in range(model.rowCount(parent)):
            seen += 1
            if seen > MAX_ROWS:
                return
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                yield index
                if (
                    column == 0
                    and isinstance(view, QTreeView)
                    and view.isExpanded(index)
                    and model.rowCount(index)
                ):
                    pending.append(index)


def cell_cuts(view: QAbstractItemView) -> Iterator[str]:
    """A cell whose text is elided, unless its tooltip gives the whole text."""
    viewport: QRect = view.viewport().rect()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for index in _indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        rect = view.visualRect(index)
        if not rect.intersects(viewport) or view.indexWidget(index) is not None:
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        room = rect.width() - margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= view.iconSize().width() + 4
        line = max(text.splitlines(), key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(line) <= room:
            continue
        if view.wordWrap() and _wraps_within(metrics, text, rect.width() - margin, rect.height()):
            continue
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and text in tip:
            continue
        shortened = text if len(text) < 60 else text[:57] + "…"
        yield f"cell {shortened!r} in {name(view)}: elided without a tooltip"


def _wraps_within(metrics: QFontMetrics, text: str, width: int, height: int) -> bool:
    bound = metrics.boundingRect(
        QRect(0, 0, max(width, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return bound.width() <= width and bound.height() <= height


def cuts(window: QWidget) -> list[str]:
    """Every cut text among the widgets now shown in ``window``."""
    screen_width = window.width()
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not shown(widget):
            continue
        if isinstance(widget, QTabBar):
            found += tab_cuts(widget)
        elif isinstance(widget, QHeaderView):
            found += header_cuts(widget)
        elif isinstance(widget, QAbstractItemView):
            found += cell_cuts(widget)
        elif isinstance(widget, QAbstractButton):
            found += button_cuts(widget)
        elif isinstance(widget, QLabel):
            found += label_cuts(widget)
        elif isinstance(widget, QComboBox):
            found += combo_cuts(widget, screen_width)
        elif isinstance(widget, QAbstractSpinBox):
            found += spin_cuts(widget)
    return found


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label (``E&liminar`` → ``l``), or None."""
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Buttons, buddied labels and menus shown at once with the same Alt+letter: the key only
    takes turns between them."""
    keys: dict[str, list[str]] = {}
    for button in window.findChildren(QAbstractButton):
        key = mnemonic(button.text())
        if key and shown(button) and button.isEnabled():
            keys.setdefault(key, []).append(plain(button.text()))
    for label in window.findChildren(QLabel):
        key = mnemonic(label.text())
        if key and shown(label) and label.buddy() is not None:
            keys.setdefault(key, []).append(plain(label.text()))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions() if shown(bar) else []:
            key = mnemonic(action.text())
            if key and action.isVisible():
                keys.setdefault(key, []).append(f"menu {plain(action.text())}")
    clashes = {key: texts for key, texts in keys.items() if len(texts) > 1}
    return [f"Alt+{key.upper()}: {', '.join(texts)}" for key, texts in clashes.items()]
