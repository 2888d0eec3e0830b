"""Editors built from the registry's field declarations, and a form that groups them.

A form returns what the user typed as plain values (text, ISO dates, codes); the services parse
and validate them, so the rules live in one place. A date typed in the locale's form is returned
in ISO; one that does not read as a date is returned as typed, for the services to refuse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.models.enums import label
from cocreation_app.services.registry import KINDS, FieldSpec
from cocreation_app.ui.widgets.date_field import DateField
from cocreation_app.ui.widgets.elide import tooltip_shows_choice

MAX_LABEL_WIDTH = 170  # longer labels wrap onto two lines


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """How review mode shows an editor: texts stay selectable and black on the window's colour
    (not the white of a field one types in); boxes and lists, which cannot be read-only, are
    greyed out."""
    if isinstance(widget, DateField):
        widget.set_read_only(read_only)
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(read_only)
        palette = QPalette()  # empty: the application's colours
        if read_only:
            palette.setColor(
                QPalette.ColorRole.Base, widget.palette().color(QPalette.ColorRole.Window)
            )
        widget.setPalette(palette)
    else:
        widget.setEnabled(not read_only)


def set_edit_triggers(
    view: QAbstractItemView, triggers: QAbstractItemView.EditTrigger, read_only: bool
) -> None:
    """How review mode shows a grid or a tree one types in: its cells open no editor."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else triggers)


