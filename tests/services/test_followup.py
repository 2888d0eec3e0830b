"""Follow-up services: progress derived from updates, weights, overdue, evidence, assessments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from cocreation_app.errors import UserError, ValidationError
from cocreation_app.services.entities import EntityService
from cocreation_app.services.evidence import MAX_EVIDENCE_BYTES, evidence_input, read_evidence
from cocreation_app.services.followup import FollowupService, weighted_progress
from cocreation_app.storage import Database
from cocreation_app.sync.content import content_digest


def _commitment(db: Database, weights: list[float | None], end: str = "2030-01-31") -> list[str]:
    entities = EntityService(db)
    plan = entities.create("plans", {"title": "P", "state": "Oaxaca", "municipality": "Tlacolula"})
    commitment = entities.create(
        "commitments", {"plan_id": plan, "title": "C", "lead_institution": "DIF"}
    )
    return [
        plan,
        commitment,
        *(
            entities.create(
                "milestones",
                {
                    "commitment_id": commitment,
                    "title": f"H{i}",
                    "end_date": end,
                    "weight": w,
                    "position": i,
                },
            )
            for i, w in enumerate(weights)
        ),
    ]


def test_commitment_progress_is_the_weighted_mean_of_its_milestones(db: Database) -> None:
    plan, _c, first, second = _commitment(db, [3.0, None])
    service = FollowupService(db)
    service.report_progress(first, date="2026-05-01", status="completed", progress=100)
    service.report_progress(second, date="2026-05-01", status="in_progress", progress=20)
    (commitment,) = service.plan_progress(plan, as_of=dt.date(2026, 6, 1)).commitments
    assert commitment.progress == pytest.approx((3 * 100 + 1 * 20) / 4)
    EntityService(db).update("milestones", second, {"weight": "0"})
    (commitment,) = service.plan_progress(plan, as_of=dt.date(2026, 6, 1)).commitments
    assert commitment.progress == pytest.approx(100)


@settings(deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.integers(0, 100)), max_size=20))
def test_weighted_progress_stays_between_the_milestones_progress(
    pairs: list[tuple[float, int]],
) -> None:
    result = weighted_progress(pairs)
    if not pairs:
        assert result is None
    else:
        assert result is not None
        assert min(p for _w, p in pairs) - 1e-9 <= result <= max(p for _w, p in pairs) + 1e-9


def test_state_on_a_date_follows_the_latest_update_up_to_it(db: Database) -> None:
    plan, _c, milestone = _commitment(db, [None], end="2026-09-30")
    service = FollowupService(db)
    service.report_progress(milestone, date="2026-07-01", status="in_progress", progress=30)
    service.report_progress(milestone, date="2026-08-01", status="delayed", progress=45)

    def state(day: str) -> tuple[str, int, bool]:
        (c,) = service.plan_progress(plan, as_of=dt.date.fromisoformat(day)).commitments
        m = c.milestones[0]
        return m.status, m.progress, m.overdue

    assert state("2026-06-30") == ("not_started", 0, False)
    assert state("2026-07-15") == ("in_progress", 30, False)
    assert state("2026-09-30") == ("delayed", 45, False)
    assert state("2026-10-01") == ("delayed", 45, True)  # end date passed, not complete
    service.report_progress(milestone, date="2026-10-02", status="completed", progress=100)
    assert state("2040-01-01") == ("completed", 100, False)


def test_evidence_is_stored_once_by_hash_and_read_back(db: Database) -> None:
    _plan, _c, milestone = _commitment(db, [None])
    service = FollowupService(db)
    photo = evidence_input("foto.jpg", b"\xff\xd8" + bytes(range(256)) * 10)
    first = service.report_progress(
        milestone, date="2026-05-01", status="in_progress", progress=10, evidence=[photo]
    )
    service.report_progress(
        milestone, date="2026-06-01", status="in_progress", progress=20, evidence=[photo]
    )
    rows = EntityService(db).list_records("evidence_files")
    assert len(rows) == 2 and rows[0]["sha256"] == rows[1]["sha256"] == photo.sha256
    assert rows[0]["media_type"] == "image/jpeg" and rows[0]["size"] == len(photo.data)
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM evidence_blobs")) == 1
    ours = next(r for r in rows if r["update_id"] == first)
    assert service.evidence_data(ours["id"]) == photo.data


def test_a_blob_altered_in_the_database_is_refused(db: Database, tmp_path: Path) -> None:
    _plan, _c, milestone = _commitment(db, [None])
    service = FollowupService(db)
    service.report_progress(
        milestone,
        date="2026-05-01",
        status="in_progress",
        progress=10,
        evidence=[evidence_input("acta.pdf", b"%PDF-1.4 acta")],
    )
    (row,) = EntityService(db).list_records("evidence_files")
    with db.begin() as session:  # another tool edits the database
        session.execute(text("UPDATE evidence_blobs SET data = :data"), {"data": b"%PDF-1.4 otra"})
    with pytest.raises(UserError, match="dañado"):
        service.save_evidence(row["id"], tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_oversized_or_missing_evidence_changes_nothing(db: Database, tmp_path: Path) -> None:
    _plan, _c, milestone = _commitment(db, [None])
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)  # sparse: no real disk used
    before = content_digest(db)
    with pytest.raises(ValidationError, match="máximo"):
        read_evidence(big)
    with pytest.raises(UserError, match="No existe"):
        read_evidence(tmp_path / "nada.pdf")
    with pytest.raises(ValidationError):
        FollowupService(db).report_progress(
            milestone,
            date="2026-05-01",
            status="in_progress",
            progress=101,
            evidence=[evidence_input("a.csv", b"a,b\n")],
        )
    assert content_digest(db) == before


@pytest.mark.parametrize(
    ("indicator", "value", "ok"),
    [
        ("verifiable", "yes", True),
        ("verifiable", "maybe", False),
        ("relevance", "transparency,civic_participation", True),
        ("relevance", "transparency,transparency", False),
        ("relevance", "none,transparency", False),
        ("relevance", "none", True),
        ("potential_results", "modest", True),
        ("completion", "limited", True),
        ("completion", "major", False),
        ("opened_government", "outstanding", True),
        ("opened_government", "substantial", False),
    ],
)
def test_assessment_values_follow_the_irm_indicator(
    db: Database, indicator: str, value: str, ok: bool
) -> None:
    _plan, commitment, _m = _commitment(db, [None])
    service = FollowupService(db)

    def assess() -> str:
        return service.assess(
            commitment,
            indicator,
            value,
            assessor="STL",
            assessed_on="2026-11-20",
            reason="Porque sí",
        )

    if ok:
        assess()
    else:
        with pytest.raises(ValidationError):
            assess()
    assert len(EntityService(db).list_records("assessments")) == int(ok)


def test_an_assessment_needs_who_when_and_why(db: Database) -> None:
    _plan, commitment, _m = _commitment(db, [None])
    with pytest.raises(ValidationError, match="Justificación"):
        EntityService(db).create(
            "assessments",
            {
                "commitment_id": commitment,
                "indicator": "verifiable",
                "value": "yes",
                "assessor": "STL",
                "assessed_on": "2026-11-20",
            },
        )


def test_latest_assessment_of_each_indicator_is_current(db: Database) -> None:
    plan, commitment, _m = _commitment(db, [None])
    service = FollowupService(db)
    for day, value in (("2026-06-01", "not_started"), ("2026-11-01", "limited")):
        service.assess(
            commitment, "completion", value, assessor="IRM", assessed_on=day, reason="revisión"
        )
    (c,) = service.plan_progress(plan, as_of=dt.date(2026, 12, 1)).commitments
    assert c.current_assessments()["completion"].value == "limited"
    (c,) = service.plan_progress(plan, as_of=dt.date(2026, 7, 1)).commitments
    assert c.current_assessments()["completion"].value == "not_started"


def test_demo_plan_is_half_implemented(demo_db: Database, demo_plan_id: str) -> None:
    progress = FollowupService(demo_db).plan_progress(demo_plan_id, as_of=dt.date(2026, 12, 2))
    assert progress.progress is not None and 20 < progress.progress < 80
    assert any(c.overdue for c in progress.commitments)
    assert any(u.evidence for c in progress.commitments for m in c.milestones for u in m.updates)
    assert all(c.current_assessments() for c in progress.commitments)
    assert [m.attendance for m in progress.meetings] == [10, 12]
