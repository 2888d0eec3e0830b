"""Every string in the code has a finished English translation, and the catalogs are sound.

When a test here fails after you added strings: run ``make translations-update`` (it lists what
is left), translate in Qt Linguist or with ``--json``/``--apply``, and commit the ``.ts`` files.
"""

from __future__ import annotations

import re

from cocreation_app.i18n.catalog import LANGUAGES, SOURCE_LANGUAGE
from cocreation_app.paths import translations_dir
from tools.i18n import extract
from tools.i18n.ts import read_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)\w|%[sdr]|%L?n")


def _missing(extraction: extract.Extraction, language: str) -> list[str]:
    ts = read_ts(translations_dir() / f"cocreation_{language}.ts")
    missing = []
    for key, message in sorted(extraction.messages.items()):
        known = ts.messages.get(key)
        if known is None or known.state != "finished" or not known.translated:
            where = message.locations[0] if message.locations else ("?", 0)
            missing.append(f"[{key[0]}] {key[1]!r} ({where[0]}:{where[1]})")
    return missing


def test_every_language_pack_is_listed() -> None:
    found = {extract.language_of(p) for p in extract.ts_files(translations_dir())}
    assert found == set(LANGUAGES)


def test_no_text_built_at_run_time(extraction: extract.Extraction) -> None:
    assert extraction.problems == []


def test_every_string_has_a_finished_english_translation(
    extraction: extract.Extraction,
) -> None:
    missing = _missing(extraction, "en")
    assert not missing, (
        f"{len(missing)} strings lack a finished English translation; run "
        "`make translations-update`:\n" + "\n".join(missing)
    )


def test_the_source_catalog_is_complete_and_identical(extraction: extract.Extraction) -> None:
    assert _missing(extraction, SOURCE_LANGUAGE) == []
    ts = read_ts(translations_dir() / f"cocreation_{SOURCE_LANGUAGE}.ts")
    current = [m for m in ts.messages.values() if m.current]
    assert all(m.translation == m.source for m in current if not m.numerus)
    assert all(m.forms[-1] == m.source for m in current if m.numerus)  # the plural: the source


def test_translations_keep_placeholders_and_accelerators() -> None:
    """``.format()`` needs the same {names}; a menu needs its &-shortcut in every language."""
    wrong = []
    for language in LANGUAGES:
        for m in read_ts(translations_dir() / f"cocreation_{language}.ts").messages.values():
            if m.state != "finished":
                continue
            for text in m.forms if m.numerus else [m.translation]:
                if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(text)):
                    wrong.append(f"{language} placeholders: {m.source!r} -> {text!r}")
                if re.search(r"&\w", m.source) and not re.search(r"&\w", text):
                    wrong.append(f"{language} accelerator: {m.source!r} -> {text!r}")
    assert wrong == []
