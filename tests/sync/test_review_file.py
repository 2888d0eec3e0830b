"""A review file exported on the official's laptop and imported on the facilitator's shows the
same observations, replies and status history, flagged where the item changed since the draft."""

from __future__ import annotations

import itertools
import sqlite3
import zipfile
from pathlib import Path

from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from cocreation_app.sync.review_file import export_review_file


def _view(db: Database, plan_id: str) -> list[tuple[object, ...]]:
    return [
        (
            o.id,
            o.target_kind,
            o.target_id,
            o.text,
            o.verdict,
            o.author,
            o.institution,
            o.draft_version,
            [(r.id, r.text, r.author) for r in o.replies],
        )
        for o in ReviewService(db).observations(plan_id)
    ]


def test_review_file_round_trip_between_two_laptops(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    facilitator = demo_db
    plan_id = demo_plan_id
    ReviewService(facilitator).set_status(plan_id, "in_review", author="Facilitación")
    plan_bundle = tmp_path / "plan.cocrea"
    export_bundle(facilitator, plan_bundle, plan_id=plan_id)

    official = open_database(tmp_path / "oficina.sqlite3")
    assert official.device_id != facilitator.device_id
    [report] = import_bundles(official, [plan_bundle])
    assert report.ok, report.error
    entities_b = EntityService(official)
    commitments = entities_b.list_records("commitments", plan_id=plan_id)
    review_b = ReviewService(official)
    first = review_b.add_observation(
        "commitments",
        commitments[0]["id"],
        "Ajustar el presupuesto.",
        author="Lucía Méndez",
        institution="Tesorería",
        verdict="request_changes",
    )
    review_b.add_observation(
        "commitments", commitments[1]["id"], "Bien.", author="Lucía Méndez", verdict="approve"
    )
    review_b.reply(first, "Se ajusta con el cabildo.", author="Lucía Méndez")
    review_b.set_status(plan_id, "changes_requested", author="Lucía Méndez", note="Ver notas")

    # Meanwhile the facilitator edits the first commitment after the draft went out.
    EntityService(facilitator).update(
        "commitments", commitments[0]["id"], {"title": "Presupuesto participativo ajustado"}
    )

    review_path = tmp_path / "revision.cocrea"
    written = export_review_file(official, plan_id, review_path)
    assert written.observations == 3
    with zipfile.ZipFile(review_path) as archive:
        assert archive.testzip() is None
    # Small: the plan's content did not travel back.
    assert review_path.stat().st_size < plan_bundle.stat().st_size / 2

    [report] = import_bundles(facilitator, [review_path])
    assert report.ok, report.error
    assert _view(facilitator, plan_id) == _view(official, plan_id)
    flags = {
        o.text: o.changed_since_draft for o in ReviewService(facilitator).observations(plan_id)
    }
    assert flags == {"Ajustar el presupuesto.": True, "Bien.": False}
    history = ReviewService(facilitator).status_history(plan_id)
    assert [(s.to_status, s.author) for s in history] == [
        ("in_review", "Facilitación"),
        ("changes_requested", "Lucía Méndez"),
    ]
    assert EntityService(facilitator).get("plans", plan_id)["status"] == "changes_requested"

    # Importing the same review file again changes nothing.
    [again] = import_bundles(facilitator, [review_path])
    assert again.ok and again.new_changes == 0
    official.close()


def test_review_files_from_several_officials_merge_in_any_order(
    demo_db: Database, demo_plan_id: str, demo_path: Path, tmp_path: Path
) -> None:
    plan_id = demo_plan_id
    ReviewService(demo_db).set_status(plan_id, "in_review", author="Facilitación")
    plan_bundle = tmp_path / "plan.cocrea"
    export_bundle(demo_db, plan_bundle, plan_id=plan_id)
    snapshot = tmp_path / "facilitacion.sqlite3"
    source = sqlite3.connect(demo_path)
    target = sqlite3.connect(snapshot)
    source.backup(target)
    target.close()
    source.close()

    files = []
    for n, (name, kind) in enumerate(
        [("Síndica", "commitments"), ("Regidor", "milestones"), ("Contraloría", "problems")]
    ):
        official = open_database(tmp_path / f"oficial{n}.sqlite3")
        import_bundles(official, [plan_bundle])
        item = EntityService(official).list_records(kind, plan_id=plan_id)[n]["id"]
        obs = ReviewService(official).add_observation(kind, item, f"Nota de {name}", author=name)
        ReviewService(official).reply(obs, "Visto.", author=name)
        path = tmp_path / f"revision{n}.cocrea"
        export_review_file(official, plan_id, path)
        official.close()
        files.append(path)

    views = []
    for order in itertools.permutations(files):
        copy = tmp_path / f"copia-{len(views)}.sqlite3"
        source, target = sqlite3.connect(snapshot), sqlite3.connect(copy)
        source.backup(target)
        target.close()
        source.close()
        facilitator = open_database(copy)
        assert all(report.ok for report in import_bundles(facilitator, list(order)))
        views.append(_view(facilitator, plan_id))
        facilitator.close()
    assert len(views[0]) == 3
    assert all(view == views[0] for view in views)


def test_a_laptop_without_the_plan_still_sees_whose_review_it_is(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    ReviewService(demo_db).set_status(demo_plan_id, "in_review", author="Facilitación")
    review_path = tmp_path / "revision.cocrea"
    export_review_file(demo_db, demo_plan_id, review_path)

    coordinator = open_database(tmp_path / "coordinacion.sqlite3")
    [report] = import_bundles(coordinator, [review_path])
    assert report.ok, report.error
    plan = EntityService(coordinator).get("plans", demo_plan_id)
    original = EntityService(demo_db).get("plans", demo_plan_id)
    for field in ("title", "state", "municipality", "status"):
        assert plan[field] == original[field]
    assert plan["context"] is None  # the plan's content stays out of a review file
    coordinator.close()
