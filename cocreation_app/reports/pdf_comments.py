"""Comments written on a draft PDF in any PDF reader, brought back as observations.

An official without the app adds sticky notes (``/Text``), highlights (``/Highlight``), text
boxes (``/FreeText``) or rectangles (``/Square``) to the draft. The draft carries an item map
(docs/pdf-item-map.md): the page and box of every problem, solution, commitment and milestone.
Each annotation's anchor point is looked up there, and the smallest box that contains it names
the item. Notes that fall outside every box are reported, never dropped silently.

An annotation's observation id is derived from the annotation itself (plan, page, rectangle, text,
author), so importing the same PDF twice adds nothing the second time.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.models import Comment, Plan
from cocreation_app.reports.item_map import quiet_pypdf, read_item_map
from cocreation_app.services.registry import KINDS
from cocreation_app.services.review import ReviewService, guess_verdict, item_title, plan_of_item
from cocreation_app.storage import Database

# Fixed namespace for observation ids made from PDF annotations (never change it).
_NAMESPACE = uuid.UUID("6f1c2a7e-2b0d-4c59-9a51-3c0d7e6b9f10")
SUBTYPES = ("/Text", "/Highlight", "/FreeText", "/Square")


def _tr(text: str) -> str:
    return translate("review", text)


@dataclass
class PdfComment:
    """One annotation read from the PDF and what became of it."""

    page: int
    subtype: str
    text: str
    author: str
    verdict: str
    anchor: tuple[float, float]
    observation_id: str
    target_kind: str | None = None
    target_id: str | None = None
    target_title: str = ""
    reply_to: str | None = None
    status: str = "unplaced"  # added | existing | unplaced
    # Why an unplaced comment has no item: "outside" every item box, or its item was "deleted".
    reason: str = "outside"


@dataclass
class PdfImport:
    plan_id: str
    draft_version: int
    comments: list[PdfComment] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for c in self.comments if c.status == status)

    @property
    def unplaced(self) -> list[PdfComment]:
        return [c for c in self.comments if c.status == "unplaced"]


@dataclass
class _Annotation:
    ref: tuple[int, int] | None
    irt: tuple[int, int] | None
    page: int
    subtype: str
    rect: tuple[float, float, float, float]
    anchor: tuple[float, float]
    text: str
    raw_author: str


def import_pdf_comments(
    db: Database,
    pdf_path: Path | str,
    *,
    author: str | None = None,
    institution: str | None = None,
    dry_run: bool = False,
) -> PdfImport:
    """Read the annotations of a Cocrea draft PDF and attach each one to the item under it.

    All observations are written in one transaction (none with ``dry_run``)."""
    path = Path(pdf_path)
    mapping = read_item_map(path)
    plan_id = str(mapping.get("plan_id") or "")
    draft_version = _int(mapping.get("draft_version")) or 1
    boxes = _boxes(mapping)
    annotations = _read_annotations(path)
    result = PdfImport(plan_id, draft_version)
    review = ReviewService(db)
    with review.entities.action() as (session, scope):
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise UserError(
                _tr(
                    "El plan de este PDF ({plan}) no está en esta base de datos; importe antes "
                    "el paquete del plan."
                ).format(plan=plan_id)
            )
        by_ref: dict[tuple[int, int], PdfComment] = {}
        # Notes first, then replies (/IRT), so that a reply finds its note.
        for annotation in sorted(annotations, key=lambda a: a.irt is not None):
            comment = _comment(plan_id, annotation, author)
            result.comments.append(comment)
            if annotation.ref is not None:
                by_ref[annotation.ref] = comment
            parent = by_ref.get(annotation.irt) if annotation.irt is not None else None
            if annotation.irt is not None:
                if parent is None or parent.target_kind is None:
                    continue
                comment.target_kind, comment.target_id = parent.target_kind, parent.target_id
                comment.reply_to = parent.observation_id
            else:
                target = _locate(boxes, annotation.page, annotation.anchor)
                if target is None:
                    continue
                if not _live(session, *target) or plan_of_item(session, *target) != plan_id:
                    comment.reason = "deleted"
                    continue
                comment.target_kind, comment.target_id = target
            assert comment.target_kind is not None and comment.target_id is not None
            comment.target_title = item_title(session, comment.target_kind, comment.target_id)
            existing = session.get(Comment, comment.observation_id)
            if existing is not None:
                comment.status = "existing"
                continue
            comment.status = "added"
            if not dry_run:
                review.add_observation_in(
                    session,
                    scope,
                    comment.target_kind,
                    comment.target_id,
                    comment.text,
                    author=comment.author,
                    institution=institution,
                    verdict=comment.verdict,
                    source="pdf",
                    draft_version=draft_version,
                    observation_id=comment.observation_id,
                    reply_to_id=comment.reply_to,
                )
    return result


def _live(session: Session, kind: str, item_id: str) -> bool:
    spec = KINDS.get(kind)
    row: Any = session.get(spec.model, item_id) if spec is not None else None
    return row is not None and not row.deleted


def _comment(plan_id: str, annotation: _Annotation, author: str | None) -> PdfComment:
    text = annotation.text or _tr("(resaltado sin comentario)")
    key = json.dumps(
        [
            plan_id,
            annotation.page,
            [round(v, 1) for v in annotation.rect],
            annotation.text,
            annotation.raw_author,
        ],
        ensure_ascii=False,
    )
    return PdfComment(
        page=annotation.page,
        subtype=annotation.subtype.lstrip("/"),
        text=text,
        author=(author or "").strip()
        or annotation.raw_author
        or _tr("Persona revisora sin nombre"),
        verdict=guess_verdict(annotation.text) if annotation.irt is None else "comment",
        anchor=annotation.anchor,
        observation_id=str(uuid.uuid5(_NAMESPACE, key)),
    )


Box = tuple[float, float, float, float]


def _boxes(mapping: dict[str, Any]) -> dict[int, list[tuple[Box, str, str]]]:
    """Per page (1-based), every item box on it: an item spanning pages has one box per page."""
    pages: dict[int, list[tuple[Box, str, str]]] = {}
    for item in mapping.get("items") or []:
        if not isinstance(item, dict):
            continue
        spans = item.get("spans") or [{"page": item.get("page"), "bbox": item.get("bbox")}]
        for span in spans:
            page, bbox = _int(span.get("page")), span.get("bbox")
            if page is None or not isinstance(bbox, list) or len(bbox) != 4:
                continue
            x0, y0, x1, y1 = (float(v) for v in bbox)
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            pages.setdefault(page, []).append((box, str(item.get("kind")), str(item.get("id"))))
    return pages


def _locate(
    boxes: dict[int, list[tuple[Box, str, str]]], page: int, point: tuple[float, float]
) -> tuple[str, str] | None:
    """The item whose box on ``page`` contains ``point``; the smallest one when boxes nest
    (a milestone's row inside its commitment)."""
    x, y = point
    found = [
        ((b[2] - b[0]) * (b[3] - b[1]), kind, item_id)
        for b, kind, item_id in boxes.get(page, [])
        if b[0] <= x <= b[2] and b[1] <= y <= b[3]
    ]
    if not found:
        return None
    _area, kind, item_id = min(found)
    return kind, item_id


def _read_annotations(path: Path) -> list[_Annotation]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with quiet_pypdf():
            reader = PdfReader(path)
            found: list[_Annotation] = []
            for index, page in enumerate(reader.pages, start=1):
                for entry in page.get("/Annots") or []:
                    annotation = _annotation(entry, index)
                    if annotation is not None:
                        found.append(annotation)
        return found
    except (OSError, PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            _tr("No se pudieron leer los comentarios de «{path}»: {reason}").format(
                path=path, reason=exc
            )
        ) from exc


def _annotation(entry: Any, page: int) -> _Annotation | None:
    ref = (entry.idnum, entry.generation) if hasattr(entry, "idnum") else None
    obj = entry.get_object()
    subtype = str(obj.get("/Subtype", ""))
    if subtype not in SUBTYPES or "/State" in obj:
        return None  # popups, links, review-state marks
    rect = _rect(obj.get("/Rect"))
    if rect is None:
        return None
    irt_entry = obj.get("/IRT")
    irt = (irt_entry.idnum, irt_entry.generation) if hasattr(irt_entry, "idnum") else None
    return _Annotation(
        ref=ref,
        irt=irt,
        page=page,
        subtype=subtype,
        rect=rect,
        anchor=_anchor(subtype, rect, obj.get("/QuadPoints")),
        text=_text(obj),
        raw_author=_clean(obj.get("/T")),
    )


def _anchor(subtype: str, rect: Box, quads: Any) -> tuple[float, float]:
    """Where the official pointed: a sticky note's top-left corner (its icon hangs from the
    clicked point), the middle of a highlight's first marked line, the middle of a box."""
    x0, y0, x1, y1 = rect
    if subtype == "/Text":
        return x0, y1
    if subtype == "/Highlight" and quads is not None:
        values = [float(v) for v in list(quads)[:8]]
        if len(values) == 8:
            xs, ys = values[0::2], values[1::2]
            return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return (x0 + x1) / 2, (y0 + y1) / 2


def _rect(value: Any) -> Box | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in list(value))
    except (TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _text(obj: Any) -> str:
    text = _clean(obj.get("/Contents"))
    if not text and obj.get("/RC") is not None:
        # Rich text (XHTML) written by some readers when /Contents is empty.
        text = _clean(re.sub(r"<[^>]+>", " ", str(obj.get("/RC"))))
    return text


def _clean(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
