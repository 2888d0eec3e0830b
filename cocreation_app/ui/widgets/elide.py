"""Text a narrow widget elides stays readable: its tooltip gives it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QComboBox, QToolTip


class _ChoiceTip(QObject):
    """Shows a drop-down's current choice as its tooltip (when it has no tooltip of its own),
    whichever way the choice was set, signals blocked or not."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(watched, QComboBox)
            and isinstance(event, QHelpEvent)
            and not watched.toolTip()
            and watched.currentText()
        ):
            QToolTip.showText(event.globalPos(), watched.currentText(), watched)
            return True
        return False


def tooltip_shows_choice(combo: QComboBox) -> QComboBox:
    """A drop-down narrower than its choice (a long plan or problem title) elides it; hovering
    shows the choice whole."""
    combo.installEventFilter(_ChoiceTip(combo))
    return combo
