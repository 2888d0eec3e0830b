"""The Seguimiento view: each commitment's progress and its milestones (overdue ones marked) with
their evidence files, and buttons to report a milestone's progress with evidence files, to assess
a commitment and to delete an evidence file for good."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from cocreation_app.i18n import format_percent, format_short_date
from cocreation_app.models import enums
from cocreation_app.ui.followup.dialogs import AssessmentDialog, ProgressDialog
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.services.followup import UpdateView
    from cocreation_app.ui.shell import WindowShell

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#b3261e")


def _percent(value: float | None) -> str:
    return "—" if value is None else format_percent(value / 100)


class FollowupView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Compromiso o hito"), self.tr("Avance"), self.tr("Estado"), self.tr("Término")]
        )
        self.tree.setColumnWidth(0, 480)
        self.tree.setColumnWidth(1, 80)
        self.tree.setColumnWidth(2, 220)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.report_button = QPushButton(self.tr("&Reportar avance…"))
        self.report_button.clicked.connect(lambda: self.report_progress())
        self.assess_button = QPushButton(self.tr("&Valorar compromiso…"))
        self.assess_button.clicked.connect(lambda: self.assess())
        self.purge_button = QPushButton(self.tr("Eliminar &definitivamente…"))
        self.purge_button.setToolTip(
            self.tr(
                "Borra la evidencia elegida y su archivo, sin poder deshacerlo, también en las "
                "demás computadoras al sincronizar (por ejemplo, si muestra a una persona que "
                "pidió cancelar sus datos)."
            )
        )
        self.purge_button.clicked.connect(lambda: self.purge_evidence())
        window.review_mode.guard(self.report_button)
        window.review_mode.guard(self.assess_button)
        window.review_mode.guard(self.purge_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        from cocreation_app.services.followup import FollowupService

        self.tree.clear()
        plan_id = self.window_.current_plan_id()
        if not plan_id:
            self.summary.setText(self.tr("Elija un plan."))
            self._update_buttons()
            return
        progress = self.window_.run(FollowupService(self.window_.db).plan_progress, plan_id)
        if progress is None:
            return
        self.summary.setText(
            self.tr("Avance del plan: {progress}").format(progress=_percent(progress.progress))
        )
        for commitment in progress.commitments:
            top = QTreeWidgetItem(
                [
                    f"{commitment.number or '—'}. {commitment.title}",
                    _percent(commitment.progress),
                    self.tr("hitos vencidos: {count}").format(count=commitment.overdue)
                    if commitment.overdue
                    else "",
                    "",
                ]
            )
            top.setToolTip(0, top.text(0))  # the column elides a long title
            top.setData(0, ROLE_KIND, "commitments")
            top.setData(0, ROLE_ID, commitment.id)
            for milestone in commitment.milestones:
                status = enums.label(enums.MILESTONE_STATUSES, milestone.status)
                if milestone.overdue:
                    status = self.tr("{status}, vencido").format(status=status)
                child = QTreeWidgetItem(
                    [
                        milestone.title,
                        _percent(float(milestone.progress)),
                        status,
                        format_short_date(milestone.end_date),
                    ]
                )
                child.setToolTip(0, milestone.title)
                child.setData(0, ROLE_KIND, "milestones")
                child.setData(0, ROLE_ID, milestone.id)
                child.setData(1, ROLE_ID, (milestone.status, milestone.progress))
                if milestone.overdue:
                    child.setForeground(2, QBrush(LATE))
                self._add_evidence(child, milestone.updates)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._update_buttons()

    def _add_evidence(self, milestone: QTreeWidgetItem, updates: Sequence[UpdateView]) -> None:
        for update in updates:
            for evidence in update.evidence:
                item = QTreeWidgetItem(
                    [
                        evidence.filename,
                        "",
                        self.tr("Evidencia del {date}").format(date=format_short_date(update.date)),
                        "",
                    ]
                )
                item.setToolTip(0, evidence.filename)
                item.setToolTip(2, item.text(2))
                item.setData(0, ROLE_KIND, "evidence_files")
                item.setData(0, ROLE_ID, evidence.id)
                milestone.addChild(item)

    def _selected(self) -> tuple[str, str, QTreeWidgetItem] | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID), item

    def _update_buttons(self) -> None:
        chosen = self._selected()
        kind = chosen[0] if chosen is not None else None
        self.report_button.setEnabled(kind == "milestones")
        self.assess_button.setEnabled(kind in ("commitments", "milestones"))
        self.purge_button.setEnabled(kind == "evidence_files")

    def select_item(self, row_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None:
                continue
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                if item is not None and item.data(0, ROLE_ID) == row_id:
                    self.tree.setCurrentItem(item)
                    return

    def report_progress(self) -> bool:
        from cocreation_app.services.followup import FollowupService, read_evidence_files

        chosen = self._selected()
        if chosen is None or chosen[0] != "milestones" or not self.window_.review_mode.allows():
            return False
        _kind, milestone_id, item = chosen
        status, progress = item.data(1, ROLE_ID)
        dialog = ProgressDialog(self, item.text(0), status, progress)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values: dict[str, Any] = dialog.values()
        paths = values.pop("paths")
        public = values.pop("public_evidence")
        service = FollowupService(self.window_.db)

        def save() -> str:
            evidence = read_evidence_files(paths, public=public)
            return service.report_progress(milestone_id, evidence=evidence, **values)

        if self.window_.run(save) is None:
            return False
        self.window_.dataChanged.emit()
        self.window_.status(self.tr("Avance reportado."))
        return True

    def purge_evidence(self) -> bool:
        """Delete the chosen evidence file for good, after a confirmation that says what it
        means."""
        from cocreation_app.services.followup import FollowupService

        chosen = self._selected()
        if chosen is None or chosen[0] != "evidence_files":
            return False
        if not self.window_.review_mode.allows():
            return False
        _kind, evidence_id, item = chosen
        question = self.tr(
            "¿Eliminar definitivamente «{name}»?\n\nNo se puede deshacer: el archivo se borra "
            "de esta base de datos y, al sincronizar, también de las demás computadoras que lo "
            "tengan."
        ).format(name=item.text(0))
        if not self.window_.confirm(question):
            return False
        service = FollowupService(self.window_.db)
        result = self.window_.run(service.purge_evidence, evidence_id)
        if result is None:
            return False
        self.window_.dataChanged.emit()
        self.window_.status(
            self.tr("«{name}» se eliminó definitivamente.").format(name=result.filename)
        )
        return True

    def assess(self) -> bool:
        from cocreation_app.services.followup import FollowupService

        chosen = self._selected()
        if chosen is None or chosen[0] not in ("commitments", "milestones"):
            return False
        if not self.window_.review_mode.allows():
            return False
        _kind, row_id, item = chosen
        parent = item.parent() if chosen[0] == "milestones" else None
        if parent is not None:  # a milestone is assessed as its commitment
            row_id, item = parent.data(0, ROLE_ID), parent
        dialog = AssessmentDialog(self, item.text(0))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        service = FollowupService(self.window_.db)
        if self.window_.run(lambda: service.assess(row_id, **values)) is None:
            return False
        self.window_.dataChanged.emit()
        self.window_.status(self.tr("Valoración guardada."))
        return True
