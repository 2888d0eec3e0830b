"""The plenary view remembers its screen (by name) and the timer's duration between runs."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QInputDialog

from cocreation_app.storage import Database
from cocreation_app.ui import settings
from cocreation_app.ui.plenary import controller as controller_module
from cocreation_app.ui.plenary.controller import PlenaryController
from cocreation_app.ui.prioritization.view import PrioritizationView


class FakeScreen:
    """A connected screen as the controller sees it: a name and a size."""

    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name

    def model(self) -> str:
        return ""

    def geometry(self) -> QRect:
        return QRect(0, 0, 1920, 1080)


def _controller(window: Any) -> PlenaryController:
    view = window.findChild(PrioritizationView, "prioritizationView")
    assert view is not None and view.plenary is not None
    return view.plenary


@pytest.fixture
def controller(window: Any) -> PlenaryController:
    return _controller(window)


@pytest.fixture
def next_run(qtbot: Any, demo_db: Database) -> Callable[[], PlenaryController]:
    """A new main window on the same database, as at the application's next start."""
    from cocreation_app.ui.main_window import MainWindow

    def start() -> PlenaryController:
        win = MainWindow(demo_db)
        qtbot.addWidget(win)
        return _controller(win)

    return start


@pytest.fixture
def connect(monkeypatch: pytest.MonkeyPatch, window: Any) -> Callable[..., None]:
    """Sets the screens the controller finds: the facilitator's own, then the named others."""

    def plug(*names: str) -> None:
        screens = [window.screen(), *(FakeScreen(name) for name in names)]
        fake = SimpleNamespace(screens=lambda: screens)
        monkeypatch.setattr(controller_module, "QGuiApplication", fake)

    return plug


@pytest.fixture
def minutes_dialog(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The duration dialog answers 5 minutes; the list collects the minutes it was offered."""
    offered: list[int] = []

    def get_int(_parent: Any, _title: str, _label: str, value: int, *_args: Any) -> Any:
        offered.append(value)
        return 5, True

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    return offered


def _checked_screen(controller: PlenaryController) -> list[str]:
    controller.screens_menu.aboutToShow.emit()
    return [a.text() for a in controller.screens_menu.actions() if a.isChecked()]


def test_the_chosen_duration_is_remembered(
    controller: PlenaryController,
    next_run: Callable[[], PlenaryController],
    minutes_dialog: list[int],
) -> None:
    assert controller.timer.text() == "10:00"
    controller.duration_action.trigger()
    assert minutes_dialog == [10]
    assert controller.timer.text() == "05:00"
    assert settings.get(settings.PLENARY_DURATION) == 5 * 60
    later = next_run()
    assert later.timer.duration == 5 * 60
    assert later.open().clock.text() == "05:00"
    later.duration_action.trigger()
    assert minutes_dialog == [10, 5]  # the dialog offers the remembered duration


@pytest.mark.parametrize("stored", [0, 241 * 60, "diez"])
def test_a_stored_duration_out_of_range_gives_the_default(
    stored: object, next_run: Callable[[], PlenaryController]
) -> None:
    settings.put(settings.PLENARY_DURATION, stored)
    assert next_run().timer.text() == "10:00"


def test_the_chosen_screen_is_remembered_by_name(
    controller: PlenaryController,
    next_run: Callable[[], PlenaryController],
    connect: Callable[..., None],
) -> None:
    connect("HDMI-1", "HDMI-2")
    # By default a screen other than the facilitator's.
    assert _checked_screen(controller) == ["HDMI-1 (1920×1080)"]
    (hdmi2,) = [a for a in controller.screens_menu.actions() if a.text().startswith("HDMI-2")]
    hdmi2.trigger()
    assert settings.get(settings.PLENARY_SCREEN) == "HDMI-2"
    assert _checked_screen(controller) == ["HDMI-2 (1920×1080)"]
    assert _checked_screen(next_run()) == ["HDMI-2 (1920×1080)"]


def test_a_screen_not_connected_falls_back_to_the_default(
    window: Any, next_run: Callable[[], PlenaryController], connect: Callable[..., None]
) -> None:
    settings.put(settings.PLENARY_SCREEN, "HDMI-2")
    connect("HDMI-1")
    later = next_run()
    assert _checked_screen(later) == ["HDMI-1 (1920×1080)"]
    connect()  # the laptop alone: its own screen
    own = window.screen()
    assert later.open().screen() is own
    # Nothing chosen, so the projector is picked again once it is plugged back in.
    assert settings.get(settings.PLENARY_SCREEN) == "HDMI-2"
    connect("HDMI-1", "HDMI-2")
    assert _checked_screen(next_run()) == ["HDMI-2 (1920×1080)"]
