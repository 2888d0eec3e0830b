"""Text helpers shared by every layer (no dependencies)."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lowercase without accents or combining marks, spaces collapsed: «José  Núñez» → «jose nunez».

    Used to search and to compare names across laptops.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def normalize(text: str | None) -> str | None:
    """NFC-normalize user text so it is stored, compared and printed as typed."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", text)
