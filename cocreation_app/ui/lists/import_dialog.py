"""Import participants from a pre-registration spreadsheet: map the columns, look at the
preview (valid rows, possible duplicates, rows with errors and why), then import.

Nothing is written until "Importar" is pressed, and then only the valid rows (duplicates too
if ticked), in one transaction (:mod:`cocreation_app.services.participant_import`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
)

from cocreation_app.i18n import format_integer

if TYPE_CHECKING:
    from cocreation_app.services.participant_import import ImportFile, Preview
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("ImportDialog", text, None, n)


SHOWN_ISSUES = 200  # rows listed in the preview; the counts say how many there are in all
SAMPLE_ROWS = 8


class ImportDialog(QDialog):
    def __init__(self, window: WindowShell, plan_id: str, source: ImportFile) -> None:
        from cocreation_app.services.participant_import import (
            FIELDS,
            field_label,
            guess_mapping,
        )

        super().__init__(window)
        self.setObjectName("importParticipants")
        self.window_ = window
        self.plan_id = plan_id
        self.source = source
        self.checked: Preview | None = None
        self.setWindowTitle(self.tr("Importar personas: {name}").format(name=source.path.name))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Encabezados en la fila {row}. Elija qué dato tiene cada columna; la vista previa "
                "se actualiza. Las personas importadas deberán aceptar el aviso de privacidad al "
                "registrar su asistencia: el consentimiento nunca se supone."
            ).format(row=source.header_row),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        columns = QGroupBox(self.tr("Columnas"), self)
        form = QFormLayout(columns)
        guessed = guess_mapping(source.headers)
        self.combos: list[QComboBox] = []
        for index, header in enumerate(source.headers):
            combo = QComboBox(columns)
            combo.setObjectName(f"mapColumn{index}")
            combo.addItem(self.tr("(no importar)"), "")
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(guessed.get(index, "")), 0))
            combo.currentIndexChanged.connect(self.update_preview)
            caption = header or self.tr("(columna {n} sin encabezado)").format(n=index + 1)
            form.addRow(QLabel(escape(caption[:60]), columns), combo)
            self.combos.append(combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns)
        scroll.setMinimumWidth(380)
        body.addWidget(scroll)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("importPreview")
        body.addWidget(self.summary, 1)
        self.include_duplicates = QCheckBox(
            self.tr("Importar también las posibles duplicadas"), self
        )
        self.include_duplicates.toggled.connect(self._update_button)
        layout.addWidget(self.include_duplicates)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("importButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_preview()

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def update_preview(self) -> None:
        from cocreation_app.services.participant_import import preview

        self.checked = None
        try:
            self.checked = preview(self.window_.db, self.plan_id, self.source, self.mapping())
        except Exception as exc:  # a user error (no name column) is shown in the preview
            from cocreation_app.ui.errors import user_message

            message = user_message(exc)
            if message is None:
                raise
            self.summary.setHtml(f"<p><b>{escape(message)}</b></p>")
        else:
            self.summary.setHtml(self._preview_html(self.checked))
        self._update_button()

    def _update_button(self) -> None:
        checked = self.checked
        count = 0
        if checked is not None:
            count = len(checked.valid) + (
                len(checked.duplicates) if self.include_duplicates.isChecked() else 0
            )
        self.ok.setText(self.tr("Importar %Ln personas", None, count))
        self.ok.setEnabled(count > 0)

    def _preview_html(self, checked: Preview) -> str:
        from cocreation_app.services.participant_import import field_label

        parts = [
            "<p>"
            + escape(
                self.tr(
                    "Válidas: {valid} · posibles duplicadas: {dup} · con errores: {bad} "
                    "(no se importan)"
                ).format(
                    valid=format_integer(len(checked.valid)),
                    dup=format_integer(len(checked.duplicates)),
                    bad=format_integer(len(checked.invalid)),
                )
            )
            + "</p>"
        ]
        fields = ["name", "sector", "organization", "email", "phone"]
        if checked.valid:
            head = "".join(f"<th align='left'>{escape(field_label(f))}</th>" for f in fields)
            rows = "".join(
                f"<tr><td>{r.row}</td>"
                + "".join(f"<td>{escape(_shown(f, r.values.get(f)))}</td>" for f in fields)
                + "</tr>"
                for r in checked.valid[:SAMPLE_ROWS]
            )
            parts.append(
                f"<h4>{escape(self.tr('Primeras filas válidas'))}</h4>"
                f"<table cellspacing='4'><tr><th>{escape(self.tr('Fila'))}</th>{head}</tr>"
                f"{rows}</table>"
            )
        if checked.duplicates:
            parts.append(f"<h4>{escape(self.tr('Posibles duplicadas'))}</h4><ul>")
            parts += [
                "<li>"
                + escape(
                    self.tr("Fila {row}: {name} — {reason}").format(
                        row=r.row, name=(r.values.get("name") or "")[:80], reason=r.duplicate_of
                    )
                )
                + "</li>"
                for r in checked.duplicates[:SHOWN_ISSUES]
            ]
            parts.append("</ul>")
        if checked.invalid:
            parts.append(f"<h4>{escape(self.tr('Filas con errores'))}</h4><ul>")
            parts += [
                "<li>"
                + escape(self.tr("Fila {row}: {message}").format(row=i.row, message=i.message))
                + "</li>"
                for i in checked.invalid[:SHOWN_ISSUES]
            ]
            parts.append("</ul>")
        return "".join(parts)


def _shown(field: str, value: str | None) -> str:
    from cocreation_app.models import enums

    if field == "sector":
        return enums.label(enums.SECTORS, value)
    return (value or "")[:60]


def run_import(window: WindowShell, source: ImportFile, plan_id: str) -> bool:
    """Show the dialog; import when the user proceeds. True when people were imported."""
    from cocreation_app.services.participant_import import apply_import

    dialog = ImportDialog(window, plan_id, source)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.checked is None:
            return False
        checked, include = dialog.checked, dialog.include_duplicates.isChecked()
    finally:
        dialog.deleteLater()
    result = window.run(apply_import, window.db, plan_id, checked, include_duplicates=include)
    if result is None:
        return False
    window.dataChanged.emit()
    window.status(
        _trn(
            "Importadas %Ln personas; aceptarán el aviso de privacidad al registrar su asistencia.",
            result.created,
        )
    )
    return True
