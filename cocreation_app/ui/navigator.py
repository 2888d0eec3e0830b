"""The plan and workshop navigator: two combo boxes in a toolbar, always visible."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar

from cocreation_app.services import lists
from cocreation_app.ui.widgets.elide import tooltip_shows_choice

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class Navigator(QToolBar):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("navigator")
        self.setWindowTitle(self.tr("Plan y taller"))
        self.setMovable(False)
        self.window_ = window
        self.plans = tooltip_shows_choice(QComboBox(self))
        self.plans.setObjectName("planCombo")
        self.plans.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plans.setMinimumContentsLength(40)
        self.plans.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.workshops = tooltip_shows_choice(QComboBox(self))
        self.workshops.setObjectName("workshopCombo")
        self.workshops.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshops.setMinimumContentsLength(40)
        self.workshops.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        plan_label = QLabel(self.tr("&Plan:"), self)
        plan_label.setBuddy(self.plans)
        workshop_label = QLabel(self.tr("&Taller:"), self)
        workshop_label.setBuddy(self.workshops)
        for label in (plan_label, workshop_label):
            label.setContentsMargins(8, 0, 4, 0)
        self.addWidget(plan_label)
        self.addWidget(self.plans)
        self.addWidget(workshop_label)
        self.addWidget(self.workshops)
        self.plans.currentIndexChanged.connect(self._plan_picked)
        self.workshops.currentIndexChanged.connect(self._workshop_picked)

    def plan_id(self) -> str | None:
        return self.plans.currentData(Qt.ItemDataRole.UserRole)

    def workshop_id(self) -> str | None:
        return self.workshops.currentData(Qt.ItemDataRole.UserRole)

    def reload(self, plan_id: str | None = None, workshop_id: str | None = None) -> None:
        """Refill both lists, keeping (or moving to) the given plan and workshop."""
        plan_id = plan_id or self.plan_id()
        workshop_id = workshop_id or self.workshop_id()
        before = (self.plan_id(), self.workshop_id())
        with QSignalBlocker(self.plans):
            self.plans.clear()
            for plan in lists.plans(self.window_.db):
                text = self.tr("{title} — {municipality}").format(
                    title=plan.title, municipality=plan.detail
                )
                self.plans.addItem(text, plan.id)
            index = self.plans.findData(plan_id) if plan_id else -1
            self.plans.setCurrentIndex(index if index >= 0 else (0 if self.plans.count() else -1))
        self._fill_workshops(workshop_id)
        after = (self.plan_id(), self.workshop_id())
        if after[0] != before[0]:
            self.window_.planChanged.emit(after[0] or "")
        if after[1] != before[1] or after[0] != before[0]:
            self.window_.workshopChanged.emit(after[1] or "")

    def _fill_workshops(self, workshop_id: str | None) -> None:
        plan_id = self.plan_id()
        with QSignalBlocker(self.workshops):
            self.workshops.clear()
            if plan_id:
                for workshop in lists.workshops(self.window_.db, plan_id):
                    text = (
                        self.tr("{title} ({date})").format(
                            title=workshop.title, date=_short_date(workshop.detail)
                        )
                        if workshop.detail
                        else workshop.title
                    )
                    self.workshops.addItem(text, workshop.id)
            index = self.workshops.findData(workshop_id) if workshop_id else -1
            if index < 0 and plan_id:
                # the latest co-creation workshop is the one running (a follow-up meeting is
                # picked by hand)
                running = lists.latest_cocreation_workshop(self.window_.db, plan_id)
                index = self.workshops.findData(running) if running else -1
            if index < 0 and self.workshops.count():
                index = self.workshops.count() - 1
            self.workshops.setCurrentIndex(index)

    def _plan_picked(self) -> None:
        self._fill_workshops(None)
        self.window_.planChanged.emit(self.plan_id() or "")
        self.window_.workshopChanged.emit(self.workshop_id() or "")

    def _workshop_picked(self) -> None:
        self.window_.workshopChanged.emit(self.workshop_id() or "")


def _short_date(iso: str) -> str:
    """The date as the whole window shows it (19/04/2027; 4/19/2027 in English), by Qt: the
    locale's CLDR short pattern with a four-digit year, as Babel gives it to the tables and
    forms, without loading Babel's locale data for the window's first frame
    (docs/performance.md; tests/ui/test_dates.py checks both give the same text)."""
    locale = QLocale()
    pattern = re.sub("y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate.fromString(iso, Qt.DateFormat.ISODate), pattern)
