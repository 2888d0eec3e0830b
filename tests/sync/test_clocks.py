"""Clocks and sequence numbers a bundle can carry, and laptops whose date is wrong.

A clock far beyond the bundle's creation time and the reader's wall clock is refused (never
adopted); counters and sequence numbers never leave the format; a laptop whose own date is years
off (a dead CMOS battery: 2001, 2040) still merges like any other.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import RECORD_FIELDS, BundleError
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan, reseal, unpack

YEAR_2001 = 978_307_200_000
YEAR_2040 = 2_208_988_800_000
YEAR_3000 = 32_503_680_000_000


def _clock(wall_ms: int, counter: int, device: str) -> str:
    return f"{wall_ms:015d}-{counter:06d}-{device}"


def _rewrite(path: Path, edit: Any, **manifest_changes: Any) -> bytes:
    """The bundle at ``path`` with its records passed through ``edit`` (a list of dicts),
    resealed (what a hostile or broken tool can write)."""
    manifest, members = unpack(path.read_bytes())
    (data,) = members.values()
    records = [dict(zip(RECORD_FIELDS, item, strict=True)) for item in json.loads(data)]
    records = edit(records)
    arrays = [[r[k] for k in RECORD_FIELDS] for r in records]
    manifest = {**manifest, **manifest_changes, "members": "auto"}
    return reseal({"changes/000001.json": json.dumps(arrays).encode()}, manifest=manifest)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    db = laptop(tmp_path / "src.sqlite3")
    new_plan(db)
    export_bundle(db, tmp_path / "src.cocrea")
    yield db, tmp_path / "src.cocrea"
    db.close()


def _last_to(wall_ms: int, counter: int = 0) -> Any:
    def edit(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        last = records[-1]
        last["clock"] = _clock(wall_ms, counter, last["device_id"])
        return records

    return edit


def _refused_changes_nothing(tmp_path: Path, data: bytes, match: str) -> None:
    with pytest.raises(BundleError, match=match):
        open_bundle(data)
    target = laptop(tmp_path / "target.sqlite3")
    before = content_digest(target)
    (tmp_path / "bad.cocrea").write_bytes(data)
    (report,) = import_bundles(target, [tmp_path / "bad.cocrea"])
    assert not report.ok and report.error
    assert content_digest(target) == before
    target.close()


def test_a_clock_in_the_year_3000_is_refused(tmp_path: Path, source: tuple[Database, Path]) -> None:
    _db, path = source
    data = _rewrite(path, _last_to(YEAR_3000))
    _refused_changes_nothing(tmp_path, data, "posterior en más de un día")


def test_a_bundle_that_says_it_was_made_in_the_year_3000_is_refused(
    tmp_path: Path, source: tuple[Database, Path]
) -> None:
    _db, path = source
    data = _rewrite(path, _last_to(YEAR_3000), created_at="3000-01-01T00:00:00.000Z")
    _refused_changes_nothing(tmp_path, data, "más de 50 años")


def test_a_clock_a_little_ahead_is_accepted(tmp_path: Path, source: tuple[Database, Path]) -> None:
    """Laptops' clocks differ by minutes or hours: within a day of the later of the two dates."""
    _db, path = source
    data = _rewrite(path, _last_to(int(time.time() * 1000) + 6 * 3600 * 1000))
    assert open_bundle(data).changes


