"""The reader refuses what it does not understand, before anything is written.

(The full hostile-file suite lives with the reliability tests; these cover each check once.)
"""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cocreation_app.storage import Database
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import RECORD_FIELDS, BundleError
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import as_earlier_release, laptop, new_plan, reseal, unpack


@pytest.fixture
def parts(tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    db = laptop(tmp_path / "src.sqlite3")
    new_plan(db)
    export_bundle(db, tmp_path / "src.cocrea")
    return unpack((tmp_path / "src.cocrea").read_bytes())


def _records(members: dict[str, bytes]) -> list[dict[str, Any]]:
    """The records as dicts (a bundle stores each as an array in RECORD_FIELDS order)."""
    (data,) = members.values()
    return [dict(zip(RECORD_FIELDS, item, strict=True)) for item in json.loads(data)]


def _with_records(manifest: dict[str, Any], records: list[dict[str, Any]]) -> bytes:
    arrays = [
        [r[k] for k in RECORD_FIELDS] + [r[k] for k in r if k not in RECORD_FIELDS] for r in records
    ]
    return reseal(
        {"changes/000001.json": json.dumps(arrays).encode()},
        manifest={**manifest, "members": "auto"},
    )


def test_resealed_copy_is_accepted(parts: tuple[dict[str, Any], dict[str, bytes]]) -> None:
    manifest, members = parts
    bundle = open_bundle(_with_records(manifest, _records(members)))
    assert len(bundle.changes) == manifest["change_count"]


@pytest.mark.parametrize(
    "name", ["../evil.json", "/etc/passwd", "changes\\000002.json", "C:/x.json", "a//b.json"]
)
def test_bad_member_names(parts: tuple[dict[str, Any], dict[str, bytes]], name: str) -> None:
    manifest, members = parts
    with pytest.raises(BundleError, match="no permitido"):
        open_bundle(reseal(members, manifest=manifest, extra=[zipfile.ZipInfo(name)]))


def test_duplicate_member_and_symlink(parts: tuple[dict[str, Any], dict[str, bytes]]) -> None:
    manifest, members = parts
    (name,) = members
    with pytest.warns(UserWarning), pytest.raises(BundleError):
        open_bundle(reseal(members, manifest=manifest, extra=[(zipfile.ZipInfo(name), b"[]")]))
    link = zipfile.ZipInfo("changes/000002.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(BundleError, match="no permitido"):
        open_bundle(reseal(members, manifest=manifest, extra=[(link, b"/etc/passwd")]))


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"entity": "secret_table"}, "unknown entity"),
        ({"field": "search_key"}, "derived column is not a field"),
        ({"field": "created_at"}, "local column"),
        ({"value": ["nested"]}, "value of the wrong type"),
        ({"seq": True}, "boolean as number"),
        ({"seq": 10**30}, "huge number"),
        ({"clock": "999999999999999-000000-x"}, "clock of another device"),
        ({"row_id": "'; DROP TABLE plans; --"}, "not an id"),
        ({"extra": 1}, "unexpected key"),
    ],
)
def test_bad_records(
    parts: tuple[dict[str, Any], dict[str, bytes]], change: dict[str, Any], why: str
) -> None:
    manifest, members = parts
    records = _records(members)
    records[0] = {**records[0], **change}
    with pytest.raises(BundleError):
        open_bundle(_with_records(manifest, records))


def test_nan_and_deep_nesting(parts: tuple[dict[str, Any], dict[str, bytes]]) -> None:
    manifest, members = parts
    (data,) = members.values()
    text = data.decode().replace('"deleted",false', '"deleted",NaN', 1)
    assert "NaN" in text
    with pytest.raises(BundleError):
        open_bundle(
            reseal({"changes/000001.json": text.encode()}, manifest={**manifest, "members": "auto"})
        )
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BundleError):
        open_bundle(
            reseal(
                {"changes/000001.json": deep},
                manifest={
                    **manifest,
                    "members": [
                        {
                            "name": "changes/000001.json",
                            "sha256": __import__("hashlib").sha256(deep).hexdigest(),
                            "size": len(deep),
                            "records": 1,
                        }
                    ],
                    "change_count": 1,
                },
            )
        )


