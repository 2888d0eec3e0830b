"""What to export, asked before the file name: paper, names or a blank sheet, open afterwards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.ui import settings


@dataclass
class Choices:
    paper: str = "letter"
    open_after: bool = True
    prefill: bool = True
    blank_rows: int = 15


class ExportOptions(QDialog):
    """Options of a PDF export; ``attendance`` adds the sign-in sheet's own choices."""

    def __init__(
        self, title: str, intro: str, *, attendance: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        layout.addLayout(form)
        self.with_names = QRadioButton(self.tr("Con los nombres de las personas registradas"), self)
        self.blank = QRadioButton(self.tr("En blanco, para llenar a mano"), self)
        self.with_names.setObjectName("prefillNames")
        self.blank.setObjectName("blankSheet")
        self.rows = QSpinBox(self)
        self.rows.setObjectName("blankRows")
        self.rows.setRange(0, 1000)
        self.rows.setValue(15)
        if attendance:
            group = QButtonGroup(self)
            group.addButton(self.with_names)
            group.addButton(self.blank)
            self.with_names.setChecked(True)
            people = QVBoxLayout()
            people.addWidget(self.with_names)
            people.addWidget(self.blank)
            form.addRow(self.tr("Lista:"), people)
            form.addRow(self.tr("Filas vacías al final:"), self.rows)
        else:
            self.with_names.hide()
            self.blank.hide()
            self.rows.hide()
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("Carta"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        form.addRow(self.tr("&Papel:"), self.paper)
        self.open_after = QCheckBox(self.tr("&Abrir el PDF al terminar"), self)
        self.open_after.setObjectName("openAfter")
        self.open_after.setChecked(bool(settings.get(settings.EXPORT_OPEN_AFTER)))
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Elegir archivo y exportar…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> Choices:
        return Choices(
            paper=str(self.paper.currentData()),
            open_after=self.open_after.isChecked(),
            prefill=self.with_names.isChecked(),
            blank_rows=self.rows.value(),
        )

    def ask(self) -> Choices | None:
        """Show the dialog; the choices, or None when cancelled. Remembers "open after"."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = self.choices()
        settings.put(settings.EXPORT_OPEN_AFTER, chosen.open_after)
        return chosen
