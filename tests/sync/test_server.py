"""Several coordinators on one PostgreSQL server at once (issue 19).

Imports of bundles started at the same time, and edits made while they run, against the real
server the session started: the result is the one of the same imports one after the other
(DESIGN.md: idempotent, order-independent, nothing lost).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.content import content_snapshot
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.pg import Server
from tests.sync.helpers import laptop, new_plan


def _person(plan: str, name: str) -> dict[str, object]:
    return {"plan_id": plan, "name": name, "sector": "citizen", "consent_privacy_notice": True}


@pytest.fixture
def bundles(tmp_path: Path) -> list[Path]:
    """Three laptops' bundles: two edited the same plan (a conflict), one has its own plan."""
    a, b, c = (laptop(tmp_path / f"{name}.sqlite3") for name in "abc")
    plan = new_plan(a, "Plan compartido")
    export_bundle(a, tmp_path / "seed.cocrea")
    assert import_bundles(b, [tmp_path / "seed.cocrea"])[0].ok
    for db, who in ((a, "Ana"), (b, "Beto")):
        service = EntityService(db)
        service.update("plans", plan, {"guarantor_body": f"Órgano de {who}"})
        for n in range(30):
            service.create("participants", _person(plan, f"{who} {n}"))
    other = new_plan(c, "Plan de Tlaxiaco")
    EntityService(c).create("participants", _person(other, "Carmen Ruiz"))
    paths = []
    for db, name in ((a, "a"), (b, "b"), (c, "c")):
        export_bundle(db, tmp_path / f"{name}.cocrea")
        paths.append(tmp_path / f"{name}.cocrea")
        db.close()
    return paths


def _at_once(jobs: list[Callable[[], object]]) -> list[object]:
    """Run every job in its own thread, all released together; re-raise the first failure."""
    start = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(index: int, job: Callable[[], object]) -> None:
        start.wait()
        try:
            results[index] = job()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


def _coordinator(url: str) -> Database:
    return open_database(url)


def _imported(url: str, paths: list[Path]) -> bool:
    db = _coordinator(url)
    try:
        return all(report.ok for report in import_bundles(db, paths))
    finally:
        db.close()


def test_concurrent_imports_equal_sequential(
    bundles: list[Path], pg_server: Server, _pg_empty_template: str
) -> None:
    sequential_url = pg_server.url(pg_server.new_database(template=_pg_empty_template))
    concurrent_url = pg_server.url(pg_server.new_database(template=_pg_empty_template))
    assert _imported(sequential_url, bundles)
    # Each bundle by two coordinators at once, in opposite orders: the same file twice at the
    # same moment, and different files at the same moment.
    jobs = [
        (lambda p=list(paths): _imported(concurrent_url, p))
        for paths in (bundles, bundles[::-1], bundles[1:], bundles[:1])
    ]
    assert _at_once(jobs) == [True] * len(jobs)
    sequential, concurrent = _coordinator(sequential_url), _coordinator(concurrent_url)
    try:
        assert content_snapshot(concurrent) == content_snapshot(sequential)
        assert content_snapshot(concurrent)["conflicts"]  # the competing guarantor bodies
        # Idempotent: the files once more change nothing.
        before = content_snapshot(concurrent)
        reports = import_bundles(concurrent, bundles)
        assert [r.new_changes for r in reports] == [0, 0, 0]
        assert content_snapshot(concurrent) == before
    finally:
        sequential.close()
        concurrent.close()


def test_an_edit_while_imports_run_is_kept(bundles: list[Path], pg_url: str) -> None:
    window = _coordinator(pg_url)
    plan = new_plan(window, "Plan de la oficina")
    service = EntityService(window)

    def edits() -> list[str]:
        ids = []
        for n in range(20):
            ids.append(service.create("participants", _person(plan, f"Oficina {n}")))
            service.update("plans", plan, {"guarantor_body": f"Órgano {n}"})
        return ids

    results = _at_once(
        [edits, lambda: _imported(pg_url, bundles), lambda: _imported(pg_url, bundles[::-1])]
    )
    created = results[0]
    assert isinstance(created, list) and results[1:] == [True, True]
    names = {service.get("participants", pid)["name"] for pid in created}
    assert names == {f"Oficina {n}" for n in range(20)}
    assert service.get("plans", plan)["guarantor_body"] == "Órgano 19"
    window.close()
