"""Page templates and the flowables that remember where things were drawn.

Two kinds of bookkeeping happen while a document is drawn:

- headings record their page (for the table of contents), add a PDF bookmark (outline entry)
  and a link destination;
- items (problems, solutions, commitments, milestones) record the page and the box they occupy,
  for the item map that the review round trip reads back (docs/pdf-item-map.md).

Both are collected by :class:`MappedDocTemplate`, reached from a flowable through
``canv._doctemplate``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table

from cocreation_app.reports.fonts import BOLD, BOLD_ITALIC, embolden_fallback

Box = tuple[float, float, float, float]


@dataclass
class ItemSpan:
    page: int
    bbox: Box


@dataclass
class _Open:
    page: int
    x0: float
    x1: float
    top: float


@dataclass
class Recorder:
    """Where headings and items landed during one layout pass."""

    frame_bottom: float
    frame_top: float
    heading_pages: dict[str, int] = field(default_factory=dict)
    items: dict[tuple[str, str], list[ItemSpan]] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)
    _open: dict[tuple[str, str], _Open] = field(default_factory=dict)

    def start(self, key: tuple[str, str], page: int, x0: float, x1: float, top: float) -> None:
        if key not in self._open and key not in self.items:
            self._open[key] = _Open(page, x0, x1, top)

    def finish(self, key: tuple[str, str], page: int, bottom: float) -> None:
        opened = self._open.pop(key, None)
        if opened is None:
            return
        spans = []
        top = opened.top
        for number in range(opened.page, page + 1):
            low = bottom if number == page else self.frame_bottom
            spans.append(ItemSpan(number, (opened.x0, low, opened.x1, top)))
            top = self.frame_top
        self.items[key] = spans
        self.order.append(key)

    def box(self, key: tuple[str, str], page: int, bbox: Box) -> None:
        if key not in self.items:
            self.items[key] = [ItemSpan(page, bbox)]
            self.order.append(key)


def recorder_of(canv: Canvas) -> Recorder | None:
    doc = getattr(canv, "_doctemplate", None)
    return getattr(doc, "recorder", None)


class Para(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last wrapped at.

    Tables wrap each cell several times (to size rows, to split, to draw); breaking lines once
    per paragraph keeps the PDF close to the cost of plain paragraphs."""

    _wrapped_at: float | None = None

    def __init__(self, text: str | None, style: Any = None, *args: Any, **kw: Any) -> None:
        if isinstance(text, str):  # ReportLab builds split parts from fragments, text None
            bold = style is not None and style.fontName in (BOLD, BOLD_ITALIC)
            text = embolden_fallback(text, bold)
        super().__init__(text, style, *args, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # ReportLab drops the broken lines (``blPara``) when it splits a paragraph between
        # pages; only lines still present may be reused.
        if self._wrapped_at == availWidth and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if height < 0x7FFFFFFF:
            self._wrapped_at = availWidth
        return width, height


def _absolute(canv: Canvas, x: float, y: float) -> tuple[float, float]:
    ax, ay = canv.absolutePosition(x, y)
    return round(ax, 2), round(ay, 2)


class ItemStart(Flowable):
    """Zero-size mark: the item ``key`` begins here (full frame width)."""

    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__()
        self.key = (kind, item_id)
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return 0.0, 0.0

    def draw(self) -> None:
        recorder = recorder_of(self.canv)
        if recorder is not None:
            x0, y = _absolute(self.canv, 0, 0)
            x1, _ = _absolute(self.canv, self.width, 0)
            recorder.start(self.key, self.canv.getPageNumber(), x0, x1, y)


class ItemEnd(ItemStart):
    """Zero-size mark: the item ``key`` ends here."""

    def draw(self) -> None:
        recorder = recorder_of(self.canv)
        if recorder is not None:
            _, y = _absolute(self.canv, 0, 0)
            recorder.finish(self.key, self.canv.getPageNumber(), y)


class Heading(Para):
    """A section title: link destination, outline entry, TOC page, and optionally the start of
    an item."""

    toc_key = ""
    toc_level = 0
    toc_text = ""
    item: tuple[str, str] | None = None

    def draw(self) -> None:
        super().draw()
        if not self.toc_key:
            return
        canv = self.canv
        canv.bookmarkHorizontal(self.toc_key, 0, self.height + 4)
        canv.addOutlineEntry(self.toc_text, self.toc_key, level=self.toc_level, closed=True)
        recorder = recorder_of(canv)
        if recorder is None:
            return
        recorder.heading_pages[self.toc_key] = canv.getPageNumber()
        if self.item is not None:
            x0, top = _absolute(canv, 0, self.height)
            x1, _ = _absolute(canv, self.width, 0)
            recorder.start(self.item, canv.getPageNumber(), x0, x1, top)


def heading(
    text: str, style: Any, key: str, level: int, item: tuple[str, str] | None = None
) -> Heading:
    """``text`` is markup; the outline shows ``plain`` text derived from the same words."""
    para = Heading(text, style)
    para.toc_key = key
    para.toc_level = level
    para.toc_text = para.getPlainText()
    para.item = item
    return para


class ItemCell(Para):
    """The first cell of a table row that stands for an item (a milestone)."""

    item: tuple[str, str] | None = None


def item_cell(text: str, style: Any, kind: str, item_id: str) -> ItemCell:
    cell = ItemCell(text, style)
    cell.item = (kind, item_id)
    return cell


class MappedTable(Table):
    """A table whose rows starting with an :class:`ItemCell` record their box when drawn.

    Split parts are built by ReportLab as ``self.__class__``, so they keep recording. Like
    :class:`Para`, it sizes itself once per width: its cells only hold paragraphs and boxes,
    whose heights do not depend on the space left on the page."""

    _wrapped_at: float | None = None
    _widow_room = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_at is None or self._wrapped_at != availWidth:
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        self.availWidth = availWidth
        return self._width, self._height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """ReportLab's split between rows, moved up so that neither a single row is left alone
        on the next page (a widow under the repeated header) nor a row that belongs with the
        next one (:meth:`keeps_with_next`, a group title) ends this page."""
        if availHeight <= self._widow_room:
            return []  # the room left on purpose at the foot of the previous part's page
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        kept = len(parts[0]._cellvalues) - header
        moved = len(parts[1]._cellvalues) - header
        if kept + moved + header != len(self._cellvalues):
            return parts  # a row was cut in two
        keep = kept - 1 if moved == 1 else kept
        while keep > 0 and self.keeps_with_next(header + keep - 1):
            keep -= 1
        if keep == kept or keep < 1:
            return parts
        earlier = sum(self._rowHeights[: header + keep])
        shifted: list[Flowable] = super().split(availWidth, earlier + 0.5)
        if len(shifted) != 2:
            return parts
        shifted[1]._widow_room = availHeight - earlier + 1
        return shifted

    def keeps_with_next(self, row: int) -> bool:
        """Whether ``row`` must not end a page (none do here)."""
        return False

    def draw(self) -> None:
        super().draw()
        recorder = recorder_of(self.canv)
        if recorder is None:
            return
        positions = self._rowpositions
        x0, _ = _absolute(self.canv, self._colpositions[0], 0)
        x1, _ = _absolute(self.canv, self._colpositions[-1], 0)
        page = self.canv.getPageNumber()
        for index, row in enumerate(self._cellvalues):
            first = row[0]
            if isinstance(first, (list, tuple)):  # ReportLab keeps flowable cells as tuples
                first = first[0] if first else None
            item = getattr(first, "item", None)
            if item is None:
                continue
            _, top = _absolute(self.canv, 0, positions[index])
            _, bottom = _absolute(self.canv, 0, positions[index + 1])
            recorder.box(item, page, (x0, bottom, x1, top))


class RowLabel(Para):
    """The label cell of a two-column form (label, value): when its row is split between pages,
    the part on the next page shows ``continued`` instead of an empty label."""

    continued: RowLabel | None = None


class FormTable(MappedTable):
    """A table of (label, value) rows whose split rows repeat their :class:`RowLabel`; the
    other rows (group titles) stay with the row after them."""

    def keeps_with_next(self, row: int) -> bool:
        first = self._cellvalues[row][0]
        if isinstance(first, (list, tuple)):
            first = first[0] if first else None
        return not isinstance(first, RowLabel)

    def _splitCell(
        self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float
    ) -> Any:
        parts = super()._splitCell(value, style, oldHeight, newHeight, width)
        if not parts or not isinstance(value, (list, tuple)) or not value:
            return parts
        label = value[0]
        if isinstance(label, RowLabel) and parts[0] and not parts[1]:
            return parts[0], (label.continued or label,)
        return parts


class MappedDocTemplate(BaseDocTemplate):
    """A doc template that carries a :class:`Recorder`."""

    def __init__(self, filename: Any, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.recorder = Recorder(self.bottomMargin, self.pagesize[1] - self.topMargin)
