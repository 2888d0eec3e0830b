"""Evidence files travel in bundles with their hashes checked, and nothing else travels."""

from __future__ import annotations

import hashlib
import json
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

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def _with_evidence(db: Database) -> str:
    entities = EntityService(db)
    plan = new_plan(db)
    commitment = entities.create(
        "commitments", {"plan_id": plan, "title": "C", "lead_institution": "DIF"}
    )
    milestone = entities.create("milestones", {"commitment_id": commitment, "title": "H"})
    return FollowupService(db).report_progress(
        milestone,
        date="2026-10-01",
        status="in_progress",
        progress=40,
        evidence=[
            evidence_input("paradas.png", PHOTO),  # a photo of a walk: shows people
            evidence_input("acta.txt", b"acta", public=True),
        ],
    )


def test_evidence_arrives_with_its_bytes(tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _with_evidence(a)
    export_bundle(a, tmp_path / "a.cocrea")
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    digest = hashlib.sha256(PHOTO).hexdigest()
    assert {"sha256": digest, "size": len(PHOTO)} in manifest["blobs"]
    assert members[f"blobs/{digest}"] == PHOTO
    (report,) = import_bundles(b, [tmp_path / "a.cocrea"])
    assert report.ok, report.error
    assert content_digest(a) == content_digest(b)
    photo = next(
        r for r in EntityService(b).list_records("evidence_files") if r["filename"] == "paradas.png"
    )
    assert FollowupService(b).evidence_data(photo["id"]) == PHOTO
    (again,) = import_bundles(b, [tmp_path / "a.cocrea"])
    assert again.ok and again.new_changes == 0


def test_a_bundle_without_evidence_keeps_the_old_manifest(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    new_plan(a)
    export_bundle(a, tmp_path / "a.cocrea")
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    assert "blobs" not in manifest and not any(n.startswith("blobs/") for n in members)


def _rebuilt(path: Path, edit: object) -> bytes:
    manifest, members = unpack(path.read_bytes())
    assert callable(edit)
    edit(manifest, members)
    return reseal(members, manifest=manifest)


def _replace_photo(manifest: dict, members: dict) -> None:
    digest = hashlib.sha256(PHOTO).hexdigest()
    members[f"blobs/{digest}"] = PHOTO[:-1] + b"!"


def _drop_photo(manifest: dict, members: dict) -> None:
    digest = hashlib.sha256(PHOTO).hexdigest()
    del members[f"blobs/{digest}"]
    manifest["blobs"] = [b for b in manifest["blobs"] if b["sha256"] != digest]


def _extra_blob(manifest: dict, members: dict) -> None:
    stray = b"not named by any change"
    digest = hashlib.sha256(stray).hexdigest()
    members[f"blobs/{digest}"] = stray
    manifest["blobs"].append({"sha256": digest, "size": len(stray)})


def _bad_hash_value(manifest: dict, members: dict) -> None:
    for name, data in list(members.items()):
        if name.startswith("changes/"):
            records = json.loads(data)
            for record in records:
                if record[4] == "evidence_files" and record[6] == "sha256":
                    record[7] = "../../etc/passwd"
            members[name] = json.dumps(records).encode()
            for info in manifest["members"]:
                if info["name"] == name:
                    info["sha256"] = hashlib.sha256(members[name]).hexdigest()
                    info["size"] = len(members[name])


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (_replace_photo, "suma de verificación"),
        (_drop_photo, "evidencia no coinciden"),
        (_extra_blob, "evidencia no coinciden"),
        (_bad_hash_value, "SHA-256"),
    ],
)
def test_tampered_evidence_is_refused_before_anything_is_written(
    tmp_path: Path, edit: object, reason: str
) -> None:
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _with_evidence(a)
    export_bundle(a, tmp_path / "a.cocrea")
    bad = tmp_path / "bad.cocrea"
    bad.write_bytes(_rebuilt(tmp_path / "a.cocrea", edit))
    with pytest.raises(BundleError, match=reason):
        open_bundle(bad.read_bytes())
    before = content_digest(b)
    (report,) = import_bundles(b, [bad])
    assert not report.ok and report.error
    assert content_digest(b) == before


def test_export_refuses_when_a_blob_is_missing_here(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    _with_evidence(a)
    with sqlite3.connect(a.path) as conn:
        conn.execute("DELETE FROM evidence_blobs")
    with pytest.raises(UserError, match="Falta el archivo"):
        export_bundle(a, tmp_path / "a.cocrea")
    assert not (tmp_path / "a.cocrea").exists()


def test_a_bundle_without_personal_data_leaves_out_unpublishable_evidence(tmp_path: Path) -> None:
    """A photo nobody marked as publishable may show people: without personal data, its row,
    its history and its bytes stay home; the publishable file travels as always."""
    a, b = laptop(tmp_path / "a.sqlite3"), laptop(tmp_path / "b.sqlite3")
    _with_evidence(a)
    export_bundle(a, tmp_path / "a.cocrea", personal_data=False)
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    assert members.get(f"blobs/{hashlib.sha256(PHOTO).hexdigest()}") is None
    assert [blob["sha256"] for blob in manifest["blobs"]] == [hashlib.sha256(b"acta").hexdigest()]
    (report,) = import_bundles(b, [tmp_path / "a.cocrea"])
    assert report.ok, report.error
    files = EntityService(b).list_records("evidence_files")
    assert [(f["filename"], f["public"]) for f in files] == [("acta.txt", True)]
    with sqlite3.connect(tmp_path / "b.sqlite3") as raw:
        (bytes_held,) = raw.execute("SELECT count(*) FROM evidence_blobs").fetchone()
    assert bytes_held == 1
    export_bundle(a, tmp_path / "all.cocrea")  # with personal data: both, as before
    (full,) = import_bundles(b, [tmp_path / "all.cocrea"])
    assert full.ok, full.error
    assert content_digest(a) == content_digest(b)
