"""Dialogs of the review: a new observation (or reply) and a change of review status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cocreation_app.models import enums

# The reviewer's name and institution are remembered between observations (same official).
_AUTHOR = "review/author"
_INSTITUTION = "review/institution"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class _PersonDialog(QDialog):
    """Author and institution fields, prefilled with the last ones used."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.author = QLineEdit(str(QSettings().value(_AUTHOR, "") or ""), self)
        self.author.setObjectName("reviewAuthor")
        self.institution = QLineEdit(str(QSettings().value(_INSTITUTION, "") or ""), self)
        self.institution.setObjectName("reviewInstitution")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish(self) -> None:
        self.form.addRow(_tr("&Autoría:"), self.author)
        self.form.addRow(_tr("&Institución:"), self.institution)
        self.form.addRow(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.ready())

    def ready(self) -> bool:
        return bool(self.author.text().strip())

    def accept(self) -> None:
        if not self.ready():
            return
        QSettings().setValue(_AUTHOR, self.author.text().strip())
        QSettings().setValue(_INSTITUTION, self.institution.text().strip())
        super().accept()


class ObservationDialog(_PersonDialog):
    """A new observation on ``item_title`` (with a verdict), or a reply (without one)."""

    def __init__(self, item_title: str, parent: QWidget | None, *, reply: bool = False) -> None:
        title = _tr("Responder observación") if reply else _tr("Nueva observación")
        super().__init__(title, parent)
        self.setObjectName("observationDialog")
        about = QLabel(item_title, self)
        about.setWordWrap(True)
        self.form.addRow(_tr("Elemento:"), about)
        self.verdict = QComboBox(self)
        self.verdict.setObjectName("reviewVerdict")
        for code in enums.CHOSEN_VERDICTS:
            self.verdict.addItem(enums.label(enums.VERDICTS, code), code)
        if not reply:
            self.form.addRow(_tr("&Dictamen:"), self.verdict)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reviewText")
        self.text.setTabChangesFocus(True)
        self.form.addRow(_tr("&Texto:"), self.text)
        self.text.textChanged.connect(self._update_ok)
        self._finish()

    def ready(self) -> bool:
        return super().ready() and bool(self.text.toPlainText().strip())

    def values(self) -> dict[str, str]:
        return {
            "text": self.text.toPlainText().strip(),
            "verdict": str(self.verdict.currentData()),
            "author": self.author.text().strip(),
            "institution": self.institution.text().strip(),
        }


class StatusDialog(_PersonDialog):
    """Move the plan to another review status, with who and why."""

    def __init__(self, current: str | None, parent: QWidget | None) -> None:
        super().__init__(_tr("Cambiar estado de revisión"), parent)
        self.setObjectName("statusDialog")
        self.status = QComboBox(self)
        self.status.setObjectName("reviewStatus")
        for code in enums.PLAN_STATUSES:
            if code != current:
                self.status.addItem(enums.label(enums.PLAN_STATUSES, code), code)
        self.form.addRow(
            _tr("Estado actual:"), QLabel(enums.label(enums.PLAN_STATUSES, current), self)
        )
        self.form.addRow(_tr("&Nuevo estado:"), self.status)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.form.addRow(_tr("N&ota:"), self.note)
        self._finish()

    def values(self) -> dict[str, str]:
        return {
            "status": str(self.status.currentData()),
            "author": self.author.text().strip(),
            "institution": self.institution.text().strip(),
            "note": self.note.text().strip(),
        }
