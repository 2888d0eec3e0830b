"""Where Cocrea finds its shipped files and keeps the user's data.

The top-level ``resources/`` and ``translations/`` folders are copied into the package when a
wheel is built; in a source checkout (editable install) they sit beside the package.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Cocrea"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return _shipped("translations")


# platformdirs is imported where it is used, like the other modules the window's first frame
# does not need (docs/performance.md, start-up).


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "cocrea.sqlite3"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def crash_dir() -> Path:
    return log_dir() / "crashes"
