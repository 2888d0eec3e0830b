"""What every section of the draft builds with: styles, the page width, the contents entries
collected so far, and the few paragraph and table shapes the sections share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from cocreation_app.i18n import format_date, format_decimal, format_integer
from cocreation_app.i18n import translate as _translate
from cocreation_app.reports import styles as st
from cocreation_app.reports.fonts import missing_characters
from cocreation_app.reports.layout import MappedTable, Para, RowLabel, heading
from cocreation_app.reports.styles import Styles, markup


def tr(text: str) -> str:
    return _translate("reports", text)


def trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return _translate("reports", text, n)


def period(start: dt.date | None, end: dt.date | None, fmt: str = "long") -> str:
    if start and end:
        return tr("{start} – {end}").format(
            start=format_date(start, fmt), end=format_date(end, fmt)
        )
    return format_date(start or end, fmt)


def count(value: int) -> str:
    return format_integer(value)


def score(value: Fraction | None) -> str:
    return "—" if value is None else format_decimal(round(float(value), 2))


# Short computed values (dates, states, "—") go in cells as plain strings, which tables draw
# much faster than paragraphs; these commands make them look like the ``cell`` style.
STRING_CELLS: list[tuple[Any, ...]] = [
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("LEADING", (0, 0), (-1, -1), 9 * 1.3),
    ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
]


def grid(header_rows: int = 1, zebra: bool = True) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        *STRING_CELLS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), st.ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, st.LIGHT]))
    return commands


class StoryKit:
    """Shared by the sections of one draft: numbered headings feed ``toc`` in story order."""

    def __init__(self, styles: Styles, width: float) -> None:
        self.s = styles
        self.width = width
        self.toc: list[tuple[str, int, str]] = []
        self._labels: dict[tuple[str, str], Para] = {}
        self.section = 0

    def p(self, text: str | None, style: Any = None) -> Para:
        return Para(markup(text), style or self.s.body)

    def h1(self, title: str) -> Flowable:
        self.section += 1
        key = f"s{self.section}"
        text = tr("{number}. {title}").format(number=self.section, title=markup(title))
        self.toc.append((key, 0, text))
        return heading(text, self.s.h1, key, 0)

    def h2(
        self, key: str, text: str, item: tuple[str, str] | None = None, *, loose: bool = False
    ) -> Flowable:
        """A numbered item's heading; ``loose`` ones are not kept with what follows (put a
        CondPageBreak before them)."""
        self.toc.append((key, 1, text))
        return heading(text, self.s.h2_loose if loose else self.s.h2, key, 1, item)

    def unnumbered_h1(self, key: str, title: str) -> Flowable:
        """An annex heading: in the contents, without a section number."""
        text = markup(title)
        self.toc.append((key, 0, text))
        return heading(text, self.s.h1, key, 0)

    def labelled(self, label: str, value: str | None) -> list[Flowable]:
        if not value:
            return []
        return [Para(f"<b>{markup(label)}</b> {markup(value)}", self.s.body)]

    def plain(self, text: str) -> str | Para:
        """A short computed cell value (a date, a state): a plain string, which tables draw
        fastest, unless it holds a character the main font lacks (a table draws a plain string
        in one font and would drop it): then a paragraph, which falls back run by run."""
        return Para(markup(text), self.s.cell) if missing_characters(text) else text

    def head(self, text: str) -> Para:
        return self.label(text, self.s.cell_head)

    def label(self, text: str, style: ParagraphStyle) -> Para:
        """One shared paragraph per repeated label (table headers, template labels): parsed
        and line-broken once for the whole document instead of once per table."""
        key = (text, style.name)
        para = self._labels.get(key)
        if para is None:
            para = self._labels[key] = Para(markup(text), style)
        return para

    def row_label(self, text: str) -> RowLabel:
        """A form's label cell (shared like :meth:`label`), which a row split between pages
        repeats as "label (continúa)"."""
        key = (text, "row_label")
        label = self._labels.get(key)
        if not isinstance(label, RowLabel):
            label = RowLabel(markup(text), self.s.cell_bold)
            continued = RowLabel(markup(tr("{label} (continúa)").format(label=text)), label.style)
            label.continued = continued.continued = continued  # a third page repeats it too
            self._labels[key] = label
        return label

    def table(
        self,
        rows: list[list[Any]],
        fractions: Iterable[float],
        extra: list[tuple[Any, ...]] | None = None,
    ) -> MappedTable:
        widths = [self.width * f for f in fractions]
        # A row taller than a page (a long deliverable) splits inside when two lines fit.
        table = MappedTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=30)
        table.setStyle(st.table_style(grid() + (extra or [])))
        return table
