"""Consent at the door for a person imported from a pre-registration list.

They have not accepted the privacy notice yet: before their check-in the notice is shown to be
read to them, and their answers are recorded (the acceptance is required; contact, publishing
the name and photos are each their own choice, all unticked to start).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Consent", text)


@dataclass(frozen=True)
class Answers:
    contact: bool
    publish_name: bool
    photos: bool


class ConsentDialog(QDialog):
    def __init__(
        self, name: str, notice: str | None, version: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Aviso de privacidad"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>{name}</b> viene de la lista de preregistro y aún no acepta el aviso de "
                "privacidad. Léale el aviso antes de registrar su asistencia:"
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        text = QTextBrowser(self)
        text.setPlainText(
            notice
            or self.tr(
                "Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar "
                "la asistencia de personas preregistradas."
            )
        )
        layout.addWidget(text, 1)
        self.accepts = QCheckBox(
            self.tr("Leyó y acepta el aviso de privacidad (versión {version}) *").format(
                version=version
            )
            if version
            else self.tr("Leyó y acepta el aviso de privacidad *"),
            self,
        )
        self.accepts.setObjectName("acceptsNotice")
        self.contact = QCheckBox(self.tr("Acepta ser contactada"), self)
        self.publish = QCheckBox(self.tr("Acepta publicar su nombre"), self)
        self.photos = QCheckBox(self.tr("Acepta fotografías"), self)
        for box in (self.accepts, self.contact, self.publish, self.photos):
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Registrar consentimiento y asistencia"))
        self.ok.setEnabled(bool(notice))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.accepts.toggled.connect(lambda on: self.ok.setEnabled(on and bool(notice)))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answers(self) -> Answers:
        return Answers(self.contact.isChecked(), self.publish.isChecked(), self.photos.isChecked())


def settle_consent(window: WindowShell, participant_id: str, name: str) -> bool:
    """True when the person may be checked in: they had consented, or just did."""
    from cocreation_app.services import lists
    from cocreation_app.services.participants import ParticipantService

    people = ParticipantService(window.db)
    if not people.needs_consent(participant_id):
        return True
    plan_id = window.current_plan_id()
    notice = lists.privacy_notice(window.db, plan_id) if plan_id else lists.NO_NOTICE
    dialog = ConsentDialog(name, notice.text, notice.version, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.accepts.isChecked()
    answers = dialog.answers()
    dialog.deleteLater()
    if not accepted:
        window.status(
            _tr("Sin consentimiento no se registra la asistencia de {name}.").format(name=name)
        )
        return False
    done = window.run(
        people.accept_notice,
        participant_id,
        contact=answers.contact,
        publish_name=answers.publish_name,
        photos=answers.photos,
    )
    return bool(done)
