"""Review service: observations with draft versions, replies, addressed, changed-since-draft,
review status with history."""

from __future__ import annotations

import pytest

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService, guess_verdict
from cocreation_app.storage import Database


def _first(db: Database, kind: str, plan_id: str) -> str:
    return str(EntityService(db).list_records(kind, plan_id=plan_id)[0]["id"])


def test_observation_records_plan_and_current_draft_version(
    demo_db: Database, demo_plan_id: str
) -> None:
    entities = EntityService(demo_db)
    entities.update("plans", demo_plan_id, {"draft_version": 3})
    commitment = _first(demo_db, "commitments", demo_plan_id)
    review = ReviewService(demo_db)

    obs_id = review.add_observation(
        "commitments",
        commitment,
        "Precisar el presupuesto.",
        author="Lucía Méndez",
        institution="Tesorería Municipal",
        verdict="request_changes",
    )

    record = entities.get("comments", obs_id)
    assert record["plan_id"] == demo_plan_id
    assert record["draft_version"] == 3
    assert record["target_kind"] == "commitments"
    assert record["target_id"] == commitment
    assert record["verdict"] == "request_changes"
    assert record["institution"] == "Tesorería Municipal"
    assert record["addressed"] is False


@pytest.mark.parametrize("kind", ["problems", "solutions", "milestones", "plans"])
def test_every_item_kind_takes_observations(
    demo_db: Database, demo_plan_id: str, kind: str
) -> None:
    item = demo_plan_id if kind == "plans" else _first(demo_db, kind, demo_plan_id)
    review = ReviewService(demo_db)
    review.add_observation(kind, item, "De acuerdo.", author="Ana")
    [obs] = review.observations(demo_plan_id, target_kind=kind, target_id=item)
    assert obs.text == "De acuerdo."
    assert obs.target_title


def test_observation_on_missing_item_or_without_text_changes_nothing(
    demo_db: Database, demo_plan_id: str
) -> None:
    review = ReviewService(demo_db)
    with pytest.raises(NotFoundError):
        review.add_observation("commitments", "no-such-id", "Hola", author="Ana")
    commitment = _first(demo_db, "commitments", demo_plan_id)
    with pytest.raises(ValidationError):
        review.add_observation("commitments", commitment, "   ", author="Ana")
    with pytest.raises(ValidationError):
        review.add_observation("commitments", commitment, "Hola", author="")
    with pytest.raises(ValidationError):
        review.add_observation("workshops", commitment, "Hola", author="Ana")
    assert EntityService(demo_db).list_records("comments") == []


def test_reply_and_mark_addressed(demo_db: Database, demo_plan_id: str) -> None:
    review = ReviewService(demo_db)
    milestone = _first(demo_db, "milestones", demo_plan_id)
    obs_id = review.add_observation("milestones", milestone, "¿Quién verifica?", author="Ana")
    reply_id = review.reply(obs_id, "La contraloría social.", author="Facilitación")
    second = review.reply(reply_id, "Gracias.", author="Ana")
    review.set_addressed(obs_id)

    [obs] = review.observations(demo_plan_id)
    assert obs.id == obs_id and obs.addressed
    # Replies to replies are kept flat under the observation, in order.
    assert [r.id for r in obs.replies] == [reply_id, second]
    assert all(r.target_id == milestone and r.reply_to_id == obs_id for r in obs.replies)

    review.set_addressed(obs_id, False)
    assert not review.observations(demo_plan_id)[0].addressed


