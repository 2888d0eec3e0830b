"""First run: a database without plans says what to do first; Help lists every shortcut."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.help.shortcuts import ShortcutsDialog, key_text


def test_empty_database_welcomes_with_two_ways_in(empty_window: Any, qtbot: Any) -> None:
    window = empty_window
    window.show()
    QApplication.processEvents()
    stack = window.welcome
    assert stack.welcoming() and stack.welcome.isVisible()
    assert not window.views.isVisible()
    participants = window.findChild(QWidget, "participantsView")
    participants.refresh()  # as when shown
    form = participants.form
    assert "no tiene aviso de privacidad" not in form.notice_title.text()
    assert form.notice_title.text().startswith("Primero cree o elija un plan")

    qtbot.mouseClick(stack.welcome.create_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    plan_view = window.findChild(QWidget, "planView")
    assert plan_view.isVisible() and not stack.welcoming()
    title = plan_view.plans.form.editor("title")
    assert QApplication.focusWidget() is title.widget
    window.dataChanged.emit()  # any refresh while typing the first plan keeps the form
    QApplication.processEvents()
    assert plan_view.isVisible()
    title.set("Plan Local de Gobierno Abierto de Teopisca")
    for name, value in (("state", "Chiapas"), ("municipality", "Teopisca")):
        plan_view.plans.form.editor(name).set(value)
    plan_view.plans.form.editor("guarantor_body").set("Órgano Garante de Chiapas")
    plan_view.plans.save_button.click()
    QApplication.processEvents()
    assert lists.plans(window.db) and not stack.welcoming()

    EntityService(window.db).delete("plans", lists.plans(window.db)[0].id)
    window.dataChanged.emit()
    QApplication.processEvents()
    assert stack.welcoming()  # no plan again: what to do first, again


def test_welcome_opens_the_demo(empty_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = empty_window
    window.show()
    qtbot.mouseClick(window.welcome.welcome.demo_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.db.path == tmp_path / "data" / "cocrea-demo.sqlite3"
    assert window.current_plan_id() is not None
    assert not window.welcome.welcoming() and window.views.isVisible()


def test_the_demo_database_does_not_welcome(window: Any) -> None:
    window.show()
    QApplication.processEvents()
    assert not window.welcome.welcoming()


def test_shortcuts_page_lists_every_action_shortcut(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ShortcutsDialog] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    window.findChild(QAction, "actionShortcuts").trigger()
    assert len(opened) == 1
    page = opened[0].page.toPlainText()
    keyed = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(keyed) >= 15
    for action in keyed:
        for key in action.shortcuts():
            assert key_text(key) in page, (action.text(), key_text(key))
        assert action.text().replace("&", "").rstrip("…") in page, action.text()
    for key in ("F5", "F6", "Ctrl+F6", "Ctrl+Shift+R", "Ctrl+Z", "Ctrl+1", "F1"):
        assert key_text(QKeySequence(key)) in page, key
    assert key_text(QKeySequence("Space")) in page  # the plenary view's own key
    assert "Iniciar o pausar el temporizador" in page
