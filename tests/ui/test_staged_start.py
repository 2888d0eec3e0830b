"""The application's staged start: the first window before the data layer, then the rest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from cocreation_app.storage import Database
from cocreation_app.ui import settings
from cocreation_app.ui.main_window import MainWindow


def _menus(window: MainWindow) -> dict[str, list[str]]:
    """Every menu's entries, submenus included, as the user reads them."""
    found = {}
    for menu in window.findChildren(QMenu):
        name = menu.objectName() or menu.title()
        if name:  # Qt's own unnamed menus (the menu bar's overflow) are left out
            found[name] = [a.text() for a in menu.actions()]
    return found


def _tabs(window: MainWindow) -> list[str]:
    return [window.views.tabText(i) for i in range(window.views.count())]


def test_a_staged_start_ends_with_the_same_window(qtbot: Any, demo_db: Database) -> None:
    whole = MainWindow(demo_db)
    qtbot.addWidget(whole)
    staged = MainWindow(demo_db, staged=True)
    qtbot.addWidget(staged)
    assert _tabs(staged) == ["Participantes"]  # the first window: the registration desk
    with qtbot.waitSignal(staged.started, timeout=30_000):
        staged.show()
        staged.continue_start()
        staged.continue_start()  # a second call adds nothing
    assert _tabs(staged) == _tabs(whole)
    assert len(_tabs(whole)) > 5
    assert _menus(staged) == _menus(whole)
    assert staged.failed_features == []


def test_a_staged_start_returns_to_the_view_last_used(qtbot: Any, demo_db: Database) -> None:
    settings.put(settings.CURRENT_VIEW, 3)
    window = MainWindow(demo_db, staged=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=30_000):
        window.show()
        window.continue_start()
    assert window.views.currentIndex() == 3


def test_the_first_window_is_drawn_before_sqlalchemy_loads(demo_path: Path, tmp_path: Path) -> None:
    """Start the real application as a facilitator does and read what it had loaded when the
    window was shown with its first page of participants (ui/bench_ready.py)."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "COCREA_BENCH_READY": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "cocreation_app.cli", "--db", str(demo_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "COCREA_READY"
    loaded = set(lines[1].split()[1:])
    assert {"PySide6", "cocreation_app", "sqlite3"} <= loaded
    assert not loaded & {"sqlalchemy", "alembic", "reportlab", "cryptography", "pypdf"}
    later = [line for line in lines[2:] if not line.startswith("COCREA_CATALOGS")]
    assert later[0] == "COCREA_STARTED"  # then every feature was installed (catalogs between)
    # The database is remembered for the next start (written once started, not before).
    remembered = [path.read_text() for path in (tmp_path / "config").rglob("*.conf")]
    assert any(str(demo_path) in text for text in remembered), remembered


def test_a_step_that_fails_is_reported_and_the_start_goes_on(
    qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from cocreation_app.ui import staged_start

    monkeypatch.setattr(
        staged_start, "LATER_IMPORTS", ("cocreation_app.not_shipped", *staged_start.LATER_IMPORTS)
    )
    whole = MainWindow(demo_db)
    qtbot.addWidget(whole)
    window = MainWindow(demo_db, staged=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=30_000):
        window.show()
        window.continue_start()
    assert window.failed_features == ["cocreation_app.not_shipped"]
    assert _tabs(window) == _tabs(whole)
    assert "fallos" in window.statusBar().currentMessage()
    assert len(list((tmp_path / "crashes").glob("crash-*.txt"))) == 1


def test_the_view_used_last_is_not_forced_on_someone_already_typing(
    qtbot: Any, demo_db: Database, monkeypatch: Any
) -> None:
    from cocreation_app.ui import staged_start

    settings.put(settings.CURRENT_VIEW, 3)
    install = staged_start.install_features

    def type_then_install(window: MainWindow, paths: list[str]) -> list[str]:
        # The facilitator types while the rest loads (the first feature step, every time).
        search = window.findChild(QWidget, "participantSearch")
        if not search.text():
            qtbot.keyClicks(search, "ana")
        return install(window, paths)

    monkeypatch.setattr(staged_start, "install_features", type_then_install)
    window = MainWindow(demo_db, staged=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=30_000):
        window.show()
        window.continue_start()
    assert window.views.currentIndex() == 0  # still where the typing goes
    assert window.findChild(QWidget, "participantSearch").text() == "ana"


def test_closing_before_the_start_ends_keeps_the_view_remembered(
    qtbot: Any, demo_db: Database
) -> None:
    settings.put(settings.CURRENT_VIEW, 3)
    window = MainWindow(demo_db, staged=True)
    qtbot.addWidget(window)
    window.close()
    assert settings.get(settings.CURRENT_VIEW) == 3


def test_a_window_deleted_during_its_start_runs_no_more_steps(
    qtbot: Any, demo_db: Database, tmp_path: Path
) -> None:
    window = MainWindow(demo_db, staged=True)  # not given to qtbot: it is deleted here
    window.show()
    window.continue_start()
    window.deleteLater()
    qtbot.wait(600)  # past the first paint and the unpainted-window fallback
    assert not (tmp_path / "crashes").exists()


def test_a_menu_opened_during_the_start_is_whole(qtbot: Any, demo_db: Database) -> None:
    whole = MainWindow(demo_db)
    qtbot.addWidget(whole)
    window = MainWindow(demo_db, staged=True)
    qtbot.addWidget(window)
    window.continue_start()  # not shown yet: no step has run
    assert _menus(window)["menu_file"] == []
    window.menu("file").aboutToShow.emit()  # the user opens Archivo
    assert window.is_started
    assert _menus(window) == _menus(whole)
    assert _tabs(window) == _tabs(whole)
    qtbot.wait(600)  # the timers left behind run nothing twice
    assert _menus(window) == _menus(whole)
