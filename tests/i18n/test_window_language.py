"""The window opened in English shows no Spanish source string, and the reverse; switching the
language in Preferences rebuilds the window in the new language without a restart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from cocreation_app.i18n import current_language
from cocreation_app.i18n.catalog import LANGUAGES
from cocreation_app.i18n.qt import apply_language, installed_catalogs, system_language
from cocreation_app.paths import translations_dir
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database
from tools.i18n.ts import read_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
SPANISH_LETTERS = re.compile("[áéíóúñÁÉÍÓÚÑ¿¡]")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings in a temporary INI file; Spanish translators again afterwards."""
    QCoreApplication.setOrganizationName("CocreaTests")
    QCoreApplication.setApplicationName("CocreaTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setattr("cocreation_app.failures.crash_dir", lambda: tmp_path / "crashes")
    QSettings().clear()
    yield
    QSettings().clear()
    apply_language("es")
    from cocreation_app.ui.preferences import language

    language._current.clear()


@pytest.fixture
def windows(qapp: Any) -> Iterator[list[Any]]:
    """Main windows a test opens: closed and deleted when it ends, so that no window (and no
    F5 or Ctrl+1 shortcut of one) outlives the test."""
    opened: list[Any] = []
    yield opened
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _catalog_sets() -> tuple[set[str], set[str]]:
    """(strings only Spanish shows, strings only English shows)."""
    sources, translations = set(), set()
    for m in read_ts(translations_dir() / "cocreation_en.ts").messages.values():
        if m.state == "finished" and not m.numerus and m.translation != m.source:
            sources.add(m.source)
            translations.add(m.translation)
    return sources - translations, translations - sources


def _matcher(strings: set[str]) -> tuple[set[str], list[tuple[re.Pattern[str], str]]]:
    """Exact strings, and a pattern for each string with {placeholders} (shown formatted)."""
    patterns = []
    for text in strings:
        if PLACEHOLDER.search(text):
            parts = [re.escape(p) for p in PLACEHOLDER.split(text)]
            patterns.append((re.compile("^" + ".+?".join(parts) + "$", re.S), text))
    return strings, patterns


def _texts(window: QWidget) -> set[str]:
    """Every text a person can see or hover in the window, across every view."""
    found: set[str] = {window.windowTitle()}
    tabs = window.findChild(QTabWidget, "views")
    for index in range(tabs.count() if tabs else 1):
        if tabs:
            tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        found |= _widget_texts(window)
    return {t for t in found if t and t.strip()}


def _widget_texts(window: QWidget) -> set[str]:
    found: set[str] = set()
    for action in window.findChildren(QAction):
        found |= {action.text(), action.toolTip(), action.statusTip()}
    for menu in window.findChildren(QMenu):
        found.add(menu.title())
    for widget in window.findChildren(QWidget):
        found |= {widget.toolTip(), widget.windowTitle(), widget.statusTip()}
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found |= _model_texts(widget)
    return found


def _model_texts(view: QAbstractItemView) -> set[str]:
    model = view.model()
    found = set()
    # A list model's columnCount is private in PySide: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                found.add(value)
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                found.add(value)
    return found


def _data_values(db: Database) -> set[str]:
    """What people typed (the demo is in Spanish): data, not interface text."""
    service = EntityService(db)
    values: set[str] = set()
    for kind in KINDS:
        for record in service.list_records(kind):
            values |= {v for v in record.values() if isinstance(v, str)}
    return values


def _wrong(texts: set[str], forbidden: set[str], data: set[str]) -> list[str]:
    exact, patterns = _matcher(forbidden)
    bad = []
    for text in sorted(texts - data):
        if text in exact:
            bad.append(repr(text))
            continue
        bad += [f"{text!r} (from {src!r})" for pattern, src in patterns if pattern.match(text)]
    return bad


def _open(windows: list[Any], db: Database, plan_id: str, language: str) -> Any:
    from cocreation_app.ui.main_window import MainWindow

    apply_language(language)
    window = MainWindow(db)
    windows.append(window)
    window.select(plan_id)
    window.show()
    return window


@pytest.mark.parametrize("language", ["en", "es"])
def test_window_shows_only_its_language(
    windows: list[Any], demo_db: Database, demo_plan_id: str, language: str
) -> None:
    spanish_only, english_only = _catalog_sets()
    window = _open(windows, demo_db, demo_plan_id, language)
    assert window.failed_features == []
    texts = _texts(window)
    data = _data_values(demo_db)
    own, other = (english_only, spanish_only) if language == "en" else (spanish_only, english_only)
    assert _wrong(texts, other, data) == []
    # The walk does see the interface: many of this language's own strings are on screen.
    assert len(_wrong(texts, own, data)) > 50
    if language == "en":
        assert _spanish_looking(texts, data) == []


def _spanish_looking(texts: set[str], data: set[str]) -> list[str]:
    """Texts with Spanish letters once the data shown in them is taken out: a string that never
    went through translation (so it is in no catalog) still shows up here."""
    values = sorted((v for v in data if len(v) > 2), key=len, reverse=True)
    found = []
    for text in texts:
        if not SPANISH_LETTERS.search(text):
            continue
        rest = text
        for value in values:
            rest = rest.replace(value, "")
        if SPANISH_LETTERS.search(rest):
            found.append(text)
    return sorted(found)


def test_preferences_switch_language_without_restart(
    windows: list[Any], demo_db: Database, demo_plan_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreation_app.ui.preferences import feature, language
    from cocreation_app.ui.preferences.dialog import PreferencesDialog

    window = _open(windows, demo_db, demo_plan_id, "es")
    window.views.setCurrentIndex(1)
    assert language.startup_language() in LANGUAGES
    titles = []

    def choose(code: str) -> Any:
        def exec_(dialog: PreferencesDialog) -> int:
            titles.append(dialog.windowTitle())
            dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
            return 1

        return exec_

    monkeypatch.setattr(PreferencesDialog, "exec", choose("en"))
    window.findChild(QAction, "actionPreferences").trigger()
    new = language._current[0]
    windows.append(new)
    assert new is not window and new.isVisible()
    assert current_language() == "en"
    assert any(path.endswith("cocreation_en.qm") for path in installed_catalogs())
    assert (new.current_plan_id(), new.views.currentIndex()) == (demo_plan_id, 1)
    assert QSettings().value("i18n/language") == "en"
    assert language.startup_language() == "en"
    spanish_only, english_only = _catalog_sets()
    assert _wrong(_texts(new), spanish_only, _data_values(demo_db)) == []
    feature.open_preferences(new)  # the same language again: nothing is rebuilt
    assert language._current[0] is new
    monkeypatch.setattr(PreferencesDialog, "exec", choose("es"))
    feature.open_preferences(new)
    back = language._current[0]
    windows.append(back)
    assert titles == ["Preferencias", "Preferences", "Preferences"]
    assert current_language() == "es"
    assert _wrong(_texts(back), english_only, _data_values(demo_db)) == []


@pytest.mark.parametrize(
    ("system", "expected"), [("es_MX", "es"), ("en_GB", "en"), ("fr_FR", "es"), ("nl", "es")]
)
def test_default_is_the_system_language_if_we_have_it(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert system_language() == expected


def test_english_loads_qt_own_translations_too(qapp: Any) -> None:
    apply_language("en")
    assert any("qtbase_en" in path for path in installed_catalogs())
    apply_language("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
