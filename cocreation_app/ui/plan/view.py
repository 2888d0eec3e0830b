"""Plan settings: the plan's data and privacy notice, its workshops, and the STL members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget

from cocreation_app.services.checks import plan_warnings, workshop_warnings
from cocreation_app.ui.plan.stl import StlEditor
from cocreation_app.ui.widgets.panel import RecordPanel
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class PlanView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("planView")
        self.plans = RecordPanel(
            window,
            "plans",
            ["title", "municipality"],
            [
                (
                    self.tr("Datos del plan"),
                    (
                        "title",
                        "state",
                        "municipality",
                        "period_start",
                        "period_end",
                        "status",
                        "guarantor_body",
                        "context",
                    ),
                ),
                (
                    self.tr("Aviso de privacidad"),
                    ("privacy_notice_version", "privacy_notice_text"),
                ),
            ],
            self,
        )
        self.plans.form.editor("privacy_notice_text").widget.setMaximumHeight(200)
        self.plans.form.editor("privacy_notice_text").widget.setMinimumHeight(140)
        self.workshops = RecordPanel(
            window,
            "workshops",
            ["date", "title"],
            [
                (
                    None,
                    (
                        "title",
                        "date",
                        "topic",
                        "venue",
                        "facilitator",
                        "dots_per_participant",
                        "minutes",
                    ),
                )
            ],
            self,
        )
        self.workshops.table.resizeColumnToContents(0)
        self.workshops.warnings = self._workshop_warnings
        self.plans.warnings = self._plan_warnings
        self.stl = StlEditor(window, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(_pair(self.plans), self.tr("Datos del plan y aviso de privacidad"))
        self.tabs.addTab(_pair(self.workshops), self.tr("Talleres"))
        self.tabs.addTab(self.stl, self.tr("Secretariado Técnico Local"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs)
        self.plans.currentChanged.connect(self._plan_picked)
        self.workshops.currentChanged.connect(self._workshop_picked)

    def _workshop_warnings(self, workshop_id: str) -> list[str]:
        return workshop_warnings(self.window_.db, workshop_id)

    def _plan_warnings(self, plan_id: str) -> list[str]:
        return plan_warnings(self.window_.db, plan_id)

    def refresh(self) -> None:
        self.plans.current_id = self.window_.current_plan_id() or self.plans.current_id
        self.plans.set_scope({})
        plan_id = self.window_.current_plan_id()
        self.workshops.current_id = self.window_.current_workshop_id()
        self.workshops.set_scope({"plan_id": plan_id} if plan_id else None)
        self.stl.refresh()

    def _plan_picked(self, plan_id: str | None) -> None:
        if plan_id and plan_id != self.window_.current_plan_id():
            self.window_.select(plan_id)

    def _workshop_picked(self, workshop_id: str | None) -> None:
        if workshop_id and workshop_id != self.window_.current_workshop_id():
            self.window_.select(self.window_.current_plan_id(), workshop_id)


def _pair(panel: RecordPanel) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(panel.list_widget)
    splitter.addWidget(panel.detail_widget)
    splitter.setSizes([420, 900])
    return splitter
