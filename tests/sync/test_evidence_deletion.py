"""A deleted evidence file stops travelling: bundles carry only the bytes of live evidence rows,
and a restore never leaves a live row without its bytes (docs/followup.md, *Evidence files*)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cocreation_app.errors import UserError
from cocreation_app.services.entities import EntityService
from cocreation_app.services.evidence import evidence_input
from cocreation_app.services.followup import FollowupService
from cocreation_app.storage import Database
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import BundleError
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan, reseal, unpack

PHOTO = b"\x89PNG\r\n\x1a\n" + b"foto de la reunion " * 200
LIST = b"nombre,firma\nAna,x\n"
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()
LIST_SHA = hashlib.sha256(LIST).hexdigest()


def _report(db: Database) -> tuple[str, str, str]:
    """(update, photo, list) ids: a progress update with two evidence files."""
    entities = EntityService(db)
    plan = new_plan(db)
    commitment = entities.create(
        "commitments", {"plan_id": plan, "title": "C", "lead_institution": "DIF"}
    )
    milestone = entities.create("milestones", {"commitment_id": commitment, "title": "H"})
    update = FollowupService(db).report_progress(
        milestone,
        date="2026-10-01",
        status="in_progress",
        progress=40,
        evidence=[evidence_input("reunion.png", PHOTO), evidence_input("lista.csv", LIST)],
    )
    files = {r["filename"]: r["id"] for r in entities.list_records("evidence_files")}
    return update, files["reunion.png"], files["lista.csv"]


def _blobs_in(path: Path) -> set[str]:
    manifest, members = unpack(path.read_bytes())
    named = {name.removeprefix("blobs/") for name in members if name.startswith("blobs/")}
    assert named == {b["sha256"] for b in manifest.get("blobs", [])}
    return named


def _held(db: Database) -> set[str]:
    with sqlite3.connect(db.path) as raw:
        return {sha for (sha,) in raw.execute("SELECT sha256 FROM evidence_blobs")}


def test_a_deleted_evidence_file_travels_without_its_bytes(tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _update, photo, _list = _report(a)
    EntityService(a).delete("evidence_files", photo)
    export_bundle(a, tmp_path / "a.cocrea")
    assert _blobs_in(tmp_path / "a.cocrea") == {LIST_SHA}
    (report,) = import_bundles(b, [tmp_path / "a.cocrea"])
    assert report.ok, report.error
    assert content_digest(a) == content_digest(b)
    assert _held(b) == {LIST_SHA}
    assert PHOTO_SHA in _held(a)  # kept here, so that the delete can be undone


def test_a_deleted_update_takes_its_evidence_bytes_off_the_bundle(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    update, _photo, _list = _report(a)
    EntityService(a).delete("progress_updates", update)
    export_bundle(a, tmp_path / "a.cocrea")
    assert _blobs_in(tmp_path / "a.cocrea") == set()


def test_restore_without_the_bytes_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    update, photo, _list = _report(a)
    EntityService(a).delete("evidence_files", photo)
    export_bundle(a, tmp_path / "a.cocrea")
    assert import_bundles(b, [tmp_path / "a.cocrea"])[0].ok
    before = content_digest(b)
    with pytest.raises(UserError, match="no tiene su archivo"):
        EntityService(b).restore("evidence_files", photo)
    assert content_digest(b) == before
    # A delete of the whole update on b, undone, cannot bring the photo back either.
    EntityService(b).delete("progress_updates", update)
    deleted = content_digest(b)
    EntityService(b).restore("progress_updates", update)  # its live file (the list) comes back
    assert content_digest(b) != deleted
    assert {r["filename"] for r in EntityService(b).list_records("evidence_files")} == {"lista.csv"}


def test_restore_on_the_origin_travels_with_the_bytes_again(tmp_path: Path) -> None:
    a, b, c = (laptop(tmp_path / f"{n}.sqlite3") for n in "abc")
    _update, photo, _list = _report(a)
    export_bundle(a, tmp_path / "before.cocrea")
    assert import_bundles(c, [tmp_path / "before.cocrea"])[0].ok  # c had the bytes already
    EntityService(a).delete("evidence_files", photo)
    export_bundle(a, tmp_path / "deleted.cocrea")
    for db in (b, c):
        assert import_bundles(db, [tmp_path / "deleted.cocrea"])[0].ok
    assert PHOTO_SHA in _held(c) and PHOTO_SHA not in _held(b)
    assert content_digest(c) == content_digest(a)
    EntityService(a).restore("evidence_files", photo)
    export_bundle(a, tmp_path / "restored.cocrea")
    assert _blobs_in(tmp_path / "restored.cocrea") == {PHOTO_SHA, LIST_SHA}
    for db in (b, c):
        (report,) = import_bundles(db, [tmp_path / "restored.cocrea"])
        assert report.ok, report.error
        assert content_digest(db) == content_digest(a)
        assert FollowupService(db).evidence_data(photo) == PHOTO
    # The older bundle (photo deleted, no bytes) never takes the restored photo away again.
    (old,) = import_bundles(b, [tmp_path / "deleted.cocrea"])
    assert old.ok and old.new_changes == 0
    assert FollowupService(b).evidence_data(photo) == PHOTO


def test_a_bundle_of_the_earlier_release_with_a_deleted_files_bytes_still_reads(
    tmp_path: Path,
) -> None:
    """Earlier releases carried the bytes of deleted files too: readers still take them."""
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _update, photo, _list = _report(a)
    EntityService(a).delete("evidence_files", photo)
    export_bundle(a, tmp_path / "a.cocrea")
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    members[f"blobs/{PHOTO_SHA}"] = PHOTO
    manifest["blobs"] = sorted(
        [*manifest["blobs"], {"sha256": PHOTO_SHA, "size": len(PHOTO)}], key=lambda b: b["sha256"]
    )
    old = tmp_path / "old.cocrea"
    old.write_bytes(reseal(members, manifest=manifest))
    assert set(open_bundle(old.read_bytes()).blobs) == {PHOTO_SHA, LIST_SHA}
    (report,) = import_bundles(b, [old])
    assert report.ok, report.error
    EntityService(b).restore("evidence_files", photo)  # b got the bytes: the undo works
    assert FollowupService(b).evidence_data(photo) == PHOTO


def test_a_live_files_bytes_are_still_required(tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _update, photo, _list = _report(a)
    EntityService(a).delete("evidence_files", photo)
    EntityService(a).restore("evidence_files", photo)  # deleted, then live again
    export_bundle(a, tmp_path / "a.cocrea")
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    del members[f"blobs/{PHOTO_SHA}"]
    manifest["blobs"] = [b for b in manifest["blobs"] if b["sha256"] != PHOTO_SHA]
    bad = tmp_path / "bad.cocrea"
    bad.write_bytes(reseal(members, manifest=manifest))
    with pytest.raises(BundleError, match="evidencia no coinciden"):
        open_bundle(bad.read_bytes())
    before = content_digest(b)
    (report,) = import_bundles(b, [bad])
    assert not report.ok and content_digest(b) == before


# -- delete for good (purge) -------------------------------------------------------------------


def _file_holds(db: Database, data: bytes) -> bool:
    """Whether the database file (or its write-ahead log) still holds these bytes anywhere."""
    files = [Path(db.path), Path(f"{db.path}-wal")]
    return any(data in f.read_bytes() for f in files if f.exists())


def test_a_purge_travels_and_takes_the_bytes_off_every_laptop(tmp_path: Path) -> None:
    a, b, c = (laptop(tmp_path / f"{n}.sqlite3") for n in "abc")
    _update, photo, _list = _report(a)
    export_bundle(a, tmp_path / "before.cocrea")
    for db in (b, c):
        assert import_bundles(db, [tmp_path / "before.cocrea"])[0].ok
        assert PHOTO_SHA in _held(db)
    result = FollowupService(b).purge_evidence(photo)  # purged where it arrived, not its origin
    assert result.filename == "reunion.png" and result.bytes_removed
    assert PHOTO_SHA not in _held(b) and not _file_holds(b, PHOTO)
    export_bundle(b, tmp_path / "purged.cocrea")
    assert _blobs_in(tmp_path / "purged.cocrea") == {LIST_SHA}
    assert PHOTO not in (tmp_path / "purged.cocrea").read_bytes()
    for db in (a, c):
        (report,) = import_bundles(db, [tmp_path / "purged.cocrea"])
        assert report.ok, report.error
        assert PHOTO_SHA not in _held(db) and LIST_SHA in _held(db)
        assert not _file_holds(db, PHOTO)
        assert content_digest(db) == content_digest(b)
        export_bundle(db, tmp_path / "after.cocrea")
        assert PHOTO not in (tmp_path / "after.cocrea").read_bytes()
    # The bundle made before the purge, imported again, never brings the bytes back.
    for db in (a, b, c):
        assert import_bundles(db, [tmp_path / "before.cocrea"])[0].ok
        assert PHOTO_SHA not in _held(db)
    fresh = laptop(tmp_path / "fresh.sqlite3")  # any order: the old bundle first, then the purge
    for name in ("before", "purged"):
        assert import_bundles(fresh, [tmp_path / f"{name}.cocrea"])[0].ok
    assert _held(fresh) == {LIST_SHA} and content_digest(fresh) == content_digest(b)
    with pytest.raises(UserError, match="definitivamente"):
        EntityService(a).restore("evidence_files", photo)
    assert [r["filename"] for r in EntityService(c).list_records("evidence_files")] == ["lista.csv"]


def test_a_purge_keeps_bytes_another_live_file_shares(tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    update, photo, _list = _report(a)
    (again,) = FollowupService(a).attach_evidence(update, [evidence_input("copia.png", PHOTO)])
    result = FollowupService(a).purge_evidence(photo)
    assert not result.bytes_removed and PHOTO_SHA in _held(a)
    assert FollowupService(a).evidence_data(again) == PHOTO
    export_bundle(a, tmp_path / "a.cocrea")
    assert _blobs_in(tmp_path / "a.cocrea") == {PHOTO_SHA, LIST_SHA}
    assert import_bundles(b, [tmp_path / "a.cocrea"])[0].ok
    assert FollowupService(b).evidence_data(again) == PHOTO


def test_a_restore_made_without_seeing_the_purge_does_not_bring_the_file_back(
    tmp_path: Path,
) -> None:
    """b deletes and restores the photo while a purges it: wherever both arrive, the row's hash
    is gone, so the row is not listed and its bytes are not kept."""
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _update, photo, _list = _report(a)
    export_bundle(a, tmp_path / "a0.cocrea")
    assert import_bundles(b, [tmp_path / "a0.cocrea"])[0].ok
    FollowupService(a).purge_evidence(photo)
    EntityService(b).delete("evidence_files", photo)
    EntityService(b).restore("evidence_files", photo)  # later clock than a's purge
    export_bundle(a, tmp_path / "a1.cocrea")
    export_bundle(b, tmp_path / "b1.cocrea")
    assert PHOTO_SHA in _blobs_in(tmp_path / "b1.cocrea")
    assert import_bundles(a, [tmp_path / "b1.cocrea"])[0].ok
    assert import_bundles(b, [tmp_path / "a1.cocrea"])[0].ok
    for db in (a, b):
        assert PHOTO_SHA not in _held(db)
        assert [r["filename"] for r in EntityService(db).list_records("evidence_files")] == [
            "lista.csv"
        ]
    assert content_digest(a) == content_digest(b)
