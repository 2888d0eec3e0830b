"""Typing votes: a table's sheet at once, one voter's dots, the criteria scores, and the log.

The grids are plain item widgets (a few dozen problems at most) typed like a spreadsheet
(:mod:`.sheet`: Enter moves down, Tab skips read-only columns, a column pasted from a spreadsheet
fills the cells). Nothing is saved until the facilitator presses the tab's button or Ctrl+Enter;
each save is one undoable command and one transaction.
While a grid has unsaved typing, refreshes leave its numbers alone. In review mode the numbers
are shown but nothing invites typing: the grids open no editor and the buttons are greyed out
(unsaved typing stays in its grid until the mode is turned off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_decimal, format_time_of_day, format_timestamp, local_day
from cocreation_app.services import prioritization as prio
from cocreation_app.ui.commands import UpdateCommand
from cocreation_app.ui.prioritization.commands import RecordCommand
from cocreation_app.ui.prioritization.data import Snapshot
from cocreation_app.ui.prioritization.sheet import NumberDelegate, SheetGrid
from cocreation_app.ui.widgets.fields import set_edit_triggers, set_read_only
from cocreation_app.ui.widgets.naming import named

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

ID_ROLE = Qt.ItemDataRole.UserRole + 1
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoteEntry", text)


def _cell(grid: QTableWidget, row: int, column: int, role: int) -> Any:
    """The ``role`` data of a cell; None for a cell the grid does not hold."""
    item = grid.item(row, column)
    return None if item is None else item.data(role)


def _grid(parent: QWidget, name: str, headers: list[str]) -> SheetGrid:
    grid = SheetGrid(0, len(headers), parent)
    grid.setObjectName(name)
    grid.setHorizontalHeaderLabels(headers)
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    grid.verticalHeader().setVisible(False)
    grid.setEditTriggers(EDIT_TRIGGERS)
    grid.setWordWrap(False)
    return grid


def _title_item(problem_id: str, title: str) -> QTableWidgetItem:
    item = QTableWidgetItem(title)
    item.setData(ID_ROLE, problem_id)
    item.setToolTip(title)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.EditRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class VoteEntryPanel(QWidget):
    def __init__(self, window: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteEntry")
        self.window_ = window
        self.snapshot = Snapshot()
        self._filling = False
        self._dirty: set[str] = set()

        self.review_notice = window.review_mode.notice(
            _tr("Modo revisión: los votos y calificaciones se consultan, pero no se registran."),
            self,
        )
        self.review_notice.setObjectName("entryReviewNotice")
        self.origin = named(QComboBox(self), "originBox")
        self.origin.setEditable(True)
        self.origin.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sheet = named(QLineEdit(self), "sheetEdit")
        self.sheet.setPlaceholderText(_tr("p. ej. Hoja A-1"))
        self.people = named(QSpinBox(self), "peopleSpin")
        self.people.setRange(0, 1000)
        self.people.setSpecialValueText(_tr("sin indicar"))
        self.dots_per_person = named(QSpinBox(self), "dotsPerPersonSpin")
        self.dots_per_person.setRange(0, 50)
        self.dots_per_person.setSpecialValueText(_tr("sin límite"))
        form = QFormLayout()
        form.addRow(_tr("Mesa o grupo:"), self.origin)
        form.addRow(_tr("Hoja:"), self.sheet)
        form.addRow(_tr("Personas en la mesa:"), self.people)
        form.addRow(_tr("Puntos por persona en el taller:"), self.dots_per_person)

        self.tabs = named(QTabWidget(self), "entryTabs")
        # Every tab's title whole: the panel is never narrower than the four of them.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tally = _grid(
            self,
            "tallyGrid",
            # Two lines, as the criteria: the numbers' columns leave the titles room.
            [
                _tr("Problema"),
                _tr("Puntos de la mesa\n(esta computadora)"),
                _tr("Total de la mesa"),
            ],
        )
        total_header = self.tally.horizontalHeaderItem(2)
        if total_header is not None:
            total_header.setToolTip(
                _tr(
                    "Lo registrado para esta mesa en todas las computadoras cuyos archivos llegaron"
                )
            )
        self.voter = _grid(self, "voterGrid", [_tr("Problema"), _tr("Puntos de esta persona")])
        self.scores = _grid(self, "scoreGrid", [_tr("Problema")])
        self.history = QTableWidget(0, 7, self)
        self.history.setObjectName("historyGrid")
        self.history.setHorizontalHeaderLabels(
            [
                _tr("Problema"),
                _tr("Mesa"),
                _tr("Hoja"),
                _tr("Puntos"),
                _tr("Antes"),
                _tr("Hora"),
                _tr("Computadora"),
            ]
        )
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setWordWrap(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for grid in (self.tally, self.voter):
            grid.setItemDelegateForColumn(1, NumberDelegate(0, 9999, False, grid))
            grid.itemChanged.connect(lambda _item, g=grid: self._mark_dirty(g))
        self.scores.setItemDelegate(NumberDelegate(0, 5, True, self.scores))
        self.scores.itemChanged.connect(lambda _item: self._mark_dirty(self.scores))
        for grid in (self.tally, self.voter, self.scores):
            grid.refused.connect(window.show_error)
        self.scores.horizontalHeader().sectionDoubleClicked.connect(self._edit_weight)

        self.save_tally = named(QPushButton(_tr("Guardar conteo de la mesa"), self), "saveTally")
        self.add_voter = named(
            QPushButton(_tr("Sumar los puntos de esta persona"), self), "addVoter"
        )
        self.save_scores = named(
            QPushButton(_tr("Guardar calificaciones de la mesa"), self), "saveScores"
        )
        self.default_criteria = named(
            QPushButton(_tr("Crear criterios: impacto, urgencia y factibilidad"), self),
            "defaultCriteria",
        )
        self.score_buttons = QWidget(self)  # greyed out in review mode
        score_buttons = QVBoxLayout(self.score_buttons)
        score_buttons.setContentsMargins(0, 0, 0, 0)
        score_buttons.addWidget(self.default_criteria)
        score_buttons.addWidget(self.save_scores)
        self.weight_hint = QLabel(self)
        self.weight_hint.setWordWrap(True)
        self.save_tally.clicked.connect(self.record_tally)
        self.add_voter.clicked.connect(self.record_voter)
        self.save_scores.clicked.connect(self.record_scores)
        self.default_criteria.clicked.connect(self.create_criteria)
        # Ctrl+Enter in a grid does what its tab's button does (nothing in review mode).
        self.tally.submitted.connect(lambda: self._submit(self.save_tally))
        self.voter.submitted.connect(lambda: self._submit(self.add_voter))
        self.scores.submitted.connect(lambda: self._submit(self.save_scores))
        self.tabs.addTab(self._page(self.tally, self.save_tally), _tr("Conteo por mesa"))
        self.tabs.addTab(self._page(self.voter, self.add_voter), _tr("Voto por persona"))
        self.tabs.addTab(
            self._page(self.scores, self.weight_hint, self.score_buttons),
            _tr("Criterios"),
        )
        self.tabs.addTab(self._page(self.history), _tr("Historial"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.review_notice)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        self.origin.currentTextChanged.connect(lambda _text: self._fill(force=False))
        self.dots_per_person.editingFinished.connect(self._save_dots_per_person)
        for target in (self.save_tally, self.add_voter, self.score_buttons):
            window.review_mode.guard(target)
        window.review_mode.changed.connect(self._review_changed)
        self._review_changed()

    def _review_changed(self) -> None:
        """In review mode the numbers are read, not typed (the table to show stays a choice)."""
        read_only = self.window_.review_mode.active
        for widget in (self.sheet, self.people, self.dots_per_person):
            set_read_only(widget, read_only)
        for grid in (self.tally, self.voter, self.scores):
            if read_only and grid.state() == QAbstractItemView.State.EditingState:
                grid.setCurrentIndex(QModelIndex())  # the open editor keeps its value, then closes
            set_edit_triggers(grid, EDIT_TRIGGERS, read_only)
        self.weight_hint.setText(
            _tr("Calificaciones de 1 a 5; — es sin calificar.")
            if read_only
            else _tr(
                "Calificaciones de 1 a 5; — es sin calificar. "
                "Doble clic en un criterio para cambiar su peso."
            )
        )

    def _submit(self, button: QPushButton) -> None:
        if self.window_.review_mode.allows() and button.isEnabled():
            button.click()

    def _page(self, grid: QTableWidget, *below: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(grid, 1)
        for widget in below:
            layout.addWidget(widget)
        return page

    # -- showing ------------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        changed_workshop = snapshot.workshop_id != self.snapshot.workshop_id
        self.snapshot = snapshot
        self.setEnabled(snapshot.workshop is not None)
        origin = self.origin.currentText()
        self._filling = True
        self.origin.blockSignals(True)
        self.origin.clear()
        self.origin.addItems(snapshot.origins)
        if changed_workshop or not origin:
            origin = snapshot.origins[0] if snapshot.origins else _tr("Mesa 1")
        self.origin.setEditText(origin)
        self.origin.blockSignals(False)
        self.dots_per_person.setValue((snapshot.workshop or {}).get("dots_per_participant") or 0)
        self._filling = False
        self._fill(force=changed_workshop)

    def origin_name(self) -> str:
        return self.origin.currentText().strip()

    def _mark_dirty(self, grid: QTableWidget) -> None:
        if not self._filling:
            self._dirty.add(grid.objectName())

    def _fill(self, *, force: bool) -> None:
        if force:
            self._dirty.clear()
        self._filling = True
        try:
            origin = self.origin_name()
            snap = self.snapshot
            if "tallyGrid" not in self._dirty:
                self._fill_numbers(
                    self.tally, lambda pid: snap.own_tallies.get(pid, {}).get(origin, 0)
                )
                self._fill_totals(origin)
            if "voterGrid" not in self._dirty:
                self._fill_numbers(self.voter, lambda _pid: 0)
            if "scoreGrid" not in self._dirty:
                self._fill_scores(origin)
            self._fill_history()
        finally:
            self._filling = False

    def _fill_numbers(self, grid: QTableWidget, value: Any) -> None:
        grid.setRowCount(len(self.snapshot.problems))
        for row, (problem_id, title) in enumerate(self.snapshot.problems):
            grid.setItem(row, 0, _title_item(problem_id, title))
            grid.setItem(row, 1, _number_item(value(problem_id)))

    def _fill_totals(self, origin: str) -> None:
        """The table's total over every laptop, read-only, beside what this laptop typed."""
        for row, (problem_id, _title) in enumerate(self.snapshot.problems):
            item = _number_item(self.snapshot.tallies.get(problem_id, {}).get(origin, 0))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tally.setItem(row, 2, item)

    def _fill_scores(self, origin: str) -> None:
        criteria = self.snapshot.criteria
        self.default_criteria.setVisible(not criteria)
        self.save_scores.setEnabled(bool(criteria))
        grid = self.scores
        grid.setColumnCount(1 + len(criteria))
        headers = [_tr("Problema")] + [
            # Two lines: the names and weights fit above the scores and the titles keep room.
            _tr("{name}\n(peso {weight})").format(
                name=c["name"], weight=format_decimal(c["weight"] or 0)
            )
            for c in criteria
        ]
        grid.setHorizontalHeaderLabels(headers)
        grid.setRowCount(len(self.snapshot.problems))
        for row, (problem_id, title) in enumerate(self.snapshot.problems):
            grid.setItem(row, 0, _title_item(problem_id, title))
            for column, criterion in enumerate(criteria, start=1):
                scores = self.snapshot.own_scores.get((problem_id, criterion["id"]), {})
                score = scores.get(origin, 0)
                grid.setItem(row, column, _number_item(score))

    def _fill_history(self) -> None:
        titles = dict(self.snapshot.problems)
        entries = list(reversed(self.snapshot.history))
        # A workshop's tallies are typed on its day: the hour says enough (the column leaves
        # the problem its room); entries of several days show the date too.
        one_day = len({local_day(entry.created_at) for entry in entries}) <= 1
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = [
                titles.get(entry.problem_id, entry.problem_id),
                entry.origin or "",
                entry.sheet or "",
                str(entry.dots),
                "" if entry.previous_dots is None else str(entry.previous_dots),
                format_time_of_day(entry.created_at)
                if one_day
                else format_timestamp(entry.created_at),
                entry.device_label or (entry.recorded_by or "")[:8],
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                # The problem column elides a long title; the hour column tells the whole time.
                tip = {0: values[0], 5: format_timestamp(entry.created_at, "medium")}.get(
                    column, ""
                )
                if not entry.current:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    tip = "\n".join(t for t in (tip, _tr("Corregido por un conteo posterior")) if t)
                item.setToolTip(tip)
                self.history.setItem(row, column, item)

    # -- saving -------------------------------------------------------------------------------

    def _numbers(self, grid: QTableWidget) -> dict[str, int]:
        result = {}
        for row in range(grid.rowCount()):
            problem_id = _cell(grid, row, 0, ID_ROLE)
            result[problem_id] = int(_cell(grid, row, 1, Qt.ItemDataRole.EditRole) or 0)
        return result

    def _execute(self, command: RecordCommand, grid: QTableWidget) -> bool:
        row, column = grid.currentRow(), grid.currentColumn()
        grid.setCurrentIndex(QModelIndex())  # commit an open editor
        done = self.window_.execute(command)
        if done:
            self._dirty.discard(grid.objectName())
            self._fill(force=False)
        elif command.ids == []:
            self.window_.status(_tr("Sin cambios: los números ya estaban registrados."))
        if row >= 0 and column >= 0:
            grid.setCurrentCell(row, column)  # the keyboard goes on from where it was
        return done

    def record_tally(self) -> bool:
        workshop_id, origin = self.snapshot.workshop_id, self.origin_name()
        counts = self._numbers(self.tally)
        people = self.people.value() or None
        sheet = self.sheet.text().strip() or None
        db = self.window_.db
        command = RecordCommand(
            self.window_,
            _tr("Conteo de {origin}").format(origin=origin),
            "dot_votes",
            lambda: prio.record_sheet(
                db, workshop_id or "", counts, origin=origin, sheet=sheet, people=people
            ),
        )
        return self._execute(command, self.tally)

    def record_voter(self) -> bool:
        workshop_id, origin = self.snapshot.workshop_id, self.origin_name()
        allocations = {pid: dots for pid, dots in self._numbers(self.voter).items() if dots}
        sheet = self.sheet.text().strip() or None
        db = self.window_.db
        command = RecordCommand(
            self.window_,
            _tr("Voto de una persona de {origin}").format(origin=origin),
            "dot_votes",
            lambda: prio.add_voter_dots(
                db, workshop_id or "", allocations, origin=origin, sheet=sheet
            ),
        )
        done = self._execute(command, self.voter)
        if done:
            self.voter.setCurrentCell(0, 1)
            self.voter.setFocus()
        return done

    def record_scores(self) -> bool:
        workshop_id, origin = self.snapshot.workshop_id, self.origin_name()
        scores = {}
        for row in range(self.scores.rowCount()):
            problem_id = _cell(self.scores, row, 0, ID_ROLE)
            for column, criterion in enumerate(self.snapshot.criteria, start=1):
                value = int(_cell(self.scores, row, column, Qt.ItemDataRole.EditRole) or 0)
                if value:
                    scores[(problem_id, criterion["id"])] = value
        sheet = self.sheet.text().strip() or None
        db = self.window_.db
        command = RecordCommand(
            self.window_,
            _tr("Calificaciones de {origin}").format(origin=origin),
            "criterion_scores",
            lambda: prio.record_scores(db, workshop_id or "", scores, origin=origin, sheet=sheet),
        )
        return self._execute(command, self.scores)

    def create_criteria(self) -> None:
        workshop_id = self.snapshot.workshop_id
        if (
            workshop_id
            and self.window_.review_mode.allows()
            and self.window_.run(prio.create_default_criteria, self.window_.db, workshop_id)
        ):
            self.window_.dataChanged.emit()

    def _edit_weight(self, section: int) -> None:
        if self.window_.review_mode.active or not 1 <= section <= len(self.snapshot.criteria):
            return  # in review mode the double click does nothing, as the greyed-out buttons
        criterion = self.snapshot.criteria[section - 1]
        weight, ok = QInputDialog.getDouble(
            self,
            _tr("Peso del criterio"),
            _tr("Peso de «{name}»:").format(name=criterion["name"]),
            criterion["weight"] or 1.0,
            0.0,
            100.0,
            1,
        )
        if ok:
            self.window_.execute(
                UpdateCommand(self.window_, "criteria", {criterion["id"]: {"weight": weight}})
            )

    def unsaved(self) -> bool:
        """The points per person typed but not saved yet (it is saved on leaving the box): the
        window saves it before review mode turns the box read-only, or asks on closing. Grid
        typing is not counted: a grid is saved only by its tab's button."""
        workshop = self.snapshot.workshop
        typed = self.dots_per_person.value() or None
        return workshop is not None and workshop.get("dots_per_participant") != typed

    def save(self) -> bool:
        return self._save_dots_per_person()

    def _save_dots_per_person(self) -> bool:
        workshop = self.snapshot.workshop
        value = self.dots_per_person.value() or None
        if workshop is None or workshop.get("dots_per_participant") == value:
            return True
        if not self.window_.execute(
            UpdateCommand(
                self.window_, "workshops", {workshop["id"]: {"dots_per_participant": value}}
            )
        ):
            return False
        workshop["dots_per_participant"] = value  # saved: the panel agrees until its next reload
        return True
