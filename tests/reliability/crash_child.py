"""The process the crash test kills: it edits the database and imports bundles in a loop, and logs
each transaction's expected content hash *before* committing it.

It runs as a small fork server (``python -m tests.reliability.crash_child``), so each killed
process starts in milliseconds: the server imports the application once and, for every line
``DB LOG SEED SELF_KILL_AFTER BUNDLE...`` on its stdin, forks a worker that opens the database
and works until it is killed. The worker prints ``ready PID``; the server prints
``exit PID STATUS`` when it is gone.

Log lines, written with plain ``os.write`` (the page cache keeps them when the writer is killed):
``WORK k edit|import``, ``PENDING k <hash of the state this transaction commits>``, ``DONE k``.
The hash is computed in SQLAlchemy's ``before_commit`` hook on the transaction's own connection,
so it covers every transaction the services and the importer make, edits and imports alike.

With ``SELF_KILL_AFTER`` > 0 the worker kills itself from SQLite's progress handler after that
many callbacks (one per 100 virtual-machine steps), that is in the middle of a statement.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sys
import traceback
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from cocreation_app.models import Participant
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database
from cocreation_app.storage.identity import new_signing_key
from cocreation_app.sync.bundle import build_bundle
from cocreation_app.sync.importer import import_bundles
from tests.reliability.content import content_hash

ARMED = [False]  # the self-killer counts only after "ready", and not while hashing
IMPORT_EVERY = 2  # transactions 1, 3, 5... import the next bundle while any are left


def _self_killer(after: int) -> Any:
    calls = 0

    def handler() -> int:
        nonlocal calls
        calls += ARMED[0]
        if calls >= after:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    return handler


def synthetic_bundle(index: int, people: int) -> bytes:
    """A bundle from another laptop: a new plan with ``people`` participants (5 changes each)."""
    device = str(uuid.UUID(hashlib.md5(f"device{index}".encode()).hexdigest()))
    rng = random.Random(index)
    changes: list[Any] = []
    wall = 1_700_000_000_000 + index * 1_000_000

    def add(entity: str, row: str, field: str, value: Any) -> None:
        seq = len(changes) + 1
        clock = f"{wall + seq:015d}-{0:06d}-{device}"
        change_id = str(uuid.UUID(int=rng.getrandbits(128)))
        changes.append((change_id, device, seq, clock, entity, row, field, value, None))

    plan = str(uuid.UUID(int=rng.getrandbits(128)))
    for field, value in (
        ("deleted", False),
        ("title", f"Plan {index}"),
        ("state", "Puebla"),
        ("municipality", "Cholula"),
    ):
        add("plans", plan, field, value)
    for person in range(people):
        row = str(uuid.UUID(int=rng.getrandbits(128)))
        add("participants", row, "deleted", False)
        add("participants", row, "plan_id", plan)
        add("participants", row, "name", f"Persona {index}-{person}")
        add("participants", row, "sector", "citizen")
        add("participants", row, "consent_privacy_notice", True)
    return build_bundle(
        changes,
        device_id=device,
        device_label=None,
        created_at="2026-01-01T00:00:00.000Z",
        plan_id=plan,
        personal_data=True,
        devices=[(device, None)],
        signing_key=new_signing_key()[0],
    )


def work(db_path: str, log_path: str, seed: int, self_kill_after: int, bundles: list[str]) -> None:
    rng = random.Random(seed)
    db = open_database(Path(db_path))
    db.engine.dispose()
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    counter = [0]

    @event.listens_for(db.sessions, "before_commit")
    def _pending(session: Any) -> None:
        session.flush()
        armed, ARMED[0] = ARMED[0], False
        expected = content_hash(session.connection())
        ARMED[0] = armed
        os.write(log, f"PENDING {counter[0]} {expected}\n".encode())

    @event.listens_for(db.sessions, "after_commit")
    def _done(_session: Any) -> None:
        os.write(log, f"DONE {counter[0]}\n".encode())

    if self_kill_after > 0:
        killer = _self_killer(self_kill_after)

        @event.listens_for(db.engine, "connect")
        def _install(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.set_progress_handler(killer, 100)

    service = EntityService(db)
    with db.read() as session:
        people = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    sys.stdout.write(f"ready {os.getpid()}\n")
    sys.stdout.flush()
    ARMED[0] = True
    while True:
        counter[0] += 1
        k = counter[0]
        if k % IMPORT_EVERY == 1 and bundles:
            os.write(log, f"WORK {k} import\n".encode())
            (report,) = import_bundles(db, [Path(bundles.pop(0))])
            if not report.ok:
                raise RuntimeError(report.error)
        else:
            os.write(log, f"WORK {k} edit\n".encode())
            person = rng.choice(people)
            service.update(
                "participants",
                person,
                {"name": f"Persona {k}-{rng.randrange(10**6)}", "phone": f"961{k:07d}"},
            )


def serve() -> None:
    """Fork one worker per request line; report how each one ended."""
    for line in sys.stdin:
        db_path, log_path, seed, self_kill, *bundles = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                work(db_path, log_path, int(seed), int(self_kill), bundles)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(3)
        _pid, status = os.waitpid(pid, 0)
        sys.stdout.write(f"exit {pid} {status}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
