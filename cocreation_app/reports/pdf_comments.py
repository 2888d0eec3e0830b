"""Comments written on a draft PDF in any PDF reader, brought back as observations.

Officials without the app annotate the draft (sticky notes, highlights, strike-outs, boxes,
stamps, review states...), and may delete, reorder or extract pages first. Each annotated page
is identified as the exported page it is (reports/page_identity.py), not by its position; the
annotation's anchor point is looked up among that page's item boxes (docs/pdf-item-map.md) and
the smallest box that contains it names the item. A comment is placed on its true item or
listed as unplaced with the reason, never placed on another item.

An annotation's observation id is derived from the annotation itself (plan, exported page, its
/NM name or its rectangle, text, author), so importing the same notes twice, or from a
reordered copy, adds nothing the second time.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.models import Comment, Plan
from cocreation_app.reports import pdf_verdicts
from cocreation_app.reports.item_map import Box, quiet_pypdf
from cocreation_app.reports.pdf_annotations import (
    MAX_ANNOTATIONS,
    MAX_ENTRIES,
    Annotation,
    Fault,
    count_annotations,
    read_page,
    too_many,
)
from cocreation_app.reports.returned_draft import (
    DocumentMap,
    PageInfo,
    document_map,
    identify_page,
    open_draft,
)
from cocreation_app.services.entities import rows_of
from cocreation_app.services.registry import KINDS
from cocreation_app.services.review import (
    ReviewService,
    item_title,
    load_plan_items,
    plan_of_item,
)
from cocreation_app.storage import Database

# Fixed namespace for observation ids made from PDF annotations (never change it).
_NAMESPACE = uuid.UUID("6f1c2a7e-2b0d-4c59-9a51-3c0d7e6b9f10")


def _tr(text: str) -> str:
    return translate("review", text)


@dataclass
class PdfComment:
    """One annotation read from the PDF and what became of it."""

    page: int  # position in the returned file
    subtype: str
    text: str
    author: str
    verdict: str
    anchor: tuple[float, float] | None
    observation_id: str
    exported_page: int | None = None  # the page of the exported draft it was written on
    target_kind: str | None = None
    target_id: str | None = None
    target_title: str = ""
    reply_to: str | None = None
    marked: str = ""  # the words a highlight, underline, strike-out or squiggly marks
    subject: str = ""
    status: str = "unplaced"  # added | existing | unplaced
    # Why an unplaced comment has no item: see :func:`reason_text`.
    reason: str = "outside"
    detail: str = ""  # for "unreadable": what is wrong with it


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


def reason_text(comment: PdfComment) -> str:
    """Why ``comment`` was not placed, in a few words."""
    reasons = {
        "outside": _tr("no está sobre ningún elemento"),
        "deleted": _tr("el elemento ya no existe"),
        "unknown_page": _tr("la página no se reconoce como página del borrador"),
        "page_mismatch": _tr("la página no coincide con el borrador (¿se mezclaron borradores?)"),
        "no_map": _tr("el PDF ya no tiene el mapa de elementos de esa página"),
        "orphan_reply": _tr("responde a un comentario que no se pudo ubicar"),
        "unreadable": comment.detail,
    }
    return reasons.get(comment.reason, comment.reason)


@dataclass
class _Read:
    """What the file says, before anything is looked up in the database."""

    plan_id: str
    draft_version: int
    pages: dict[int, PageInfo]
    annotations: list[Annotation]
    faults: list[Fault]


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
    read = _read(path)
    result = PdfImport(read.plan_id, read.draft_version)
    review = ReviewService(db)
    with review.entities.action() as (session, scope):
        plan = session.get(Plan, read.plan_id)
        if plan is None or plan.deleted:
            raise UserError(
                _tr(
                    "El plan de este PDF ({plan}) no está en esta base de datos; importe antes "
                    "el paquete del plan."
                ).format(plan=read.plan_id)
            )
        for fault in read.faults:
            result.comments.append(_fault_comment(fault))
        # Held until the end: the session then finds every item below without a query.
        _items = load_plan_items(session, read.plan_id)
        comments = _place(session, read, author)
        result.comments += comments
        placed = [c for c in comments if c.target_kind is not None and c.target_id is not None]
        ids = [c.observation_id for c in placed]
        existing = {row.id: row for row in rows_of(session, Comment, ids)}
        if not dry_run:
            scope.writer.prefetch("comments", ids)
        titles: dict[tuple[str, str], str] = {}
        seen: set[str] = set()
        for comment in placed:
            target = (comment.target_kind or "", comment.target_id or "")
            if target not in titles:
                titles[target] = item_title(session, *target)
            comment.target_title = titles[target]
            found = existing.get(comment.observation_id)
            if found is not None or comment.observation_id in seen:
                comment.status = "existing"
                explicit = comment.verdict in ("approve", "request_changes")
                if found is not None and explicit and found.verdict != comment.verdict:
                    # A review state set after the first import: the reader's explicit verdict.
                    update = {"verdict": comment.verdict}
                    if not dry_run:
                        review.entities.update_in(
                            session, scope, KINDS["comments"], found.id, update
                        )
                continue
            seen.add(comment.observation_id)
            comment.status = "added"
            if not dry_run:
                review.add_observation_in(
                    session,
                    scope,
                    *target,
                    comment.text,
                    author=comment.author,
                    institution=institution,
                    verdict=comment.verdict,
                    source="pdf",
                    draft_version=read.draft_version,
                    observation_id=comment.observation_id,
                    reply_to_id=comment.reply_to,
                    anchor=_anchor_text(comment),
                )
    return result


def _read(path: Path) -> _Read:
    from pypdf.errors import PdfReadError

    reader = open_draft(path)
    try:
        with quiet_pypdf():
            total = count_annotations(reader)
            if total > MAX_ENTRIES:
                raise UserError(too_many(total, MAX_ENTRIES))
            document = document_map(reader, path)
            pages: dict[int, PageInfo] = {}
            annotations: list[Annotation] = []
            faults: list[Fault] = []
            for position, page in enumerate(reader.pages, start=1):
                found, bad = read_page(page, position)
                annotations += found
                faults += bad
                if len(annotations) + len(faults) > MAX_ANNOTATIONS:
                    raise UserError(too_many(len(annotations) + len(faults), MAX_ANNOTATIONS))
                if found:
                    pages[position] = identify_page(page, position, document, path)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise UserError(
            _tr("No se pudieron leer los comentarios de «{path}»: {reason}").format(
                path=path.name, reason=exc
            )
        ) from exc
    plan_id, version = _plan_of(document, pages.values(), path)
    return _Read(plan_id, version, pages, annotations, faults)


def _plan_of(document: DocumentMap | None, pages: Any, path: Path) -> tuple[str, int]:
    if document is not None:
        return document.plan_id, document.draft_version
    identities = [p.identity for p in pages if p.identity is not None]
    full = [i for i in identities if len(i.plan) > 8]
    if full:
        return full[0].plan, full[0].draft_version
    if identities:
        raise UserError(
            _tr(
                "«{path}» es un borrador de Cocrea, pero el lector de PDF borró el mapa de sus "
                "elementos y no se puede saber sobre qué elemento está cada comentario. "
                "Pida que guarden los comentarios sobre el PDF original, o expórtelos desde el "
                "lector (FDF/XFDF) y agréguelos a mano."
            ).format(path=path.name)
        )
    raise UserError(
        translate("reports", "«{path}» no es un borrador de plan exportado por Cocrea.").format(
            path=path
        )
    )


def _place(session: Session, read: _Read, author: str | None) -> list[PdfComment]:
    """Each annotation as a comment on its item (or unplaced), replies after their parents."""
    states = [a for a in read.annotations if a.irt is not None and a.state]
    notes = [a for a in read.annotations if not (a.irt is not None and a.state)]
    by_ref: dict[tuple[int, int], PdfComment] = {}
    comments: list[PdfComment] = []
    pending = list(notes)
    while pending:
        waiting = []
        for annotation in pending:
            parent_ref = annotation.irt
            unresolved = parent_ref is not None and parent_ref not in by_ref
            if unresolved and any(a.ref == parent_ref for a in pending):
                waiting.append(annotation)
                continue
            comment = _comment(read, annotation, author)
            if parent_ref is not None:
                _attach_reply(comment, by_ref.get(parent_ref))
            else:
                _locate_note(session, read, annotation, comment)
            comments.append(comment)
            if annotation.ref is not None:
                by_ref[annotation.ref] = comment
        if len(waiting) == len(pending):  # a loop of replies: none of them has a parent
            for annotation in waiting:
                comment = _comment(read, annotation, author)
                comment.reason = "orphan_reply"
                comments.append(comment)
            break
        pending = waiting
    for state in states:
        verdict = pdf_verdicts.from_state(state.state, state.state_model)
        parent = by_ref.get(state.irt) if state.irt is not None else None
        if verdict is not None and parent is not None:
            parent.verdict = verdict  # the latest state set wins (they are stored in order)
    return comments


def _attach_reply(comment: PdfComment, parent: PdfComment | None) -> None:
    if parent is None or parent.target_kind is None:
        comment.reason = parent.reason if parent is not None else "orphan_reply"
        if comment.reason == "outside":
            comment.reason = "orphan_reply"
        return
    comment.target_kind, comment.target_id = parent.target_kind, parent.target_id
    comment.reply_to = parent.observation_id


def _locate_note(
    session: Session, read: _Read, annotation: Annotation, comment: PdfComment
) -> None:
    info = read.pages.get(annotation.position)
    if info is None or info.fault is not None:
        comment.reason = info.fault if info is not None and info.fault else "unknown_page"
        return
    if info.boxes is None:
        comment.reason = "no_map"
        return
    target = _locate(info.boxes, annotation.anchor)
    if target is None:
        return
    if not _live(session, *target) or plan_of_item(session, *target) != read.plan_id:
        comment.reason = "deleted"
        return
    comment.target_kind, comment.target_id = target


def _live(session: Session, kind: str, item_id: str) -> bool:
    spec = KINDS.get(kind)
    row: Any = session.get(spec.model, item_id) if spec is not None else None
    return row is not None and not row.deleted


def kind_label(subtype: str) -> str:
    """The reader's name for an annotation type («Tachado» for /StrikeOut)."""
    labels = {
        "Highlight": _tr("Resaltado"),
        "Underline": _tr("Subrayado"),
        "StrikeOut": _tr("Tachado"),
        "Squiggly": _tr("Subrayado ondulado"),
        "Text": _tr("Nota"),
        "FreeText": _tr("Cuadro de texto"),
        "Square": _tr("Rectángulo"),
        "Circle": _tr("Círculo"),
        "Line": _tr("Línea"),
        "Polygon": _tr("Polígono"),
        "PolyLine": _tr("Polilínea"),
        "Ink": _tr("Trazo a mano"),
        "Caret": _tr("Marca de inserción"),
        "Stamp": _tr("Sello"),
    }
    return labels.get(subtype, subtype)


