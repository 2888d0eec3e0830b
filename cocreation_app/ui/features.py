"""The feature hook: how a part of the application plugs into the main window.

``FEATURES`` lists dotted module paths. Each module defines ``install(window) -> None`` and is
imported lazily when the main window starts, in list order (which is also the order of the view
tabs). ``install`` receives the :class:`~cocreation_app.ui.shell.WindowShell` and may:

- add a view with ``window.add_view(widget, title)``;
- add actions to ``window.menu("file" | "edit" | "view" | "tools" | "help" | "export")``
  ("export" is the File ▸ Export submenu: PDF, bundles…);
- read ``window.db``, ``window.current_plan_id()``, ``window.current_workshop_id()``;
- listen to ``planChanged(str)``, ``workshopChanged(str)``, ``dataChanged()``,
  ``databaseChanged()``;
- make undoable edits with ``window.execute(command)``, or several as one undo step with
  ``window.execute_all(text, commands)`` (see :mod:`cocreation_app.ui.commands`: create, update,
  delete, check-in), ask with ``window.confirm(question)`` before deleting, and report with
  ``window.status(...)`` / ``window.show_error(...)``;
- respect review mode (:mod:`cocreation_app.ui.review.mode`): a command the reviewer may run
  declares ``allowed_in_review = True``; an edit made without a command asks
  ``window.review_mode.allows()`` first, and its menu entry is registered with
  ``window.review_mode.guard(action)``;
- build a view on :class:`cocreation_app.ui.widgets.view.View` (refreshes itself when needed)
  and a list-plus-form on :class:`cocreation_app.ui.widgets.panel.RecordPanel`.

To add a feature, write its module (in its own folder under ``ui/``) and add one line here. A
feature that fails to install is reported (crash file + status bar) and the window still opens.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

FEATURES: list[str] = [
    "cocreation_app.ui.database.feature",
    "cocreation_app.ui.backup.feature",
    "cocreation_app.ui.participants.feature",
    "cocreation_app.ui.checkin.feature",
    "cocreation_app.ui.problems.feature",
    "cocreation_app.ui.prioritization.feature",
    "cocreation_app.ui.solutions.feature",
    "cocreation_app.ui.commitments.feature",
    "cocreation_app.ui.plan.feature",
    "cocreation_app.ui.exports.feature",
    "cocreation_app.ui.lists.feature",
    "cocreation_app.ui.review.feature",
    "cocreation_app.ui.followup.feature",
    "cocreation_app.ui.sync.feature",
    "cocreation_app.ui.preferences.feature",
    "cocreation_app.ui.help.feature",
    "cocreation_app.ui.welcome.feature",
]

# A staged start (the application's, not the tests') installs these first, shows the window,
# then imports LATER_IMPORTS and installs the other features one per turn of the event loop
# (``MainWindow.continue_start``). These modules must not import SQLAlchemy, the models or the
# services at module level: the first window is drawn before they load, which keeps start-up
# near a bare window's (docs/performance.md). They should add no menu entries, whose order
# would change.
FIRST_FEATURES: frozenset[str] = frozenset({"cocreation_app.ui.participants.feature"})

# The data layer, in steps: SQLAlchemy (one step, its package imports all of it), the mapped
# classes, the services that every other feature uses.
LATER_IMPORTS: tuple[str, ...] = (
    "sqlalchemy.orm",
    "cocreation_app.models.mapped",
    "cocreation_app.services.entities",
)

log = logging.getLogger(__name__)


def install_features(window: WindowShell, features: list[str] | None = None) -> list[str]:
    """Install each feature; returns the dotted paths of those that failed."""
    from cocreation_app.failures import write_crash_file

    failed = []
    for path in FEATURES if features is None else features:
        try:
            importlib.import_module(path).install(window)
        except Exception:
            log.exception("feature %s failed to install", path)
            write_crash_file()
            failed.append(path)
    return failed
