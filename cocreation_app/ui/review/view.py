"""The review view: the plan's items read-only, each with its observations beside it.

Left, the items in the order of the printed draft with their number of observations (and a mark
when one of them refers to an older content). Middle, the item as it reads now. Right, its
observations and replies: add, reply, mark addressed. Above, the review status and its history.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_short_date, format_timestamp, local_day
from cocreation_app.models import enums
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.services.review import Observation, ReviewItem, ReviewService
from cocreation_app.ui.review.commands import (
    AddObservationCommand,
    ConfirmVerdictCommand,
    MarkAddressedCommand,
)
from cocreation_app.ui.review.dialogs import ObservationDialog, StatusDialog
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class ReviewView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("reviewView")
        self.observations: list[Observation] = []
        self.status_code: str | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("reviewStatusLabel")
        self.status_button = QPushButton(_tr("&Cambiar estado…"), self)
        self.status_button.setObjectName("reviewStatusButton")
        self.status_button.clicked.connect(self.ask_status)
        self.history = QTreeWidget(self)
        self.history.setObjectName("reviewHistory")
        self.history.setHeaderLabels(
            [_tr("Fecha"), _tr("De"), _tr("A"), _tr("Autoría"), _tr("Nota")]
        )
        self.history.setRootIsDecorated(False)
        for column in range(4):
            self.history.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.history.setMaximumHeight(110)

        self.items = QTreeWidget(self)
        self.items.setObjectName("reviewItems")
        self.items.setHeaderLabels([_tr("Elemento"), _tr("Obs."), _tr("Pendientes")])
        self.items.currentItemChanged.connect(lambda *_: self._item_changed())
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("reviewItemDetail")

        self.notes = QTreeWidget(self)
        self.notes.setObjectName("reviewObservations")
        self.notes.setHeaderLabels([_tr("Dictamen"), _tr("Autoría"), _tr("Versión"), _tr("Estado")])
        self.notes.currentItemChanged.connect(lambda *_: self._note_changed())
        self.note_text = QTextBrowser(self)
        self.note_text.setObjectName("reviewObservationText")
        self.add_button = QPushButton(_tr("Agregar &observación…"), self)
        self.add_button.setObjectName("reviewAdd")
        self.add_button.clicked.connect(self.ask_observation)
        self.reply_button = QPushButton(_tr("&Responder…"), self)
        self.reply_button.setObjectName("reviewReply")
        self.reply_button.clicked.connect(self.ask_reply)
        self.addressed_button = QPushButton(_tr("Marcar como a&tendida"), self)
        self.addressed_button.setObjectName("reviewAddressed")
        self.addressed_button.clicked.connect(self.toggle_addressed)
        # A verdict guessed from an imported PDF comment's words is only a proposal.
        self.confirm_button = QPushButton(_tr("Con&firmar dictamen"), self)
        self.confirm_button.setObjectName("reviewConfirmVerdict")
        self.confirm_button.clicked.connect(lambda: self.settle_verdict(True))
        self.discard_button = QPushButton(_tr("&Descartar dictamen"), self)
        self.discard_button.setObjectName("reviewDiscardVerdict")
        self.discard_button.clicked.connect(lambda: self.settle_verdict(False))

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.status_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.notes, 2)
        side_layout.addWidget(self.note_text, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reply_button, self.addressed_button):
            buttons.addWidget(button)
        side_layout.addLayout(buttons)
        proposal = QHBoxLayout()
        proposal.addStretch(1)
        proposal.addWidget(self.confirm_button)
        proposal.addWidget(self.discard_button)
        side_layout.addLayout(proposal)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.items)
        splitter.addWidget(self.detail)
        splitter.addWidget(side)
        splitter.setSizes([460, 420, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        keep = self.current_item()
        self.items.clear()
        self.history.clear()
        self.observations = []
        if not plan_id:
            self.status_label.setText(_tr("Elija un plan para revisarlo."))
            self.status_button.setEnabled(False)
            self._item_changed()
            return
        review = ReviewService(self.window_.db)
        plan = EntityService(self.window_.db).get("plans", plan_id)
        self.status_code = plan["status"]
        self.status_button.setEnabled(True)
        self.status_label.setText(
            _tr("Estado de revisión: <b>{status}</b> · borrador, versión {version}").format(
                status=escape(enums.label(enums.PLAN_STATUSES, plan["status"])),
                version=plan["draft_version"],
            )
        )
        for step in reversed(review.status_history(plan_id)):
            QTreeWidgetItem(
                self.history,
                [
                    format_timestamp(step.changed_at),
                    enums.label(enums.PLAN_STATUSES, step.from_status),
                    enums.label(enums.PLAN_STATUSES, step.to_status),
                    ", ".join(x for x in (step.author, step.institution) if x),
                    step.note or "",
                ],
            )
        self.observations = review.observations(plan_id)
        self._fill_items(review.items(plan_id), keep)

    def _fill_items(self, items: list[ReviewItem], keep: tuple[str, str] | None) -> None:
        counts: dict[tuple[str, str], list[Observation]] = {}
        for obs in self.observations:
            counts.setdefault((obs.target_kind, obs.target_id), []).append(obs)
        parents: list[QTreeWidgetItem] = []
        selected: QTreeWidgetItem | None = None
        for item in items:
            mine = counts.get((item.kind, item.id), [])
            pending = sum(1 for o in mine if not o.addressed)
            changed = any(o.changed_since_draft for o in mine)
            label = _tr("{kind}: {title}").format(kind=KINDS[item.kind].title(), title=item.title)
            row = QTreeWidgetItem(
                [label, str(len(mine)) if mine else "", str(pending) if pending else ""]
            )
            row.setData(0, ROLE, (item.kind, item.id))
            row.setToolTip(0, label)  # the column elides a long title
            if changed:
                row.setToolTip(0, f"{label}\n{_tr('Cambió después del borrador que se comentó.')}")
                row.setText(2, _tr("{count} · cambió").format(count=pending))
            del parents[item.depth :]
            if parents:
                parents[-1].addChild(row)
            else:
                self.items.addTopLevelItem(row)
            parents.append(row)
            if selected is None or keep == (item.kind, item.id):
                selected = row
        self.items.expandAll()
        if selected is not None:
            self.items.setCurrentItem(selected)
        self._item_changed()

    # -- selection ------------------------------------------------------------------------

    def current_item(self) -> tuple[str, str] | None:
        row = self.items.currentItem()
        return row.data(0, ROLE) if row is not None else None

    def select_item(self, kind: str, item_id: str) -> bool:
        for row in self._all_rows():
            if row.data(0, ROLE) == (kind, item_id):
                self.items.setCurrentItem(row)
                return True
        return False

    def _all_rows(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        count = self.items.topLevelItemCount()
        stack = [item for i in range(count) if (item := self.items.topLevelItem(i)) is not None]
        while stack:
            row = stack.pop(0)
            rows.append(row)
            stack[0:0] = [
                child for i in range(row.childCount()) if (child := row.child(i)) is not None
            ]
        return rows

    def item_observations(self) -> list[Observation]:
        key = self.current_item()
        return [o for o in self.observations if (o.target_kind, o.target_id) == key]

    def _item_changed(self) -> None:
        key = self.current_item()
        self.detail.setHtml(self._item_html(key) if key else "")
        self.notes.clear()
        for obs in self.item_observations():
            row = self._note_row(obs)
            self.notes.addTopLevelItem(row)
            self._add_replies(row, obs)
        self.notes.expandAll()
        for column in range(3):
            self.notes.resizeColumnToContents(column)
        self._note_changed()

    def _add_replies(self, row: QTreeWidgetItem, obs: Observation) -> None:
        """Replies under their observation, replies to replies under their reply."""
        for reply in obs.replies:
            child = self._note_row(reply)
            row.addChild(child)
            self._add_replies(child, reply)

    def _note_row(self, obs: Observation) -> QTreeWidgetItem:
        states = []
        if not obs.reply_to_id:
            states.append(_tr("Atendida") if obs.addressed else _tr("Pendiente"))
        if obs.changed_since_draft:
            states.append(_tr("Cambió desde el borrador"))
        verdict = (
            enums.label(enums.VERDICTS, obs.verdict) if not obs.reply_to_id else _tr("Respuesta")
        )
        row = QTreeWidgetItem(
            [
                verdict,
                ", ".join(x for x in (obs.author, obs.institution) if x),
                str(obs.draft_version or ""),
                " · ".join(states),
            ]
        )
        row.setData(0, ROLE, obs)
        row.setToolTip(0, obs.text)
        return row

    def current_observation(self) -> Observation | None:
        row = self.notes.currentItem()
        return row.data(0, ROLE) if row is not None else None

    def _note_changed(self) -> None:
        obs = self.current_observation()
        if obs is None:
            self.note_text.clear()
        else:
            parts = [f"<p>{escape(obs.text).replace(chr(10), '<br>')}</p>"]
            if obs.verdict.startswith("proposed_"):
                parts.append(
                    "<p><b>{}</b></p>".format(
                        escape(
                            _tr(
                                "Dictamen propuesto a partir de las palabras del comentario: "
                                "«{verdict}». Confírmelo o descártelo."
                            ).format(verdict=enums.label(enums.VERDICTS, obs.verdict))
                        )
                    )
                )
            if obs.changed_since_draft:
                parts.append(
                    "<p><i>{}</i></p>".format(
                        escape(
                            _tr(
                                "El elemento cambió después del borrador {version} que esta "
                                "observación comenta."
                            ).format(version=obs.draft_version)
                        )
                    )
                )
            source = _tr("PDF") if obs.source == "pdf" else _tr("aplicación")
            parts.append(
                "<p><small>{}</small></p>".format(
                    escape(
                        _tr("{date} · origen: {source}").format(
                            date=format_short_date(_date(obs.created_at)), source=source
                        )
                    )
                )
            )
            self.note_text.setHtml("".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        obs = self.current_observation()
        self.add_button.setEnabled(self.current_item() is not None)
        self.reply_button.setEnabled(obs is not None)
        proposed = obs is not None and obs.verdict.startswith("proposed_")
        self.confirm_button.setEnabled(proposed)
        self.discard_button.setEnabled(proposed)
        root = self._root(obs)
        self.addressed_button.setEnabled(root is not None)
        self.addressed_button.setText(
            _tr("Marcar como &pendiente")
            if root is not None and root.addressed
            else _tr("Marcar como a&tendida")
        )

    def _root(self, obs: Observation | None) -> Observation | None:
        """The top-level observation of ``obs``'s thread (replies may answer replies)."""
        if obs is None or not obs.reply_to_id:
            return obs
        return next((o for o in self.observations if _in_thread(o, obs.id)), None)

    def _item_html(self, key: tuple[str, str]) -> str:
        kind, item_id = key
        spec = KINDS[kind]
        record = EntityService(self.window_.db).get(kind, item_id)
        rows = []
        for field in spec.fields:
            value = record.get(field.name)
            if value in (None, "", []) or field.type == "ref" or field.name == "draft_version":
                continue
            if field.type == "enum" and field.choices:
                value = enums.label(field.choices, value)
            elif field.type == "codes" and field.choices:
                codes = value.split(",") if isinstance(value, str) else value
                value = ", ".join(enums.label(field.choices, c.strip()) for c in codes)
            elif field.type == "bool":
                value = _tr("Sí") if value else _tr("No")
            rows.append(
                f"<p><b>{escape(field.title())}</b><br>"
                f"{escape(str(value)).replace(chr(10), '<br>')}</p>"
            )
        return f"<h3>{escape(spec.title())}</h3>" + "".join(rows)

    # -- actions --------------------------------------------------------------------------

    def ask_observation(self) -> None:
        key = self.current_item()
        row = self.items.currentItem()
        if key is None or row is None:
            return
        dialog = ObservationDialog(row.text(0), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def create(review: ReviewService) -> str:
            return review.add_observation(
                key[0],
                key[1],
                values["text"],
                author=values["author"],
                institution=values["institution"],
                verdict=values["verdict"],
            )

        self.window_.execute(AddObservationCommand(self.window_, create))

    def ask_reply(self) -> None:
        obs = self.current_observation()
        if obs is None:
            return
        dialog = ObservationDialog(obs.text, self, reply=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def create(review: ReviewService) -> str:
            return review.reply(
                obs.id, values["text"], author=values["author"], institution=values["institution"]
            )

        self.window_.execute(AddObservationCommand(self.window_, create, reply=True))

    def toggle_addressed(self) -> None:
        root = self._root(self.current_observation())
        if root is None:
            return
        self.window_.execute(MarkAddressedCommand(self.window_, root.id, not root.addressed))

    def settle_verdict(self, confirm: bool) -> None:
        obs = self.current_observation()
        if obs is None or not obs.verdict.startswith("proposed_"):
            return
        verdict = obs.verdict.removeprefix("proposed_") if confirm else "comment"
        self.window_.execute(ConfirmVerdictCommand(self.window_, obs.id, verdict))

    def ask_status(self) -> None:
        plan_id = self.window_.current_plan_id()
        if not plan_id:
            return
        dialog = StatusDialog(self.status_code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        review = ReviewService(self.window_.db)
        done = self.window_.run(
            lambda: review.set_status(
                plan_id,
                values["status"],
                author=values["author"],
                institution=values["institution"],
                note=values["note"],
            )
        )
        if done is not None:
            self.window_.status(
                _tr("Estado de revisión: {status}").format(
                    status=enums.label(enums.PLAN_STATUSES, values["status"])
                )
            )
            self.window_.dataChanged.emit()


def _in_thread(obs: Observation, observation_id: str) -> bool:
    return obs.id == observation_id or any(_in_thread(r, observation_id) for r in obs.replies)


def _date(iso: str) -> dt.date:
    return local_day(iso) or dt.date.fromisoformat(iso[:10])
