"""Which exceptions are the user's situation (shown as a plain message) rather than a bug.

A busy or full database and a file that cannot be read or written are things a facilitator can
act on; they get a clear sentence, like the CLI gives, instead of a crash report.
"""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import QCoreApplication

from cocreation_app.errors import UserError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def user_message(exc: BaseException) -> str | None:
    """The sentence to show for ``exc``, or None when it is a bug (a crash report is due)."""
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, _database_errors()):
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


def _database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's OperationalError and, once SQLAlchemy is loaded, its wrapper of it (not
    imported for this: the first window is drawn before SQLAlchemy loads)."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, sqlalchemy_errors.OperationalError)
