"""Every setting the window remembers between runs, declared once with its default.

Values live in QSettings (the platform's native store, organization and application "Cocrea").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any


LAST_DATABASE = Setting("database/last", "")
LAST_PLAN = Setting("navigator/plan", "")
LAST_WORKSHOP = Setting("navigator/workshop", "")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
CURRENT_VIEW = Setting("window/view", 0)
LANGUAGE = Setting("i18n/language", "")  # "" = follow the system (see ui.preferences)
PLENARY_SCREEN = Setting("plenary/screen", "")  # QScreen.name(); "" = any but the window's
PLENARY_DURATION = Setting("plenary/duration", 10 * 60)  # the activity timer, in seconds
EXPORT_FOLDER = Setting("export/folder", "")  # where the last PDF or list was saved
EXPORT_OPEN_AFTER = Setting("export/open_after", True)  # open an exported PDF in the viewer
REVIEW_MODE_FILES = Setting("review/mode_files", ())  # database files left in review mode


def get(setting: Setting) -> Any:
    value: Any = QSettings().value(setting.key, setting.default)
    if value is None:
        return setting.default
    if isinstance(setting.default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(setting.default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return setting.default
    if isinstance(setting.default, str):
        return str(value)
    if isinstance(setting.default, tuple):  # an INI file gives back a one-item list as a str
        if isinstance(value, str):
            return (value,) if value else ()
        return tuple(str(v) for v in value)
    return value


def put(setting: Setting, value: Any) -> None:
    QSettings().setValue(setting.key, list(value) if isinstance(value, tuple) else value)