def test_unknown_version_and_wrong_hash(parts: tuple[dict[str, Any], dict[str, bytes]]) -> None:
    manifest, members = parts
    with pytest.raises(BundleError, match="versión"):
        open_bundle(reseal(members, manifest={**manifest, "format_version": 99}))
    wrong = {**manifest, "members": [{**manifest["members"][0], "sha256": "0" * 64}]}
    with pytest.raises(BundleError):
        open_bundle(reseal(members, manifest=wrong))


def test_zip_bomb_ratio(parts: tuple[dict[str, Any], dict[str, bytes]]) -> None:
    manifest, _members = parts
    bomb = b"[" + b" " * (50 * 1024 * 1024) + b"]"
    with pytest.raises(BundleError):
        open_bundle(
            reseal(
                {"changes/000001.json": bomb},
                manifest={
                    **manifest,
                    "members": [
                        {
                            "name": "changes/000001.json",
                            "sha256": "0" * 64,
                            "size": len(bomb),
                            "records": 0,
                        }
                    ],
                    "change_count": 0,
                },
            )
        )


def test_reference_to_missing_row_changes_nothing(
    tmp_path: Path, parts: tuple[dict[str, Any], dict[str, bytes]], db: Database
) -> None:
    """A well-formed bundle whose workshop points at a plan nobody has: rejected whole."""
    manifest, members = parts
    records = _records(members)
    template = records[0]
    workshop = "5a0c1c4e-1111-4a4a-8a8a-000000000001"
    ghost_plan = "5a0c1c4e-1111-4a4a-8a8a-000000000002"
    extra = [
        {
            **template,
            "id": f"5a0c1c4e-2222-4a4a-8a8a-00000000000{i}",
            "seq": 1000 + i,
            "clock": template["clock"][:15] + f"-{900 + i:06d}-" + template["device_id"],
            "entity": "workshops",
            "row_id": workshop,
            "field": field,
            "value": value,
            "base_clock": None,
        }
        for i, (field, value) in enumerate(
            [("deleted", False), ("plan_id", ghost_plan), ("title", "Mesa fantasma")]
        )
    ]
    path = tmp_path / "ghost.cocrea"
    path.write_bytes(_with_records(manifest, records + extra))
    before = content_digest(db)
    (report,) = import_bundles(db, [path])
    assert not report.ok and report.error
    assert content_digest(db) == before


def test_schema_lists_every_kind() -> None:
    from cocreation_app.services.registry import KINDS

    schema = json.loads((Path(__file__).parents[2] / "docs" / "bundle.schema.json").read_text())
    entity = schema["$defs"]["change"]["prefixItems"][RECORD_FIELDS.index("entity")]
    assert set(entity["enum"]) == set(KINDS)


def test_an_exported_bundle_and_an_earlier_releases_match_the_schema(tmp_path: Path) -> None:
    """docs/bundle.schema.json describes what is written (version 3, with change proofs and
    device keys) and what earlier releases wrote (version 2), checked with a JSON Schema
    validator (jsonschema comes with frictionless)."""
    import jsonschema

    schema = json.loads((Path(__file__).parents[2] / "docs" / "bundle.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    db = laptop(tmp_path / "a.sqlite3")
    new_plan(db)
    export_bundle(db, tmp_path / "a.cocrea")
    data = (tmp_path / "a.cocrea").read_bytes()
    for manifest, members in (unpack(data), as_earlier_release(data)):
        validator.validate(manifest)
        for name, member in members.items():
            validator.validate(json.loads(member))
            assert name.startswith("changes/")
    manifest, members = unpack(data)
    assert manifest["format_version"] == 3 and manifest["devices"][0]["public_key"]
    assert all(len(r) == 10 and r[9] for m in members.values() for r in json.loads(m))
    broken = {**manifest, "devices": [{**manifest["devices"][0], "since_signature": None}]}
    assert not validator.is_valid(broken)
