"""Crash safety: SIGKILL the app in the middle of edits and large imports, many times.

Each run starts :mod:`tests.reliability.crash_child` on the same database and kills it, either
from outside after a random delay (any moment: inside a statement, during COMMIT's writes and
fsyncs, between transactions) or from inside SQLite's progress handler after a random number of
VM steps (always inside a transaction). After each kill the database must pass
``PRAGMA integrity_check`` and hold exactly the state before or after the interrupted
transaction, as logged by the child before it committed.
"""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parents[2]
LANES = 2
KILLS_PER_LANE = 28
PEOPLE = 300


@dataclass
class Outcome:
    kills: int = 0
    inside_transaction: int = 0
    after_commit_before_log: int = 0
    committed: int = 0
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


def _expected(log: str, before: str) -> tuple[set[str], str]:
    """The hashes the database may hold after the kill, and where the kill landed."""
    lines = log.splitlines()
    done_hash = before
    pending: str | None = None
    for line in lines:
        word, *rest = line.split()
        if word == "PENDING" and len(rest) == 2:
            pending = rest[1]
        elif word == "DONE" and pending is not None:
            done_hash, pending = pending, None
    last = lines[-1].split()[0] if lines else ""
    if pending is not None:
        return {done_hash, pending}, "commit"
    return {done_hash}, "inside" if last == "BEGIN" else "between"


def _lane(index: int, folder: Path, outcome: Outcome) -> None:
    rng = random.Random(1000 + index)
    db_path = folder / f"lane{index}.sqlite3"
    state = file_hash(db_path)
    for run in range(KILLS_PER_LANE):
        log_path = folder / f"lane{index}-{run}.log"
        self_kill = rng.randrange(1, 500) if run % 2 else 0
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.crash_child",
                str(db_path),
                str(log_path),
                str(rng.randrange(10**9)),
                str(self_kill),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        if not self_kill and ready:
            time.sleep(rng.uniform(0.0, 1.2))
            os.kill(child.pid, signal.SIGKILL)
        try:
            child.wait(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.returncode != -signal.SIGKILL:
            err = child.stderr.read().decode() if child.stderr else ""
            outcome.failures.append(f"run {run}: exit {child.returncode}: {err[-400:]}")
            return
        outcome.kills += 1
        check = integrity(db_path)
        if check != "ok":
            outcome.failures.append(f"lane {index} run {run}: integrity_check: {check}")
            return
        log = log_path.read_text() if log_path.exists() else ""
        allowed, where = _expected(log, state)
        state = file_hash(db_path)
        if state not in allowed:
            outcome.failures.append(
                f"lane {index} run {run}: content is not before/after ({where})"
            )
            return
        outcome.committed += log.count("DONE")
        outcome.inside_transaction += where in ("inside", "commit")
        outcome.after_commit_before_log += where == "commit" and state != min(allowed)


@pytest.mark.slow
def test_sigkill_during_edits_and_large_imports(tmp_path: Path) -> None:
    outcome = Outcome()
    for i in range(LANES):  # Alembic is not thread-safe: create the databases first.
        _seed_database(tmp_path / f"lane{i}.sqlite3")
    threads = [threading.Thread(target=_lane, args=(i, tmp_path, outcome)) for i in range(LANES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcome.failures == []
    assert outcome.kills == LANES * KILLS_PER_LANE
    # Every self-kill lands inside a transaction, so at least half the kills tested a rollback.
    assert outcome.inside_transaction >= outcome.kills // 2
    assert outcome.committed > 0
    print(
        f"\ncrash test: {outcome.kills} kills, {outcome.inside_transaction} inside a transaction, "
        f"{outcome.committed} transactions committed"
    )
