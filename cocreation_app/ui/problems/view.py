"""Problems: the list, the problem's description and evidence, and its causes/effects tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter

from cocreation_app.services.entities import EntityService
from cocreation_app.ui.problems.tree_editor import ProblemTreeEditor
from cocreation_app.ui.widgets.panel import RecordPanel
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class ProblemsView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("problemsView")
        self.panel = RecordPanel(
            window,
            "problems",
            ["title", "status"],
            [
                (
                    self.tr("Problema"),
                    ("title", "status", "workshop_id", "theme", "description"),
                ),
                (
                    self.tr("Población y evidencia"),
                    ("affected_population", "evidence"),
                ),
            ],
            self,
        )
        self.panel.form.warn_unprintable("title")
        self.tree = ProblemTreeEditor(window, self.refresh_now, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel.list_widget)
        splitter.addWidget(self.panel.detail_widget)
        splitter.addWidget(self.tree)
        splitter.setSizes([340, 520, 480])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.panel.currentChanged.connect(self.tree.set_problem)
        # A new problem belongs to the workshop where it is typed, unless another is chosen.
        self.panel.defaults = lambda: {"workshop_id": window.current_workshop_id()}

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        workshops = (
            EntityService(self.window_.db).list_records("workshops", plan_id=plan_id)
            if plan_id
            else []
        )
        self.panel.form.editor("workshop_id").set_options(
            [(w["title"], w["id"]) for w in workshops]
        )
        self.panel.set_scope({"plan_id": plan_id} if plan_id else None)
        self.tree.set_problem(self.panel.current_id)
