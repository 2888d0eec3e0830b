"""File ▸ Open a server database: a coordination office's PostgreSQL (docs/install.md §7).

The dialog asks for the server, port, database and user; the password, when typed, goes to
libpq's password file (storage/pgpass.py), never to the settings, which keep only the URL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.storage.pgpass import pgpass_path
from cocreation_app.storage.postgres import DEFAULT_PORT, server_url, url_fields


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerDialog", text)


class ServerDialog(QDialog):
    """Where the server database is; starts from ``last`` (a server URL) when there is one."""

    def __init__(self, parent: QWidget | None, last: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Abrir base de datos en un servidor"))
        host, port, database, user = url_fields(last) or ("", DEFAULT_PORT, "cocrea", "")
        self.host = QLineEdit(host)
        self.host.setPlaceholderText(_tr("servidor.oficina.gob.mx"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(port)
        self.database = QLineEdit(database)
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_tr("vacía: la ya guardada"))
        note = QLabel(
            _tr(
                "Si escribe la contraseña, se guarda en «{file}», que solo usted puede leer; "
                "Cocrea no la guarda en su configuración."
            ).format(file=pgpass_path())
        )
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(_tr("Servidor:"), self.host)
        form.addRow(_tr("Puerto:"), self.port)
        form.addRow(_tr("Base de datos:"), self.database)
        form.addRow(_tr("Usuario:"), self.user)
        form.addRow(_tr("Contraseña:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_filled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept_filled(self) -> None:
        empty = [
            label
            for label, field in (
                (_tr("el servidor"), self.host),
                (_tr("la base de datos"), self.database),
                (_tr("el usuario"), self.user),
            )
            if not field.text().strip()
        ]
        if empty:
            self.problem.setText(_tr("Falta {what}.").format(what=", ".join(empty)))
            return
        self.accept()

    def url(self) -> str:
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )
