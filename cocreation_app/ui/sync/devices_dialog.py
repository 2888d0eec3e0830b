"""Tools > Devices…: the laptops this database knows, their pinned keys, and trust in them."""

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

from cocreation_app.sync.devices import DeviceInfo, list_devices, set_trusted

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevicesDialog", text)


class DevicesDialog(QDialog):
    """One row per device: its name, id, key fingerprint and whether its bundles are accepted;
    the selected one can be marked not trusted (or trusted again)."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.devices: list[DeviceInfo] = []
        self.setWindowTitle(_tr("Equipos"))
        self.resize(820, 380)
        explain = QLabel(
            _tr(
                "La clave de cada equipo se fija la primera vez que llega un paquete suyo; un "
                "paquete que diga venir de él firmado con otra clave se rechaza. Compare la huella "
                "con la que muestra el otro equipo. Los paquetes de un equipo no confiable se "
                "rechazan."
            )
        )
        explain.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [_tr("Equipo"), _tr("Huella de la clave"), _tr("Confianza"), _tr("Id")]
        )
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 170)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.toggle = QPushButton(_tr("Marcar como no confiable"))
        self.toggle.clicked.connect(self.toggle_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.toggle)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        current = self.selected()
        self.devices = self.window_.run(list_devices, self.window_.db) or []
        self.tree.clear()
        for device in self.devices:
            name = device.label or _tr("(sin nombre)")
            if device.is_local:
                name = _tr("{name} (este equipo)").format(name=name)
            trust = _tr("confiable") if device.trusted else _tr("no confiable")
            key = device.key_fingerprint or _tr("sin clave todavía")
            item = QTreeWidgetItem([name, key, trust, device.id])
            item.setData(0, Qt.ItemDataRole.UserRole, device.id)
            self.tree.addTopLevelItem(item)
            if current is not None and device.id == current.id:
                self.tree.setCurrentItem(item)
        self._update_button()

    def selected(self) -> DeviceInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        device_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.devices if d.id == device_id), None)

    def _update_button(self) -> None:
        device = self.selected()
        self.toggle.setEnabled(device is not None and not device.is_local)
        trusted = device is None or device.trusted
        self.toggle.setText(_tr("Marcar como no confiable") if trusted else _tr("Volver a confiar"))

    def toggle_selected(self) -> None:
        device = self.selected()
        if device is None or device.is_local:
            return
        self.window_.run(set_trusted, self.window_.db, device.id, not device.trusted)
        self.refresh()
