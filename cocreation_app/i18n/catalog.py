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

# Plural forms of count messages (``%n``), as Qt numbers them for each language: for Spanish
# and English, form 0 is for exactly one and form 1 for every other count. A new language adds
# its count of forms here and its rule in plural_index (Qt's own table decides in the window).
PLURAL_FORMS = {"es": 2, "en": 2}

_current = DEFAULT_LANGUAGE


def plural_forms(language: str) -> int:
    return PLURAL_FORMS.get(language, 2)


def plural_index(language: str, n: int) -> int:
    """Which plural form of ``language`` a count of ``n`` takes."""
    return 0 if n == 1 else 1


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
def _catalog(code: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    import xml.etree.ElementTree as ET  # only a language other than the source one needs it

    path = translations_dir() / f"cocreation_{code}.ts"
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str | tuple[str, ...]] = {}
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
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    entries[(name, source)] = forms
            elif translation.text:
                entries[(name, source)] = translation.text
    return entries


def translate_noop(context: str, text: str) -> str:
    """Mark a string declared as data (a table of labels) for the extractor; returns ``text``
    unchanged. Translate it where it is shown, with ``translate(context, value)``."""
    return text


def translate(context: str, text: str, n: int | None = None) -> str:
    """Return ``text`` (a Spanish source string) in the current language.

    With ``n``, ``text`` is a count message (``"%n personas"``): the plural form for ``n`` is
    chosen, in Spanish too (the source is the plural; the catalog has the singular), and ``%n``
    becomes the number (``%Ln``, the number with the locale's digit grouping), as Qt's
    ``translate(context, text, None, n)`` does."""
    if n is None:
        if _current == SOURCE_LANGUAGE:
            return text
        found = _catalog(_current).get((context, text))
        return found if isinstance(found, str) else text
    form = plural_index(_current, n)
    if _current == SOURCE_LANGUAGE and form == plural_forms(_current) - 1:
        chosen = text  # the source is the plural: no catalog to read (the CLI's usual case)
    else:
        forms = _catalog(_current).get((context, text))
        chosen = forms[form] if isinstance(forms, tuple) else text
    if "%Ln" in chosen:
        from cocreation_app.i18n.formatting import format_integer

        chosen = chosen.replace("%Ln", format_integer(n))
    return chosen.replace("%n", str(n))
