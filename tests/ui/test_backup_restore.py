"""File ▸ Restore backup… puts a backup back and keeps the database it replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import backup_to, list_automatic_backups


def _restore_action(window: Any) -> Any:
    for action in window.menu("file").actions():
        if action.text().replace("&", "") == "Restaurar respaldo…":
            return action
    raise AssertionError("no Restore backup action")


def test_restore_from_the_file_menu(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.db.path
    copy = tmp_path / "antes.sqlite3"
    backup_to(path, copy)
    plans_before = EntityService(window.db).count("plans")
    EntityService(window.db).create(
        "plans", {"title": "Después del respaldo", "state": "Oaxaca", "municipality": "Mitla"}
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    _restore_action(window).trigger()
    assert window.db.path == path
    assert EntityService(window.db).count("plans") == plans_before
    assert "Respaldo restaurado" in window.statusBar().currentMessage()
    (saved,) = list_automatic_backups(path)
    assert "before-restore" in saved.name


def test_restore_refuses_a_bad_file_and_keeps_working(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    bogus = tmp_path / "no-es.sqlite3"
    bogus.write_text("hola", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    plans = EntityService(window.db).count("plans")
    _restore_action(window).trigger()
    assert dialogs.shown[-1][0] == "warning" and "no es una base de datos" in dialogs.shown[-1][1]
    assert EntityService(window.db).count("plans") == plans


def test_restore_can_be_cancelled(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    copy = tmp_path / "antes.sqlite3"
    backup_to(window.db.path, copy)
    dialogs.answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    _restore_action(window).trigger()
    assert list_automatic_backups(window.db.path) == []
