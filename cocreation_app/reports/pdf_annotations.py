"""Every kind of comment a PDF reader writes, read from a returned draft with its limits.

Text-markup annotations (highlight, underline, strike-out, squiggly) also give the words they
mark (found under their QuadPoints); shapes, lines, ink, carets and stamps give the middle of
what was drawn. Links, pop-ups and form fields are not comments. One annotation that cannot be
read (or is beyond a limit) becomes a :class:`Fault` of its own; the others are still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cocreation_app.i18n import format_integer, translate
from cocreation_app.reports.item_map import Box

# Comments per file: a full file imports in a few seconds (docs/performance.md, review import).
MAX_ANNOTATIONS = 1000
# Annotations of any kind, counted before any is read: a full file's notes with the pop-up each
# reader writes beside a note, and the draft's own links. Reading one costs about half a
# millisecond, so this bounds the time a refusal takes.
MAX_ENTRIES = 3000
MAX_TEXT = 10_000  # characters of one comment
MAX_AUTHOR = 200  # characters of an author's name (the comments.author column)
MARKUP = ("/Highlight", "/Underline", "/StrikeOut", "/Squiggly")
SHAPES = ("/FreeText", "/Square", "/Circle", "/Line", "/Polygon", "/PolyLine", "/Ink", "/Caret")
READ = ("/Text", *MARKUP, *SHAPES, "/Stamp")
# Not comments: navigation, the pop-up window of a note, form fields, print marks.
NOT_COMMENTS = ("/Link", "/Popup", "/Widget", "/PrinterMark", "/TrapNet", "/Watermark", "/Screen")

Ref = tuple[int, int]


def _tr(text: str) -> str:
    return translate("review", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("review", text, n)


@dataclass
class Annotation:
    position: int  # page position in the returned file (1-based)
    subtype: str
    rect: Box
    anchor: tuple[float, float]
    text: str
    author: str
    ref: Ref | None = None
    irt: Ref | None = None
    name: str = ""  # /NM, the annotation's own name
    subject: str = ""
    quads: list[Box] = field(default_factory=list)
    marked: str = ""  # the words a text-markup annotation marks
    state: str = ""  # /State of a review-state reply (Accepted, Rejected, ...)
    state_model: str = ""
    stamp: str = ""  # /Name of a stamp


@dataclass
class Fault:
    """An annotation (or a page's list of them) that could not be read, and why."""

    position: int
    subtype: str
    reason: str
    text: str = ""


def count_annotations(reader: Any) -> int:
    """How many annotations of any kind the file holds, without reading any of them."""
    total = 0
    for page in reader.pages:
        annots = _resolve(page.get("/Annots"))
        if isinstance(annots, list):
            total += len(annots)
    return total


def too_many(total: int, limit: int) -> str:
    return _trn(
        "El PDF tiene %Ln anotaciones; el límite es {limit} por archivo. Divida la revisión "
        "en varios archivos.",
        total,
    ).format(limit=format_integer(limit))


def read_page(page: Any, position: int) -> tuple[list[Annotation], list[Fault]]:
    found: list[Annotation] = []
    faults: list[Fault] = []
    raw = page.get("/Annots")
    annots = _resolve(raw)
    if annots is None:
        return found, faults  # no annotations (a missing or null /Annots)
    if not isinstance(annots, list):
        faults.append(
            Fault(position, "", _tr("la lista de anotaciones de la página no se puede leer"))
        )
        return found, faults
    words: list[_Fragment] | None = None
    for entry in annots:
        try:
            annotation = _annotation(entry, position)
        except _Unreadable as exc:
            faults.append(Fault(position, exc.subtype, exc.reason, exc.text))
            continue
        except (AttributeError, KeyError, TypeError, ValueError, RecursionError):
            faults.append(Fault(position, "", _tr("la anotación está dañada")))
            continue
        if annotation is None:
            continue
        if annotation.quads:
            if words is None:
                words = _fragments(page)
            annotation.marked = _marked(words, annotation.quads)
        found.append(annotation)
    return found, faults


class _Unreadable(Exception):
    def __init__(self, subtype: str, reason: str, text: str = "") -> None:
        super().__init__(reason)
        self.subtype, self.reason, self.text = subtype, reason, text


def _annotation(entry: Any, position: int) -> Annotation | None:
    ref = (entry.idnum, entry.generation) if hasattr(entry, "idnum") else None
    obj = entry.get_object()
    if not hasattr(obj, "get"):
        raise _Unreadable("", _tr("la anotación no es un diccionario"))
    subtype = str(obj.get("/Subtype", ""))
    if subtype in NOT_COMMENTS:
        return None
    if subtype not in READ:
        raise _Unreadable(
            subtype.lstrip("/"),
            _tr("tipo de anotación que no se importa ({kind})").format(kind=subtype.lstrip("/")),
            _string(obj.get("/Contents"))[:MAX_TEXT],
        )
    rect = _rect(obj.get("/Rect"))
    if rect is None:
        raise _Unreadable(subtype.lstrip("/"), _tr("la anotación no tiene posición válida"))
    text = _text(obj)
    author = _string(obj.get("/T"))
    kind = subtype.lstrip("/")
    if len(text) > MAX_TEXT:
        raise _Unreadable(
            kind,
            _trn("el texto tiene %Ln caracteres; el límite es {limit}", len(text)).format(
                limit=format_integer(MAX_TEXT)
            ),
            text[:200],
        )
    if len(author) > MAX_AUTHOR:
        raise _Unreadable(
            kind,
            _trn(
                "el nombre de autoría tiene %Ln caracteres; el límite es {limit}", len(author)
            ).format(limit=format_integer(MAX_AUTHOR)),
            text[:200],
        )
    irt = _resolve_ref(obj.get("/IRT"))
    quads = _quads(obj.get("/QuadPoints")) if subtype in MARKUP else []
    return Annotation(
        position=position,
        subtype=kind,
        rect=rect,
        anchor=_anchor(subtype, rect, quads, obj),
        text=text,
        author=author,
        ref=ref,
        irt=irt,
        name=_string(obj.get("/NM"))[:200],
        subject=_string(obj.get("/Subj"))[:200],
        quads=quads,
        state=_string(obj.get("/State"))[:40],
        state_model=_string(obj.get("/StateModel"))[:40],
        stamp=str(obj.get("/Name", "")).lstrip("/")[:80] if subtype == "/Stamp" else "",
    )


def _anchor(subtype: str, rect: Box, quads: list[Box], obj: Any) -> tuple[float, float]:
    """Where the reviewer pointed: a sticky note's top-left corner (its icon hangs from the
    clicked point), the middle of a marked text's first line, the middle of a line, the middle
    of any other drawing."""
    x0, y0, x1, y1 = rect
    if subtype == "/Text":
        return x0, y1
    if quads:
        q = quads[0]
        return (q[0] + q[2]) / 2, (q[1] + q[3]) / 2
    if subtype == "/Line":
        points = _numbers(obj.get("/L"), 4)
        if points is not None:
            return (points[0] + points[2]) / 2, (points[1] + points[3]) / 2
    return (x0 + x1) / 2, (y0 + y1) / 2


def _resolve(value: Any) -> Any:
    if value is None:
        return None
    value = value.get_object() if hasattr(value, "get_object") else value
    from pypdf.generic import NullObject

    return None if isinstance(value, NullObject) else value


def _resolve_ref(value: Any) -> Ref | None:
    return (value.idnum, value.generation) if hasattr(value, "idnum") else None


def _rect(value: Any) -> Box | None:
    values = _numbers(value, 4)
    if values is None:
        return None
    x0, y0, x1, y1 = values
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _numbers(value: Any, count: int) -> list[float] | None:
    value = _resolve(value)
    if not isinstance(value, list) or len(value) < count:
        return None
    try:
        numbers = [float(v) for v in list(value)[:count]]
    except (TypeError, ValueError):
        return None
    return numbers if all(abs(v) < 1e6 for v in numbers) else None


def _quads(value: Any) -> list[Box]:
    value = _resolve(value)
    if not isinstance(value, list):
        return []
    quads = []
    for start in range(0, min(len(value), 8 * 200) - 7, 8):
        numbers = _numbers(value[start : start + 8], 8)
        if numbers is None:
            continue
        xs, ys = numbers[0::2], numbers[1::2]
        quads.append((min(xs), min(ys), max(xs), max(ys)))
    return quads


def _text(obj: Any) -> str:
    text = _string(obj.get("/Contents"))
    if not text and obj.get("/RC") is not None:
        # Rich text (XHTML) written by some readers when /Contents is empty.
        rich = _string(obj.get("/RC"))[: MAX_TEXT * 4]
        text = _clean(re.sub(r"<[^>]+>", " ", rich))
    return text


def _string(value: Any) -> str:
    value = _resolve(value)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        raise _Unreadable("", _tr("el texto de la anotación no es texto"))
    return _clean(str(value))


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


# -- the words under a text-markup annotation ------------------------------------------------


@dataclass
class _Fragment:
    x: float
    y: float
    size: float
    text: str
    font: str


def _fragments(page: Any) -> list[_Fragment]:
    """The page's text pieces with their baseline origin, font and size."""
    found: list[_Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        a, b, _c, _d, e, f = (float(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
        x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
        scale = (a * a + b * b) ** 0.5 * (ca * ca + cb * cb) ** 0.5 or 1.0
        name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
        found.append(_Fragment(x, y, float(size or 0) * scale, text, name.split("+")[-1]))

    from cocreation_app.reports.item_map import quiet_pypdf

    try:
        with quiet_pypdf():
            page.extract_text(visitor_text=visit)
    except Exception:
        return []
    return found


def _marked(fragments: list[_Fragment], quads: list[Box]) -> str:
    """The characters whose middle falls inside one of ``quads``, line by line (a line is
    marked when the quad's middle height is within its letters' height)."""
    from cocreation_app.reports.fonts import register_fonts

    register_fonts()
    lines: list[str] = []
    for x0, y0, x1, y1 in quads:
        chars = []
        middle = (y0 + y1) / 2
        for fragment in fragments:
            if not fragment.y - fragment.size * 0.25 <= middle <= fragment.y + fragment.size:
                continue
            x = fragment.x
            for char in fragment.text.replace("\n", ""):
                width = _width(char, fragment)
                if x0 <= x + width / 2 <= x1:
                    chars.append(char)
                x += width
        line = " ".join("".join(chars).split())
        if line:
            lines.append(line)
    return " ".join(lines)[:MAX_TEXT]


def _width(char: str, fragment: _Fragment) -> float:
    from reportlab.pdfbase import pdfmetrics

    from cocreation_app.reports.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC

    ours = {
        "NotoSans-Regular": FAMILY,
        "NotoSans-Bold": BOLD,
        "NotoSans-Italic": ITALIC,
        "NotoSans-BoldItalic": BOLD_ITALIC,
    }
    font = ours.get(fragment.font)
    if font is None:
        return fragment.size * 0.5
    return float(pdfmetrics.stringWidth(char, font, fragment.size))
