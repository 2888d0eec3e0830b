"""Export a bundle, and the coordinator's "Import files" dialog (many files or a folder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import (
    FileReport,
    GroupCounts,
    expand_paths,
    import_bundles,
    unproven_lines,
)

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

BUNDLE_FILTER = "Cocrea (*.cocrea);;*"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDialogs", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("SyncDialogs", text, None, n)


def _suggested_bundle(window: WindowShell) -> Path:
    """Beside the database file; for a server's database, in the home folder (its "path" is
    only the database's name)."""
    db = window.db
    if db.on_server:
        return Path.home() / f"{db.path.name}.cocrea"
    return db.path.with_name(f"{db.path.stem}.cocrea")


class ExportBundleDialog(QDialog):
    """Where to save, whole database or current plan, with or without personal data.

    Personal data stays out unless the user chooses to include it; when it goes in, encryption
    with a passphrase (typed twice) is on by default and can only be turned off explicitly.
    """

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(_tr("Exportar paquete"))
        self.path = QLineEdit(str(_suggested_bundle(window)))
        browse = QPushButton(_tr("Elegir…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.only_plan = QCheckBox(_tr("Solo el plan actual"))
        self.only_plan.setEnabled(window.current_plan_id() is not None)
        self.anonymous = QCheckBox(_tr("Sin datos personales (seudónimos, sin contacto)"))
        self.anonymous.setChecked(True)
        self.encrypt = QCheckBox(_tr("Cifrar con contraseña (recomendado con datos personales)"))
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(_tr("Archivo:"), row)
        form.addRow("", self.only_plan)
        form.addRow("", self.anonymous)
        form.addRow("", self.encrypt)
        form.addRow(_tr("Contraseña:"), self.passphrase)
        form.addRow(_tr("Repita la contraseña:"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.anonymous.toggled.connect(self._update)
        self.encrypt.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        """Encryption is offered exactly when personal data goes into the bundle."""
        personal = not self.anonymous.isChecked()
        self.encrypt.setEnabled(personal)
        wanted = personal and self.encrypt.isChecked()
        self.passphrase.setEnabled(wanted)
        self.confirm.setEnabled(wanted)
        self.problem.clear()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Exportar paquete"), self.path.text(), BUNDLE_FILTER
        )
        if name:
            self.path.setText(name)

    def chosen_passphrase(self) -> str | None:
        """The passphrase to encrypt with, or None; raises ValueError with the reason shown."""
        if self.anonymous.isChecked() or not self.encrypt.isChecked():
            return None
        if not self.passphrase.text():
            raise ValueError(_tr("Escriba una contraseña o desmarque «Cifrar con contraseña»."))
        if self.passphrase.text() != self.confirm.text():
            raise ValueError(_tr("Las dos contraseñas no coinciden."))
        return self.passphrase.text()

    def save(self) -> None:
        try:
            passphrase = self.chosen_passphrase()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        result = self.window_.run(
            export_bundle,
            self.window_.db,
            Path(self.path.text()),
            plan_id=self.window_.current_plan_id() if self.only_plan.isChecked() else None,
            personal_data=not self.anonymous.isChecked(),
            passphrase=passphrase,
        )
        if result is None:
            return
        self.window_.status(
            _trn("Paquete guardado en {path}: %Ln cambios.", result.changes).format(
                path=result.path
            )
        )
        self.accept()


def _group_title(group: GroupCounts) -> str:
    plan = group.plan_title or group.plan_id or _tr("Sin plan")
    if group.workshop_id is None:
        return plan
    return _tr("{plan} — {workshop}").format(
        plan=plan, workshop=group.workshop_title or group.workshop_id
    )


class ImportDialog(QDialog):
    """Pick files and folders, see the preview per file, import, and read what happened."""

    COLUMNS = ("Archivo", "Nuevos", "Actualizados", "Sin cambios", "Conflictos", "Resultado")

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.reports: list[FileReport] = []
        self.setWindowTitle(_tr("Importar archivos"))
        self.resize(900, 520)
        self.files = QListWidget()
        add_files = QPushButton(_tr("Agregar archivos…"))
        add_files.clicked.connect(self._pick_files)
        add_folder = QPushButton(_tr("Agregar carpeta…"))
        add_folder.clicked.connect(self._pick_folder)
        remove = QPushButton(_tr("Quitar"))
        remove.clicked.connect(self._remove_selected)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_tr("solo para paquetes cifrados"))
        self.preview_button = QPushButton(_tr("Vista previa"))
        self.preview_button.clicked.connect(self.preview)
        self.import_button = QPushButton(_tr("Importar"))
        self.import_button.clicked.connect(self.import_files)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.tree.setColumnWidth(0, 340)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        picker = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            picker.addWidget(button)
        picker.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.passphrase, 1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.files, 1)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 2)
        layout.addWidget(close)
        self._update_buttons()

    # -- choosing files -----------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        """Add files, or the ``.cocrea`` files of folders, skipping ones already listed."""
        known = set(self.paths())
        for path in expand_paths(paths):
            if path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self._update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, _tr("Agregar archivos"), "", BUNDLE_FILTER)
        self.add_paths([Path(n) for n in names])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Agregar carpeta"))
        if folder:
            self.add_paths([Path(folder)])

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_files = self.files.count() > 0
        self.preview_button.setEnabled(has_files)
        self.import_button.setEnabled(has_files)

    # -- preview and import -------------------------------------------------------------------

    def _run(self, dry_run: bool) -> list[FileReport]:
        reports = self.window_.run(
            import_bundles,
            self.window_.db,
            self.paths(),
            dry_run=dry_run,
            passphrase=self.passphrase.text() or None,
        )
        self.reports = reports or []
        self._show(dry_run)
        return self.reports

    def preview(self) -> list[FileReport]:
        return self._run(dry_run=True)

    def import_files(self) -> list[FileReport]:
        reports = self._run(dry_run=False)
        if any(r.ok and r.new_changes for r in reports):
            self.window_.dataChanged.emit()
        done = sum(1 for r in reports if r.ok)
        self.window_.status(
            _trn("Importados {done} de %n archivos.", len(reports)).format(done=done)
        )
        return reports

    def _show(self, dry_run: bool) -> None:
        self.tree.clear()
        for report in self.reports:
            item = QTreeWidgetItem([report.path.name])
            item.setToolTip(0, str(report.path))
            warnings: list[QTreeWidgetItem] = []
            if not report.ok:
                item.setText(5, _tr("Rechazado: {reason}").format(reason=report.error))
                item.setForeground(5, Qt.GlobalColor.red)
            else:
                totals = [sum(getattr(g, k) for g in report.groups) for k in _COUNTS]
                for column, value in enumerate(totals, start=1):
                    item.setText(column, str(value))
                item.setText(5, _outcome(report, dry_run))
                left_out = unproven_lines(report)  # relayed changes without their signature
                if left_out:
                    item.setToolTip(5, "\n".join(left_out))
                    item.setForeground(5, Qt.GlobalColor.darkRed)
                for group in report.groups:
                    child = QTreeWidgetItem([_group_title(group)])
                    for column, key in enumerate(_COUNTS, start=1):
                        child.setText(column, str(getattr(group, key)))
                    item.addChild(child)
                warnings = [QTreeWidgetItem([line]) for line in left_out]
                for warning in warnings:
                    warning.setForeground(0, Qt.GlobalColor.darkRed)
                    warning.setToolTip(0, warning.text(0))
                item.insertChildren(0, warnings)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            for warning in warnings:
                warning.setFirstColumnSpanned(True)  # the whole sentence, across the columns


_COUNTS = ("new", "updated", "unchanged", "conflicts")


def _outcome(report: FileReport, dry_run: bool) -> str:
    if report.new_changes == 0:
        text = _tr("Nada nuevo")
    elif dry_run:
        text = _trn("%Ln cambios nuevos por importar", report.new_changes)
    else:
        text = _trn("Importado: %Ln cambios nuevos", report.new_changes)
    left_out = sum(report.unproven.values())
    if left_out:
        text += "; " + _trn("%Ln sin la firma de su autor, dejados fuera", left_out)
    return text


def open_import(window: WindowShell, paths: list[Path] | None = None) -> ImportDialog:
    dialog = ImportDialog(window)
    if paths:
        dialog.add_paths(paths)
    dialog.show()
    return dialog
