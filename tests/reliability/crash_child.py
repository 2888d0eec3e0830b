"""The process that the crash test kills: it edits the database in a loop, one transaction at a
time, and logs each transaction's expected content hash *before* committing it.

Log lines (plain ``os.write`` to a file, which survives SIGKILL of the writer):
``BEGIN k``, ``PENDING k <hash of the state this transaction commits>``, ``DONE k``.

Usage: ``python -m tests.reliability.crash_child DB LOG SEED SELF_KILL_AFTER``. With
``SELF_KILL_AFTER`` > 0 the process kills itself from SQLite's progress handler after that many
callbacks (every 100 VM instructions), that is in the middle of a statement of a transaction.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from cocreation_app.models import Participant, Problem
from cocreation_app.services.entities import ChangeWriterScope, EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import open_database
from tests.reliability.content import content_hash

LARGE_BATCH = 150


ARMED = [True]  # the self-killer is disarmed while the test's own hash is computed


def _self_killer(after: int) -> Any:
    calls = 0

    def handler() -> int:
        nonlocal calls
        calls += ARMED[0]
        if calls >= after:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    return handler


def main() -> None:
    db_path, log_path, seed, self_kill_after = sys.argv[1:5]
    rng = random.Random(int(seed))
    db = open_database(Path(db_path))
    db.engine.dispose()
    if int(self_kill_after) > 0:
        killer = _self_killer(int(self_kill_after))

        @event.listens_for(db.engine, "connect")
        def _install(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.set_progress_handler(killer, 100)

    service = EntityService(db)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    with db.read() as session:
        plan_id = session.scalars(select(Participant.plan_id).limit(1)).one()
        people = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    k = 0
    while True:
        k += 1
        os.write(log, f"BEGIN {k}\n".encode())
        with db.begin() as session:
            scope = ChangeWriterScope(session, db.device_id)
            if k % 3 == 0:
                # A large import: hundreds of rows created and changed in one transaction.
                for person in rng.sample(people, min(LARGE_BATCH, len(people))):
                    service.update_in(
                        session, scope, KINDS["participants"], person, {"locality": f"L{k}"}
                    )
                for i in range(LARGE_BATCH // 3):
                    service.create_in(
                        session,
                        scope,
                        KINDS["problems"],
                        {"plan_id": plan_id, "title": f"Problema {k}.{i}"},
                    )
            else:
                person = rng.choice(people)
                service.update_in(
                    session,
                    scope,
                    KINDS["participants"],
                    person,
                    {"name": f"Persona {k}-{rng.randrange(10**6)}", "phone": str(k)},
                )
                problem = session.scalars(select(Problem.id).limit(1)).first()
                if problem is not None:
                    service.update_in(
                        session, scope, KINDS["problems"], problem, {"description": f"D{k}"}
                    )
            scope.close()
            session.flush()
            ARMED[0] = False
            expected = content_hash(session.connection())
            ARMED[0] = True
            os.write(log, f"PENDING {k} {expected}\n".encode())
        os.write(log, f"DONE {k}\n".encode())


if __name__ == "__main__":
    main()
