"""i18n fixtures: the strings now in the code (extracted once per session)."""

from __future__ import annotations

import pytest

from tools.i18n import extract


@pytest.fixture(scope="session")
def extraction() -> extract.Extraction:
    """What ``make translations-update`` would collect, computed in memory."""
    return extract.collect()
