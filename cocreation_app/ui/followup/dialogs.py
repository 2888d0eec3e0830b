"""The dialogs of the follow-up view: report a milestone's progress (with evidence files) and
assess a commitment with an IRM indicator. They collect values; the view calls the services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import date_entry_pattern
from cocreation_app.models import enums


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    # A required date (never empty): the form every date of the window is typed in, 15/03/2025.
    edit.setDisplayFormat(date_entry_pattern())
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ProgressDialog(QDialog):
    def __init__(self, parent: QWidget, milestone: str, status: str, progress: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reportar avance: {title}").format(title=milestone))
        form = QFormLayout()
        self.date = _date_edit(dt.date.today())
        form.addRow(self.tr("Fecha"), self.date)
        self.status = QComboBox()
        for code in enums.MILESTONE_STATUSES:
            self.status.addItem(enums.label(enums.MILESTONE_STATUSES, code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        form.addRow(self.tr("Estado"), self.status)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(progress)
        form.addRow(self.tr("Avance"), self.progress)
        self.narrative = QPlainTextEdit()
        form.addRow(self.tr("Qué se hizo"), self.narrative)
        self.author = QLineEdit()
        form.addRow(self.tr("Quién reporta"), self.author)
        self.files = QListWidget()
        add = QPushButton(self.tr("Agregar evidencia…"))
        add.clicked.connect(self._add_files)
        box = QVBoxLayout()
        box.addWidget(self.files)
        box.addWidget(add)
        holder = QWidget()
        holder.setLayout(box)
        form.addRow(self.tr("Evidencias"), holder)
        self.public = QCheckBox(
            self.tr(
                "Se pueden publicar: no muestran ni nombran a personas, o quienes aparecen "
                "dieron su consentimiento"
            )
        )
        self.public.setToolTip(
            self.tr(
                "Solo las evidencias publicables van a los datos abiertos, al sitio de "
                "seguimiento y a los paquetes sin datos personales."
            )
        )
        form.addRow("", self.public)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Archivos de evidencia"))
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        self.files.addItem(str(path))

    def values(self) -> dict[str, Any]:
        return {
            "date": _day(self.date),
            "status": self.status.currentData(),
            "progress": self.progress.value(),
            "narrative": self.narrative.toPlainText().strip() or None,
            "author": self.author.text().strip() or None,
            "paths": [Path(self.files.item(i).text()) for i in range(self.files.count())],
            "public_evidence": self.public.isChecked(),
        }


class AssessmentDialog(QDialog):
    def __init__(self, parent: QWidget, commitment: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Valorar: {title}").format(title=commitment))
        form = QFormLayout()
        self.indicator = QComboBox()
        for code in enums.ASSESSMENT_INDICATORS:
            self.indicator.addItem(enums.label(enums.ASSESSMENT_INDICATORS, code), code)
        form.addRow(self.tr("Indicador"), self.indicator)
        self.value = QComboBox()
        form.addRow(self.tr("Valoración"), self.value)
        self.values_box = QWidget()
        row = QHBoxLayout(self.values_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.relevance: dict[str, QCheckBox] = {}
        for code in enums.OGP_VALUES:
            check = QCheckBox(enums.label(enums.OGP_VALUES, code))
            self.relevance[code] = check
            row.addWidget(check)
        form.addRow(self.tr("Valores"), self.values_box)
        self.assessor = QLineEdit()
        form.addRow(self.tr("Quién valora"), self.assessor)
        self.date = _date_edit(dt.date.today())
        form.addRow(self.tr("Fecha"), self.date)
        self.reason = QPlainTextEdit()
        form.addRow(self.tr("Por qué"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        self._indicator_changed()

    def _indicator_changed(self) -> None:
        code = self.indicator.currentData()
        multiple = code in enums.MULTIPLE_INDICATORS
        self.value.clear()
        if not multiple:
            choices = enums.INDICATOR_CHOICES[code]
            for value in choices:
                self.value.addItem(enums.label(choices, value), value)
        self.value.setEnabled(not multiple)
        self.values_box.setEnabled(multiple)

    def values(self) -> dict[str, Any]:
        code = self.indicator.currentData()
        if code in enums.MULTIPLE_INDICATORS:
            chosen = [c for c, check in self.relevance.items() if check.isChecked()]
            value = ",".join(chosen) or "none"
        else:
            value = self.value.currentData()
        return {
            "indicator": code,
            "value": value,
            "assessor": self.assessor.text().strip(),
            "assessed_on": _day(self.date),
            "reason": self.reason.toPlainText().strip(),
        }
