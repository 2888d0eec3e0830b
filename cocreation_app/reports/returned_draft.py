"""A draft PDF that comes back from a reviewer: opened with limits, checked for damage, and its
item map found wherever a PDF reader left it (docs/pdf-item-map.md, docs/review.md).

Limits are checked before anything large is parsed, so a refusal is quick and small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreation_app.errors import UserError
from cocreation_app.i18n import format_integer, translate
from cocreation_app.reports import page_identity, xmp
from cocreation_app.reports.item_map import ITEM_MAP_KEY, Box, parse_item_map, quiet_pypdf
from cocreation_app.reports.pdf_annotations import MAX_TEXT

MAX_FILE_BYTES = 50 * 1024 * 1024
# Objects in the file (its trailer's /Size). A 1,000-page draft has about 9,000 and each comment
# adds two or three; pypdf checks every object when it opens a file, about 30 µs each.
MAX_OBJECTS = 40_000
# After the last %%EOF a writer may leave a line break; more than this is a cut or damaged file.
_TAIL = 1024

Pages = dict[int, list[tuple[Box, str, str]]]


def _tr(text: str) -> str:
    return translate("review", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("review", text, n)


@dataclass
class DocumentMap:
    """The item map of the whole draft (from the information dictionary or the XMP metadata)."""

    plan_id: str
    draft_version: int
    pages: Pages
    source: str  # "info" | "xmp"


def open_draft(path: Path) -> Any:
    """A pypdf reader on ``path``, or a clear refusal: missing, too large, cut, damaged, locked."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not path.is_file():
        raise UserError(translate("reports", "No existe el archivo «{path}».").format(path=path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                _tr(
                    "«{path}» pesa {size} MB; el límite para importar comentarios es {limit} MB. "
                    "Guarde el PDF sin imágenes agregadas o divida la revisión en varios archivos."
                ).format(
                    path=path.name,
                    size=format_integer(size // (1024 * 1024)),
                    limit=format_integer(MAX_FILE_BYTES // (1024 * 1024)),
                )
            )
        with open(path, "rb") as handle:
            data = handle.read()
        head, tail = data[:1024], data[-_TAIL:]
        objects = _declared_objects(data, tail)
    except OSError as exc:
        raise UserError(
            translate("reports", "No se pudo leer el PDF «{path}»: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if b"%PDF-" not in head:
        raise UserError(
            translate("reports", "«{path}» no es un PDF válido o está dañado.").format(path=path)
        )
    if not _ends_cleanly(tail):
        raise UserError(
            _tr(
                "«{path}» está incompleto o dañado: le falta el final (el archivo se cortó al "
                "copiarlo o al descargarlo). Los comentarios guardados al final se perderían; "
                "pida que se lo envíen de nuevo."
            ).format(path=path.name)
        )
    if _has_huge_text(data):
        raise UserError(
            _tr(
                "«{path}» tiene un comentario o un nombre de autoría de más de {limit} "
                "caracteres: no es una revisión que se pueda importar."
            ).format(path=path.name, limit=format_integer(MAX_TEXT))
        )
    if objects > MAX_OBJECTS:
        raise UserError(
            _trn(
                "«{path}» tiene %Ln objetos PDF; el límite para importar comentarios es "
                "{limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios "
                "archivos.",
                objects,
            ).format(
                path=path.name,
                limit=format_integer(MAX_OBJECTS),
            )
        )
    try:
        with quiet_pypdf():
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UserError(
                    _tr(
                        "«{path}» está protegido con contraseña. Pida una copia sin contraseña "
                        "(en el lector de PDF: guardar sin seguridad)."
                    ).format(path=path.name)
                )
            len(reader.pages)
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise UserError(
            translate("reports", "«{path}» no es un PDF válido o está dañado.").format(path=path)
        ) from exc
    return reader


# An annotation's text, author, rich text or subject written as a string in the file.
_TEXT_ENTRY = re.compile(rb"/(?:Contents|T|RC|Subj)\s*([(<])(?!<)")
_LITERAL = re.compile(rb"\((?:[^\\()]|\\.|\((?:[^\\()]|\\.)*\))*\)", re.S)
_HEX = re.compile(rb"<[0-9A-Fa-f\s]*>")
# Bytes a string of MAX_TEXT characters can take at most (UTF-16, every byte as an escape).
_STRING_BYTES = 8 * MAX_TEXT + 64


def _has_huge_text(data: bytes) -> bool:
    """Whether an annotation string is far beyond the limits, found in the raw file before
    pypdf parses it (pypdf reads a 5 MB string in seconds). Strings inside compressed object
    streams are not seen here; the limits of reports/pdf_annotations.py still apply to them."""
    for match in _TEXT_ENTRY.finditer(data):
        start = match.start(1)
        end = start + _STRING_BYTES
        pattern = _LITERAL if match[1] == b"(" else _HEX
        if pattern.match(data, start, end) is None and not _closes(data, start, end):
            return True
    return False


def _closes(data: bytes, start: int, end: int) -> bool:
    """Whether the string at ``start`` ends before ``end`` (deeply nested parentheses)."""
    if data[start : start + 1] == b"<":
        return data.find(b">", start, end) >= 0
    depth, index = 0, start
    while index < min(end, len(data)):
        byte = data[index]
        if byte == 0x5C:  # backslash: the next byte is escaped
            index += 2
            continue
        depth += (byte == 0x28) - (byte == 0x29)
        if depth == 0:
            return True
        index += 1
    return False


def _declared_objects(data: bytes, tail: bytes) -> int:
    """The /Size of the last cross-reference section: in the trailer at the end of the file, or
    in the dictionary of the cross-reference stream that ``startxref`` points at. 0 if unknown
    (pypdf then decides whether the file can be read)."""
    found = re.findall(rb"/Size\s+(\d{1,12})", tail)
    if not found:
        start = re.findall(rb"startxref\s+(\d{1,15})", tail)
        if start:
            offset = int(start[-1])
            found = re.findall(rb"/Size\s+(\d{1,12})", data[offset : offset + 4096])
    return int(found[-1]) if found else 0


def _ends_cleanly(tail: bytes) -> bool:
    end = tail.rfind(b"%%EOF")
    return end >= 0 and not tail[end + 5 :].strip(b" \t\r\n\x00")


def document_map(reader: Any, path: Path) -> DocumentMap | None:
    """The whole item map, from the information dictionary, else the XMP metadata.

    A map that is there but damaged gives its own message unless the other carrier is sound."""
    fault: UserError | None = None
    for source, raw in (("info", _info_map(reader)), ("xmp", xmp.read_item_map(reader))):
        if raw is None:
            continue
        try:
            parsed = parse_item_map(raw, path)
        except UserError as exc:
            fault = fault or exc
            continue
        return DocumentMap(parsed["plan_id"], parsed["draft_version"], parsed["pages"], source)
    if fault is not None:
        raise fault
    return None


def _info_map(reader: Any) -> Any:
    try:
        from pypdf.generic import NullObject

        info: Any = reader.trailer.get("/Info")
        info = info.get_object() if info is not None else None
        value = info.get(f"/{ITEM_MAP_KEY}") if hasattr(info, "get") else None
        value = value.get_object() if value is not None else None
        return None if isinstance(value, NullObject) else value
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


@dataclass
class PageInfo:
    """What a page of the returned file is, and where its items are."""

    position: int  # 1-based position in the returned file
    identity: page_identity.PageIdentity | None
    boxes: list[tuple[Box, str, str]] | None
    # Why the page cannot be trusted: "unknown_page" (no identity found) or "page_mismatch"
    # (what the page's objects say disagrees with its text or with the draft).
    fault: str | None = None


def identify_page(page: Any, position: int, document: DocumentMap | None, path: Path) -> PageInfo:
    """The exported page this page is: its objects' identity checked against its text."""
    properties = page_identity.page_properties(page)
    found = [
        page_identity.from_key(page),
        page_identity.from_properties(properties),
        page_identity.from_text(_text(page)),
    ]
    known = [f for f in found if f is not None]
    if not known:
        return PageInfo(position, None, None, "unknown_page")
    identity = max(known, key=lambda f: len(f.plan))  # the full plan id over the drawn short one
    if not all(identity.agrees(other) for other in known):
        return PageInfo(position, identity, None, "page_mismatch")
    if document is not None and not identity.agrees(
        page_identity.PageIdentity(document.plan_id, document.draft_version, identity.page)
    ):
        return PageInfo(position, identity, None, "page_mismatch")
    boxes: list[tuple[Box, str, str]] | None = None
    if properties is not None and isinstance(properties.get("items"), list):
        try:
            boxes = _own_boxes(properties["items"], identity.page, path)
        except UserError:
            boxes = None
    if boxes is None and document is not None:
        boxes = document.pages.get(identity.page, [])
    return PageInfo(position, identity, boxes)


def _own_boxes(items: list[Any], page: int, path: Path) -> list[tuple[Box, str, str]]:
    from cocreation_app.reports.item_map import parse_items

    spans = [
        {"kind": i.get("kind"), "id": i.get("id"), "spans": [{"page": page, "bbox": i.get("bbox")}]}
        if isinstance(i, dict)
        else i
        for i in items
    ]
    return parse_items(spans, path).get(page, [])


def _text(page: Any) -> str:
    try:
        with quiet_pypdf():
            return str(page.extract_text() or "")
    except Exception:
        return ""
