"""The Priorización tab on the demo plan's first workshop, shown in the real window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.ui.prioritization.view import PrioritizationView


@pytest.fixture
def view(qtbot: Any, window: Any, demo_plan_id: str) -> Iterator[PrioritizationView]:
    workshops = EntityService(window.db).list_records("workshops", plan_id=demo_plan_id)
    window.select(demo_plan_id, workshops[0]["id"])
    found = window.findChild(PrioritizationView, "prioritizationView")
    assert found is not None
    window.show_view(found)
    window.show()
    qtbot.waitExposed(window)
    yield found
    window.undo_stack.blockSignals(True)  # teardown: see tests/ui/test_plenary.py
