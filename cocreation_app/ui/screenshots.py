"""Render every view of the main window with the demo plan to PNG files (``make screenshots``).

Runs offscreen at 1366x768, the common laptop size, in a temporary database and with temporary
settings, so it never touches the user's data. Usage::

    QT_QPA_PLATFORM=offscreen python -m cocreation_app.ui.screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from cocreation_app.i18n.catalog import DEFAULT_LANGUAGE
from cocreation_app.i18n.qt import apply_language
from cocreation_app.storage import atomic_target
from cocreation_app.text import fold

SIZE = (1366, 768)

# Sub-pages worth their own picture: (view object name, tab widget object name, tab, file stem).
SUBPAGES = [
    ("commitmentsView", "commitmentTabs", 1, "commitments-milestones"),
    ("planView", "planTabs", 1, "plan-workshops"),
    ("planView", "planTabs", 2, "plan-stl"),
]


def prepare_view(view: QWidget) -> None:
    """Show each view with something to say: the ranking of the workshop that voted (the
    first), the others on the workshop the window opens on (the latest co-creation one), a
    person without a recorded gender in the room, and a commitment still being drafted (the
    demo's commitments are complete)."""
    from cocreation_app.services import lists
    from cocreation_app.services.entities import EntityService
    from cocreation_app.ui.checkin.view import CheckInView
    from cocreation_app.ui.commitments.view import CommitmentsView
    from cocreation_app.ui.shell import WindowShell

    window = view.window()
    assert isinstance(window, WindowShell)
    plan_id = window.current_plan_id()
    if plan_id is None:
        return
    workshops = EntityService(window.db).list_records("workshops", plan_id=plan_id)
    voted = view.objectName() == "prioritizationView"
    shown = workshops[0]["id"] if voted and workshops else None
    window.select(plan_id, shown or lists.latest_cocreation_workshop(window.db, plan_id))
    if isinstance(view, CheckInView):
        walk_in(view)
    if isinstance(view, CommitmentsView):
        show_gaps(view)


def walk_in(view: QWidget) -> None:
    """Check in a person who gave no gender: the room's count has its «Sin dato» line."""
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.participants import ParticipantService
    from cocreation_app.ui.checkin.view import CheckInView

    assert isinstance(view, CheckInView)
    window = view.window_
    workshop_id = window.current_workshop_id()
    if workshop_id is None:
        return
    person = EntityService(window.db).create(
        "participants",
        {
            "plan_id": window.current_plan_id(),
            "name": "Sofía Gómez Hernández",
            "sector": "citizen",
            "organization": "Barrio de Mexicanos",
            "consent_privacy_notice": True,
            "consent_notice_version": "2026-01",
        },
    )
    ParticipantService(window.db).check_in(workshop_id, person)
    view.refresh_now()


def show_gaps(view: QWidget) -> None:
    """Add a commitment still being drafted and pick it, so the completeness indicator names
    what is missing."""
    from cocreation_app.services.entities import EntityService
    from cocreation_app.ui.commitments.view import CommitmentsView

    assert isinstance(view, CommitmentsView)
    window = view.window_
    service = EntityService(window.db)
    commitment_id = service.create(
        "commitments",
        {
            "plan_id": window.current_plan_id(),
            "number": 6,
            "title": "Presupuesto participativo en colonias del norte",
            "lead_institution": "Tesorería Municipal",
            "problem_statement": "Las colonias no participan en decidir obras.",
            "start_date": "2026-07-01",
            "end_date": "2027-12-31",
            "status": "draft",
        },
    )
    service.create(
        "milestones",
        {
            "commitment_id": commitment_id,
            "title": "Asambleas en cinco colonias",
            "responsible": "Participación Ciudadana",
            "end_date": "2026-11-30",
        },
    )
    view.refresh_now()
    view.panel.select(commitment_id)


def file_stem(view: QWidget, title: str) -> str:
    """``participantsView`` → ``participants``; a view without an object name: its tab title."""
    if view.objectName():
        return view.objectName().removesuffix("View").lower()
    return "-".join(fold(title.replace("&", "")).split())


def render(output: Path, *, prepare: Callable[[QWidget], None] | None = None) -> list[Path]:
    """Write one PNG per view (and sub-page) into ``output``; returns the files written."""
    from cocreation_app.services.demo import load_demo
    from cocreation_app.storage import open_database
    from cocreation_app.ui.main_window import MainWindow

    output.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QCoreApplication.setOrganizationName("CocreaScreenshots")
        db = open_database(Path(tmp) / "demo.sqlite3")
        plan_id = load_demo(db)
        window = MainWindow(db)
        window.resize(*SIZE)
        window.show()
        window.select(plan_id)

        def shoot(stem: str) -> None:
            written.append(save(window, output / f"{stem}.png"))

        for index in range(window.views.count()):
            view = window.views.widget(index)
            assert view is not None
            window.views.setCurrentIndex(index)
            if prepare is not None:
                prepare(view)
            shoot(file_stem(view, window.views.tabText(index)))
            for view_name, tabs_name, tab, stem in SUBPAGES:
                if view.objectName() == view_name:
                    tabs = view.findChild(QTabWidget, tabs_name)
                    assert tabs is not None
                    tabs.setCurrentIndex(tab)
                    shoot(stem)
                    tabs.setCurrentIndex(0)
        # Ayuda ▸ Atajos de teclado (F1), read from the window's own actions.
        from cocreation_app.ui.help.shortcuts import ShortcutsDialog

        shortcuts = ShortcutsDialog(window)
        shortcuts.show()
        written.append(save(shortcuts, output / "shortcuts.png"))
        shortcuts.close()
        window.close()
        db.close()
        # The first run: a database without plans opens on the welcome panel.
        empty = open_database(Path(tmp) / "empty.sqlite3")
        first = MainWindow(empty)
        first.resize(*SIZE)
        first.show()
        written.append(save(first, output / "welcome.png"))
        first.close()
        empty.close()
    return written


def save(window: QWidget, path: Path) -> Path:
    """The window as it is drawn once its queued refreshes ran, as a PNG file."""
    for _ in range(3):
        QApplication.processEvents()
    with atomic_target(path) as tmp:
        if not window.grab().save(str(tmp), "PNG"):
            raise OSError(f"could not write {path}")
    return path


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else Path("docs/screenshots")
    app = QApplication.instance() or QApplication([])
    assert app is not None
    apply_language(DEFAULT_LANGUAGE)  # as the application starts: Qt's texts and the locale
    for path in render(output, prepare=prepare_view):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
