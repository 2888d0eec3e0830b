"""The main window's public API that features rely on."""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from cocreation_app.services.entities import EntityService
from cocreation_app.ui import settings
from cocreation_app.ui.commands import (
    CreateCommand,
    DeleteCommand,
    ServiceCommand,
    UpdateCommand,
)
from cocreation_app.ui.features import FEATURES, install_features


def test_api_and_menus(window: Any, demo_plan_id: str) -> None:
    assert window.current_plan_id() == demo_plan_id
    assert window.current_workshop_id() is not None
    bar = [action.menu() for action in window.menuBar().actions()]
    assert bar == [window.menu(name) for name in ("file", "edit", "view", "tools", "help")]
    assert window.menu("export").menuAction() in window.menu("file").actions()
    assert window.failed_features == []
    texts = [a.text() for a in window.menu("file").actions()]
    assert "&Salir" in texts


def test_every_feature_installs(window: Any) -> None:
    assert install_features(window, FEATURES) == []


def test_broken_feature_is_reported_not_fatal(window: Any, tmp_path: Any) -> None:
    assert install_features(window, ["cocreation_app.ui.no_such_feature"]) == [
        "cocreation_app.ui.no_such_feature"
    ]
    assert list((tmp_path / "crashes").glob("crash-*.txt"))


def test_create_update_delete_undo_redo(window: Any, qtbot: Any, demo_plan_id: str) -> None:
    service = EntityService(window.db)
    values = {"plan_id": demo_plan_id, "title": "Basura en el río"}
    create = CreateCommand(window, "problems", values)
    with qtbot.waitSignal(window.dataChanged):
        assert window.execute(create)
    row_id = create.row_id
    assert service.get("problems", row_id)["title"] == "Basura en el río"
    assert window.execute(UpdateCommand(window, "problems", {row_id: {"title": "Río sucio"}}))
    assert not window.execute(UpdateCommand(window, "problems", {row_id: {"title": "Río sucio"}}))
    window.undo_stack.undo()
    assert service.get("problems", row_id)["title"] == "Basura en el río"
    window.undo_stack.redo()
    assert service.get("problems", row_id)["title"] == "Río sucio"
    assert window.execute(DeleteCommand(window, "problems", row_id))
    assert row_id not in {r["id"] for r in service.list_records("problems")}
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert row_id not in {r["id"] for r in service.list_records("problems")}
    window.undo_stack.redo()
    assert service.get("problems", row_id)["title"] == "Basura en el río"


def test_user_error_is_a_dialog(window: Any, dialogs: Any) -> None:
    assert not window.execute(CreateCommand(window, "problems", {"title": "sin plan"}))
    assert dialogs.shown and dialogs.shown[-1][0] == "warning"
    assert "Plan" in dialogs.shown[-1][1]
    assert window.undo_stack.count() == 0


def test_geometry_and_plan_remembered(window: Any) -> None:
    window.resize(1000, 700)
    window.close()
    assert settings.get(settings.WINDOW_GEOMETRY)
    assert settings.get(settings.LAST_PLAN) == window.current_plan_id()


def test_the_database_opened_is_remembered(window: Any, tmp_path: Any) -> None:
    from cocreation_app.storage import open_database

    other = open_database(tmp_path / "otra.sqlite3")
    window.set_database(other)
    assert settings.get(settings.LAST_DATABASE) == str(other.path)


class _Failing(ServiceCommand):
    def __init__(self, window: Any, exc: BaseException) -> None:
        super().__init__(window, "falla")
        self.exc = exc

    def apply(self) -> bool:
        raise self.exc


def test_busy_database_and_full_disk_are_messages(window: Any, dialogs: Any) -> None:
    locked = OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))
    assert not window.execute(_Failing(window, locked))
    assert dialogs.shown[-1] == (
        "warning",
        "La base de datos está ocupada por otro programa; intente de nuevo.",
    )
    full = OSError(errno.ENOSPC, "No queda espacio en el dispositivo", "/media/usb/respaldo")
    assert window.run(_raise, full) is None
    assert dialogs.shown[-1] == (
        "warning",
        "«/media/usb/respaldo»: No queda espacio en el dispositivo",
    )
    assert window.undo_stack.count() == 0


def test_a_bug_is_not_swallowed(window: Any) -> None:
    with pytest.raises(ZeroDivisionError):
        window.run(_raise, ZeroDivisionError())


def _raise(exc: BaseException) -> None:
    raise exc
