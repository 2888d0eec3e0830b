"""Stored times are UTC (laptops agree on them); people read them on their own clock. A tally
typed at 10:05 in Chiapas is stored as 16:05Z and shown as 10:05 (the history, the review's
status log, the conflicts view)."""

from __future__ import annotations

from cocreation_app.i18n import format_time_of_day, format_timestamp, local_day, local_time

STORED = "2026-03-14T16:05:00.123Z"


def test_a_stored_time_is_shown_on_the_local_clock(in_chiapas: None) -> None:
    moment = local_time(STORED)
    assert moment is not None and (moment.hour, moment.minute) == (10, 5)
    assert _spaced(format_time_of_day(STORED, "es")) == "10:05 a.m."
    assert _spaced(format_time_of_day(STORED, "en")) == "10:05 AM"
    assert _spaced(format_timestamp(STORED, language="es")) == "14/03/26, 10:05 a.m."


def test_the_local_day_is_the_day_people_lived(in_chiapas: None) -> None:
    late = local_time("2026-03-15T01:30:00Z")  # 19:30 of the 14th in Chiapas
    assert late is not None and late.date().isoformat() == "2026-03-14"
    assert local_day("2026-03-15T01:30:00Z") == late.date()


def test_what_is_not_a_timestamp_is_shown_as_it_is() -> None:
    assert local_time("mañana") is None
    assert format_timestamp("mañana") == "mañana"
    assert format_time_of_day("") == ""


def _spaced(text: str) -> str:
    """CLDR puts no-break spaces (narrow or not) before "a.m."; compared as spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")
