"""A coordinator who writes while another's long import holds the server's write lock (issue
19): after the bounded wait, a message that says so and nothing written; never "could not
connect", which sends people to check cables and passwords."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
import pytest

from cocreation_app.errors import StorageError
from cocreation_app.failures import describe
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database, postgres
from cocreation_app.storage.postgres import WRITE_LOCK_KEY

PLAN = {"title": "Plan", "state": "Chiapas", "municipality": "Teopisca"}


@pytest.fixture(autouse=True)
def _short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "WRITE_LOCK_SECONDS", 1)


@contextlib.contextmanager
def lock_held_for(pg_url: str) -> Iterator[None]:
    """Another coordinator's import, as the server sees it: a transaction holding the lock."""
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as other, other.transaction():
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        yield


def test_a_write_that_waited_too_long_says_the_server_is_busy(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        service = EntityService(db)
        plan_id = service.create("plans", PLAN)
        with lock_held_for(pg_url), pytest.raises(Exception) as caught:
            service.update("plans", plan_id, {"title": "Otro"})
        message = describe(caught.value)
        assert message is not None and message.startswith("Otra persona está escribiendo")
        assert "se esperó 1 segundo sin" in message and "conectar" not in message
        assert service.get("plans", plan_id)["title"] == "Plan"  # nothing written
    finally:
        db.close()


def test_opening_while_the_lock_is_held_too_long_says_busy(pg_url: str) -> None:
    open_database(pg_url).close()  # migrated; the next open writes only the device row
    with lock_held_for(pg_url), pytest.raises(StorageError) as caught:
        open_database(pg_url).close()
    assert caught.value.message.startswith("Otra persona está escribiendo en el servidor")
