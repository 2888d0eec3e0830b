"""A Qt-free reader of the Qt Linguist catalogs.

``translate(context, text)`` mirrors ``QCoreApplication.translate`` so that ``pyside6-lupdate``
and our own extractor find the strings, and so that a string reads the same in Qt and non-Qt code.
"""

from __future__ import annotations

from functools import cache

from cocreation_app.paths import translations_dir

SOURCE_LANGUAGE = "es"
DEFAULT_LANGUAGE = "es"
# Every language pack: translations/cocreation_<code>.ts must exist for each (see
# docs/translating.md). The Preferences dialog names a language in itself through Babel; a
# language Babel does not know (e.g. "nah") needs its name in LANGUAGE_NAMES.
LANGUAGES = ("es", "en")
LANGUAGE_NAMES: dict[str, str] = {}
# The regional variant each language formats dates and numbers in, in Babel and in Qt alike.
LOCALES = {"es": "es_MX", "en": "en_US"}

_current = DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    """Select the language of messages produced outside Qt; unknown codes fall back to Spanish."""
    global _current
    _current = code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def locale_code(language: str | None = None) -> str:
    """The locale (``es_MX``) of ``language``, by default the current one."""
    return LOCALES.get(language or _current, LOCALES[DEFAULT_LANGUAGE])


@cache
def _catalog(code: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only a language other than the source one needs it

    path = translations_dir() / f"cocreation_{code}.ts"
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                entries[(name, source)] = translation.text
    return entries


def translate_noop(context: str, text: str) -> str:
    """Mark a string declared as data (a table of labels) for the extractor; returns ``text``
    unchanged. Translate it where it is shown, with ``translate(context, value)``."""
    return text


def translate(context: str, text: str) -> str:
    """Return ``text`` (a Spanish source string) in the current language."""
    if _current == SOURCE_LANGUAGE:
        return text
    return _catalog(_current).get((context, text), text)
