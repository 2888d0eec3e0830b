"""The first thing a new database shows: what to do first, instead of empty views.

While the database has no plan, the view tabs are replaced by this panel with two buttons:
create a plan (the Plan view, a new plan's form, cursor on its title) or open the demo. Once a
plan exists the views come back; deleting the last plan brings the panel back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class WelcomePanel(QWidget):
    def __init__(self, window: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("welcomePanel")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(760)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("<h2>Bienvenida a Cocrea</h2>"), card)
        intro = QLabel(
            self.tr(
                "Esta base de datos todavía no tiene ningún plan. Todo empieza por el plan: "
                "sus datos, su aviso de privacidad (que se lee a cada persona al registrarla) "
                "y sus talleres."
            ),
            card,
        )
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.create_button = QPushButton(self.tr("&Crear un plan"), card)
        self.create_button.setObjectName("welcomeCreatePlan")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Abrir la &demostración"), card)
        self.demo_button.setObjectName("welcomeOpenDemo")
        layout.addLayout(
            self._choice(
                self.create_button,
                self.tr(
                    "Escriba el título, el estado y el municipio, el órgano garante y el aviso "
                    "de privacidad; después, en la misma vista, el primer taller."
                ),
            )
        )
        layout.addLayout(
            self._choice(
                self.demo_button,
                self.tr(
                    "Un plan de ejemplo completo, en otra base de datos, para conocer la "
                    "aplicación sin tocar sus datos."
                ),
            )
        )
        more = QLabel(
            self.tr(
                "¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos… o Archivo ▸ "
                "Importar archivos…. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas."
            ),
            card,
        )
        more.setWordWrap(True)
        more.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(more)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        for button in (self.create_button, self.demo_button):
            window.review_mode.guard(button)  # both write to a database

    def _choice(self, button: QPushButton, text: str) -> QHBoxLayout:
        row = QHBoxLayout()
        button.setMinimumWidth(220)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        return row


class CentralStack(QStackedWidget):
    """The window's centre: the view tabs, or the welcome panel while there is no plan."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("centralStack")
        self.window_ = window
        self.dismissed = False  # "Create a plan" pressed: the views stay while it is typed
        views = window.takeCentralWidget()
        if views is not None:
            self.addWidget(views)
        self.welcome = WelcomePanel(window, self)
        self.addWidget(welcome := self.welcome)
        window.setCentralWidget(self)
        welcome.create_button.clicked.connect(self.create_plan)
        welcome.demo_button.clicked.connect(self.open_demo)
        for signal in (window.dataChanged, window.planChanged):
            signal.connect(self.update_page)
        window.databaseChanged.connect(self.database_changed)
        window.started.connect(self._follow_view_choice)
        self.update_page()

    def _follow_view_choice(self) -> None:
        """Once started, a view picked by the user (View menu, Ctrl+1…9) is shown, plan or not;
        before, the tab restored from the last run is no choice."""
        self.window_.views.currentChanged.connect(self.show_views)

    def show_views(self, *_args: object) -> None:
        self.dismissed = True
        self.setCurrentWidget(self.window_.views)

    def welcoming(self) -> bool:
        return self.currentWidget() is self.welcome

    def database_changed(self) -> None:
        self.dismissed = False
        self.update_page()

    def update_page(self, *_args: object) -> None:
        from cocreation_app.services import lists

        empty = not lists.plans(self.window_.db)
        if not empty:
            self.dismissed = False  # deleting the last plan later welcomes again
        welcome = empty and not self.dismissed
        self.setCurrentWidget(self.welcome if welcome else self.window_.views)

    def create_plan(self) -> None:
        plan_view = self.window_.findChild(QWidget, "planView")
        self.show_views()
        if plan_view is None:
            return
        self.window_.show_view(plan_view)
        plan_view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        panel = plan_view.plans  # type: ignore[attr-defined]
        panel.new()
        panel.form.first_editor().setFocus()

    def open_demo(self) -> None:
        from cocreation_app.ui.database.feature import open_demo

        open_demo(self.window_)
