"""Where the draft's tables break between pages (layout.MappedTable.split): never one row alone
under the repeated header on the next page, never a template's group title as the last row of a
page, and never a row cut in two in the sliver left at a page foot. Before, ReportLab left a
single milestone on a page of its own and "Otros actores involucrados" alone at a page foot."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from cocreation_app.reports.layout import FormTable, MappedTable, Para
from cocreation_app.reports.plan.kit import StoryKit
from cocreation_app.reports.styles import make_styles

WIDTH = 450.0


def _kit() -> StoryKit:
    return StoryKit(make_styles(), WIDTH)


def _rows(table: Flowable) -> int:
    rows: list[Any] = table._cellvalues
    return len(rows)


def _milestones(kit: StoryKit, count: int) -> MappedTable:
    rows: list[list[Any]] = [[kit.head("#"), kit.head("Hito")]]
    rows += [[str(n), Para(f"Hito {n}", kit.s.cell)] for n in range(1, count + 1)]
    table = kit.table(rows, [0.1, 0.9])
    table.wrap(WIDTH, 10_000)
    return table


def test_a_split_never_leaves_one_row_alone_on_the_next_page() -> None:
    table = _milestones(_kit(), 5)
    heights = table._rowHeights
    first, rest = table.split(WIDTH, sum(heights[:5]) + 1)  # room for the header and 4 rows
    assert (_rows(first), _rows(rest)) == (4, 3)  # header + 3 rows; header + 2 rows
    # The sliver left under the first part is not filled with a row of the rest.
    assert rest.split(WIDTH, heights[4] + 0.5) == []
    assert len(rest.split(WIDTH, sum(heights[:2]) + 1)) == 2  # a next page splits it as usual


def test_a_split_that_leaves_two_rows_is_unchanged() -> None:
    table = _milestones(_kit(), 6)
    first, rest = table.split(WIDTH, sum(table._rowHeights[:5]) + 1)
    assert (_rows(first), _rows(rest)) == (5, 3)


def test_a_group_title_stays_with_the_row_after_it() -> None:
    kit = _kit()
    data: list[list[Any]] = [
        [kit.row_label("Periodo"), "2026"],
        [kit.row_label("Institución"), "Ayuntamiento"],
        [kit.label("Otros actores involucrados", kit.s.cell_bold), ""],
        [kit.row_label("Gobierno"), "DIF"],
        [kit.row_label("Sociedad civil"), "Colectivo"],
        [kit.row_label("Otros actores"), "—"],
    ]
    table = FormTable(data, colWidths=[0.3 * WIDTH, 0.7 * WIDTH], splitInRow=30)
    table.wrap(WIDTH, 10_000)
    first, rest = table.split(WIDTH, sum(table._rowHeights[:3]) + 1)  # up to the title
    assert (_rows(first), _rows(rest)) == (2, 4)
