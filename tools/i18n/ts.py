"""Read and write Qt Linguist ``.ts`` files, and merge freshly extracted messages into them.

Only the parts of the format Cocrea uses are modelled: contexts, messages with a source, a
translation and its state, locations, and comments. The files stay readable by Qt Linguist,
``pyside6-lrelease`` and :mod:`cocreation_app.i18n.catalog`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from cocreation_app.i18n.catalog import LOCALES, SOURCE_LANGUAGE, plural_forms
from cocreation_app.storage.files import write_bytes_atomic

# The locale written in the file's ``language`` attribute (Linguist uses it for plural rules).

Key = tuple[str, str]


@dataclass
class Message:
    """One translatable string: where it is used and, in a ``.ts`` file, its translation.

    ``state`` is ``finished``, ``unfinished``, ``vanished`` (was finished, no longer in the code)
    or ``obsolete`` (was unfinished, no longer in the code), as Qt Linguist understands them.
    """

    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    state: str = "unfinished"
    comment: str | None = None
    extracomment: str | None = None
    translatorcomment: str | None = None
    # A count message (``tr(text, n)``, ``%n`` in the source): one translation per plural form
    # of the language (``forms``; ``translation`` stays empty), as Qt's numerus messages.
    numerus: bool = False
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source)

    @property
    def current(self) -> bool:
        return self.state in ("finished", "unfinished")

    @property
    def translated(self) -> bool:
        """Whether it has a translation: every plural form of a count message."""
        if self.numerus:
            return bool(self.forms) and all(self.forms)
        return bool(self.translation)


@dataclass
class TsFile:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)
    # Ours are written in Spanish; translations/qtoverride_*.ts overrides Qt's English strings.
    source_language: str = SOURCE_LANGUAGE

    def unfinished(self) -> list[Message]:
        return [m for m in self.sorted() if m.state == "unfinished"]

    def sorted(self) -> list[Message]:
        return sorted(self.messages.values(), key=lambda m: (m.context, m.source))


def language_of(path: Path) -> str:
    """``translations/cocreation_en.ts`` -> ``en``."""
    return path.stem.split("_", 1)[1]


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    ts = TsFile(language=language_of(path))
    source_language = root.get("sourcelanguage", "")
    ts.source_language = next(
        (code for code, locale in LOCALES.items() if locale == source_language), SOURCE_LANGUAGE
    )
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source")
            if source is None:
                continue
            translation = element.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            numerus = element.get("numerus") == "yes"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if numerus and translation is not None
                else []
            )
            message = Message(
                context=name,
                source=source,
                locations=[
                    (loc.get("filename", ""), int(loc.get("line", "0") or 0))
                    for loc in element.iter("location")
                ],
                translation=(translation.text or "")
                if translation is not None and not numerus
                else "",
                state=kind or "finished",
                numerus=numerus,
                forms=forms,
                comment=element.findtext("comment"),
                extracomment=element.findtext("extracomment"),
                translatorcomment=element.findtext("translatorcomment"),
            )
            ts.messages[message.key] = message
    return ts


def render_ts(ts: TsFile) -> str:
    """The file text, laid out as ``lupdate`` does so that diffs stay small."""
    language = LOCALES.get(ts.language, ts.language)
    source_language = LOCALES[ts.source_language]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{source_language}">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in ts.sorted():
        by_context.setdefault(message.context, []).append(message)
    for context, messages in by_context.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for m in messages:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                lines.append(f'        <location filename={quoteattr(filename)} line="{line}"/>')
            lines.append(f"        <source>{escape(m.source)}</source>")
            for tag in ("comment", "extracomment", "translatorcomment"):
                value = getattr(m, tag)
                if value:
                    lines.append(f"        <{tag}>{escape(value)}</{tag}>")
            state = "" if m.state == "finished" else f' type="{m.state}"'
            if m.numerus:
                lines.append(f"        <translation{state}>")
                for form in m.forms:
                    lines.append(f"            <numerusform>{escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{escape(m.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, ts: TsFile) -> None:
    write_bytes_atomic(path, render_ts(ts).encode("utf-8"))


@dataclass
class MergeResult:
    ts: TsFile
    added: list[Key]
    removed: list[Key]


def merge(existing: TsFile, extracted: dict[Key, Message]) -> MergeResult:
    """Bring ``existing`` up to date with the strings now in the code.

    Translations are kept; new strings come in unfinished (in the source language, the
    translation is the source itself, finished); strings gone from the code are kept as
    vanished/obsolete so that a translation survives a string coming back.
    """
    merged = TsFile(language=existing.language)
    added: list[Key] = []
    for key, fresh in extracted.items():
        old = existing.messages.get(key)
        message = Message(
            context=fresh.context,
            source=fresh.source,
            locations=list(fresh.locations),
            comment=fresh.comment,
            extracomment=fresh.extracomment,
            numerus=fresh.numerus,
        )
        if old is not None:
            message.translation = old.translation
            message.forms = list(old.forms)
            message.translatorcomment = old.translatorcomment
            message.state = {"vanished": "finished", "obsolete": "unfinished"}.get(
                old.state, old.state
            )
            if old.numerus != fresh.numerus:  # became (or stopped being) a count message
                message.translation, message.forms = "", []
                message.state = "unfinished"
        else:
            added.append(key)
        if message.numerus:
            _shape_forms(message, existing.language)
        elif existing.language == SOURCE_LANGUAGE:
            message.translation, message.state = message.source, "finished"
        merged.messages[key] = message
    removed: list[Key] = []
    for key, old in existing.messages.items():
        if key in merged.messages:
            continue
        if old.current:
            removed.append(key)
        gone = "vanished" if old.state in ("finished", "vanished") else "obsolete"
        merged.messages[key] = Message(
            context=old.context,
            source=old.source,
            translation=old.translation,
            state=gone,
            comment=old.comment,
            extracomment=old.extracomment,
            translatorcomment=old.translatorcomment,
            numerus=old.numerus,
            forms=list(old.forms),
        )
    return MergeResult(merged, added, removed)


def _shape_forms(message: Message, language: str) -> None:
    """A count message has one form per plural form of the language; in the source language
    the last (plural) form is the source itself and the singular is left to a person to write
    (``%n personas`` → ``%n persona``), so the message stays unfinished until then."""
    count = plural_forms(language)
    forms = (message.forms + [""] * count)[:count]
    if language == SOURCE_LANGUAGE:
        forms[-1] = message.source
    message.forms = forms
    if not all(forms):
        message.state = "unfinished"