def test_a_sequence_of_2_53_minus_1_is_refused(
    tmp_path: Path, source: tuple[Database, Path]
) -> None:
    _db, path = source

    def edit(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        records[-1]["seq"] = 2**53 - 1
        return records

    _refused_changes_nothing(tmp_path, _rewrite(path, edit), r"\(seq\)")


def test_a_counter_near_the_limit_never_makes_an_unreadable_bundle(
    tmp_path: Path, source: tuple[Database, Path]
) -> None:
    """Counter 999998 received: the importer's next clocks carry into the wall time instead of
    writing seven digits, and what it exports is still a valid bundle."""
    _db, path = source
    data = _rewrite(path, _last_to(int(time.time() * 1000) + 3600 * 1000, 999_998))
    (tmp_path / "near.cocrea").write_bytes(data)
    target = laptop(tmp_path / "target.sqlite3")
    (report,) = import_bundles(target, [tmp_path / "near.cocrea"])
    assert report.ok, report.error
    service = EntityService(target)
    plan = service.list_records("plans")[0]["id"]
    for word in ("uno", "dos", "tres", "cuatro"):
        service.update("plans", plan, {"title": word})
    export_bundle(target, tmp_path / "after.cocrea")
    clocks = [c[3] for c in open_bundle((tmp_path / "after.cocrea").read_bytes()).changes]
    assert len(set(map(len, clocks))) == 1
    assert clocks == sorted(clocks)
    target.close()


# -- laptops whose date is wrong ---------------------------------------------------------------


class _Wall:
    """A settable wall clock for ``time.time`` (each laptop acts at its own date)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.offset = 0.0
        real = time.time
        monkeypatch.setattr(time, "time", lambda: real() + self.offset)

    def at(self, wall_ms: int | None) -> None:
        self.offset = 0.0 if wall_ms is None else wall_ms / 1000 - (time.time() - self.offset)


def test_laptops_with_dates_years_off_merge_like_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wall = _Wall(monkeypatch)
    dates: dict[str, int | None] = {"a2001": YEAR_2001, "now": None, "b2040": YEAR_2040}
    dbs = {name: laptop(tmp_path / f"{name}.sqlite3") for name in dates}

    def act(name: str, work: Any) -> Any:
        wall.at(dates[name])
        try:
            return work(dbs[name])
        finally:
            wall.at(None)

    def exchange(source: str, target: str) -> None:
        path = tmp_path / f"{source}-{len(list(tmp_path.glob('*.cocrea')))}.cocrea"
        act(source, lambda db: export_bundle(db, path))
        (report,) = act(target, lambda db: import_bundles(db, [path]))
        assert report.ok, report.error

    plan = act("now", new_plan)
    exchange("now", "b2040")
    exchange("now", "a2001")
    # 2040 edits; 2001 hears of it through "now" (a chain) and edits after it: 2001's edit
    # replaced 2040's, so it wins on every laptop although its wall clock is 39 years behind.
    act("b2040", lambda db: EntityService(db).update("plans", plan, {"title": "de 2040"}))
    exchange("b2040", "now")
    exchange("now", "a2001")
    act("a2001", lambda db: EntityService(db).update("plans", plan, {"title": "de 2001"}))
    for target in ("now", "b2040"):
        exchange("a2001", target)
    exchange("b2040", "now")
    titles = {name: EntityService(db).get("plans", plan)["title"] for name, db in dbs.items()}
    assert titles == dict.fromkeys(dates, "de 2001")
    assert len({content_digest(db) for db in dbs.values()}) == 1
    for db in dbs.values():
        db.close()


def test_rows_show_the_same_timestamps_on_every_laptop(tmp_path: Path) -> None:
    """created_at/updated_at are the times of the row's clocks, on the laptop that wrote them
    and on every laptop that imported them (docs/bundle-format.md, merge rule 8)."""
    first, second = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    plan = new_plan(first)
    service = EntityService(first)
    problem = service.create("problems", {"plan_id": plan, "title": "Agua"})
    service.update("problems", problem, {"title": "Agua potable"})
    solution = service.create("solutions", {"problem_id": problem, "title": "Pozos"})
    service.delete("solutions", solution)
    export_bundle(first, tmp_path / "a.cocrea")
    (report,) = import_bundles(second, [tmp_path / "a.cocrea"])
    assert report.ok, report.error
    for kind, row_id in (("plans", plan), ("problems", problem), ("solutions", solution)):
        stamps = []
        for db in (first, second):
            with db.read() as session:
                stamps.append(
                    session.connection()
                    .exec_driver_sql(
                        f"SELECT created_at, updated_at FROM {kind} WHERE id = ?", (row_id,)
                    )
                    .one()
                )
        assert stamps[0] == stamps[1], kind
    first.close()
    second.close()


def _stamps(db: Database, kind: str, row_id: str) -> tuple[Any, ...]:
    with db.read() as session:
        return tuple(
            session.connection()
            .exec_driver_sql(
                f"SELECT created_at, created_clock, updated_at FROM {kind} WHERE id = ?", (row_id,)
            )
            .one()
        )


def test_rows_created_in_one_transaction_list_in_creation_order_on_every_laptop(
    tmp_path: Path,
) -> None:
    """One action (the demo, a list import) creates many rows within one millisecond: they
    share created_at, and lists show them in the order they were created, on the laptop that
    wrote them and on every laptop that imported them (created_clock, merge rule 8)."""
    first, second = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    plan = new_plan(first)
    service = EntityService(first)
    titles = [f"Problema {n:02d}" for n in range(12)]
    with service.action() as (session, scope):
        ids = [
            service.create_in(session, scope, KINDS["problems"], {"plan_id": plan, "title": title})
            for title in titles
        ]
    assert len({_stamps(first, "problems", row_id)[0] for row_id in ids}) == 1
    export_bundle(first, tmp_path / "a.cocrea")
    (report,) = import_bundles(second, [tmp_path / "a.cocrea"])
    assert report.ok, report.error
    for db in (first, second):
        listed = EntityService(db).list_records("problems", plan_id=plan)
        assert [p["title"] for p in listed] == titles
    assert [_stamps(first, "problems", i) for i in ids] == [
        _stamps(second, "problems", i) for i in ids
    ]
    first.close()
    second.close()


def test_one_check_in_made_on_two_laptops_shows_the_same_times_on_both(tmp_path: Path) -> None:
    """A check-in is one row on every laptop (its id comes from workshop and person); the row
    made on two laptops shows the earlier one's creation on both, whatever the import order."""
    first, second = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    plan = new_plan(first)
    service = EntityService(first)
    workshop = service.create(
        "workshops", {"plan_id": plan, "title": "Mesa 1", "date": "2026-12-02"}
    )
    person = service.create(
        "participants",
        {"plan_id": plan, "name": "Ana Pérez", "sector": "citizen", "consent_privacy_notice": True},
    )
    export_bundle(first, tmp_path / "shared.cocrea")
    assert import_bundles(second, [tmp_path / "shared.cocrea"])[0].ok
    check_in = {"workshop_id": workshop, "participant_id": person}
    row_id = service.create("attendance", check_in)
    time.sleep(0.005)  # the second laptop checks the person in a few milliseconds later
    assert EntityService(second).create("attendance", check_in) == row_id
    export_bundle(first, tmp_path / "a.cocrea")
    export_bundle(second, tmp_path / "b.cocrea")
    assert import_bundles(first, [tmp_path / "b.cocrea"])[0].ok
    assert import_bundles(second, [tmp_path / "a.cocrea"])[0].ok
    assert _stamps(first, "attendance", row_id) == _stamps(second, "attendance", row_id)
    first.close()
    second.close()