def _comment(read: _Read, annotation: Annotation, author: str | None) -> PdfComment:
    info = read.pages.get(annotation.position)
    exported = info.identity.page if info is not None and info.identity is not None else None
    place: Any = annotation.name or [round(v, 1) for v in annotation.rect]
    key = json.dumps(
        [
            read.plan_id,
            exported if exported is not None else f"at {annotation.position}",
            place,
            annotation.text,
            annotation.author,
        ],
        ensure_ascii=False,
    )
    if annotation.name:
        key = json.dumps(["nm", key, annotation.subtype], ensure_ascii=False)
    return PdfComment(
        page=annotation.position,
        subtype=annotation.subtype,
        text=_observation_text(annotation),
        author=(author or "").strip() or annotation.author or _tr("Persona revisora sin nombre"),
        verdict=_verdict(annotation),
        anchor=annotation.anchor,
        observation_id=str(uuid.uuid5(_NAMESPACE, key)),
        exported_page=exported,
        marked=annotation.marked,
        subject=annotation.subject,
    )


def _observation_text(annotation: Annotation) -> str:
    """The comment's own text, then what it marks; a stamp or a bare drawing says what it is."""
    parts = [annotation.text] if annotation.text else []
    if annotation.marked:
        parts.append(
            _tr("{kind}: «{words}»").format(
                kind=kind_label(annotation.subtype), words=annotation.marked
            )
        )
    if not parts and annotation.subtype == "Stamp":
        name = annotation.subject or annotation.stamp
        parts.append(_tr("Sello «{name}»").format(name=name) if name else kind_label("Stamp"))
    if not parts:
        parts.append(_tr("({kind} sin comentario)").format(kind=kind_label(annotation.subtype)))
    return "\n".join(parts)


