"""``progress`` and ``assess``: recording with evidence, showing, JSON, errors in both languages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import Run


@pytest.fixture
def demo(cocreation: Run, tmp_path: Path, demo_path: Path, demo_plan_id: str) -> tuple[Path, str]:
    db = tmp_path / "x.db"
    shutil.copy(demo_path, db)
    return db, demo_plan_id


def _milestones(cocreation: Run, db: Path, plan: str) -> list[dict]:
    out = cocreation("progress", plan, "--json", "--as-of", "2026-12-02", db=db, check_rc=0)
    data = json.loads(out.stdout)
    return [m for c in data["commitments"] for m in c["milestones"]]


def test_progress_json_derives_from_updates(cocreation: Run, demo: tuple[Path, str]) -> None:
    db, plan = demo
    out = cocreation("progress", plan, "--json", "--as-of", "2026-12-02", db=db, check_rc=0)
    data = json.loads(out.stdout)
    assert data["plan_id"] == plan and data["as_of"] == "2026-12-02"
    first = data["commitments"][0]
    assert first["progress"] == pytest.approx((100 + 40 + 0) / 3)
    assert first["current_assessments"]["completion"] == "limited"
    overdue = [m["title"] for c in data["commitments"] for m in c["milestones"] if m["overdue"]]
    assert overdue == ["Lineamientos de convocatoria anticipada aprobados"]
    assert [m["attendance"] for m in data["meetings"]] == [10, 12]
    evidence = [e for m in first["milestones"] for u in m["updates"] for e in u["evidence"]]
    assert {e["filename"] for e in evidence} >= {"calendario_tandeo.csv"}


def test_report_progress_with_evidence(
    cocreation: Run, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, plan = demo
    milestone = _milestones(cocreation, db, plan)[2]
    photo = tmp_path / "tablero.png"
    photo.write_bytes(b"\x89PNG" + bytes(500))
    update_id = cocreation(
        "progress",
        milestone["id"],
        "--status",
        "in_progress",
        "--percent",
        "15",
        "--date",
        "2026-12-01",
        "--narrative",
        "Primer tablero en borrador",
        "--evidence",
        str(photo),
        db=db,
        check_rc=0,
    ).stdout.strip()
    files = json.loads(cocreation("list", "evidence_files", "--json", db=db, check_rc=0).stdout)
    ours = [f for f in files if f["update_id"] == update_id]
    assert [(f["filename"], f["size"], f["media_type"], f["public"]) for f in ours] == [
        ("tablero.png", 504, "image/png", False)
    ]
    after = {m["id"]: m for m in _milestones(cocreation, db, plan)}
    assert (after[milestone["id"]]["status"], after[milestone["id"]]["progress"]) == (
        "in_progress",
        15,
    )
    scan = tmp_path / "oficio.pdf"
    scan.write_bytes(b"%PDF-1.4 oficio")
    public_id = cocreation(
        "progress", milestone["id"], "--status", "in_progress", "--percent", "20",
        "--evidence", str(scan), "--public-evidence", db=db, check_rc=0,
    ).stdout.strip()  # fmt: skip
    files = json.loads(cocreation("list", "evidence_files", "--json", db=db, check_rc=0).stdout)
    assert [f["public"] for f in files if f["update_id"] == public_id] == [True]


def test_bad_input_is_one_clear_line_and_changes_nothing(
    cocreation: Run, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, plan = demo
    milestone = _milestones(cocreation, db, plan)[0]["id"]
    before = cocreation("list", "progress_updates", "--json", db=db, check_rc=0).stdout
    missing = cocreation(
        "--lang", "en", "progress", milestone, "--status", "completed", "--percent", "100",
        "--evidence", str(tmp_path / "nada.pdf"), db=db,
    )  # fmt: skip
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "does not exist" in missing.stderr or "No such" in missing.stderr
    no_percent = cocreation("progress", milestone, "--status", "completed", db=db)
    assert no_percent.returncode == 1 and "--percent" in no_percent.stderr
    bad = cocreation("progress", milestone, "--status", "completed", "--percent", "150", db=db)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert cocreation("list", "progress_updates", "--json", db=db).stdout == before
    update = json.loads(before)[0]["id"]
    files = cocreation("list", "evidence_files", "--json", db=db).stdout
    bare = cocreation(
        "add", "evidence_files", "--set", f"update_id={update}", "--set", "filename=x.pdf",
        "--set", f"sha256={'a' * 64}", db=db,
    )  # fmt: skip
    assert bare.returncode == 1 and "huella" in bare.stderr  # no bytes: no evidence row
    assert cocreation("list", "evidence_files", "--json", db=db).stdout == files


def test_assess_and_list(cocreation: Run, demo: tuple[Path, str]) -> None:
    db, plan = demo
    commitments = json.loads(
        cocreation("list", "commitments", "--plan", plan, "--json", db=db, check_rc=0).stdout
    )
    target = commitments[4]["id"]
    bad = cocreation(
        "assess", target, "--indicator", "completion", "--value", "major", "--by", "IRM",
        "--reason", "x", db=db,
    )  # fmt: skip
    assert bad.returncode == 1 and "completion" not in bad.stderr.split(":")[0]
    new = cocreation(
        "assess", target, "--indicator", "completion", "--value", "limited", "--by", "IRM",
        "--reason", "Lineamientos sin aprobar", "--date", "2026-12-01", db=db, check_rc=0,
    ).stdout.strip()  # fmt: skip
    cocreation(
        "assess", target, "--ogp-value", "civic_participation", "--what-changed",
        "Primer cabildo juvenil", db=db, check_rc=0,
    )  # fmt: skip
    shown = json.loads(cocreation("assess", target, "--json", db=db, check_rc=0).stdout)
    assert new in {a["id"] for a in shown["assessments"]}
    assert [s["ogp_value"] for s in shown["self_assessments"]] == ["civic_participation"]
    text = cocreation("--lang", "en", "assess", target, db=db, check_rc=0).stdout
    assert "Completion level: Limited — IRM: Lineamientos sin aprobar" in text


def test_purge_evidence_asks_then_deletes_for_good(
    cocreation: Run, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, _plan = demo
    files = json.loads(cocreation("list", "evidence_files", "--json", db=db, check_rc=0).stdout)
    target = files[0]
    refused = cocreation("purge-evidence", target["id"], db=db, check_rc=1)  # no terminal
    assert "--yes" in refused.stderr and "Traceback" not in refused.stderr
    done = cocreation("purge-evidence", target["id"], "--yes", db=db, check_rc=0)
    assert f"«{target['filename']}» se eliminó definitivamente" in done.stdout
    left = json.loads(cocreation("list", "evidence_files", "--json", db=db, check_rc=0).stdout)
    assert target["id"] not in {f["id"] for f in left}
    bundle = tmp_path / "despues.cocrea"
    cocreation("export-bundle", "-o", str(bundle), db=db, check_rc=0)
    assert f"blobs/{target['sha256']}".encode() not in bundle.read_bytes()
    again = cocreation("--lang", "en", "purge-evidence", target["id"], "--yes", db=db, check_rc=1)
    assert "deleted for good" in again.stderr and "Traceback" not in again.stderr
