"""Annotating a draft the way other PDF readers do, with PyMuPDF (MuPDF: what Okular, Evince
and Foxit-like readers write) and pypdf, and mutating it the way officials do (pages deleted,
reordered, extracted; files rewritten; the information dictionary dropped)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from tests.reports.test_pdf_comments import _boxes_on, _inside


@dataclass(frozen=True)
class Spot:
    kind: str
    item_id: str
    page: int  # exported page, 1-based
    x: float  # PDF user space (origin bottom-left)
    y: float


def spots(mapping: dict[str, Any], kind: str, count: int) -> list[Spot]:
    """Up to ``count`` points, each inside one item of ``kind`` and no smaller item, each on a
    different item, spread over the draft."""
    found = []
    for item in [i for i in mapping["items"] if i["kind"] == kind]:
        spot = free_spot(mapping, item)
        if spot is not None:
            found.append(spot)
    step = max(1, len(found) // count)
    return found[::step][:count]


def free_spot(
    mapping: dict[str, Any], item: dict[str, Any], below: float | None = None
) -> Spot | None:
    """The highest point of ``item``'s first box (under ``below`` if given) in no smaller box."""
    span = item["spans"][0]
    page, (x0, y0, x1, y1) = span["page"], span["bbox"]
    others = [b for b, _k, other in _boxes_on(mapping, page) if other != item["id"]]
    area = (x1 - x0) * (y1 - y0)
    x, y = (x0 + x1) / 2, min(y1, below if below is not None else y1) - 4
    while y > y0 + 2:
        nested = [b for b in others if _inside(b, x, y)]
        if all((b[2] - b[0]) * (b[3] - b[1]) >= area for b in nested):
            return Spot(item["kind"], item["id"], page, x, y)
        y -= 2
    return None


def fitz_point(page: pymupdf.Page, x: float, y: float) -> pymupdf.Point:
    return pymupdf.Point(x, y) * page.transformation_matrix


def mu_note(doc: pymupdf.Document, position: int, spot: Spot, text: str, author: str) -> Any:
    """A sticky note at ``spot`` on the page at ``position`` (1-based) of ``doc``."""
    page = doc[position - 1]
    annot = page.add_text_annot(fitz_point(page, spot.x, spot.y), text)
    annot.set_info(title=author, content=text)
    annot.update()
    return annot


def mu_save(doc: pymupdf.Document, target: Path, how: str = "rewrite") -> Path:
    """Save as readers do: ``rewrite`` (full, garbage-collected, compressed) or ``incremental``
    (appended to the file it was opened from)."""
    if how == "incremental":
        doc.saveIncr()
        doc.close()
        return Path(doc.name)
    doc.save(target, garbage=4, deflate=True, clean=True)
    doc.close()
    return target


def mu_delete(source: Path, target: Path, position: int) -> Path:
    doc = pymupdf.open(source)
    doc.delete_page(position - 1)
    return mu_save(doc, target)


def mu_select(source: Path, target: Path, positions: list[int]) -> Path:
    doc = pymupdf.open(source)
    doc.select([p - 1 for p in positions])
    return mu_save(doc, target)


def mu_extract(source: Path, target: Path, first: int, last: int) -> Path:
    """Pages ``first``..``last`` copied into a new document (custom page keys and the document
    information dictionary do not come along)."""
    src = pymupdf.open(source)
    doc = pymupdf.open()
    doc.insert_pdf(src, from_page=first - 1, to_page=last - 1, annots=True)
    return mu_save(doc, target)


def mu_drop_info(source: Path, target: Path, *, xmp: bool = False) -> Path:
    """The document information dictionary replaced by the standard keys only (and, with
    ``xmp``, the XMP metadata removed too)."""
    doc = pymupdf.open(source)
    doc.set_metadata({"title": "Revisado"})
    kind, value = doc.xref_get_key(-1, "Info")
    if kind == "xref":
        doc.xref_set_key(int(value.split()[0]), "cocrea-item-map", "null")
    if xmp:
        doc.del_xml_metadata()
    return mu_save(doc, target)


def pypdf_reorder(source: Path, target: Path, positions: list[int]) -> Path:
    """A new file holding the pages in ``positions`` order (no information dictionary)."""
    reader = PdfReader(source)
    writer = PdfWriter()
    for position in positions:
        writer.add_page(reader.pages[position - 1])
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def pypdf_strip_pages(source: Path, target: Path) -> Path:
    """Every page's own identity and map piece removed: only the drawn text is left."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        if "/CocreaPage" in page:
            del page[NameObject("/CocreaPage")]
        resources = page["/Resources"].get_object()
        if "/Properties" in resources:
            del resources[NameObject("/Properties")]
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


Mutation = Callable[[Path, Path], Path]


class Annotator:
    """Sticky notes and replies (``/IRT``) written by PyMuPDF or by pypdf on a copy of a draft."""

    def __init__(self, library: str, source: Path) -> None:
        self.library = library
        if library == "pymupdf":
            self.doc = pymupdf.open(source)
        else:
            self.writer = PdfWriter(clone_from=PdfReader(source))

    def note(self, spot: Spot, text: str, author: str, reply_to: Any = None) -> Any:
        """Writes a note at ``spot`` (a reply to the note ``reply_to`` if given); returns it."""
        if self.library == "pymupdf":
            page = self.doc[spot.page - 1]
            annot = page.add_text_annot(fitz_point(page, spot.x, spot.y), text)
            annot.set_info(title=author, content=text)
            if reply_to is not None:
                annot.set_irt_xref(reply_to)
            annot.update()
            return annot.xref
        from pypdf.annotations import Text
        from pypdf.generic import TextStringObject

        note = Text(rect=(spot.x, spot.y - 20, spot.x + 20, spot.y), text=text)
        note[NameObject("/T")] = TextStringObject(author)
        if reply_to is not None:
            note[NameObject("/IRT")] = reply_to
        return self.writer.add_annotation(spot.page - 1, note).indirect_reference

    def save(self, target: Path) -> Path:
        if self.library == "pymupdf":
            return mu_save(self.doc, target)
        with open(target, "wb") as handle:
            self.writer.write(handle)
        return target