def _verdict(annotation: Annotation) -> str:
    if annotation.subtype == "Stamp":
        stamped = pdf_verdicts.from_stamp(annotation.stamp, annotation.subject, annotation.text)
        if stamped is not None:
            return stamped
    explicit = pdf_verdicts.from_prefix(annotation.text)
    if explicit is not None:
        return explicit
    if annotation.irt is not None:
        return "comment"  # a reply's words are a conversation, not a verdict on the item
    return pdf_verdicts.proposal(annotation.text)


def _anchor_text(comment: PdfComment) -> str | None:
    """Where the comment was written on the exported draft: ``page x y`` (comments.anchor)."""
    if comment.exported_page is None or comment.anchor is None:
        return None
    x, y = comment.anchor
    return f"{comment.exported_page} {x:.1f} {y:.1f}"


def _fault_comment(fault: Fault) -> PdfComment:
    return PdfComment(
        page=fault.position,
        subtype=fault.subtype,
        text=fault.text,
        author="",
        verdict="comment",
        anchor=None,
        observation_id="",
        reason="unreadable",
        detail=fault.reason,
    )


def _locate(
    boxes: list[tuple[Box, str, str]], point: tuple[float, float]
) -> tuple[str, str] | None:
    """The item whose box contains ``point``; the smallest one when boxes nest (a milestone's
    row inside its commitment)."""
    x, y = point
    found = [
        ((b[2] - b[0]) * (b[3] - b[1]), kind, item_id)
        for b, kind, item_id in boxes
        if b[0] <= x <= b[2] and b[1] <= y <= b[3]
    ]
    if not found:
        return None
    _area, kind, item_id = min(found)
    return kind, item_id
