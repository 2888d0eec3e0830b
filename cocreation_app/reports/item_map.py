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


def read_item_map(pdf_path: Path | str) -> dict[str, Any]:
    """The item map of a draft exported by Cocrea; a clear error for any other file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    path = Path(pdf_path)
    if not path.is_file():
        raise UserError(translate("reports", "No existe el archivo «{path}».").format(path=path))
    try:
        with quiet_pypdf():
            metadata: Any = PdfReader(path).metadata or {}
        raw = metadata.get(f"/{ITEM_MAP_KEY}")
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
