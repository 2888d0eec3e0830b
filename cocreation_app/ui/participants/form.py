"""The registration form, made for speed at the door.

Enter moves to the next field; Ctrl+Enter saves and clears the form for the next person. The
plan's privacy notice is on screen, and the consent box must be ticked before anything personal
is saved; the optional consents (contact, published name, photos) are separate boxes. In review
mode the form is read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.services.registry import optional_consents
from cocreation_app.ui.commands import CreateCommand, UpdateCommand
from cocreation_app.ui.widgets.fields import RecordForm

if TYPE_CHECKING:
    from cocreation_app.services.lists import PrivacyNotice
    from cocreation_app.ui.shell import WindowShell

PERSON_FIELDS = (
    "name",
    "sector",
    "organization",
    "position",
    "gender",
    "locality",
    "email",
    "phone",
)


class RegistrationForm(QWidget):
    saved = Signal(str)

    def __init__(self, window: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.editing_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("registrationHeading")
        layout.addWidget(self.heading)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = RecordForm(
            "participants",
            [
                (None, PERSON_FIELDS),
                (self.tr("Consentimiento"), ("consent_privacy_notice",)),
                (self.tr("Autorizaciones opcionales"), optional_consents()),
            ],
            self,
        )
        self.notice_title = QLabel(self)
        self.notice_title.setWordWrap(True)
        self.notice = QTextBrowser(self)
        self.notice.setObjectName("privacyNotice")
        self.notice.setMaximumHeight(110)
        self.notice.setFocusPolicy(self.notice.focusPolicy().NoFocus)
        consent_layout = self.form.groups[1][1]
        consent_layout.insertRow(0, self.notice_title)
        consent_layout.insertRow(1, self.notice)
        consent = self.form.editor("consent_privacy_notice").widget
        assert isinstance(consent, QCheckBox)
        self.consent = consent
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Guardar (Ctrl+Enter)"), self)
        self.save_button.setObjectName("saveParticipant")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("&Nueva persona"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.start_next)
        self.form.submitted.connect(self.save)
        for button in (self.save_button, self.clear_button):
            window.review_mode.guard(button)
        window.review_mode.changed.connect(self._review_changed)
        self.start_next()
        self._review_changed()

    def _review_changed(self) -> None:
        """In review mode the form shows a person's data but invites no typing."""
        self.form.set_read_only(self.window_.review_mode.active)
        self._show_heading()

    def _show_heading(self) -> None:
        record = self.form.record
        if self.window_.review_mode.active:
            text = self.tr("<b>Datos de la persona (solo lectura: modo revisión)</b>")
        elif self.editing_id is None or record is None:
            text = self.tr("<b>Registrar a una persona</b>")
        else:
            text = self.tr("<b>Editar datos de {name}</b>").format(name=record["name"])
        self.heading.setText(text)

    def show_notice(self, notice: PrivacyNotice | None) -> None:
        """The plan's notice to read to the person; None when no plan is chosen yet."""
        text, version = (notice.text, notice.version) if notice else (None, None)
        if notice is None:
            title = self.tr(
                "Primero cree o elija un plan: el aviso de privacidad que se lee a cada persona "
                "es parte del plan."
            )
        elif text and version:
            title = self.tr("Aviso de privacidad (versión {version}). Léalo a la persona:")
        elif text:
            title = self.tr("Aviso de privacidad. Léalo a la persona:")
        else:
            title = self.tr(
                "Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de "
                "registrar personas."
            )
        self.notice_title.setText(title.format(version=version))
        if text:
            self.notice.setPlainText(text)
        else:
            self.notice.clear()
        consent = (
            self.tr("Leyó y acepta el aviso de privacidad (versión {version}) *")
            if version
            else self.tr("Leyó y acepta el aviso de privacidad *")
        )
        self.consent.setText(consent.format(version=version))

    def _registered_already(self, plan_id: str, name: str | None) -> bool:
        """Before registering a new person, offer the one already registered under the same
        name written another way (María López for Maria Lopez). True: do not create."""
        from cocreation_app.services.checks import same_name  # loaded on first use

        matches = self.window_.run(same_name, self.window_.db, plan_id, name or "")
        if not matches:
            return False
        match_id, match_name, organization = matches[0]
        who = f"{match_name} ({organization})" if organization else match_name
        answer = QMessageBox.question(
            self,
            self.tr("¿La misma persona?"),
            self.tr(
                "Ya está registrada {who}. ¿Es la misma persona?\n\n"
                "Sí: abrir su registro con lo que escribió, sin guardar (no se crea otro). "
                "No: registrar a una persona distinta."
            ).format(who=who),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.No:
            return False
        if answer == QMessageBox.StandardButton.Yes:
            self._open_with_typed(match_id)
        return True

    def _open_with_typed(self, participant_id: str) -> None:
        """Open the registered person with what was typed at the door carried over, unsaved:
        the fields filled in (other than the name, kept as registered) replace hers once the
        facilitator saves; nothing typed is lost and nothing is saved unseen."""
        typed = {
            name: value
            for name, value in self.form.values().items()
            if name != "name"
            and value not in (None, "", False)
            and value != self.form.editor(name).spec.default
        }
        self.edit(participant_id)
        if self.editing_id != participant_id:
            return
        for name, value in typed.items():
            self.form.editor(name).set(value)
        carried = [self.form.editor(name).spec.title() for name in self.form.changes()]
        if carried:
            self.window_.status(
                self.tr(
                    "Se abrió su registro con lo que escribió en: {fields}. Revise y guarde "
                    "(Ctrl+Enter), o «Nueva persona» para descartarlo."
                ).format(fields=", ".join(carried))
            )

    def start_next(self) -> None:
        """Clear the form for the next person, cursor on the name."""
        self.editing_id = None
        self.form.load(None)
        self._show_heading()
        self.form.first_editor().setFocus()

    def edit(self, participant_id: str) -> None:
        from cocreation_app.services.entities import EntityService  # loaded on first use

        record = self.window_.run(
            EntityService(self.window_.db).get, "participants", participant_id
        )
        if record is None:
            return
        self.editing_id = participant_id
        self.form.load(record)
        self._show_heading()
        self.form.first_editor().setFocus()

    def unsaved(self) -> bool:
        """Whether something typed is not saved (asked before the window closes)."""
        return bool(self.form.changes())

    def save(self) -> bool:
        plan_id = self.window_.current_plan_id()
        if not plan_id:
            self.window_.show_error(self.tr("Primero cree o elija un plan."))
            return False
        if not self.form.editor("consent_privacy_notice").get():
            self.window_.show_error(
                self.tr(
                    "Para guardar datos personales, la persona debe aceptar el aviso de "
                    "privacidad. Léale el aviso y marque la casilla de consentimiento."
                )
            )
            self.consent.setFocus()
            return False
        if self.editing_id is None:
            values = {"plan_id": plan_id, **self.form.values()}
            if self._registered_already(plan_id, values.get("name")):
                return False
            command: CreateCommand | UpdateCommand = CreateCommand(
                self.window_,
                "participants",
                values,
                self.tr("Registrar a {name}").format(name=values.get("name") or ""),
            )
        else:
            changes = self.form.changes()
            if not changes:
                self.start_next()
                return False
            command = UpdateCommand(
                self.window_,
                "participants",
                {self.editing_id: changes},
                self.tr("Editar datos de {name}").format(name=self.form.values()["name"] or ""),
            )
        if self.window_.execute(command):
            row_id = command.row_id if isinstance(command, CreateCommand) else self.editing_id
            assert row_id is not None
            self.saved.emit(row_id)
            self.start_next()
            return True
        # Refused: the first field the message names gets the focus (the phone, a date).
        for name in getattr(self.window_.last_error, "fields", ()):
            if name in self.form.editors:
                self.form_scroll.ensureWidgetVisible(self.form.focus_field(name))
                break
        return False
