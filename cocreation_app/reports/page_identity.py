"""Which exported page a page of the draft is, wherever it ends up.

Officials delete, reorder and extract pages before they send a draft back, so a page's position
says nothing. Every page carries its identity (plan, draft version, exported page number) three
times, in the places that different PDF tools keep:

- drawn on the page, small, in the bottom margin: «Cocrea · borrador v3 · p. 7 · 9b0c1d2e»
  (the first 8 characters of the plan id); text survives every tool, even those that rebuild
  the page from scratch;
- in the page dictionary (``/CocreaPage``, a text string «plan-id version page»), which page
  selection, deletion and full rewrites keep;
- in a marked-content property list of the page's resources (``/Properties /CocreaPage``),
  around the drawn identifier. Resources are copied with the page even when another document
  takes it in (PyMuPDF's ``insert_pdf``, which drops custom page keys). The property list also
  holds the boxes of the items drawn on that page, so each page carries its own piece of the
  item map (docs/pdf-item-map.md).

The importer (``reports/pdf_comments.py``) trusts a page only when what it finds agrees.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObject, PDFPage, PDFString

from cocreation_app.i18n import translate
from cocreation_app.reports.fonts import FAMILY

PAGE_KEY = "CocreaPage"
PROPERTY_NAME = "CocreaPage"
SHORT_ID = 8
# «Cocrea · <label> v<version> · <p.> <page> · <short plan id>», whatever the label's language.
_DRAWN = re.compile(
    r"Cocrea\s*·[^·\n]{0,40}?v\s*(\d{1,6})\s*·\s*\D{0,8}?(\d{1,6})\s*·\s*([0-9a-f]{8})"
)
_KEY = re.compile(r"^([0-9A-Za-z-]{1,64}) (\d{1,6}) (\d{1,6})$")


@dataclass(frozen=True)
class PageIdentity:
    """What one page says it is. ``plan`` may be only the short form drawn on the page."""

    plan: str
    draft_version: int
    page: int

    def agrees(self, other: PageIdentity) -> bool:
        short = min(len(self.plan), len(other.plan))
        return (
            self.plan[:short] == other.plan[:short]
            and self.draft_version == other.draft_version
            and self.page == other.page
        )


# -- writing (ReportLab) ---------------------------------------------------------------------


class _Marks:
    """Per canvas: the plan drawn, and each page's property list, filled in by :func:`finish`
    once the item map is known (ReportLab writes the objects only when the file is saved)."""

    def __init__(self, canv: Any, plan_id: str, draft_version: int) -> None:
        self.plan_id = plan_id
        self.draft_version = draft_version
        self.items: dict[int, list[dict[str, Any]]] = {}
        doc = canv._doc
        add_page = doc.addPage

        def add(page: PDFPage) -> None:
            number = len(doc.Pages.pages) + 1
            self._extend(page, number)
            add_page(page)

        doc.addPage = add

    def _extend(self, page: PDFPage, number: int) -> None:
        page.__NoDefault__ = [*PDFPage.__NoDefault__, PAGE_KEY]
        setattr(page, PAGE_KEY, PDFString(f"{self.plan_id} {self.draft_version} {number}"))
        check_format = page.check_format
        properties = _PageProperties(self, number)

        def check(document: Any) -> None:
            check_format(document)
            page.Resources.Properties = {PROPERTY_NAME: properties}

        page.check_format = check


class _PageProperties(PDFObject):
    def __init__(self, marks: _Marks, page: int) -> None:
        self.marks = marks
        self.page = page

    def format(self, document: Any) -> bytes:
        data = {
            "format": 1,
            "plan_id": self.marks.plan_id,
            "draft_version": self.marks.draft_version,
            "page": self.page,
            "items": self.marks.items.get(self.page, []),
        }
        text = json.dumps(data, separators=(",", ":"), sort_keys=True)
        entries = {"Type": PDFName("Pagination"), "Cocrea": PDFString(text)}
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def drawn_label(draft_version: int, page: int, plan_id: str) -> str:
    label = translate("reports", "borrador v{version} · p. {page}").format(
        version=draft_version, page=page
    )
    return f"Cocrea · {label} · {plan_id[:SHORT_ID]}"


def mark_page(canv: Any, plan_id: str, draft_version: int) -> None:
    """Draw the page's identifier in the bottom margin (call it from the page decoration)."""
    marks: _Marks | None = getattr(canv, "_cocrea_marks", None)
    if marks is None:
        marks = canv._cocrea_marks = _Marks(canv, plan_id, draft_version)
    width = canv._pagesize[0]
    canv.saveState()
    canv.addLiteral(f"/Artifact /{PROPERTY_NAME} BDC")
    canv.setFont(FAMILY, 5.5)
    canv.setFillGray(0.6)
    canv.drawCentredString(width / 2, 22, drawn_label(draft_version, canv.getPageNumber(), plan_id))
    canv.addLiteral("EMC")
    canv.restoreState()


def finish(canv: Any, mapping: dict[str, Any]) -> None:
    """Give every page's property list the boxes drawn on it (before the canvas is saved)."""
    marks: _Marks | None = getattr(canv, "_cocrea_marks", None)
    if marks is None:
        return
    for item in mapping["items"]:
        for span in item["spans"]:
            entry = {"kind": item["kind"], "id": item["id"], "bbox": span["bbox"]}
            marks.items.setdefault(span["page"], []).append(entry)


# -- reading (pypdf) -------------------------------------------------------------------------


def from_key(page: Any) -> PageIdentity | None:
    """The identity in the page dictionary."""
    match = _KEY.match(str(_get(page, f"/{PAGE_KEY}") or ""))
    if match is None:
        return None
    return PageIdentity(match[1], int(match[2]), int(match[3]))


def page_properties(page: Any) -> dict[str, Any] | None:
    """The page's own piece of the item map (its marked-content property list), or None."""
    resources = _get(page, "/Resources")
    properties = _get(resources, "/Properties")
    entry = _get(properties, f"/{PROPERTY_NAME}")
    raw = _get(entry, "/Cocrea")
    if raw is None or len(str(raw)) > 2_000_000:
        return None
    try:
        data = json.loads(str(raw))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def from_properties(data: dict[str, Any] | None) -> PageIdentity | None:
    if data is None:
        return None
    plan, version, page = data.get("plan_id"), data.get("draft_version"), data.get("page")
    if not isinstance(plan, str) or not isinstance(version, int) or not isinstance(page, int):
        return None
    if not (_small_int(version) and _small_int(page)):
        return None
    return PageIdentity(plan, version, page)


def from_text(text: str) -> PageIdentity | None:
    """The identity drawn on the page, found in its extracted text."""
    found = {(int(m[1]), int(m[2]), m[3]) for m in _DRAWN.finditer(text or "")}
    if len(found) != 1:
        return None  # none, or pages of several drafts overlaid: not a page we can trust
    version, page, plan = found.pop()
    return PageIdentity(plan, version, page)


def _small_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1_000_000


def _get(obj: Any, key: str) -> Any:
    """``obj[key]`` resolved, or None when ``obj`` is not a dictionary or lacks it."""
    try:
        if obj is None:
            return None
        obj = obj.get_object()
        value = obj.get(key) if hasattr(obj, "get") else None
        return value.get_object() if value is not None else None
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
