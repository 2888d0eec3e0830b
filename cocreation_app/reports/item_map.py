"""The item map: which page and box of the draft PDF shows each problem, solution, commitment
and milestone, stored inside the PDF (document information entry ``/cocrea-item-map``).

The review round trip (comments written on the printed or digital draft) reads it back with
:func:`read_item_map`. Format: docs/pdf-item-map.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.reports.layout import Recorder

ITEM_MAP_KEY = "cocrea-item-map"
ITEM_MAP_VERSION = 1


def item_map(plan_id: str, draft_version: int, recorder: Recorder) -> dict[str, Any]:
    items = []
    for kind, item_id in recorder.order:
        spans = recorder.items[(kind, item_id)]
        items.append(
            {
                "kind": kind,
                "id": item_id,
                "page": spans[0].page,
                "bbox": list(spans[0].bbox),
                "spans": [{"page": s.page, "bbox": list(s.bbox)} for s in spans],
            }
        )
    return {
        "format": ITEM_MAP_VERSION,
        "plan_id": plan_id,
        "draft_version": draft_version,
        "items": items,
    }


class ItemMapInfo(PDFInfo):
    """ReportLab's document information dictionary plus the item map entry."""

    item_map_json = "{}"

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        extra = PDFDictionary({ITEM_MAP_KEY: PDFString(self.item_map_json)}).format(document)
        # Both are "<< ... >>": splice our entry in before the closing bracket.
        return formatted.rstrip()[:-2] + extra.strip()[2:]


def write_item_map(doc: Any, mapping: dict[str, Any]) -> None:
    """Put the item map everywhere readers keep something: the information dictionary, the XMP
    metadata and, page by page, the pages themselves (reports/page_identity.py)."""
    from cocreation_app.reports import page_identity, xmp

    text = json.dumps(mapping, separators=(",", ":"), sort_keys=True)
    doc.info.item_map_json = text
    page_identity.finish(doc.canv, mapping)
    body = xmp.descriptions(
        title=str(doc.title or ""),
        author=str(doc.author or ""),
        subject=str(doc.subject or ""),
        language=str(getattr(doc, "lang", "") or ""),
        creator=str(doc.creator or ""),
        created=xmp.timestamp(doc.canv),
        item_map=text,
    )
    xmp.attach(doc.canv, xmp.packet(body))


def install_info(canvas: Any) -> ItemMapInfo:
    """Replace the canvas's info dictionary by one that can carry the item map."""
    info = ItemMapInfo()
    info.__dict__.update(canvas._doc.info.__dict__)
    canvas._doc.info = info
    return info


@contextlib.contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes on a damaged file; the user gets one clear line instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


MAX_DRAFT_VERSION = 1_000_000
MAX_MAP_CHARS = 20 * 1024 * 1024
MAP_KINDS = ("problems", "solutions", "commitments", "milestones")
Box = tuple[float, float, float, float]


def _damaged(path: Path, what: str) -> UserError:
    return UserError(
        translate("reports", "El mapa de elementos de «{path}» está dañado: {what}").format(
            path=path.name, what=what
        )
    )


def parse_item_map(raw: Any, path: Path) -> dict[str, Any]:
    """The item map text of ``path`` checked field by field (a clear message for each fault):
    ``{"plan_id", "draft_version", "pages": {page: [(box, kind, id), ...]}}``."""
    if len(str(raw)) > MAX_MAP_CHARS:
        raise _damaged(path, translate("reports", "es demasiado grande."))
    try:
        data = json.loads(str(raw))
    except (ValueError, RecursionError) as exc:
        raise _damaged(path, translate("reports", "no es JSON válido.")) from exc
    if not isinstance(data, dict):
        raise _damaged(path, translate("reports", "no es un objeto JSON."))
    plan_id = data.get("plan_id")
    if not isinstance(plan_id, str) or not 0 < len(plan_id) <= 64:
        raise _damaged(path, translate("reports", "no dice a qué plan pertenece."))
    version = data.get("draft_version")
    if not _whole(version, MAX_DRAFT_VERSION):
        raise _damaged(
            path,
            translate("reports", "la versión del borrador ({value}) no es válida.").format(
                value=_shown(version)
            ),
        )
    items = data.get("items")
    if not isinstance(items, list):
        raise _damaged(path, translate("reports", "«items» no es una lista."))
    return {"plan_id": plan_id, "draft_version": version, "pages": parse_items(items, path)}


def parse_items(items: list[Any], path: Path) -> dict[int, list[tuple[Box, str, str]]]:
    pages: dict[int, list[tuple[Box, str, str]]] = {}
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise _item_fault(path, number, translate("reports", "no es un objeto."))
        kind, item_id = item.get("kind"), item.get("id")
        if kind not in MAP_KINDS or not isinstance(item_id, str) or not 0 < len(item_id) <= 64:
            raise _item_fault(path, number, translate("reports", "no dice qué elemento es."))
        spans = item.get("spans")
        if spans is None:
            spans = [{"page": item.get("page"), "bbox": item.get("bbox")}]
        if not isinstance(spans, list):
            raise _item_fault(path, number, translate("reports", "«spans» no es una lista."))
        for span in spans:
            page = span.get("page") if isinstance(span, dict) else None
            if not isinstance(page, int) or not _whole(page, MAX_DRAFT_VERSION):
                raise _item_fault(path, number, translate("reports", "su página no es válida."))
            box = _box(span.get("bbox"))
            if box is None:
                raise _item_fault(path, number, translate("reports", "su recuadro no es válido."))
            pages.setdefault(page, []).append((box, kind, item_id))
    return pages


def _item_fault(path: Path, number: int, what: str) -> UserError:
    return _damaged(
        path,
        translate("reports", "el elemento {number} {what}").format(number=number, what=what),
    )


def _box(value: Any) -> Box | None:
    if not isinstance(value, list) or len(value) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    if not all(abs(v) < 1e6 for v in (x0, y0, x1, y1)):
        return None  # also rejects NaN and infinities
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _whole(value: Any, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= limit


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 24 else text[:20] + "…"


def read_item_map(pdf_path: Path | str) -> dict[str, Any]:
    """The item map of a draft exported by Cocrea (from the information dictionary, else the XMP
    metadata), as written; a clear error for any other file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from cocreation_app.reports import xmp

    path = Path(pdf_path)
    if not path.is_file():
        raise UserError(translate("reports", "No existe el archivo «{path}».").format(path=path))
    try:
        with quiet_pypdf():
            reader = PdfReader(path)
            metadata: Any = reader.metadata or {}
            raw = metadata.get(f"/{ITEM_MAP_KEY}")
            if raw is None:
                raw = xmp.read_item_map(reader)
        data = json.loads(str(raw)) if raw is not None else None
    except OSError as exc:
        raise UserError(
            translate("reports", "No se pudo leer el PDF «{path}»: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    except (PdfReadError, ValueError) as exc:
        raise UserError(
            translate("reports", "«{path}» no es un PDF válido o está dañado.").format(path=path)
        ) from exc
    if not isinstance(data, dict) or "items" not in data:
        raise UserError(
            translate("reports", "«{path}» no es un borrador de plan exportado por Cocrea.").format(
                path=path
            )
        )
    return data
