"""Opens, places and refreshes the plenary window, and owns the activity timer and its keys.

Keys (application-wide, so they work from either window): F5 opens or closes the plenary view,
F6 starts or pauses the timer, Ctrl+F6 resets it; on the plenary view itself Space starts or
pauses it too (its caption says so) and Esc closes it. The "Vista plenaria" submenu picks the screen
(the projector) and the timer's duration; both are remembered between runs (ui.settings). The
screen is remembered by name: when it is not connected, the default applies again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QInputDialog, QMenu

from cocreation_app.ui import settings
from cocreation_app.ui.plenary.timer import DEFAULT_SECONDS, ActivityTimer
from cocreation_app.ui.plenary.window import PlenaryData, PlenaryWindow

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


MAX_MINUTES = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlenaryController", text)


class PlenaryController(QObject):
    def __init__(
        self, window: WindowShell, load: Callable[[], PlenaryData], changed: SignalInstance
    ) -> None:
        """``load`` gives what to show; ``changed`` fires whenever that may have changed."""
        super().__init__(window)
        self.main_window = window
        self.load = load
        self.timer = ActivityTimer(self, seconds=_stored_duration())
        self.plenary: PlenaryWindow | None = None
        self._screen_name: str | None = settings.get(settings.PLENARY_SCREEN) or None
        self.menu = QMenu(_tr("Vista &plenaria"), window)
        self.menu.setObjectName("menu_plenary")
        self.toggle_action = self._action(_tr("Mostrar vista plenaria"), "F5", self.toggle)
        self.toggle_action.setCheckable(True)
        self.timer_action = self._action(
            _tr("Iniciar o pausar el temporizador"), "F6", self.timer.toggle
        )
        self.reset_action = self._action(
            _tr("Reiniciar el temporizador"), "Ctrl+F6", self.timer.reset
        )
        self.duration_action = self._action(
            _tr("Duración del temporizador…"), None, self.ask_duration
        )
        self.screens_menu = self.menu.addMenu(_tr("Pantalla"))
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        window.menu("view").addSeparator()
        window.menu("view").addMenu(self.menu)
        changed.connect(self.refresh)

    def _action(self, text: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = self.menu.addAction(text)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the window -----------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self.plenary is not None and self.plenary.isVisible()

    def toggle(self) -> None:
        if self.is_open():
            self.close()
        else:
            self.open()

    def open(self, screen: QScreen | None = None) -> PlenaryWindow:
        if self.plenary is None:
            self.plenary = PlenaryWindow(self.timer, self.main_window)
            self.plenary.installEventFilter(self)
        screen = screen or self._chosen_screen()
        self.plenary.setScreen(screen)
        self.plenary.setGeometry(screen.geometry())
        self.plenary.show_data(self.load())
        self.plenary.showFullScreen()
        self.toggle_action.setChecked(True)
        return self.plenary

    def close(self) -> None:
        if self.plenary is not None:
            self.plenary.hide()
        self.toggle_action.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plenary:
            if event.type() == QEvent.Type.Close:
                self.toggle_action.setChecked(False)
            elif event.type() == QEvent.Type.KeyPress:
                key = event.key()  # type: ignore[attr-defined]
                if key == Qt.Key.Key_Escape:
                    self.close()
                    return True
                if key == Qt.Key.Key_Space and not event.isAutoRepeat():  # type: ignore[attr-defined]
                    self.timer.toggle()  # as the timer's caption says
                    return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Show the current ranking; nothing to do while the plenary view is closed."""
        if not self.is_open():
            return
        assert self.plenary is not None
        self.plenary.show_data(self.load())

    # -- screens and timer ----------------------------------------------------------------------

    def _chosen_screen(self) -> QScreen:
        screens = QGuiApplication.screens()
        for screen in screens:
            if screen.name() == self._screen_name:
                return screen
        own = self.main_window.screen()
        # By default the projector: a screen other than the facilitator's, if there is one.
        others = [s for s in screens if s is not own]
        return others[0] if others else own

    def choose_screen(self, name: str) -> None:
        self._screen_name = name
        settings.put(settings.PLENARY_SCREEN, name)
        if self.is_open():
            self.open()

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        group = QActionGroup(self.screens_menu)
        current = self._chosen_screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screens_menu.addAction(
                _tr("{name} ({width}×{height})").format(
                    name=screen.name() or screen.model(), width=size.width(), height=size.height()
                )
            )
            action.setCheckable(True)
            action.setChecked(screen is current)
            group.addAction(action)
            name = screen.name()
            action.triggered.connect(functools.partial(self._on_screen, name))

    def _on_screen(self, name: str, _checked: bool = False) -> None:
        self.choose_screen(name)

    def ask_duration(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.main_window,
            _tr("Temporizador"),
            _tr("Minutos de la actividad:"),
            max(1, self.timer.duration // 60),
            1,
            MAX_MINUTES,
        )
        if ok:
            self.timer.reset(minutes * 60)
            settings.put(settings.PLENARY_DURATION, self.timer.duration)


def _stored_duration() -> int:
    """The remembered duration; the default when the stored one is outside the dialog's range."""
    seconds: int = settings.get(settings.PLENARY_DURATION)
    return seconds if 60 <= seconds <= MAX_MINUTES * 60 else DEFAULT_SECONDS
