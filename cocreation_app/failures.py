"""What went wrong, in the user's words: one home for the window and the ``cocreation`` command.

``describe`` tells the user's situation (bad input, a busy or full database, a file that cannot be
read or written: something a person can act on) from a bug, which gets a crash file instead. Every
description shown is also logged (logger ``cocreation.user``, into ``cocrea.log`` beside the crash
files), as qutebrowser's message module does, so that support can read what a facilitator was
told. The log file is opened on the first message, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from cocreation_app import __version__
from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.paths import crash_dir, log_dir

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

LOG_BYTES = 1_000_000  # per file; three older files are kept
_log = logging.getLogger("cocreation")
_log.addHandler(logging.NullHandler())  # never Python's last-resort handler: stderr is ours
user_log = logging.getLogger("cocreation.user")


def log_to_file() -> None:
    """Send the application's log to ``cocrea.log`` in the log folder (once per process). A
    folder that cannot be made means no log, not an error: logging must never stop a workshop."""
    from logging.handlers import RotatingFileHandler

    target = log_dir() / "cocrea.log"
    for old in [h for h in _log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == target.absolute():
            return
        _log.removeHandler(old)
        old.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # A log that cannot be written (a full disk) is dropped silently: stderr stays one line.
    handler.handleError = lambda record: None  # type: ignore[method-assign]
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)


def _tr(text: str) -> str:
    return translate("Errors", text)


def describe(exc: BaseException) -> str | None:
    """The sentence to show for ``exc``, or None when it is a bug (a crash file is due)."""
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, _database_errors()):
        from cocreation_app.storage.postgres import busy_error, waited_too_long

        if waited_too_long(exc):
            return busy_error().message
        text = str(getattr(exc, "orig", exc))
        if "locked" in text or "busy" in text:
            return _tr("La base de datos está ocupada por otro programa; intente de nuevo.")
        if "full" in text:
            return _tr("El disco está lleno; no se guardó nada.")
        return _tr("No se pudo usar la base de datos: {reason}").format(reason=text)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.filename:
            return _tr("«{path}»: {reason}").format(path=exc.filename, reason=reason)
        return reason
    return None


def report(exc: BaseException) -> str | None:
    """:func:`describe`, and the description logged as what the user was told."""
    message = describe(exc)
    if message is not None:
        log_to_file()
        user_log.warning("%s", message)
    return message


def _database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's OperationalError and, once SQLAlchemy is loaded, its wrapper of it (not
    imported for this: the window's first frame is drawn before SQLAlchemy loads)."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, sqlalchemy_errors.OperationalError)


def write_crash_file(exc_info: ExcInfo | None = None) -> Path | None:
    """The version and the traceback (of ``exc_info``, or the exception being handled) in a new
    file of the crash folder; None if even that cannot be written."""
    from cocreation_app.storage.files import write_bytes_atomic

    try:
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}.txt"
        details = (
            "".join(traceback.format_exception(*exc_info))
            if exc_info is not None
            else traceback.format_exc()
        )
        write_bytes_atomic(path, f"Cocrea {__version__}\n{details}".encode())
        return path
    except OSError:
        return None
