"""Qt's own dialogs speak the user's language, in Mexican wording (issue 17, item 11).

PySide6 ships qtbase_es.qm (Spain's Spanish, lagging Qt 6: the file dialog's "&Look in:" and
"Files of &type:" are not in it); translations/qtoverride_es.ts corrects and completes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from cocreation_app.i18n.qt import apply_language, installed_catalogs, qt_translations_path

SPAIN_OR_ENGLISH = ("fichero", "directorio", "look in", "files of", "file name")


@pytest.fixture
def file_dialog(qapp: Any) -> Iterator[QFileDialog]:
    dialog = QFileDialog(None, "Cocrea")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    yield dialog
    dialog.deleteLater()
    apply_language("es")


def _texts(dialog: QWidget) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.toolTip() for button in dialog.findChildren(QToolButton)]
    return [text for text in texts if text]


def test_the_wheel_ships_qt_own_spanish() -> None:
    assert (Path(qt_translations_path()) / "qtbase_es.qm").is_file()


def test_file_dialog_labels_in_spanish(file_dialog: QFileDialog, tmp_path: Path) -> None:
    apply_language("es")
    assert any(path.endswith("qtoverride_es.qm") for path in installed_catalogs())
    dialog = QFileDialog(None, "Cocrea")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "&Nombre de archivo:", "&Tipo de archivo:"} <= labels
    texts = _texts(dialog)
    assert "Carpeta superior" in texts
    assert [t for t in texts if any(word in t.lower() for word in SPAIN_OR_ENGLISH)] == []
    dialog.deleteLater()
    # The file list's Tipo column: a folder is a "Carpeta" (Qt's Spanish left it "Folder").
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Carpeta"


def test_file_dialog_follows_a_switch_to_english(file_dialog: QFileDialog) -> None:
    apply_language("en")  # the open dialog is retranslated (QEvent.LanguageChange, posted)
    QCoreApplication.sendPostedEvents()
    labels = {label.text() for label in file_dialog.findChildren(QLabel)}
    assert {"&Look in:", "File &name:", "Files of &type:"} <= labels
    apply_language("es")
    QCoreApplication.sendPostedEvents()
    labels = {label.text() for label in file_dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "&Nombre de archivo:", "&Tipo de archivo:"} <= labels


def test_message_box_buttons_and_text_menu_in_spanish(qapp: Any) -> None:
    apply_language("es")
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in box.buttons()) == ["&No", "&Sí", "Cancelar"]
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"&Deshacer", "&Copiar", "&Pegar", "Seleccionar todo"} <= set(actions)
    for widget in (box, field, menu):
        widget.deleteLater()