class FieldEditor:
    """One field's widget with ``get``/``set`` in the record's JSON form."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.spec = spec
        self.widget: QWidget = self._make(parent)
        self.widget.setObjectName(f"field_{spec.name}")
        self.widget.setAccessibleName(spec.title())

    def _make(self, parent: QWidget) -> QWidget:
        kind = self.spec.type
        if kind == "longtext":
            box = QPlainTextEdit(parent)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(52)
            box.setMaximumHeight(84)
            return box
        if kind == "bool":
            return QCheckBox(self.spec.title(), parent)
        if kind in ("enum", "ref"):
            combo = tooltip_shows_choice(QComboBox(parent))
            if kind == "ref":
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if kind == "enum":
                assert self.spec.choices is not None
                if self.spec.default is None:  # an empty choice: nothing picked by accident
                    combo.addItem("", None)
                for code in self.spec.choices:
                    combo.addItem(label(self.spec.choices, code), code)
            return combo
        if kind == "codes":
            group = QWidget(parent)
            grid = QGridLayout(group)
            grid.setContentsMargins(0, 0, 0, 0)
            assert self.spec.choices is not None
            for index, code in enumerate(self.spec.choices):
                choice = QCheckBox(label(self.spec.choices, code), group)
                choice.setProperty("code", code)
                grid.addWidget(choice, index // 2, index % 2)
            return group
        if kind == "date":
            return DateField(parent)
        line = QLineEdit(parent)
        if kind in ("int", "float", "decimal"):
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
        return line

    def set_options(self, options: Sequence[tuple[str, str]], *, empty: bool = True) -> None:
        """For reference fields: the records one may pick, as (text, id)."""
        combo = self.widget
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        combo.clear()
        if empty:
            combo.addItem("", None)
        for text, row_id in options:
            combo.addItem(text, row_id)
        self.set(current)

    def checkboxes(self) -> list[QCheckBox]:
        return self.widget.findChildren(QCheckBox)

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(self.widget, read_only)

    def get(self) -> Any:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText() or None
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QLineEdit):
            return widget.text().strip() or None
        codes = [box.property("code") for box in self.checkboxes() if box.isChecked()]
        return ",".join(codes) or None

    def set(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value is not None:
                # A link to a record no longer offered (deleted): kept, never silently cleared.
                widget.addItem(_tr("(registro no disponible)"), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)
        else:
            chosen = set((value or "").split(","))
            for box in self.checkboxes():
                box.setChecked(box.property("code") in chosen)


def _same(a: Any, b: Any) -> bool:
    def norm(value: Any) -> Any:
        if value is None or value is False or value == "":
            return None  # an unticked box is the same as no answer
        return value if value is True else str(value).strip()

    return norm(a) == norm(b)


class RecordForm(QWidget):
    """A form for one kind, its fields grouped under titled boxes.

    Enter moves to the next field; Ctrl+Enter emits ``submitted``.
    """

    submitted = Signal()

    def __init__(
        self,
        kind: str,
        groups: Sequence[tuple[str | None, Sequence[str]]],
        parent: QWidget | None = None,
        *,
        needed: Sequence[str] = (),
    ) -> None:
        """``needed``: fields not required to save but required for the record to be complete
        (the commitments' completeness panel): marked with ◆ and explained above the form."""
        super().__init__(parent)
        self.kind = kind
        self.spec = KINDS[kind]
        self.needed = tuple(needed)
        self.editors: dict[str, FieldEditor] = {}
        self.captions: dict[str, QLabel] = {}
        self.record: dict[str, Any] | None = None
        self._baseline: dict[str, Any] = {}
        self.groups: list[tuple[QWidget, QFormLayout]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        captions: list[QLabel] = []
        if self.needed:
            self.legend = QLabel(
                self.tr("* obligatorio para guardar · ◆ necesario para que esté completo"), self
            )
            self.legend.setObjectName("requiredLegend")
            self.legend.setWordWrap(True)
            layout.addWidget(self.legend)
        for title, names in groups:
            box: QWidget = QGroupBox(title, self) if title else QWidget(self)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            if not title:
                form.setContentsMargins(0, 0, 0, 0)
            self.groups.append((box, form))
            for name in names:
                field = self.spec.field_map[name]
                editor = FieldEditor(field, box)
                self.editors[name] = editor
                if field.type == "bool":
                    form.addRow("", editor.widget)
                else:
                    caption = QLabel(self._caption(field), box)
                    caption.setBuddy(editor.widget)
                    caption.setWordWrap(True)
                    captions.append(caption)
                    self.captions[name] = caption
                    form.addRow(caption, editor.widget)
                editor.widget.installEventFilter(self)
                for child in editor.checkboxes() if field.type == "codes" else []:
                    child.installEventFilter(self)
            layout.addWidget(box)
        layout.addStretch(1)  # fields stay together at the top of a tall area
        # One label column for every group, so the fields line up from group to group.
        widest = max((c.fontMetrics().horizontalAdvance(c.text()) for c in captions), default=0)
        for caption in captions:
            caption.setFixedWidth(min(widest + 6, MAX_LABEL_WIDTH))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)

    def _caption(self, field: FieldSpec) -> str:
        if field.required:
            return f"{field.title()} *"
        return f"{field.title()} ◆" if field.name in self.needed else field.title()

    def show_missing(self, names: Sequence[str]) -> None:
        """Highlight the captions of the fields ``names`` (what the completeness panel lists as
        missing), and only those."""
        missing = set(names)
        for name, caption in self.captions.items():
            lacking = name in missing
            caption.setProperty("missing", lacking)
            caption.setStyleSheet("color: #b3261e; font-weight: bold;" if lacking else "")
            caption.setToolTip(self.tr("Falta para completarlo") if lacking else "")

    def focus_field(self, name: str) -> QWidget:
        """Give ``name``'s editor the focus; returns it (its scroll area shows it)."""
        widget = self.editors[name].widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ) and key_event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                if isinstance(watched, QPlainTextEdit):
                    return False  # a new line inside a long text
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def load(self, record: dict[str, Any] | None, defaults: dict[str, Any] | None = None) -> None:
        """Show ``record``, or an empty form when None: with ``defaults`` (values of the moment,
        such as the current workshop) or else the fields' own defaults."""
        self.record = record
        defaults = {k: v for k, v in (defaults or {}).items() if v is not None}
        for name, editor in self.editors.items():
            if record:
                editor.set(record.get(name))
            else:
                editor.set(defaults.get(name, editor.spec.default))
        self._baseline = record if record is not None else self.values()

    def values(self) -> dict[str, Any]:
        return {name: editor.get() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """Fields whose value differs from the loaded record (or from the empty form)."""
        record = self._baseline
        return {
            name: value
            for name, value in self.values().items()
            if not _same(value, record.get(name))
        }

    def set_read_only(self, read_only: bool) -> None:
        """Show the values without inviting edits (review mode)."""
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def first_editor(self) -> QWidget:
        return next(iter(self.editors.values())).widget

    def warn_unprintable(self, name: str) -> UnprintableWarning:
        """Add, under the ``name`` line, a warning shown while it holds characters the draft
        PDF cannot print."""
        line = self.editors[name].widget
        assert isinstance(line, QLineEdit)
        box, form = next((b, f) for b, f in self.groups if f.indexOf(line) >= 0)
        row, _role = cast(tuple[int, Any], form.getWidgetPosition(line))
        warning = UnprintableWarning(box)
        warning.setObjectName(f"unprintable_{name}")
        form.insertRow(row + 1, warning)
        line.textChanged.connect(warning.check)
        return warning


class UnprintableWarning(QLabel):
    """Names the characters no font bundled for the PDFs has (emoji, CJK): they would print
    as a box in the draft."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.Accent)
        self.setVisible(False)

    def check(self, text: str) -> None:
        # Imported here: ReportLab and the fonts load only once someone types.
        from cocreation_app.reports.fonts import PLACEHOLDER, unprintable_characters

        missing = unprintable_characters(text)
        if missing:
            self.setText(
                self.tr(
                    "El borrador en PDF no puede imprimir {characters}: aparecerán como {box}."
                ).format(characters=" ".join(sorted(missing)), box=PLACEHOLDER)
            )
        self.setVisible(bool(missing))
