from __future__ import annotations

from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.storage import Database


def test_check_in_is_idempotent_and_counts_the_room(db: Database) -> None:
    entities = EntityService(db)
    plan = entities.create("plans", {"title": "P", "state": "Puebla", "municipality": "Cholula"})
    workshop = entities.create("workshops", {"plan_id": plan, "title": "T", "date": "2026-02-02"})
    people = [
        entities.create(
            "participants",
            {
                "plan_id": plan,
                "name": name,
                "sector": sector,
                "gender": gender,
                "consent_privacy_notice": True,
            },
        )
        for name, sector, gender in [
            ("Ana", "citizen", "female"),
            ("Beto", "government", "male"),
            ("Cris", "citizen", None),
        ]
    ]
    service = ParticipantService(db)
    assert service.check_in(workshop, people[0]) is True
    assert service.check_in(workshop, people[0]) is False
    assert service.check_in(workshop, people[2]) is True
    count = service.room_count(workshop)
    assert count.total == 2
    assert count.by_sector == {"citizen": 2}
    assert count.by_gender == {"female": 1, "": 1}  # blank is unknown, not "prefer not to say"
    rows = lists.participant_page(db, plan, workshop_id=workshop)
    assert {r.name: r.checked_in for r in rows} == {"Ana": True, "Beto": False, "Cris": True}

    assert service.undo_check_in(workshop, people[0]) is True
    assert service.room_count(workshop).total == 1
    assert service.check_in(workshop, people[0]) is True  # the same row comes back
    assert len(entities.list_records("attendance")) == 2
