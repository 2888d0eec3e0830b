"""Number grids that answer the keyboard like a spreadsheet.

- Enter (Shift+Enter) moves down (up); the arrows move between cells, also while a number is
  being typed (the cell editor is a line edit, not a spin box, so an arrow never changes the
  number); F2 or a double click edits the number in place, where Left/Right move the cursor.
- Tab (Shift+Tab) moves to the next (previous) cell one can type in, skipping read-only columns
  and wrapping at the end of a row.
- Typing a digit replaces the cell's number; Delete or Backspace empties the cell.
- Ctrl+Enter emits :attr:`SheetGrid.submitted` (the panel saves the grid, as its button does).
- Pasting a block copied from a spreadsheet (lines of tab-separated numbers) fills the cells from
  the current one down and to the right. Every value is checked first: one bad value, or a block
  that does not fit, pastes nothing and emits :attr:`SheetGrid.refused` with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_STEPS = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


def _tr(text: str) -> str:
    return QCoreApplication.translate("SheetGrid", text)


def parse_block(text: str) -> list[list[str]]:
    """A spreadsheet's clipboard text as rows of cells (the final line break is not a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class _Validator(QValidator):
    """Only what the cell accepts (a digit too many, or a 6 in a 1–5 cell, is not typed)."""

    def __init__(self, delegate: NumberDelegate, parent: QObject) -> None:
        super().__init__(parent)
        self.delegate = delegate

    def validate(self, text: str, position: int) -> Any:
        if self.delegate.value_of(text) is None:
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class NumberDelegate(QStyledItemDelegate):
    """Whole numbers from ``minimum`` to ``maximum`` typed in place; an empty cell is the
    minimum, shown as — when ``blank`` (no value)."""

    def __init__(self, minimum: int, maximum: int, blank: bool, parent: SheetGrid) -> None:
        super().__init__(parent)
        self.grid = parent
        self.minimum, self.maximum, self.blank = minimum, maximum, blank

    def value_of(self, text: str) -> int | None:
        """The number a typed or pasted text stands for; None when it is not one allowed."""
        text = text.strip()
        if not text:
            return self.minimum
        if not (text.isascii() and text.isdigit()):
            return None
        value = int(text)
        return value if self.minimum <= value <= self.maximum else None

    def refusal(self, where: str, text: str) -> str:
        """Why ``text`` cannot go in a cell of the row named ``where``."""
        if self.blank:
            message = _tr("{where}: «{text}» no es una calificación de {minimum} a {maximum}.")
            minimum = self.minimum + 1  # the minimum itself is the empty cell
        else:
            message = _tr("{where}: «{text}» no es un número entero de {minimum} a {maximum}.")
            minimum = self.minimum
        text = message.format(where=where, text=text, minimum=minimum, maximum=self.maximum)
        return text + " " + _tr("No se pegó nada.")

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(_Validator(self, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        shown = "" if value in (None, "") or (self.blank and value == self.minimum) else str(value)
        if isinstance(editor, QLineEdit):
            editor.setText(shown)

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            value = self.value_of(editor.text())
            if value is not None:
                model.setData(index, value, Qt.ItemDataRole.EditRole)

    def displayText(self, value: Any, locale: Any) -> str:
        if self.blank and value in (None, "", self.minimum):
            return "—"
        return str(value)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._key_in_editor(editor, event)
        ):
            return True
        return super().eventFilter(editor, event)

    def _key_in_editor(self, editor: QLineEdit, event: QKeyEvent) -> bool:
        """Keys that leave the cell: commit the number, close the editor, then move or save."""
        key, modifiers = event.key(), event.modifiers()
        if key in ENTER_KEYS and modifiers & _CTRL:
            self._leave(editor)
            self.grid.submitted.emit()
        elif key in ENTER_KEYS:
            self._leave(editor)
            self.grid.step(-1 if modifiers & _SHIFT else 1, 0)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._leave(editor)
            self.grid.tab(key == Qt.Key.Key_Tab and not modifiers & _SHIFT)
        elif key in _STEPS and (key in (Qt.Key.Key_Up, Qt.Key.Key_Down) or self.grid.typing):
            self._leave(editor)
            self.grid.step(*_STEPS[Qt.Key(key)])
        elif event.matches(QKeySequence.StandardKey.Paste) and self.grid.clipboard_is_block():
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            self.grid.paste()
        else:
            return False
        return True

    def _leave(self, editor: QLineEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class SheetGrid(QTableWidget):
    """A table of numbers typed like a spreadsheet's (see the module's docstring)."""

    submitted = Signal()  # Ctrl+Enter: save what the grid holds
    refused = Signal(str)  # a paste that was refused, and why

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.typing = False  # the open editor was opened by typing (arrows leave the cell)

    def editable(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEditable)

    def read_only(self) -> bool:
        """In review mode the grid opens no editor: nothing is typed, pasted or cleared."""
        return self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell, staying inside the grid."""
        row = min(max(self.currentRow() + rows, 0), self.rowCount() - 1)
        column = min(max(self.currentColumn() + columns, 0), self.columnCount() - 1)
        if row >= 0 and column >= 0:
            self.setCurrentCell(row, column)

    def tab(self, forward: bool) -> None:
        """Move to the next (or previous) cell one can type in, row by row, wrapping around."""
        cells = [
            (r, c)
            for r in range(self.rowCount())
            for c in range(self.columnCount())
            if self.editable(r, c)
        ]
        if not cells:
            return
        here = (self.currentRow(), self.currentColumn())
        if forward:
            target = next((cell for cell in cells if cell > here), cells[0])
        else:
            target = next((cell for cell in reversed(cells) if cell < here), cells[-1])
        self.setCurrentCell(*target)

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        """Typing opens the cell only with a digit (which then replaces the number)."""
        if trigger == QAbstractItemView.EditTrigger.AnyKeyPressed:
            text = event.text() if isinstance(event, QKeyEvent) else ""
            if not (text.isascii() and text.isdigit()):
                return False
        # Qt passes no event for a double click or F2 (the stubs do not say it may be None).
        opened = super().edit(index, trigger, event)  # type: ignore[arg-type]
        if opened:
            self.typing = trigger == QAbstractItemView.EditTrigger.AnyKeyPressed
        return opened

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in ENTER_KEYS and modifiers & _CTRL:
            self.submitted.emit()
        elif key in ENTER_KEYS:
            self.step(-1 if modifiers & _SHIFT else 1, 0)
        elif key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
            self.tab(key == Qt.Key.Key_Tab and not modifiers & _SHIFT)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.read_only():
            self.clear_current()
        elif event.matches(QKeySequence.StandardKey.Paste) and not self.read_only():
            self.paste()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def clear_current(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        delegate = self._delegate(column)
        if delegate is not None and self.editable(row, column):
            self._set(row, column, delegate.minimum)

    def _delegate(self, column: int) -> NumberDelegate | None:
        delegate = self.itemDelegateForColumn(column) or self.itemDelegate()
        return delegate if isinstance(delegate, NumberDelegate) else None

    def _set(self, row: int, column: int, value: int) -> None:
        item = self.item(row, column)
        if item is not None:
            item.setData(Qt.ItemDataRole.EditRole, value)

    # -- pasting ------------------------------------------------------------------------------

    def clipboard_is_block(self) -> bool:
        text = QGuiApplication.clipboard().text()
        return "\n" in text.rstrip("\r\n") or "\t" in text

    def paste(self) -> bool:
        """Fill the cells from the current one with the clipboard's block, or nothing at all."""
        if self.read_only():
            return False
        rows = parse_block(QGuiApplication.clipboard().text())
        if not rows:
            return False
        values = self._checked(rows)
        if isinstance(values, str):
            self.refused.emit(values)
            return False
        for (row, column), value in values.items():
            self._set(row, column, value)
        return True

    def _row_name(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text() if item is not None and item.text() else str(row + 1)

    def _checked(self, rows: list[list[str]]) -> dict[tuple[int, int], int] | str:
        """Every pasted cell's value by position, or the reason the block cannot be pasted."""
        top, left = self.currentRow(), self.currentColumn()
        if top < 0 or left < 0 or not self.editable(top, left):
            return _tr(
                "Elija primero la celda de números donde empieza lo que va a pegar. "
                "No se pegó nada."
            )
        if top + len(rows) > self.rowCount():
            return _tr(
                "Lo copiado tiene más filas de las que quedan desde la fila elegida. "
                "No se pegó nada."
            )
        values: dict[tuple[int, int], int] = {}
        for offset, cells in enumerate(rows):
            row = top + offset
            for shift, text in enumerate(cells):
                column = left + shift
                delegate = self._delegate(column)
                if not self.editable(row, column) or delegate is None:
                    return _tr(
                        "Lo copiado tiene más columnas de las que hay para números desde la "
                        "elegida. No se pegó nada."
                    )
                value = delegate.value_of(text)
                if value is None:
                    return delegate.refusal(self._row_name(row), text.strip())
                values[(row, column)] = value
        return values
