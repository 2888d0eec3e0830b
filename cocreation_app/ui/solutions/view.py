"""Proposed solutions, each linked to one public problem (picked at the top)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from cocreation_app.services.entities import EntityService
from cocreation_app.ui.widgets.elide import tooltip_shows_choice
from cocreation_app.ui.widgets.panel import RecordPanel
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class SolutionsView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("solutionsView")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.problems = tooltip_shows_choice(QComboBox(self))
        self.problems.setObjectName("solutionProblem")
        self.problems.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        caption = QLabel(self.tr("Pro&blema público:"), self)  # Alt+P is the plan
        caption.setBuddy(self.problems)
        top.addWidget(caption)
        top.addWidget(self.problems, 1)
        layout.addLayout(top)
        self.panel = RecordPanel(
            window, "solutions", ["title"], [(None, ("title", "description"))], self
        )
        self.panel.form.editor("description").widget.setMaximumHeight(16777215)
        self.problem_text = QLabel(self)
        self.problem_text.setWordWrap(True)
        self.problem_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem_text.setTextFormat(Qt.TextFormat.RichText)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel.list_widget)
        splitter.addWidget(self.panel.detail_widget)
        splitter.addWidget(self.problem_text)
        splitter.setSizes([380, 560, 400])
        layout.addWidget(splitter, 1)
        self.problems.currentIndexChanged.connect(self._problem_picked)

    def current_problem_id(self) -> str | None:
        return self.problems.currentData()

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        service = EntityService(self.window_.db)
        problems = service.list_records("problems", plan_id=plan_id) if plan_id else []
        keep = self.current_problem_id()
        with QSignalBlocker(self.problems):
            self.problems.clear()
            for problem in problems:
                self.problems.addItem(problem["title"], problem["id"])
            index = self.problems.findData(keep)
            self.problems.setCurrentIndex(index if index >= 0 else (0 if problems else -1))
        self._problem_picked()

    def select_problem(self, problem_id: str) -> None:
        index = self.problems.findData(problem_id)
        if index >= 0:
            self.problems.setCurrentIndex(index)

    def _problem_picked(self) -> None:
        problem_id = self.current_problem_id()
        self.panel.set_scope({"problem_id": problem_id} if problem_id else None)
        if not problem_id:
            self.problem_text.setText(self.tr("Primero registre un problema público."))
            return
        problem = EntityService(self.window_.db).get("problems", problem_id)
        parts = [f"<h3>{_html(problem['title'])}</h3>"]
        for name, title in (
            ("description", self.tr("Descripción")),
            ("affected_population", self.tr("Población afectada")),
            ("evidence", self.tr("Evidencia y línea base")),
        ):
            if problem.get(name):
                parts.append(f"<p><b>{_html(title)}:</b> {_html(problem[name])}</p>")
        self.problem_text.setText("".join(parts))


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
