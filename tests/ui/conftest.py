"""GUI test fixtures: settings isolated per test, dialogs that never block, the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from cocreation_app.storage import Database


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """QSettings go to a temporary INI file; crash files to a temporary folder."""
    QCoreApplication.setOrganizationName("CocreaTests")
    QCoreApplication.setApplicationName("CocreaTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setattr("cocreation_app.paths.user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr("cocreation_app.failures.crash_dir", lambda: tmp_path / "crashes")
    QSettings().clear()
    yield
    QSettings().clear()


class Dialogs:
    """Records every message box instead of showing it.

    ``answer`` is what question() returns; left as None, questions are answered Yes, or Discard
    when Yes is not offered (so a window closed at teardown never waits)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer: QMessageBox.StandardButton | None = None

    def _record(self, kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            if self.answer is not None:
                return self.answer
            offered = args[0] if args else kwargs.get("buttons", QMessageBox.StandardButton.Yes)
            yes = QMessageBox.StandardButton.Yes
            return yes if offered & yes else QMessageBox.StandardButton.Discard

        return show


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()
    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder._record(kind)))
    return recorder


@pytest.fixture
def window(qtbot: Any, demo_db: Database, demo_plan_id: str) -> Any:
    from cocreation_app.ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.select(demo_plan_id)
    return win


@pytest.fixture
def empty_window(qtbot: Any, db: Database) -> Any:
    from cocreation_app.ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    return win
