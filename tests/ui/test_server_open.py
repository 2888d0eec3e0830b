"""File ▸ Open a server database (issue 19): the window opens a coordination office's
PostgreSQL, the real one the test session started (tests/pg.py), shows its plans and remembers
it; an unreachable server or a wrong password is one clear message and changes nothing."""

from __future__ import annotations

import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cocreation_app.ui import settings
from cocreation_app.ui.app import open_start_database
from cocreation_app.ui.database.server_dialog import ServerDialog
from cocreation_app.ui.sync.dialogs import ExportBundleDialog
from tests.pg import Server
from tests.ui.conftest import Dialogs

ROLE, PASSWORD = "coordinadora", "Clave-de-la-oficina"


def _action(window: Any, text: str) -> Any:
    for action in window.menu("file").actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(text)


@pytest.fixture
def office_db(pg_server: Server, _pg_demo_template: tuple[str, str]) -> Iterator[str]:
    """A copy of the demo plan's server database, owned by a role that needs its password."""
    pg_server.add_password_role(ROLE, PASSWORD)
    name = pg_server.new_database(template=_pg_demo_template[0])
    with pg_server.admin(name) as conn:
        conn.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{ROLE}"')
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def _fill_and_open(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, **fields: Any
) -> Callable[[], list[ServerDialog]]:
    """The dialog, when File ▸ Open a server runs, filled as a person types and confirmed."""
    seen: list[ServerDialog] = []

    def run(dialog: ServerDialog) -> int:
        seen.append(dialog)
        for name in ("host", "database", "user", "password"):
            if name in fields:
                getattr(dialog, name).clear()
                qtbot.keyClicks(getattr(dialog, name), fields[name])
        if "port" in fields:
            dialog.port.setValue(fields["port"])
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", run)
    return lambda: seen


def test_open_the_office_server_with_its_password_and_see_its_plans(
    empty_window: Any,
    pg_server: Server,
    office_db: str,
    _pg_demo_template: tuple[str, str],
    pgpass: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    window = empty_window
    assert window.current_plan_id() is None  # a new, empty laptop database
    fill = dict(host="127.0.0.1", port=pg_server.port, database=office_db, user=ROLE)
    _fill_and_open(monkeypatch, qtbot, **fill, password=PASSWORD)
    _action(window, "Abrir base de datos en un servidor…").trigger()

    assert dialogs.shown == []
    assert window.db.on_server
    assert window.current_plan_id() == _pg_demo_template[1]  # the demo plan, from the server
    assert window.navigator.plans.count() == 1
    url = f"postgresql+psycopg://{ROLE}@127.0.0.1:{pg_server.port}/{office_db}"
    assert settings.get(settings.LAST_DATABASE) == url
    assert url in window.windowTitle()
    assert PASSWORD not in settings.get(settings.LAST_DATABASE)
    # The password is in libpq's file, for its owner only, and nowhere in the settings.
    assert pgpass.read_text() == f"127.0.0.1:{pg_server.port}:{office_db}:{ROLE}:{PASSWORD}\n"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    # Exporting a bundle from the server starts in the home folder, not the working one.
    export = ExportBundleDialog(window)
    qtbot.addWidget(export)
    assert Path(export.path.text()) == Path.home() / f"{office_db}.cocrea"
    # Next start: the last database is the server, opened with the saved password.
    again = open_start_database(None)
    try:
        assert again.on_server and again.describe() == url
    finally:
        again.close()


def test_a_wrong_password_is_one_clear_message_and_changes_nothing(
    empty_window: Any,
    pg_server: Server,
    office_db: str,
    pgpass: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    window = empty_window
    before = window.db
    pgpass.write_text("otro:5432:*:alguien:su-clave\n")
    pgpass.chmod(0o600)
    fill = dict(host="127.0.0.1", port=pg_server.port, database=office_db, user=ROLE)
    _fill_and_open(monkeypatch, qtbot, **fill, password="no-es-esta")
    _action(window, "Abrir base de datos en un servidor…").trigger()

    assert len(dialogs.shown) == 1
    kind, text = dialogs.shown[0]
    assert kind == "warning" and "no aceptó la contraseña" in text and ROLE in text
    assert "no-es-esta" not in text and "Traceback" not in text
    assert window.db is before and not window.db.on_server
    assert pgpass.read_text() == "otro:5432:*:alguien:su-clave\n"  # as it was


def test_an_unreachable_server_is_one_clear_message(
    empty_window: Any, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window = empty_window
    before = window.db
    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _fill_and_open(monkeypatch, qtbot, host="127.0.0.1", port=port, database="cocrea", user=ROLE)
    _action(window, "Abrir base de datos en un servidor…").trigger()

    assert len(dialogs.shown) == 1
    kind, text = dialogs.shown[0]
    assert kind == "warning" and "No se pudo conectar con el servidor" in text
    assert f"127.0.0.1:{port}/cocrea" in text and "Traceback" not in text
    assert window.db is before


def test_the_dialog_asks_for_what_is_missing(qtbot: Any) -> None:
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.database.clear()
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "el servidor" in dialog.problem.text() and "el usuario" in dialog.problem.text()
