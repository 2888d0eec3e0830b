"""Suggested merges of people registered twice (on two laptops, or twice on one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from cocreation_app.sync.duplicates import DuplicateGroup, find_duplicates, merge_participants

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text)


class DuplicatesDialog(QDialog):
    """Each group lists the records that look like one person; the first registered is kept
    (its row is marked) and the others are merged into it."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.groups: list[DuplicateGroup] = []
        self.setWindowTitle(_tr("Personas duplicadas"))
        self.resize(760, 460)
        self.explain = QLabel(
            _tr(
                "Al fusionar se conservan las asistencias de ambos registros y, de cada "
                "consentimiento, la respuesta más protectora."
            )
        )
        self.explain.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [_tr("Nombre"), _tr("Correo"), _tr("Teléfono"), _tr("Organización")]
        )
        self.tree.setColumnWidth(0, 260)
        self.merge_button = QPushButton(_tr("Fusionar el grupo seleccionado"))
        self.merge_button.clicked.connect(self.merge_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        plan = self.window_.current_plan_id()
        self.groups = self.window_.run(find_duplicates, self.window_.db, plan) or []
        self.tree.clear()
        for group in self.groups:
            top = QTreeWidgetItem(
                [_tr("Posible duplicado ({reasons})").format(reasons=group.reason_text())]
            )
            for person in group.participants:
                cells = [str(person[k] or "") for k in ("name", "email", "phone", "organization")]
                child = QTreeWidgetItem(cells)
                if person["id"] == group.keep_id:
                    child.setText(0, _tr("{name}  (se conserva)").format(name=cells[0]))
                    font = child.font(0)
                    font.setBold(True)
                    child.setFont(0, font)
                child.setData(0, Qt.ItemDataRole.UserRole, person["id"])
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.merge_button.setEnabled(bool(self.groups))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected_group(self) -> DuplicateGroup | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def merge_selected(self) -> bool:
        group = self.selected_group()
        if group is None:
            return False
        others = [p["id"] for p in group.participants if p["id"] != group.keep_id]

        def merge_all() -> bool:
            for other in others:
                merge_participants(self.window_.db, group.keep_id, other)
            return True

        if not self.window_.run(merge_all):
            return False
        self.window_.status(_tr("Registros fusionados."))
        self.window_.dataChanged.emit()
        self.refresh()
        return True