def test_changed_since_draft_uses_the_issued_draft_clock(
    demo_db: Database, demo_plan_id: str
) -> None:
    entities = EntityService(demo_db)
    review = ReviewService(demo_db)
    changed_item = _first(demo_db, "commitments", demo_plan_id)
    steady_item = entities.list_records("commitments", plan_id=demo_plan_id)[1]["id"]

    version = review.issue_draft(demo_plan_id)
    assert version == 1
    # Issuing again with nothing changed keeps the version.
    assert review.issue_draft(demo_plan_id) == 1
    a = review.add_observation("commitments", changed_item, "Cambiar fechas.", author="Ana")
    b = review.add_observation("commitments", steady_item, "Bien.", author="Ana")

    entities.update("commitments", changed_item, {"title": "Título corregido tras la revisión"})

    flags = {o.id: o.changed_since_draft for o in review.observations(demo_plan_id)}
    assert flags == {a: True, b: False}
    assert review.changed_since_draft("commitments", changed_item, 1)
    assert not review.changed_since_draft("commitments", steady_item, 1)

    # The plan changed since draft 1 was issued: the next issue is version 2.
    assert review.issue_draft(demo_plan_id) == 2
    assert entities.get("plans", demo_plan_id)["draft_version"] == 2
    c = review.add_observation("commitments", changed_item, "Ahora sí.", author="Ana")
    flags = {o.id: o.changed_since_draft for o in review.observations(demo_plan_id)}
    assert flags[c] is False and flags[a] is True


def test_status_changes_keep_a_history_and_sending_to_review_issues_the_draft(
    demo_db: Database, demo_plan_id: str
) -> None:
    review = ReviewService(demo_db)
    entities = EntityService(demo_db)
    review.set_status(demo_plan_id, "in_review", author="Facilitación", note="Enviado al cabildo")
    review.set_status(
        demo_plan_id, "changes_requested", author="Lucía Méndez", institution="Cabildo"
    )
    review.set_status(demo_plan_id, "in_review", author="Facilitación")
    review.set_status(demo_plan_id, "approved", author="Lucía Méndez")

    history = review.status_history(demo_plan_id)
    assert [(s.from_status, s.to_status) for s in history] == [
        ("draft", "in_review"),
        ("in_review", "changes_requested"),
        ("changes_requested", "in_review"),
        ("in_review", "approved"),
    ]
    assert history[0].note == "Enviado al cabildo"
    assert history[1].institution == "Cabildo"
    assert entities.get("plans", demo_plan_id)["status"] == "approved"
    issued = entities.list_records("draft_issues", plan_id=demo_plan_id)
    # Nothing changed between the two trips to review: one version, issued once.
    assert [d["draft_version"] for d in issued] == [1]
    assert [r["to_status"] for r in entities.list_records("review_status_changes")] == [
        "in_review",
        "changes_requested",
        "in_review",
        "approved",
    ]

    with pytest.raises(ValidationError):
        review.set_status(demo_plan_id, "approved", author="Ana")
    with pytest.raises(ValidationError):
        review.set_status(demo_plan_id, "finished", author="Ana")
    assert len(review.status_history(demo_plan_id)) == 4


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Aprobado", "approve"),
        ("Aprobado sin cambios.", "approve"),
        ("Visto bueno del cabildo", "approve"),
        ("Approved", "approve"),
        ("No aprobado: falta presupuesto", "request_changes"),
        ("Se requiere un CAMBIO en las fechas", "request_changes"),
        ("Please change the owner", "request_changes"),
        ("Corregir el indicador", "request_changes"),
        ("¿Quién da seguimiento?", "comment"),
        # Misread before issue 16: an approval, a question, a rejection.
        ("No hay cambios que hacer", "approve"),
        ("¿Fue aprobado por el cabildo?", "comment"),
        ("Rechazado.", "request_changes"),
    ],
)
def test_guess_verdict(text: str, verdict: str) -> None:
    assert guess_verdict(text) == verdict


def test_items_follow_the_printed_order(demo_db: Database, demo_plan_id: str) -> None:
    items = ReviewService(demo_db).items(demo_plan_id)
    kinds = [i.kind for i in items]
    assert kinds[0] == "plans"
    assert kinds.index("commitments") > max(i for i, k in enumerate(kinds) if k == "solutions")
    entities = EntityService(demo_db)
    for kind in ("problems", "solutions", "commitments", "milestones"):
        assert kinds.count(kind) == entities.count(kind, plan_id=demo_plan_id)
    first_milestone = kinds.index("milestones")
    assert kinds[first_milestone - 1] == "commitments"
    assert items[first_milestone].depth == 2
