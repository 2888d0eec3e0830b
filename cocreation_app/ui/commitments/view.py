"""Commitments: the OGP commitment template as a form, its milestones, and how complete it is."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_percent
from cocreation_app.services.completeness import (
    COMMITMENT_REQUIRED,
    MILESTONE_VERIFIABLE,
    Completeness,
    check_commitment,
)
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.widgets.panel import RecordPanel
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

MILESTONE_FIELDS = (
    "title",
    "deliverable",
    "verification_means",
    "responsible",
    "start_date",
    "end_date",
    "status",
    "progress",
    "completion",
    "indicator",
    "description",
)


class CommitmentsView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("commitmentsView")
        self.panel = RecordPanel(
            window,
            "commitments",
            ["number", "title", "status"],
            [
                (
                    self.tr("Datos generales"),
                    ("number", "title", "status", "problem_id", "start_date", "end_date"),
                ),
                (self.tr("Problema"), ("problem_statement",)),
                (self.tr("Compromiso"), ("objective", "description")),
                (
                    self.tr("Análisis del compromiso"),
                    ("contribution", "ogp_values", "sdg_alignment", "budget"),
                ),
                (
                    self.tr("Institución responsable y contacto"),
                    (
                        "lead_institution",
                        "contact_name",
                        "contact_position",
                        "contact_email",
                        "contact_phone",
                    ),
                ),
                (
                    self.tr("Otros actores involucrados"),
                    ("supporting_government", "supporting_civil_society", "supporting_other"),
                ),
            ],
            self,
            needed=COMMITMENT_REQUIRED,
        )
        self.panel.form.warn_unprintable("title")
        self.panel.table.resizeColumnToContents(0)
        self.milestones = RecordPanel(
            window,
            "milestones",
            ["title", "responsible", "end_date", "status", "progress"],
            [(None, MILESTONE_FIELDS)],
            self,
            needed=MILESTONE_VERIFIABLE,
        )
        # Shown beside the commitments' own Nuevo and Eliminar, and under the menus (Alt+H is
        # Herramientas): letters of their own, or the key only takes turns between them.
        self.milestones.new_button.setText(self.tr("Nuevo hit&o"))
        self.milestones.delete_button.setText(self.tr("Eliminar h&ito"))
        milestones_page = QSplitter(Qt.Orientation.Vertical, self)
        milestones_page.addWidget(self.milestones.list_widget)
        milestones_page.addWidget(self.milestones.detail_widget)
        milestones_page.setSizes([220, 380])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("commitmentTabs")
        self.tabs.addTab(self.panel.detail_widget, self.tr("Ficha del compromiso"))
        self.tabs.addTab(milestones_page, self.tr("Hitos"))
        self.completeness = CompletenessPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel.list_widget)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.completeness)
        splitter.setSizes([400, 640, 300])  # the list: a commitment is known by its title
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.panel.currentChanged.connect(self._commitment_changed)
        self.milestones.currentChanged.connect(self._milestone_changed)
        self.completeness.fieldActivated.connect(self.panel.go_to_field)

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        problems = (
            EntityService(self.window_.db).list_records("problems", plan_id=plan_id)
            if plan_id
            else []
        )
        self.panel.form.editor("problem_id").set_options([(p["title"], p["id"]) for p in problems])
        self.panel.set_scope({"plan_id": plan_id} if plan_id else None)
        self._commitment_changed(self.panel.current_id)

    def _commitment_changed(self, commitment_id: str | None) -> None:
        self.milestones.set_scope({"commitment_id": commitment_id} if commitment_id else None)
        self.tabs.setTabEnabled(1, commitment_id is not None)
        if commitment_id is None:
            self.completeness.show_none()
            return
        commitment = EntityService(self.window_.db).get("commitments", commitment_id)
        result = self.completeness.show_result(commitment, self.milestones.model.records)
        self.panel.form.show_missing(result.missing)
        self._milestone_changed(self.milestones.current_id)

    def _milestone_changed(self, milestone_id: str | None) -> None:
        """The milestone form highlights what keeps the chosen milestone from being verifiable."""
        record = next((r for r in self.milestones.model.records if r["id"] == milestone_id), None)
        self.milestones.form.show_missing(
            [name for name in MILESTONE_VERIFIABLE if record is not None and not record.get(name)]
        )


class CompletenessPanel(QFrame):
    """Says how complete the commitment is and names what is missing."""

    fieldActivated = Signal(str)  # a missing field's link was clicked

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("completeness")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        layout.addWidget(self.bar)
        self.summary = QLabel(self)
        self.summary.setObjectName("completenessSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A missing field's name is a link: it shows the field and gives it the focus.
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.summary.linkActivated.connect(self._link)
        layout.addWidget(self.summary, 1)
        self.rule = QLabel(
            self.tr(
                "Un hito es verificable cuando indica entregable, medio de verificación, "
                "responsable y fechas de inicio y término."
            ),
            self,
        )
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)

    def _link(self, href: str) -> None:
        kind, _, name = href.partition(":")
        if kind == "field":
            self.fieldActivated.emit(name)

    def show_none(self) -> None:
        self.bar.setValue(0)
        self.title.setText("<b>" + escape(self.tr("Completitud")) + "</b>")
        self.summary.setText(self.tr("Elija o cree un compromiso."))

    def show_result(
        self, commitment: dict[str, Any], milestones: list[dict[str, Any]]
    ) -> Completeness:
        result = check_commitment(commitment, milestones)
        ratio = result.filled / result.required if result.required else 1.0
        self.bar.setValue(round(ratio * 100))
        self.title.setText(
            "<b>"
            + escape(self.tr("Completitud: {percent}").format(percent=format_percent(ratio)))
            + "</b>"
        )
        if result.complete:
            self.summary.setText(
                "<p style='color:#1b5e20'><b>"
                + escape(self.tr("Listo: el compromiso y sus hitos están completos."))
                + "</b></p>"
            )
            return result
        titles: dict[str, str] = {}

        def token(name: str, title: str) -> str:
            titles[name] = title
            return f"\x00{name}\x00"

        def link(match: re.Match[str]) -> str:
            name = match.group(1)
            return f"<a href='field:{name}'>{escape(titles[name])}</a>"

        items = "".join(
            "<li>" + re.sub("\x00(\\w+)\x00", link, escape(line)) + "</li>"
            for line in result.messages(token)
        )
        self.summary.setText(
            "<p><b>" + escape(self.tr("Falta para completarlo:")) + f"</b></p><ul>{items}</ul>"
        )
        return result
