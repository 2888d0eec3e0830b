"""The participant search on a PostgreSQL server uses its indexes (issue 19): the trigram index
for a rare word, the name-ordered walk for a letter, right after a bundle import, and planned
with the search's own words however often the same search runs. Plans are read with EXPLAIN
on the real server the session started; no timing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import spec_for
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.pg import Server
from tests.sync.helpers import laptop, new_plan

PEOPLE = 2000
FIRST = ("Ana", "Luis", "María", "José", "Rosa", "Juan", "Elena", "Pedro")
LAST = ("García", "López", "Martínez", "Hernández", "Pérez", "Sánchez", "Ramírez", "Cruz")


@pytest.fixture(scope="module")
def server_db(
    tmp_path_factory: pytest.TempPathFactory, pg_server: Server, _pg_empty_template: str
) -> Iterator[tuple[Database, str]]:
    """A server database right after importing a laptop's bundle of PEOPLE participants (one
    of them with a rare name); nothing else has run on it, not even autovacuum's ANALYZE. The
    tests only read it."""
    folder = tmp_path_factory.mktemp("server-search")
    source = laptop(folder / "laptop.sqlite3")
    plan = new_plan(source)
    service = EntityService(source)
    spec = spec_for("participants")
    with service.action() as (session, scope):
        for n in range(PEOPLE):
            name = f"{FIRST[n % 8]} {LAST[n // 8 % 8]} {LAST[n % 7]}"
            if n == PEOPLE // 2:
                name = "Xóchitl Quetzalcóatl Tlatoani"
            values = {"plan_id": plan, "name": name, "sector": "citizen"}
            service.create_in(session, scope, spec, {**values, "consent_privacy_notice": True})
    bundle = folder / "laptop.cocrea"
    export_bundle(source, bundle)
    source.close()
    name = pg_server.new_database(template=_pg_empty_template)
    db = open_database(pg_server.url(name))
    assert import_bundles(db, [bundle])[0].ok
    yield db, plan
    db.close()
    pg_server.drop_database(name)


def _plan_of(db: Database, plan: str, text: str) -> str:
    sql, params = lists.participant_page_query(db, plan, text, None, None, 0, 200)
    return "\n".join(row[0] for row in db.reader().execute(f"EXPLAIN {sql}", params))


def test_a_rare_word_reads_the_trigram_index(server_db: tuple[Database, str]) -> None:
    db, plan = server_db
    assert "ix_participants_live_search_trgm" in _plan_of(db, plan, "quetzal")
    assert [row.name for row in lists.participant_page(db, plan, "QUETZAL")] == [
        "Xóchitl Quetzalcóatl Tlatoani"
    ]


def test_a_letter_walks_the_name_ordered_index(server_db: tuple[Database, str]) -> None:
    db, plan = server_db
    explained = _plan_of(db, plan, "a")
    assert "ix_participants_live_search " in explained + " "
    assert "_trgm" not in explained and "Sort" not in explained


def test_every_search_is_planned_with_its_own_words(server_db: tuple[Database, str]) -> None:
    """psycopg prepares a statement run five times, and the server may then plan it once for
    any words (a generic plan): in a probe at size L (50,000 people) one letter then took
    100-200 ms instead of under 1 ms. The reader's session plans each search anew."""
    db, _plan = server_db
    setting = db.reader().execute("SELECT current_setting(?)", ("plan_cache_mode",))
    assert setting.fetchall() == [("force_custom_plan",)]
