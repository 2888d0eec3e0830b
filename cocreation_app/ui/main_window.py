"""The facilitator's main window: navigator, view tabs, menus, undo stack, status bar.

Features (see :mod:`cocreation_app.ui.features`) plug their views and actions into it. The
window holds the open :class:`~cocreation_app.storage.Database`; views ask services for data
when they refresh and never keep a session open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QTabWidget, QWidget

from cocreation_app.failures import report
from cocreation_app.storage import Database
from cocreation_app.ui import settings
from cocreation_app.ui.features import FEATURES, FIRST_FEATURES, install_features
from cocreation_app.ui.navigator import Navigator
from cocreation_app.ui.review.mode import ReviewMode
from cocreation_app.ui.shell import Edit, WindowShell, has_unsaved
from cocreation_app.ui.undo_keys import UndoKeys
from cocreation_app.ui.widgets.focus import focus_first_field

T = TypeVar("T")

MENUS = ("file", "edit", "view", "tools", "help")


class MainWindow(WindowShell):
    def __init__(
        self, db: Database, *, features: list[str] | None = None, staged: bool = False
    ) -> None:
        """``staged``: install only :data:`FIRST_FEATURES` now; :meth:`continue_start` loads the
        rest once the window is shown (see :mod:`cocreation_app.ui.features`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.last_error: BaseException | None = None
        self.undo_keys = UndoKeys(self)  # Ctrl+Z in an empty field undoes the last saved edit
        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.setCentralWidget(self.views)
        self.navigator = Navigator(self)
        self.addToolBar(self.navigator)
        self.statusBar().setObjectName("statusBar")
        # Signal-to-signal and bound-method connections: a lambda here outlives the window in
        # PySide6 and raised TypeError when an undo stack was torn down with the window.
        self.undo_stack.indexChanged.connect(self.dataChanged)
        self.dataChanged.connect(self.navigator.reload)
        self.review_mode.changed.connect(self._update_title)
        self._update_title()
        self.planChanged.connect(lambda plan_id: settings.put(settings.LAST_PLAN, plan_id))
        self.workshopChanged.connect(lambda w_id: settings.put(settings.LAST_WORKSHOP, w_id))
        self.navigator.reload(
            settings.get(settings.LAST_PLAN), settings.get(settings.LAST_WORKSHOP)
        )
        self.is_started = False
        wanted = FEATURES if features is None else features
        later = [path for path in wanted if staged and path not in FIRST_FEATURES]
        self.failed_features = install_features(self, [p for p in wanted if p not in later])
        self._later: list[str] | None = later if staged else None
        self._restore_geometry()
        if not staged:
            self.finish_start()

    # -- the contract (ui/shell.py) ---------------------------------------------------------

    def current_plan_id(self) -> str | None:
        return self.navigator.plan_id()

    def current_workshop_id(self) -> str | None:
        return self.navigator.workshop_id()

    def select(self, plan_id: str | None = None, workshop_id: str | None = None) -> None:
        """Move the navigator to this plan (and workshop), refreshing both lists."""
        self.navigator.reload(plan_id, workshop_id)

    def menu(self, name: str) -> QMenu:
        """'file', 'edit', 'view', 'tools', 'help', or 'export' (a submenu of File)."""
        return self._menus[name]

    def add_view(self, widget: QWidget, title: str) -> int:
        """Add a view as a tab; Ctrl+1…9 (View menu) jumps to the first nine."""
        index = self.views.addTab(widget, title)
        if index < 9:
            action = self.menu("view").addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda: self.show_view(widget, focus=True))
        return index

    def show_view(self, widget: QWidget, *, focus: bool = False) -> None:
        """``focus``: and put the keyboard in it (Ctrl+1…9), as typing is what comes next."""
        self.views.setCurrentWidget(widget)
        if focus:
            focus_first_field(widget)

    def execute(self, command: Edit) -> bool:
        """Run an edit once and put it on the undo stack; a user error becomes a dialog.

        In review mode only commands ``allowed_in_review`` run (:mod:`.review.mode`)."""
        if not self.review_mode.allows(command):
            return False
        try:
            done = command.apply()
        except Exception as exc:  # a user error becomes a dialog; a bug is re-raised
            self._fail(exc)
            return False
        if not done:
            return False
        self.undo_stack.push(command)
        self.status(self.tr("Guardado: {what}").format(what=command.text()))
        return True

    def execute_all(self, text: str, commands: Sequence[Edit]) -> bool:
        """Run several edits as one undo step; if one fails, those done are reverted."""
        if not self.review_mode.allows(*commands):
            return False
        done: list[Edit] = []
        try:
            for command in commands:
                if command.apply():
                    done.append(command)
        except Exception as exc:  # a user error becomes a dialog; a bug is re-raised
            for command in reversed(done):
                command.revert()
            self._fail(exc)
            return False
        if not done:
            return False
        self.undo_stack.beginMacro(text)
        for command in done:
            self.undo_stack.push(command)
        self.undo_stack.endMacro()
        self.status(self.tr("Guardado: {what}").format(what=text))
        return True

    def run(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call ``action``; a user error it raises becomes a dialog and None is returned."""
        try:
            return action(*args, **kwargs)
        except Exception as exc:  # a user error becomes a dialog; a bug is re-raised
            self._fail(exc)
            return None

    def _fail(self, exc: BaseException) -> None:
        message = report(exc)
        if message is None:
            raise exc
        self.last_error = exc  # a form asks which fields were at fault
        self.show_error(message)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("No se pudo completar"), message)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Confirmar"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def set_database(self, db: Database) -> None:
        """Switch to another database file; the undo history belongs to the old one."""
        old = self.db
        self.undo_stack.clear()
        self.db = db
        if old is not db:
            old.close()
        settings.put(settings.LAST_DATABASE, db.describe())
        self._update_title()
        self.navigator.reload()
        self.databaseChanged.emit()
        self.planChanged.emit(self.current_plan_id() or "")
        self.workshopChanged.emit(self.current_workshop_id() or "")
        self.dataChanged.emit()

    def new_window(self) -> MainWindow:
        return MainWindow(self.db)

    def continue_start(self) -> None:
        """After a staged start, once shown: load the rest (:mod:`.staged_start`)."""
        if self._later is not None:
            from cocreation_app.ui.staged_start import StagedStart

            StagedStart(self, self._later)
            self._later = None

    def finish_start(self, *, restore_view: bool = True) -> None:
        """Every feature is in: close the File menu, go back to the view used last time."""
        self._finish_file_menu()
        if self.failed_features:
            self.status(
                self.tr("Algunas funciones no se pudieron cargar; vea el archivo de fallos.")
            )
        index = settings.get(settings.CURRENT_VIEW)
        if restore_view and 0 <= index < self.views.count():
            self.views.setCurrentIndex(index)
        # Not the plan drop-down, first in the window's Tab order, where a typed letter would
        # pick another plan: the view's first field.
        view = self.views.currentWidget()
        if view is not None:
            focus_first_field(view)
        self.is_started = True
        self.started.emit()

    # -- internals ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        titles = {
            "file": self.tr("&Archivo"),
            "edit": self.tr("&Edición"),
            "view": self.tr("&Ver"),
            "tools": self.tr("&Herramientas"),
            "help": self.tr("Ay&uda"),
        }
        for name in MENUS:
            menu = self.menuBar().addMenu(titles[name])
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        self._menus["export"] = QMenu(self.tr("&Exportar"), self)
        self._menus["export"].setObjectName("menu_export")
        undo = self.undo_stack.createUndoAction(self, self.tr("&Deshacer"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Rehacer"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.menu("edit").addActions([undo, redo])
        self.menu("edit").addSeparator()
        self.review_mode = ReviewMode(self, undo, redo)

    def _settle_unsaved(self) -> bool:
        """Offer to save typing not saved yet in any form (widgets with ``unsaved``/``save``).

        Returns False when the user cancels, or a save fails (its error was shown)."""
        pending = [w for w in self.findChildren(QWidget) if has_unsaved(w)]
        if not pending:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Cambios sin guardar"),
            self.tr("Hay datos escritos que no se han guardado. ¿Guardarlos antes de salir?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer != QMessageBox.StandardButton.Save:
            return False
        return all(widget.save() for widget in pending)  # type: ignore[attr-defined]

    def _finish_file_menu(self) -> None:
        """Export submenu and Quit go last, after what the features added."""
        menu = self.menu("file")
        menu.addSeparator()
        export = self.menu("export")
        menu.addMenu(export)
        export.setEnabled(not export.isEmpty())
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Salir"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

    def _update_title(self) -> None:
        title = (
            self.tr("Cocrea — {path} — modo revisión")
            if self.review_mode.active
            else self.tr("Cocrea — {path}")
        )
        where = self.db.describe() if self.db.on_server else self.db.path.name
        self.setWindowTitle(title.format(path=where))

    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle_unsaved():
            event.ignore()
            return
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        if self.is_started:  # before, only the first view exists: keep the one remembered
            settings.put(settings.CURRENT_VIEW, self.views.currentIndex())
        super().closeEvent(event)
