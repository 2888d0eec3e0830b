"""The Preferences dialog."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n.catalog import LANGUAGE_NAMES, LANGUAGES


def language_name(code: str) -> str:
    """A language's name in that language ("Español", "English"), as people look for it."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    try:
        name = Locale.parse(code).get_display_name(code)
    except (ValueError, UnknownLocaleError):
        name = None
    return (name[:1].upper() + name[1:]) if name else code


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferencias"))
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        for code in LANGUAGES:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        form = QFormLayout()
        label = QLabel(self.tr("&Idioma:"), self)
        label.setBuddy(self.language_box)
        form.addRow(label, self.language_box)
        note = QLabel(
            self.tr(
                "El cambio de idioma se aplica de inmediato a la ventana, a los mensajes y a "
                "los documentos que exporte. El historial de deshacer empieza de nuevo."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def language(self) -> str:
        return str(self.language_box.currentData())
