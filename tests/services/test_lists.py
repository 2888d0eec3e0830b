from __future__ import annotations

from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database


def test_search_ignores_accents_and_case_and_matches_every_word(
    demo_db: Database, demo_plan_id: str
) -> None:
    names = [row.name for row in lists.participant_page(demo_db, demo_plan_id, "NUNEZ")]
    assert names == ["Ricardo Núñez Espinosa", "Rosa Elena Núñez Gutiérrez"]
    assert [r.name for r in lists.participant_page(demo_db, demo_plan_id, "rosa núñez")] == [
        "Rosa Elena Núñez Gutiérrez"
    ]
    assert lists.count_participants(demo_db, demo_plan_id, "unach") == 1  # e-mail domain
    assert lists.participant_page(demo_db, demo_plan_id, "100%_") == []  # LIKE escapes


def test_pages_are_ordered_and_complete(demo_db: Database, demo_plan_id: str) -> None:
    total = lists.count_participants(demo_db, demo_plan_id)
    pages = [
        lists.participant_page(demo_db, demo_plan_id, offset=o, limit=5) for o in range(0, total, 5)
    ]
    ids = [row.id for page in pages for row in page]
    assert len(ids) == total == 28
    assert len(set(ids)) == total
    assert lists.count_participants(demo_db, demo_plan_id, sector="academia") == 3
    everyone = lists.participant_page(demo_db, demo_plan_id, limit=100)
    assert [row.id for row in everyone] == ids


def test_the_reader_sees_each_committed_edit_and_not_deleted_rows(db: Database) -> None:
    entities = EntityService(db)
    plan = entities.create("plans", {"title": "P", "state": "Puebla", "municipality": "Cholula"})
    assert [(c.title, c.detail) for c in lists.plans(db)] == [("P", "Cholula")]
    later = entities.create("workshops", {"plan_id": plan, "title": "B", "date": "2026-03-01"})
    entities.create("workshops", {"plan_id": plan, "title": "A", "date": "2026-02-01"})
    assert [c.title for c in lists.workshops(db, plan)] == ["A", "B"]  # by date
    person = entities.create(
        "participants",
        {"plan_id": plan, "name": "Ana Ruiz", "sector": "citizen", "consent_privacy_notice": True},
    )
    assert [r.name for r in lists.participant_page(db, plan)] == ["Ana Ruiz"]
    entities.update("participants", person, {"name": "Ana Ruiz López"})
    assert [r.name for r in lists.participant_page(db, plan, "lopez")] == ["Ana Ruiz López"]
    entities.delete("participants", person)
    entities.delete("workshops", later)
    assert lists.participant_page(db, plan) == []
    assert lists.count_participants(db, plan) == 0
    assert [c.title for c in lists.workshops(db, plan)] == ["A"]
