"""A refused save for a missing required field takes the user to that field, even when it is
scrolled out of view; the form marks the fields the completeness panel asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cocreation_app.services.completeness import COMMITMENT_REQUIRED, MILESTONE_VERIFIABLE
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.main_window import MainWindow


def _commitments(window: MainWindow) -> Any:
    window.resize(1366, 768)
    window.show()
    view = window.findChild(QWidget, "commitmentsView")
    window.show_view(view)
    for _ in range(3):
        QApplication.processEvents()
    return view


def _in_view(panel: Any, widget: QWidget) -> bool:
    viewport = panel.form_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_missing_lead_institution_is_focused_and_scrolled_to(
    qtbot: Any, window: MainWindow, dialogs: Any
) -> None:
    view = _commitments(window)
    qtbot.waitExposed(window)
    panel = view.panel
    panel.new()
    lead = panel.form.editor("lead_institution").widget
    assert not _in_view(panel, lead)  # below the fold at 1366x768: the test means something
    before = EntityService(window.db).count("commitments")
    panel.form.editor("title").set("Presupuesto participativo")
    panel.save_button.click()
    QApplication.processEvents()
    assert dialogs.shown[-1][1] == "Faltan datos obligatorios: Institución responsable."
    assert EntityService(window.db).count("commitments") == before
    assert QApplication.focusWidget() is lead
    assert _in_view(panel, lead)


def test_ctrl_enter_in_the_title_also_goes_to_the_missing_field(
    qtbot: Any, window: MainWindow, dialogs: Any
) -> None:
    panel = _commitments(window).panel
    qtbot.waitExposed(window)
    panel.new()
    title = panel.form.editor("title").widget
    qtbot.keyClicks(title, "Presupuesto participativo")
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    lead = panel.form.editor("lead_institution").widget
    assert "Institución responsable" in dialogs.shown[-1][1]
    assert QApplication.focusWidget() is lead and _in_view(panel, lead)


def test_picking_another_row_after_a_refused_save_keeps_the_typing(
    qtbot: Any, window: MainWindow, dialogs: Any
) -> None:
    panel = _commitments(window).panel
    panel.select_row(0)
    first = panel.current_id
    panel.form.editor("lead_institution").set("")
    panel.form.editor("objective").set("Un objetivo nuevo")
    panel.select_row(1)  # saving first is refused: the lead institution is required
    assert "Institución responsable" in dialogs.shown[-1][1]
    assert panel.current_id == first
    assert panel.form.editor("objective").get() == "Un objetivo nuevo"
    assert panel.table.currentIndex().row() == 0


def test_the_form_marks_what_the_completeness_panel_asks_for(
    qtbot: Any, window: MainWindow
) -> None:
    view = _commitments(window)
    form = view.panel.form
    assert form.captions["title"].text() == "Título *"
    assert form.captions["lead_institution"].text() == "Institución responsable *"
    for name in COMMITMENT_REQUIRED:
        if name not in ("title", "lead_institution"):
            assert form.captions[name].text().endswith(" ◆"), name
    assert form.captions["budget"].text() == "Presupuesto (MXN)"
    assert form.legend.isVisible() and "◆" in form.legend.text()
    milestones = view.milestones.form
    for name in MILESTONE_VERIFIABLE:
        assert milestones.captions[name].text().endswith(" ◆"), name
    # A commitment missing its objective and contact: those captions are highlighted.
    panel = view.panel
    panel.select_row(0)
    service = EntityService(window.db)
    service.update("commitments", panel.current_id, {"objective": "", "contact_email": ""})
    panel.reload()
    view._commitment_changed(panel.current_id)
    highlighted = {n for n, c in form.captions.items() if c.property("missing")}
    assert highlighted == {"objective", "contact_email"}
    summary = view.completeness.summary.text()
    assert "href='field:objective'" in summary and "href='field:contact_email'" in summary


def test_a_missing_field_link_in_the_panel_shows_the_field(qtbot: Any, window: MainWindow) -> None:
    view = _commitments(window)
    qtbot.waitExposed(window)
    panel = view.panel
    panel.select_row(0)
    view.tabs.setCurrentIndex(1)  # the milestones tab: the form is not even shown
    view.completeness.summary.linkActivated.emit("field:contact_email")
    QApplication.processEvents()
    assert view.tabs.currentIndex() == 0
    email = panel.form.editor("contact_email").widget
    assert QApplication.focusWidget() is email and _in_view(panel, email)
