"""Which language the window speaks, and switching it without restarting.

A switch installs the new translators (:func:`cocreation_app.i18n.qt.apply_language`) and then
rebuilds the main window in place of the old one, on the same database, plan, workshop, view
and geometry. Rebuilding, rather than asking every widget to re-set its texts, means every view
(including those added later by a feature, and every label computed by the services) is in the
new language with no per-widget code. The undo history belongs to the old window and starts over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreation_app.i18n.catalog import LANGUAGES
from cocreation_app.i18n.qt import apply_language, system_language
from cocreation_app.ui import settings

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

# The window now open; Python must hold it or Qt would delete it.
_current: list[WindowShell] = []


def startup_language() -> str:
    """The saved choice; else the system language if Spanish or English; else Spanish."""
    saved = settings.get(settings.LANGUAGE)
    return saved if saved in LANGUAGES else system_language()


def switch_language(window: WindowShell, code: str) -> WindowShell:
    """Save ``code``, apply it and replace ``window`` by a new one in that language."""
    settings.put(settings.LANGUAGE, code)
    apply_language(code)
    plan_id, workshop_id = window.current_plan_id(), window.current_workshop_id()
    new = window.new_window()
    new.restoreGeometry(window.saveGeometry())
    new.restoreState(window.saveState())
    new.select(plan_id, workshop_id)
    new.views.setCurrentIndex(window.views.currentIndex())
    new.show()
    window.close()
    window.deleteLater()
    _current[:] = [new]
    return new
