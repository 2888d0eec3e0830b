"""Help ▸ Keyboard shortcuts: every key the window answers to.

The menu shortcuts are read from the window's own actions when the page opens, so the list
cannot drift from what the keys do; the keys that views handle themselves (Enter in a form,
Space on the plenary view...) follow in a short fixed table.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True)
class Shortcut:
    group: str
    what: str
    keys: str


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu entry as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _group(action: QAction) -> str:
    menus = [m for m in action.associatedObjects() if isinstance(m, QMenu)]
    return _plain(menus[0].title()) if menus else _tr("Listas y vistas")


def action_shortcuts(window: WindowShell) -> list[Shortcut]:
    """Every action of the window that has a key, once each, in menu order."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(key_text(k) for k in action.shortcuts() if not k.isEmpty())
        if not keys or (action.text(), keys) in seen:
            continue
        seen.add((action.text(), keys))
        found.append(Shortcut(_group(action), _plain(action.text()), keys))
    return found


def _keys(*alternatives: str) -> str:
    """Key names as Qt writes them in the user's language ("Ctrl+Return" → "Control+Intro")."""
    return " / ".join(key_text(QKeySequence(keys)) for keys in alternatives)


def view_keys() -> list[Shortcut]:
    """Keys handled inside the views, as their on-screen hints say (README: keyboard first)."""
    forms, checkin, tree, grids, plenary = (
        _tr("Formularios"),
        _tr("Asistencia"),
        _tr("Árbol de problemas"),
        _tr("Conteo de puntos y criterios (como en una hoja de cálculo)"),
        _tr("Vista plenaria (en el proyector)"),
    )
    return [
        Shortcut(forms, _tr("Pasar al campo siguiente"), _keys("Return")),
        Shortcut(forms, _tr("Guardar"), _keys("Ctrl+Return")),
        Shortcut(checkin, _tr("Registrar la asistencia de la persona elegida"), _keys("Return")),
        Shortcut(checkin, _tr("Elegir otra persona"), _keys("Up", "Down")),
        Shortcut(tree, _tr("Agregar un elemento hermano / hijo"), _keys("Return", "Ctrl+Return")),
        Shortcut(tree, _tr("Sangrar / quitar sangría"), _keys("Tab", "Shift+Tab")),
        Shortcut(grids, _tr("Bajar / subir a la celda siguiente"), _keys("Return", "Shift+Return")),
        Shortcut(grids, _tr("Moverse entre celdas"), _keys("Up", "Down", "Left", "Right")),
        Shortcut(grids, _tr("Siguiente celda de números"), _keys("Tab", "Shift+Tab")),
        Shortcut(grids, _tr("Corregir el número de la celda / vaciarla"), _keys("F2", "Del")),
        Shortcut(
            grids,
            _tr("Pegar una columna o un bloque de números de una hoja de cálculo"),
            _keys("Ctrl+V"),
        ),
        Shortcut(grids, _tr("Guardar el conteo o las calificaciones"), _keys("Ctrl+Return")),
        Shortcut(plenary, _tr("Iniciar o pausar el temporizador"), _keys("Space")),
        Shortcut(plenary, _tr("Cerrar la vista plenaria"), _keys("Esc")),
    ]


def page_html(shortcuts: list[Shortcut]) -> str:
    rows: list[str] = []
    group = None
    for item in shortcuts:
        if item.group != group:
            group = item.group
            rows.append(
                "<tr><td colspan='2' style='padding-top: 10px; font-size: large'>"
                f"<b>{escape(group)}</b></td></tr>"
            )
        rows.append(
            f"<tr><td style='padding-left: 12px'><tt>{escape(item.keys)}</tt>&nbsp;&nbsp;</td>"
            f"<td>{escape(item.what)}</td></tr>"
        )
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


class ShortcutsDialog(QDialog):
    def __init__(self, window: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Atajos de teclado"))
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        self.shortcuts = action_shortcuts(window) + view_keys()
        self.page = QTextBrowser(self)
        self.page.setObjectName("shortcutsPage")
        self.page.setHtml(page_html(self.shortcuts))
        layout.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
