"""Crash safety: SIGKILL the app in the middle of edits and of bundle imports, many times.

Each run forks a worker (:mod:`tests.reliability.crash_child`) on the same database and kills
it, either from outside after a random delay (any moment: inside a statement, during COMMIT's
writes and fsyncs, between transactions) or from inside SQLite's progress handler after a random
number of VM steps (always inside a statement of a transaction). After each kill the database
must pass ``PRAGMA integrity_check`` and hold exactly the state before or after the interrupted
transaction, as logged by the worker before it committed. Every other transaction is the import
of a bundle of 1,504 changes (one transaction for the whole file, as in real use).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import open_database
from tests.reliability.content import file_hash, integrity
from tests.reliability.crash_child import synthetic_bundle

ROOT = Path(__file__).resolve().parents[2]
LANES = 2
KILLS_PER_LANE = 26
PEOPLE = 200
BUNDLES = 40
BUNDLE_PEOPLE = 300


@dataclass
class Outcome:
    kills: int = 0
    inside_transaction: int = 0
    inside_import: int = 0
    commit_window: int = 0
    committed: int = 0
    imports: int = 0
    failures: list[str] = field(default_factory=list)


def _seed_database(path: Path) -> None:
    db = open_database(path)
    service = EntityService(db)
    plan = service.create("plans", {"title": "Plan", "state": "Chiapas", "municipality": "Tila"})
    with service.action() as (session, scope):
        for i in range(PEOPLE):
            service.create_in(
                session,
                scope,
                KINDS["participants"],
                {
                    "plan_id": plan,
                    "name": f"Persona {i}",
                    "sector": "citizen",
                    "consent_privacy_notice": True,
                },
            )
    db.close()


def _expected(log: str, before: str) -> tuple[set[str], str, int]:
    """The hashes the database may hold after the kill, where the kill landed, and how many
    imports are known to have committed."""
    done_hash, pending, work = before, None, ""
    imports = 0
    for line in log.splitlines():
        word, *rest = line.split()
        if word == "WORK":
            work, pending = rest[1], None
        elif word == "PENDING" and len(rest) == 2:
            pending = rest[1]
        elif word == "DONE" and pending is not None:
            done_hash, pending = pending, None
            imports += work == "import"
            work = ""
    if pending is not None:
        return {done_hash, pending}, f"commit-{work}", imports
    return {done_hash}, (f"inside-{work}" if work else "between"), imports


class Server:
    """One fork server per lane: a process per kill costs a fork, not an interpreter start."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def request(self, *words: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(" ".join(words) + "\n")
        self.process.stdin.flush()

    def line(self) -> list[str]:
        assert self.process.stdout is not None
        return self.process.stdout.readline().split()

    def close(self) -> str:
        assert self.process.stdin is not None and self.process.stderr is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        return self.process.stderr.read()


def _lane(index: int, folder: Path, bundles: list[Path], outcome: Outcome) -> None:
    rng = random.Random(1000 + index)
    db_path = folder / f"lane{index}.sqlite3"
    state = file_hash(db_path)
    remaining = [str(p) for p in bundles]
    server = Server()
    try:
        for run in range(KILLS_PER_LANE):
            log_path = folder / f"lane{index}-{run}.log"
            seed = str(rng.randrange(10**9))
            imports = remaining[:3] if run % 4 < 2 else []  # half the runs only edit
            # An import takes about 1,500 progress callbacks, an edit 1 to 10.
            self_kill = rng.randrange(1, 1600 if imports else 60) if run % 2 else 0
            server.request(str(db_path), str(log_path), seed, str(self_kill), *imports)
            ready = server.line()
            if ready[:1] != ["ready"]:
                outcome.failures.append(f"lane {index} run {run}: worker did not start: {ready}")
                return
            pid = int(ready[1])
            if not self_kill:
                time.sleep(rng.uniform(0.0, 1.0))
                # A worker that ended on its own (an error) is reported just below.
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            ended = server.line()
            if ended[:2] != ["exit", str(pid)] or not os.WIFSIGNALED(int(ended[2])):
                outcome.failures.append(f"lane {index} run {run}: worker ended with {ended}")
                return
            outcome.kills += 1
            check = integrity(db_path)
            if check != "ok":
                outcome.failures.append(f"lane {index} run {run}: integrity_check: {check}")
                return
            log = log_path.read_text() if log_path.exists() else ""
            allowed, where, imports = _expected(log, state)
            state = file_hash(db_path)
            if state not in allowed:
                outcome.failures.append(f"lane {index} run {run}: not before/after ({where})")
                return
            outcome.committed += log.count("DONE")
            outcome.imports += imports
            outcome.inside_transaction += where.startswith(("inside", "commit"))
            outcome.inside_import += where in ("inside-import", "commit-import")
            outcome.commit_window += where.startswith("commit")
            del remaining[:imports]
    finally:
        errors = server.close()
        if outcome.failures and errors:
            outcome.failures.append(errors[-2000:])


@pytest.mark.slow
def test_sigkill_during_edits_and_imports(tmp_path: Path) -> None:
    bundles = []
    for i in range(BUNDLES):
        path = tmp_path / f"in{i:02d}.cocrea"
        path.write_bytes(synthetic_bundle(i, BUNDLE_PEOPLE))
        bundles.append(path)
    outcome = Outcome()
    for i in range(LANES):  # Alembic is not thread-safe: create the databases first.
        _seed_database(tmp_path / f"lane{i}.sqlite3")
    threads = [
        threading.Thread(target=_lane, args=(i, tmp_path, bundles, outcome)) for i in range(LANES)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcome.failures == []
    assert outcome.kills == LANES * KILLS_PER_LANE
    # Self-kills always land inside a transaction: at least half the kills tested a rollback.
    assert outcome.inside_transaction >= outcome.kills // 2
    assert outcome.inside_import > 0 and outcome.imports > 0 and outcome.committed > 0
    print(
        f"\ncrash test: {outcome.kills} kills; {outcome.inside_transaction} inside a transaction "
        f"({outcome.inside_import} inside an import, {outcome.commit_window} between the hash "
        f"log and the end of COMMIT); {outcome.committed} transactions and "
        f"{outcome.imports} imports committed"
    )
