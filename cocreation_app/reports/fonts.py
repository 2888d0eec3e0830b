"""The bundled Noto Sans family, registered once with ReportLab and embedded in every PDF.

The standard PDF fonts cannot print ǎ, ɨ or ꞌ (saltillo); Noto Sans covers Spanish and the Latin
orthographies of Mexico's indigenous languages, combining marks included. It lacks many symbols
(≥ → ✓): DejaVu Sans is the fallback for those. A character neither font has (CJK, emoji) would
vanish without a trace, so it prints as a visible placeholder and the window warns when such a
character is typed (:func:`unprintable_characters`); a CJK font would weigh more than the app.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cocreation_app.paths import resources_dir

FAMILY = "CocreaSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

FONT_FILES = {
    FAMILY: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
FALLBACK = "CocreaSymbols"
FALLBACK_BOLD = f"{FALLBACK}-Bold"

FALLBACK_FILES = {
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}

# What prints in place of a character no bundled font has: the "tofu" box viewers draw for a
# missing glyph, but a real character (DejaVu Sans has it), so text extraction finds it too.
PLACEHOLDER = "\u25a1"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> str:
    """Register the family (so ``<b>`` and ``<i>`` work in paragraphs); returns its name."""
    for name, filename in {**FONT_FILES, **FALLBACK_FILES}.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    # Only regular and bold are shipped: italic symbols print upright.
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK_BOLD)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK_BOLD)
    return FAMILY


@cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _printable(ch: str, font_name: str) -> bool:
    return ch.isspace() or ord(ch) in _cmap(font_name)


def missing_characters(text: str, font_name: str = FAMILY) -> list[str]:
    """Characters of ``text`` that the registered font has no glyph for."""
    return sorted({ch for ch in text if not _printable(ch, font_name)})


def unprintable_characters(text: str) -> set[str]:
    """Characters of ``text`` that no bundled font can print (they print as PLACEHOLDER)."""
    return {ch for ch in text if not _printable(ch, FAMILY) and not _printable(ch, FALLBACK)}


def fallback_of(font_name: str) -> str:
    """The symbol font that stands in for ``font_name`` (bold for the bold faces)."""
    return FALLBACK_BOLD if font_name in (BOLD, BOLD_ITALIC, FALLBACK_BOLD) else FALLBACK


def printable_runs(text: str, font_name: str = FAMILY) -> list[tuple[str, str]]:
    """``text`` as (font, characters) runs for drawing on a canvas: ``font_name`` where it has
    the glyphs, its fallback elsewhere, and the placeholder (in the fallback) for characters no
    bundled font has."""
    fallback = fallback_of(font_name)
    runs = []
    for in_main, run in groupby(text, lambda ch: _printable(ch, font_name)):
        chars = "".join(run)
        if in_main:
            runs.append((font_name, chars))
        else:
            shown = "".join(ch if _printable(ch, fallback) else PLACEHOLDER for ch in chars)
            runs.append((fallback, shown))
    return runs


def printable_markup(text: str) -> str:
    """Plain ``text`` as escaped paragraph markup: each run of characters the main font lacks is
    set in the fallback font, and characters no font has become the placeholder."""
    parts = []
    for in_main, run in groupby(text, lambda ch: _printable(ch, FAMILY)):
        chars = "".join(run)
        if in_main:
            parts.append(escape(chars))
            continue
        shown = "".join(ch if _printable(ch, FALLBACK) else PLACEHOLDER for ch in chars)
        parts.append(f'<font name="{FALLBACK}">{escape(shown)}</font>')
    return "".join(parts)


_FALLBACK_TAG = f'<font name="{FALLBACK}">'
_FALLBACK_BOLD_TAG = f'<font name="{FALLBACK_BOLD}">'
_BOLD_SPAN = re.compile(r"<b>.*?</b>", re.DOTALL)


def embolden_fallback(markup: str, bold: bool) -> str:
    """``markup`` whose fallback runs are bold where the text around them is: a ``<font>`` tag
    resets the weight, so "≥" in a bold heading printed regular. ``bold``: the paragraph's
    style is bold (else only ``<b>`` spans are)."""
    if _FALLBACK_TAG not in markup:
        return markup
    if bold:
        return markup.replace(_FALLBACK_TAG, _FALLBACK_BOLD_TAG)
    return _BOLD_SPAN.sub(lambda m: m.group(0).replace(_FALLBACK_TAG, _FALLBACK_BOLD_TAG), markup)
