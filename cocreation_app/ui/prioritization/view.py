"""The Priorización tab: vote entry on the left, the live ranking on the right.

The ranking says how it was computed and why tied problems stand where they do, and lets the
facilitator select the problems that go on to solution design. In review mode both sides are
read only (the weights, which change only what is shown, stay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.errors import UserError
from cocreation_app.services.ranking import Weights, explanation
from cocreation_app.ui.plenary.window import PlenaryData
from cocreation_app.ui.prioritization.commands import SelectCommand
from cocreation_app.ui.prioritization.data import Snapshot, load_snapshot, plenary_data
from cocreation_app.ui.prioritization.entry import VoteEntryPanel
from cocreation_app.ui.prioritization.ranking_model import RankingModel
from cocreation_app.ui.widgets.naming import named

if TYPE_CHECKING:
    from cocreation_app.ui.plenary.controller import PlenaryController
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrioritizationView", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("PrioritizationView", text, None, n)


class PrioritizationView(QWidget):
    rankingChanged = Signal()  # after every refresh: the plenary view follows it

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("prioritizationView")
        self.window_ = window
        self.snapshot = Snapshot()
        # Problems of other workshops brought here, by workshop: they stay once voted on.
        self.brought: dict[str, list[str]] = {}
        self._stale = True
        self.plenary: PlenaryController | None = None  # set by the feature's install
        self.entry = VoteEntryPanel(window, self)

        self.heading = named(QLabel(self), "rankingHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a workshop's title can be long
        self.dots_weight = self._weight_box("dotsWeight")
        self.criteria_weight = self._weight_box("criteriaWeight")
        weights = QHBoxLayout()
        weights.addWidget(QLabel(_tr("Peso de los puntos:"), self))
        weights.addWidget(self.dots_weight)
        weights.addWidget(QLabel(_tr("Peso de los criterios:"), self))
        weights.addWidget(self.criteria_weight)
        weights.addStretch(1)
        # On this row, not beside the selection buttons: that row must fit a laptop at 125 %.
        self.plenary_button = named(QPushButton(_tr("Vista plenaria (F5)"), self), "openPlenary")
        weights.addWidget(self.plenary_button)

        self.model = RankingModel(self)
        self.table = named(QTableView(self), "rankingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        self.empty_hint = named(
            QLabel(
                _tr(
                    "Este taller no tiene problemas públicos con puntos o calificaciones. "
                    "Regístrelos en la pestaña Problemas, o elija arriba el taller donde se "
                    "identificaron."
                ),
                self,
            ),
            "rankingEmptyHint",
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.explanation = named(QLabel(self), "rankingExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.select_button = named(
            QPushButton(_tr("Seleccionar para diseño de soluciones"), self), "selectProblems"
        )
        self.unselect_button = named(QPushButton(_tr("Quitar selección"), self), "unselectProblems")
        self.bring_button = named(
            QPushButton(_tr("Traer un problema de otro taller…"), self), "bringProblem"
        )
        self.bring_button.clicked.connect(self.bring_problem)
        self.select_button.clicked.connect(lambda: self.select_problems(True))
        self.unselect_button.clicked.connect(lambda: self.select_problems(False))
        self.select_buttons = QWidget(self)  # greyed out in review mode
        select_buttons = QHBoxLayout(self.select_buttons)
        select_buttons.setContentsMargins(0, 0, 0, 0)
        select_buttons.addWidget(self.select_button)
        select_buttons.addWidget(self.unselect_button)
        select_buttons.addWidget(self.bring_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_buttons)
        buttons.addStretch(1)

        ranking = QWidget(self)
        right = QVBoxLayout(ranking)
        right.addWidget(self.heading)
        right.addLayout(weights)
        right.addWidget(self.empty_hint)
        right.addWidget(self.table, 1)
        right.addWidget(self.explanation)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.entry)
        splitter.addWidget(ranking)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # The entry's four tabs and the log's columns need about two fifths of a laptop's width.
        splitter.setSizes([9 * 100, 11 * 100])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        window.dataChanged.connect(self.refresh)
        window.workshopChanged.connect(lambda _id: self.refresh())
        window.databaseChanged.connect(self.refresh)
        window.review_mode.guard(self.select_buttons)
        self.refresh()
        self._enable_selection()

    def _enable_selection(self) -> None:
        for button in (self.select_button, self.unselect_button):
            button.setEnabled(bool(self.snapshot.ranked))
        self.bring_button.setEnabled(bool(self.snapshot.others))

    def bring_problem(self) -> None:
        """Prioritize here a problem identified in another workshop of the plan."""
        workshop_id = self.snapshot.workshop_id
        if not workshop_id or not self.snapshot.others:
            return
        titles = [title or "" for _id, title in self.snapshot.others]
        title, chosen = QInputDialog.getItem(
            self,
            _tr("Traer un problema de otro taller"),
            _tr("Problema que se priorizará también en este taller:"),
            titles,
            0,
            False,
        )
        if not chosen:
            return
        problem_id = self.snapshot.others[titles.index(title)][0]
        self.brought.setdefault(workshop_id, []).append(problem_id)
        self._reload()

    def _weight_box(self, name: str) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(self), name)
        box.setRange(0.0, 10.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setValue(1.0)
        box.valueChanged.connect(lambda _value: self.refresh())
        return box

    def weights(self) -> Weights:
        try:
            return Weights.of(self.dots_weight.value(), self.criteria_weight.value())
        except UserError:
            return Weights()

    def refresh(self) -> None:
        """Reload now if anyone is looking (this tab or the plenary view), else when shown."""
        self._stale = True
        if self.isVisible() or (self.plenary is not None and self.plenary.is_open()):
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        weights = self.weights()
        workshop_id = self.window_.current_workshop_id()
        snapshot = self.window_.run(
            load_snapshot,
            self.window_.db,
            workshop_id,
            weights,
            self.brought.get(workshop_id or "", []),
        )
        self.snapshot = snapshot or Snapshot(weights=weights)
        self.entry.set_snapshot(self.snapshot)
        self.model.set_ranking(self.snapshot.ranked, self.snapshot.status)
        workshop = self.snapshot.workshop
        self.heading.setText(
            _tr("Ranking: {workshop}").format(workshop=workshop.get("title") or "")
            if workshop
            else _tr("Elija un taller para priorizar sus problemas.")
        )
        self.explanation.setText(explanation(weights))
        self.empty_hint.setVisible(workshop is not None and not self.snapshot.ranked)
        self._enable_selection()
        self.rankingChanged.emit()

    def plenary_data(self) -> PlenaryData:
        if self._stale:
            self._reload()
        return plenary_data(self.snapshot)

    def selected_problem_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.ranked(row).problem_id for row in rows]

    def select_problems(self, selected: bool) -> None:
        ids = self.selected_problem_ids()
        if not ids:
            self.window_.status(_tr("Elija uno o más problemas del ranking."))
            return
        text = (
            _trn("Seleccionar %n problemas para diseño de soluciones", len(ids))
            if selected
            else _trn("Quitar la selección de %n problemas", len(ids))
        )
        self.window_.execute(SelectCommand(self.window_, text, ids, selected))
