"""Writing files so that a crash or a full disk never leaves a partial file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

from cocreation_app.errors import StorageError, UserError
from cocreation_app.i18n import translate

_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class SaveError(StorageError, OSError):
    """A file could not be written (full disk, removed stick, no permission). Its message is
    translated and complete; it is also an ``OSError`` for callers that catch those."""

    def __init__(self, message: str, reason: str, code: int | None, filename: str) -> None:
        StorageError.__init__(self, message)
        self.errno = code
        self.strerror = reason
        self.filename = filename


def _reason(exc: BaseException) -> tuple[str, int | None]:
    """Why a write failed, in the user's language."""
    code = exc.errno if isinstance(exc, OSError) else None
    text = str(exc)
    if code in _NO_SPACE or (isinstance(exc, sqlite3.Error) and "full" in text):
        return translate("storage", "no hay espacio suficiente en el disco"), code
    if code == errno.EROFS:
        return translate("storage", "el disco es de solo lectura"), code
    if code in (errno.EACCES, errno.EPERM):
        return translate("storage", "permiso denegado"), code
    if isinstance(exc, sqlite3.Error):
        return translate("storage", "error al escribir (¿el disco está lleno o se retiró?)"), code
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else text), code


def save_error(target: Path, exc: BaseException) -> SaveError:
    reason, code = _reason(exc)
    message = translate("storage", "No se pudo guardar «{path}»: {reason}.").format(
        path=target, reason=reason
    )
    return SaveError(message, reason, code, str(target))


def check_output_path(target: Path) -> None:
    """Refuse, before any work, an output path whose folder is missing or that is a folder."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            translate("storage", "No existe la carpeta «{folder}».").format(folder=folder)
        )
    if target.is_dir():
        raise UserError(
            translate("storage", "«{path}» es una carpeta; indique un nombre de archivo.").format(
                path=target
            )
        )


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Not possible on every platform (Windows); the rename is still atomic.
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is flushed and renamed onto
    ``target``, on any error it is removed and ``target`` is left as it was. A failed write
    (full disk, read-only stick, SQLite unable to write the copy) becomes a :class:`SaveError`
    that says so in the user's language."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        import tempfile  # not at the top: the window's first frame does not write files

        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise save_error(target, exc) from exc
    os.close(fd)
    tmp_path = Path(tmp_name)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_path, target)
        _fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(exc, OSError | sqlite3.Error) and not isinstance(exc, UserError):
            raise save_error(target, exc) from exc
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_target(target) as tmp_path:
        tmp_path.write_bytes(data)


def write_folder_atomic(target: Path, files: Mapping[str, bytes], *, marker: str) -> None:
    """Write ``files`` (relative POSIX paths → bytes) as the folder ``target``, all or nothing.

    The folder is built beside ``target`` and renamed onto it, so a crash or a full disk never
    leaves half an export. An existing ``target`` is replaced only when it is empty or holds
    ``marker`` (an earlier export of the same kind): nobody's other files are deleted.
    """
    import shutil
    import tempfile

    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            translate("storage", "No existe la carpeta «{folder}».").format(folder=folder)
        )
    if target.exists() and not target.is_dir():
        raise UserError(
            translate("storage", "«{path}» ya existe y no es una carpeta.").format(path=target)
        )
    if target.is_dir() and any(target.iterdir()) and not (target / marker).is_file():
        raise UserError(
            translate(
                "storage", "La carpeta «{path}» tiene otros archivos; elija una carpeta vacía."
            ).format(path=target)
        )
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=folder))
    except OSError as exc:
        raise save_error(target, exc) from exc
    old: Path | None = None
    try:
        for name, data in files.items():
            path = building.joinpath(*name.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        building.chmod(0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=folder))
            os.replace(target, old / "previous")
        os.replace(building, target)
        _fsync_dir(folder)
    except BaseException as exc:
        shutil.rmtree(building, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old / "previous", target)
        if isinstance(exc, OSError) and not isinstance(exc, UserError):
            raise save_error(target, exc) from exc
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
