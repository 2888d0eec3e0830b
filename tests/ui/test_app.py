"""Start-up pieces: the database opened at start and the crash handler."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from cocreation_app.errors import UserError
from cocreation_app.ui import settings
from cocreation_app.ui.app import open_start_database
from cocreation_app.ui.crash import handle_exception


def test_opens_given_then_last_then_default(tmp_path: Path, demo_path: Path) -> None:
    db = open_start_database(demo_path)
    assert db.path == demo_path
    db.close()
    settings.put(settings.LAST_DATABASE, str(demo_path))
    db = open_start_database(None)
    assert db.path == demo_path
    db.close()
    settings.put(settings.LAST_DATABASE, str(tmp_path / "gone.sqlite3"))
    db = open_start_database(None)
    assert db.path == tmp_path / "data" / "cocrea.sqlite3"
    db.close()


def test_crash_handler_writes_file_and_says_where(tmp_path: Path, dialogs: Any) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    files = list((tmp_path / "crashes").glob("crash-*.txt"))
    assert len(files) == 1
    assert "RuntimeError: boom" in files[0].read_text(encoding="utf-8")
    kind, text = dialogs.shown[-1]
    assert kind == "critical" and str(files[0]) in text


def test_user_error_reaching_the_hook_is_a_plain_message(dialogs: Any, tmp_path: Path) -> None:
    handle_exception(UserError, UserError("Falta el nombre."), None)
    assert dialogs.shown[-1] == ("warning", "Falta el nombre.")
    assert not (tmp_path / "crashes").exists()


def test_a_data_folder_that_cannot_be_created_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cocreation_app.errors import StorageError
    from cocreation_app.ui import app as app_module

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(app_module, "default_db_path", lambda: blocker / "sub" / "cocrea.sqlite3")
    monkeypatch.setattr(app_module.settings, "get", lambda key: None)
    with pytest.raises(StorageError, match="No se pudo crear la carpeta de datos"):
        app_module.open_start_database(None)
