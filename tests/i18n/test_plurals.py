"""Count messages go through Qt's plural forms (``%n``), in Spanish as in English (issue 17,
item 11): "1 persona" and "2 personas", "Seleccionar 1 problema", never "1 personas".

When the scan below fails: write the message with ``%n`` (or ``%Ln``, digit grouping) through a
``_trn(text, n)`` helper (``QCoreApplication.translate(ctx, text, None, n)`` in the window,
``translate(ctx, text, n)`` elsewhere), run ``make translations-update`` and fill both forms in
both catalogs (``--json es`` / ``--json en`` list them with ``forms``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from cocreation_app.i18n import catalog
from cocreation_app.i18n.qt import apply_language
from cocreation_app.paths import translations_dir
from tools.i18n import extract
from tools.i18n.ts import read_ts

# A placeholder followed by a plural noun ("{count} personas") is a count written without %n.
# The placeholders that never hold a count are named here (a new one that does is caught); a
# limit, a range's bounds and the plenary's rows shown are constants above one.
NOT_COUNTS = [
    "limit",
    "low",
    "high",
    "shown",
    "kind",
    "name",
    "title",
    "label",
    "path",
    "field",
    "value",
    "where",
    "text",
    "origin",
    "workshop",
    "plan",
    "date",
    "when",
    "start",
    "version",
    "problem",
    "verdict",
    "author",
    "id",
    "what",
    "member",
    "device",
    "line",
    "municipality",
    "number",
    "parent",
    "parent_kind",
    "licence",
    "rank",
    "criteria",
    "sheet",
    "source",
    "target",
    "note",
    "reason",
    "state",
    "venue",
]
COUNT_WRITTEN_OUT = re.compile(r"\{(\w+)\} [a-záéíóúñ]+s\b")


def _counts_written_out(source: str) -> list[str]:
    return [m.group(0) for m in COUNT_WRITTEN_OUT.finditer(source) if m.group(1) not in NOT_COUNTS]


def test_every_count_message_is_numerus(extraction: extract.Extraction) -> None:
    wrong = []
    for (context, source), message in sorted(extraction.messages.items()):
        has_n = bool(re.search(r"%L?n", source))
        if message.numerus != has_n:
            wrong.append(f"[{context}] {source!r}: %n and a count go together")
        for found in _counts_written_out(source):
            wrong.append(f"[{context}] {source!r}: «{found}» is a count without %n")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("language", ["es", "en"])
def test_catalogs_fill_every_plural_form(language: str) -> None:
    ts = read_ts(translations_dir() / f"cocreation_{language}.ts")
    counts = [m for m in ts.messages.values() if m.current and m.numerus]
    assert len(counts) >= 18
    wrong = [
        f"{m.source!r}: {m.forms!r}"
        for m in counts
        if len(m.forms) != catalog.plural_forms(language)
        or not all(re.search(r"%L?n", form) for form in m.forms)
        or m.state != "finished"
    ]
    assert wrong == []
    assert not any("%n" in m.source and not m.numerus for m in ts.messages.values() if m.current)


SELECT = ("PrioritizationView", "Seleccionar %n problemas para diseño de soluciones")
PEOPLE = ("ParticipantTable", "%Ln personas")
EXPECTED = {
    "es": {
        SELECT: ("Seleccionar 1 problema para diseño de soluciones", "Seleccionar 2 problemas"),
        PEOPLE: ("1 persona", "2 personas"),
    },
    "en": {
        SELECT: ("Select 1 problem for solution design", "Select 2 problems for solution design"),
        PEOPLE: ("1 person", "2 people"),
    },
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_one_and_two_in_the_window_and_outside_it(qapp: Any, language: str) -> None:
    """Qt's translators (the window) and the Qt-free catalog (CLI, reports) agree."""
    apply_language(language)
    try:
        for (context, source), (one, two) in EXPECTED[language].items():
            for n, expected in ((1, one), (2, two)):
                shown = QCoreApplication.translate(context, source, None, n)
                assert shown.startswith(expected)
                assert catalog.translate(context, source, n) == shown
        assert QCoreApplication.translate(*PEOPLE, None, 12345) == "12,345 " + (
            "personas" if language == "es" else "people"
        )
    finally:
        apply_language("es")


def test_the_selection_command_names_its_count(qapp: Any) -> None:
    """The undo text of selecting problems, as Edit ▸ Undo shows it."""
    from cocreation_app.ui.prioritization import view

    apply_language("es")
    assert view._trn(SELECT[1], 1) == "Seleccionar 1 problema para diseño de soluciones"
    assert view._trn("Quitar la selección de %n problemas", 2) == (
        "Quitar la selección de 2 problemas"
    )
