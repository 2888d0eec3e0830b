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
    first), and a commitment still being drafted (the demo's commitments are complete)."""
    from cocreation_app.services.entities import EntityService
    from cocreation_app.ui.commitments.view import CommitmentsView
    from cocreation_app.ui.shell import WindowShell

    window = view.window()
    assert isinstance(window, WindowShell)
    plan_id = window.current_plan_id()
    workshops = EntityService(window.db).list_records("workshops", plan_id=plan_id)
    voted = view.objectName() == "prioritizationView"
    if workshops:
        window.select(plan_id, workshops[0 if voted else -1]["id"])
    if isinstance(view, CommitmentsView):
        show_gaps(view)


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
            for _ in range(3):
                QApplication.processEvents()
            path = output / f"{stem}.png"
            with atomic_target(path) as tmp:
                if not window.grab().save(str(tmp), "PNG"):
                    raise OSError(f"could not write {path}")
            written.append(path)

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
        window.close()
        db.close()
    return written


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
