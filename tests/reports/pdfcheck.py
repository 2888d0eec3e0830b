"""Reading exported PDFs back in tests (pypdf only; no poppler needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def squash(text: str) -> str:
    """Whitespace collapsed, so that a title wrapped over several lines still matches."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(path).pages]


def font_descriptors(path: Path) -> list[tuple[str, Any]]:
    """(font name, descriptor) of every font used on every page."""
    found = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            found.append((str(font["/BaseFont"]), target.get("/FontDescriptor")))
    return found


def outline_titles(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(squash(str(item.title)))

    walk(PdfReader(path).outline)
    return titles
