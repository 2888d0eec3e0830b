"""A coordination office's shared PostgreSQL server: URLs, the engine, and the few places where
its SQL differs from SQLite's.

The sync code writes its hot SQL in the DBAPI's own ``?`` style (``exec_driver_sql``, for
speed); psycopg takes ``%s``, so the engine translates those statements before they run. The
password never travels in the URL a user types: it comes from PGPASSFILE / ``~/.pgpass`` (libpq
reads them) and never appears in a message, because messages show :func:`safe_url`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cocreation_app.errors import StorageError
from cocreation_app.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy import URL, Engine

URL_PREFIXES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DEFAULT_PORT = 5432

# One lock for every write transaction on the server: writers take turns as on SQLite
# (BEGIN IMMEDIATE), readers never wait (MVCC). The key is Cocrea's own: "COCREA" in hex.
WRITE_LOCK_KEY = 0x434F43524541
# How long a write waits for another coordinator's import before it gives up with a message.
WRITE_LOCK_SECONDS = 120
LOCK_NOT_AVAILABLE = "55P03"  # the SQLSTATE of a lock_timeout that ran out


def _tr(text: str) -> str:
    return translate("storage", text)


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def parse_url(text: str) -> URL:
    """The SQLAlchemy URL for ``text``, with psycopg as driver; a URL that carries a password
    is refused (it would end up in shell histories and process lists)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise StorageError(_tr("La dirección del servidor no es válida.")) from exc
    if url.password:
        raise StorageError(
            _tr(
                "La dirección del servidor no debe llevar la contraseña; guárdela en el archivo "
                "~/.pgpass (o el que indique PGPASSFILE)."
            )
        )
    if not url.database:
        raise StorageError(_tr("La dirección del servidor no indica la base de datos."))
    return url.set(drivername="postgresql+psycopg")


def safe_url(url: URL | str) -> str:
    """The URL as messages show it: never with a password."""
    if isinstance(url, str):
        from sqlalchemy.engine import make_url

        url = make_url(url)
    return url.render_as_string(hide_password=True)


def qmark_to_format(statement: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (and literal ``%`` doubled), outside quotes only
    for the ``?``: the raw SQL of this package never has a ``?`` inside a string literal."""
    out: list[str] = []
    quoted = False
    for char in statement:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


def _translate_driver_sql(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> tuple[str, Any]:
    if context is not None and context.compiled is None and parameters:
        statement = qmark_to_format(statement)
    return statement, parameters


def make_pg_engine(url: URL) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(
        url,
        future=True,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "cocrea"},
    )
    event.listen(engine, "before_cursor_execute", _translate_driver_sql, retval=True)
    return engine


def take_write_lock(session: Any) -> None:
    """Wait (a bounded time) for the other coordinators' writes, within this transaction."""
    from sqlalchemy import text

    session.execute(text(f"SET LOCAL lock_timeout = '{WRITE_LOCK_SECONDS}s'"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


# psycopg prepares a statement run five times, and PostgreSQL then plans it once for any values
# (a generic plan): the participant search's ``LIKE ?`` would be planned without its words and
# walk every row for one letter as for a rare name. The hot read paths are planned each time.
READER_SETUP = "SET plan_cache_mode = force_custom_plan"

# An import that wrote at least this many changes refreshes what the planner knows of the
# tables it wrote (autovacuum would, a minute or so later): right after the first import into an
# empty database the planner believes the tables empty and walks all 50,000 people for a rare
# name instead of reading the trigram index, whose own statistics only VACUUM keeps.
VACUUM_AFTER_CHANGES = 1000


def refresh_statistics(engine: Engine, tables: Iterable[str]) -> None:
    """``VACUUM (ANALYZE)`` the ``tables`` (only those of the schema; it blocks neither readers
    nor writers, and a role that does not own a table gets the server's warning, not an
    error). VACUUM runs outside a transaction, hence the autocommit connection."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        names = sorted(set(tables) & set(inspect(conn).get_table_names()))
        if names:
            conn.exec_driver_sql("VACUUM (ANALYZE) " + ", ".join(f'"{name}"' for name in names))


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The URL of a server's database, as ``--db`` and the settings take it (no password)."""
    from sqlalchemy import URL

    url = URL.create(
        "postgresql+psycopg", username=user or None, host=host, port=port, database=database
    )
    return url.render_as_string(hide_password=False)


def url_fields(text: str) -> tuple[str, int, str, str] | None:
    """(host, port, database, user) of a server URL, for a form to start from; None for
    anything else."""
    if not is_url(text):
        return None
    try:
        url = parse_url(text)
    except StorageError:
        return None
    return url.host or "", url.port or DEFAULT_PORT, url.database or "", url.username or ""


def waited_too_long(exc: BaseException) -> bool:
    """Whether ``exc`` is the server giving up on the write lock (SQLSTATE 55P03, lock not
    available): another coordinator's long import, not a lost connection."""
    return getattr(getattr(exc, "orig", exc), "sqlstate", None) == LOCK_NOT_AVAILABLE


def busy_error() -> StorageError:
    """The message for :func:`waited_too_long`."""
    return StorageError(
        translate(
            "storage",
            "Otra persona está escribiendo en el servidor (p. ej. importando paquetes) y se "
            "esperó %n segundos sin que terminara; no se guardó nada. Intente de nuevo en unos "
            "minutos.",
            WRITE_LOCK_SECONDS,
        )
    )


def connection_error(url: URL, exc: BaseException) -> StorageError:
    """A clear message for a server that cannot be reached or refuses us; the server's own
    reason is kept (libpq never puts the password in it)."""
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    # libpq's "no password supplied" and the server's "password authentication failed" (in
    # its language: the word is PostgreSQL's method name, untranslated in its catalogs).
    if reason and "password" in reason[0].lower():
        from cocreation_app.storage.pgpass import pgpass_path

        return StorageError(
            _tr(
                "El servidor «{url}» no aceptó la contraseña del usuario «{user}» (o no la "
                "tiene). Escríbala de nuevo al abrir el servidor (se guarda en «{file}») o "
                "pídala a quien administra el servidor."
            ).format(url=safe_url(url), user=url.username or "", file=pgpass_path())
        )
    return StorageError(
        _tr("No se pudo conectar con el servidor «{url}»: {reason}").format(
            url=safe_url(url), reason=reason[0] if reason else ""
        )
    )


def server_refused(url: URL, exc: BaseException) -> StorageError:
    """A clear message for what the server refused once connected (creating or upgrading the
    schema without the right privileges, an extension it lacks); its own reason is kept."""
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    return StorageError(
        _tr("El servidor «{url}» no permitió la operación: {reason}").format(
            url=safe_url(url), reason=reason[0] if reason else ""
        )
    )


def no_file_backup() -> StorageError:
    """Backup and restore of a server are the server's own tools' job."""
    return StorageError(
        _tr(
            "Esta base de datos está en un servidor PostgreSQL: respáldela con «pg_dump -Fc» y "
            "restáurela con «pg_restore» (vea docs/install.md)."
        )
    )
