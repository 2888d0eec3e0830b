"""Importing a pre-registration list of participants from a spreadsheet (CSV or XLSX).

1. :func:`read_import` reads the file, finds the header row (the first rows may be a title,
   possibly merged across columns) and guesses which column holds which field from the
   headers, in Spanish or English (:func:`guess_mapping`). The mapping can be changed.
2. :func:`preview` checks every row without writing: a row with no name, a text too long, an
   e-mail without "@", a sector or gender it cannot recognise is *invalid* and reported with its
   row number; a person who is already in the plan, or twice in the file, is a *duplicate*
   (same name once accents, case and spacing are ignored, same e-mail, or same phone: the
   rules of :mod:`cocreation_app.sync.duplicates`).
3. :func:`apply_import` writes the *valid, non-duplicate* rows in one transaction, and only when
   asked: invalid rows are never written, duplicates only with ``include_duplicates``. If the
   database refuses one row, nothing is written.

Consent is never assumed: an imported person has not accepted the privacy notice
(``consent_privacy_notice`` false, every permission false) until they do so at check-in, where
the notice is read to them (:meth:`ParticipantService.check_in` refuses them until then).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cocreation_app.errors import NotFoundError, UserError, ValidationError
from cocreation_app.i18n import translate, translate_noop
from cocreation_app.models import Participant, Plan, enums
from cocreation_app.services.checks import check_phone
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.services.spreadsheets import Table, read_table
from cocreation_app.sync.duplicates import person_keys
from cocreation_app.text import fold

# Fields a list may fill; "surname" is joined to the name (lists often split them).
FIELDS = (
    "name",
    "surname",
    "sector",
    "organization",
    "position",
    "gender",
    "locality",
    "email",
    "phone",
)
MAX_CHARS = {
    "name": 200,
    "surname": 200,
    "sector": 200,
    "organization": 300,
    "position": 200,
    "gender": 200,
    "locality": 200,
    "email": 200,
    "phone": 60,
}
# Headers recognised for each field, folded (no accents, lower case).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "nombre",
        "nombre completo",
        "nombres",
        "nombre(s)",
        "nombre y apellidos",
        "participante",
        "persona",
        "persona participante",
        "name",
        "full name",
        "first name",
        "participant",
    ),
    "surname": (
        "apellido",
        "apellidos",
        "apellido paterno",
        "apellido materno",
        "primer apellido",
        "segundo apellido",
        "last name",
        "surname",
        "family name",
    ),
    "sector": ("sector", "tipo de actor", "tipo de participante"),
    "organization": (
        "organizacion",
        "organizacion o institucion",
        "institucion",
        "dependencia",
        "empresa",
        "organization",
        "organisation",
        "institution",
        "affiliation",
    ),
    "position": ("cargo", "puesto", "position", "job title", "title", "role"),
    "gender": ("genero", "sexo", "gender", "sex"),
    "locality": ("localidad", "comunidad", "colonia", "locality", "town", "city", "ciudad"),
    "email": (
        "correo",
        "correo electronico",
        "e-mail",
        "email",
        "mail",
        "correo-e",
        "email address",
    ),
    "phone": (
        "telefono",
        "tel",
        "tel.",
        "celular",
        "movil",
        "whatsapp",
        "phone",
        "telephone",
        "mobile",
        "phone number",
    ),
}
# Words that name a sector or gender in lists, beyond the labels and codes (folded).
SECTOR_WORDS = {
    "gobierno": "government",
    "gobierno municipal": "government",
    "gobierno estatal": "government",
    "gobierno federal": "government",
    "servidor publico": "government",
    "servidora publica": "government",
    "government": "government",
    "organo garante": "guarantor_body",
    "guarantor body": "guarantor_body",
    "osc": "civil_society",
    "sociedad civil": "civil_society",
    "organizacion de la sociedad civil": "civil_society",
    "civil society": "civil_society",
    "ngo": "civil_society",
    "academia": "academia",
    "universidad": "academia",
    "academic": "academia",
    "sector privado": "private_sector",
    "iniciativa privada": "private_sector",
    "empresa": "private_sector",
    "private sector": "private_sector",
    "ciudadania": "citizen",
    "ciudadano": "citizen",
    "ciudadana": "citizen",
    "citizen": "citizen",
    "otro": "other",
    "otra": "other",
    "other": "other",
}
GENDER_WORDS = {
    "mujer": "female",
    "femenino": "female",
    "f": "female",
    "female": "female",
    "woman": "female",
    "hombre": "male",
    "masculino": "male",
    "m": "male",
    "h": "male",
    "male": "male",
    "man": "male",
    "no binario": "non_binary",
    "no binaria": "non_binary",
    "non-binary": "non_binary",
    "non binary": "non_binary",
    "otro": "other",
    "other": "other",
    "prefiere no decir": "prefer_not_to_say",
    "prefiero no decir": "prefer_not_to_say",
    "prefer not to say": "prefer_not_to_say",
}
HEADER_SEARCH_ROWS = 20


def _tr(text: str) -> str:
    return translate("lists", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("lists", text, n)


def field_label(name: str) -> str:
    if name == "surname":
        return _tr("Apellidos")
    return KINDS["participants"].field_map[name].title()


@dataclass
class ImportFile:
    """A file read for import: its header row and the data rows below it."""

    path: Path
    table: Table
    header_row: int  # the header's row number in the file
    headers: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass
class RowIssue:
    row: int  # as the file numbers it
    message: str


@dataclass
class PreviewRow:
    row: int
    values: dict[str, str | None]
    duplicate_of: str | None = None  # why it looks like someone already listed


@dataclass
class Preview:
    valid: list[PreviewRow] = field(default_factory=list)  # not duplicates
    duplicates: list[PreviewRow] = field(default_factory=list)
    invalid: list[RowIssue] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "valid": len(self.valid),
            "duplicates": [
                {"row": r.row, "name": r.values.get("name"), "reason": r.duplicate_of}
                for r in self.duplicates
            ],
            "invalid": [{"row": i.row, "message": i.message} for i in self.invalid],
        }


def _header_score(cells: list[str]) -> int:
    words = {w for words in HEADER_WORDS.values() for w in words}
    return sum(1 for c in cells if fold(c) in words)


def read_import(path: Path | str) -> ImportFile:
    """Read the file and find its header row: among the first rows, the one with the most
    recognised headers, else the first with two or more filled cells."""
    path = Path(path)
    table = read_table(path)
    candidates = table.rows[:HEADER_SEARCH_ROWS]
    scored = [(_header_score(cells), -i) for i, (_n, cells) in enumerate(candidates)]
    best, index = max(scored)
    if best == 0:
        filled = [i for i, (_n, cells) in enumerate(candidates) if sum(1 for c in cells if c) >= 2]
        index = -(filled[0] if filled else 0)
    at = -index
    header_row, headers = table.rows[at]
    return ImportFile(path, table, header_row, list(headers), table.rows[at + 1 :])


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field, from the header texts (each field once, the first column wins;
    several surname columns are all kept)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        folded = fold(header).rstrip(":*").strip()
        for name, words in HEADER_WORDS.items():
            if folded in words and (name == "surname" or name not in mapping.values()):
                mapping[index] = name
                break
    return mapping


def parse_mapping(
    headers: list[str], assignments: list[str], start: Mapping[int, str] | None = None
) -> dict[int, str]:
    """Apply ``COLUMN=FIELD`` assignments (COLUMN: a header, a column letter or a number from
    1; FIELD empty to ignore the column) on top of ``start``."""
    mapping = dict(start or {})
    for item in assignments:
        column, sep, name = item.partition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column:
            raise UserError(_tr("«{item}»: use COLUMNA=CAMPO.").format(item=item))
        if name and name not in FIELDS:
            raise UserError(
                _tr("«{name}» no es un campo que se pueda importar; use uno de: {fields}.").format(
                    name=name, fields=", ".join(FIELDS)
                )
            )
        index = _column_index(headers, column)
        if name:
            if name != "surname":
                mapping = {i: f for i, f in mapping.items() if f != name}
            mapping[index] = name
        else:
            mapping.pop(index, None)
    return mapping


def _column_index(headers: list[str], column: str) -> int:
    folded = [fold(h) for h in headers]
    if fold(column) in folded:
        return folded.index(fold(column))
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    if re.fullmatch(r"[A-Za-z]{1,2}", column):
        index = 0
        for ch in column.upper():
            index = index * 26 + (ord(ch) - 64)
        if index <= len(headers):
            return index - 1
    raise UserError(
        _tr("No hay una columna «{column}»; las columnas son: {headers}.").format(
            column=column, headers=", ".join(h or "—" for h in headers)
        )
    )


def _choice(value: str, choices: dict[str, str], words: dict[str, str]) -> str | None:
    folded = fold(value)
    for code, label_ in choices.items():
        if folded in (code, fold(label_), fold(enums.label(choices, code))):
            return code
    return words.get(folded)


def _row_values(cells: list[str], mapping: Mapping[int, str]) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    surnames: list[str] = []
    for index, name in sorted(mapping.items()):
        text = cells[index].strip() if index < len(cells) else ""
        if name == "surname":
            if text:
                surnames.append(text)
        else:
            values[name] = text or None
    for name, limit in MAX_CHARS.items():  # checked before joining, so the message names it
        value = values.get(name)
        if value is not None and len(value) > limit:
            raise ValueError(
                _trn("«{field}» tiene %n caracteres; el máximo es {limit}.", len(value)).format(
                    field=field_label(name), limit=limit
                )
            )
    if any(len(s) > MAX_CHARS["surname"] for s in surnames):
        raise ValueError(_tr("«{field}» es demasiado largo.").format(field=field_label("surname")))
    if surnames:
        values["name"] = " ".join([values.get("name") or "", *surnames]).strip() or None
    return values


def _checked(values: dict[str, str | None]) -> dict[str, str | None]:
    if not values.get("name"):
        raise ValueError(_tr("falta el nombre."))
    if len(values["name"] or "") > MAX_CHARS["name"]:
        raise ValueError(_tr("el nombre es demasiado largo."))
    sector = values.get("sector")
    if sector:
        code = _choice(sector, enums.SECTORS, SECTOR_WORDS)
        if code is None:
            raise ValueError(
                _tr("no se reconoce el sector «{value}»; use uno de: {choices}.").format(
                    value=sector[:60],
                    choices=", ".join(enums.label(enums.SECTORS, c) for c in enums.SECTORS),
                )
            )
        values["sector"] = code
    else:
        values["sector"] = "other"
    gender = values.get("gender")
    if gender:
        code = _choice(gender, enums.GENDERS, GENDER_WORDS)
        if code is None:
            raise ValueError(
                _tr("no se reconoce el género «{value}»; use uno de: {choices}.").format(
                    value=gender[:60],
                    choices=", ".join(enums.label(enums.GENDERS, c) for c in enums.GENDERS),
                )
            )
        values["gender"] = code
    email = values.get("email")
    if email and ("@" not in email or " " in email):
        raise ValueError(_tr("«{value}» no parece un correo electrónico.").format(value=email[:80]))
    try:  # the same rule as a phone typed in the window: the row is flagged, not imported
        check_phone(KINDS["participants"], "phone", values.get("phone"))
    except ValidationError as error:
        raise ValueError(str(error)) from None
    return values


def _existing_keys(db: Any, plan_id: str) -> dict[tuple[str, str], str]:
    query = select(Participant.name, Participant.email, Participant.phone).where(
        Participant.plan_id == plan_id,
        Participant.deleted.is_(False),
        Participant.merged_into_id.is_(None),
    )
    keys: dict[tuple[str, str], str] = {}
    with db.read() as session:
        for name, email, phone in session.execute(query):
            for key in person_keys(name, email, phone):
                keys.setdefault(key, name or "")
    return keys


_REASONS = {
    "name": translate_noop("lists", "mismo nombre que «{who}»"),
    "email": translate_noop("lists", "mismo correo que «{who}»"),
    "phone": translate_noop("lists", "mismo teléfono que «{who}»"),
}


def preview(db: Any, plan_id: str, source: ImportFile, mapping: Mapping[int, str]) -> Preview:
    """Check every row (nothing is written): valid, duplicate, or invalid with a reason."""
    if "name" not in mapping.values():
        raise UserError(
            _tr("Indique qué columna tiene el nombre de la persona (campo «{field}»).").format(
                field=field_label("name")
            )
        )
    with db.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFoundError(_tr("No existe el plan con id «{id}».").format(id=plan_id))
    in_plan = _existing_keys(db, plan_id)
    in_file: dict[tuple[str, str], tuple[int, str]] = {}
    result = Preview()
    for number, cells in source.rows:
        try:
            values = _checked(_row_values(cells, mapping))
        except ValueError as exc:
            result.invalid.append(RowIssue(number, str(exc)))
            continue
        row = PreviewRow(number, values)
        keys = person_keys(values["name"], values.get("email"), values.get("phone"))
        for key in keys:
            if key in in_plan:
                row.duplicate_of = _tr("ya está en el plan: ") + _tr(_REASONS[key[0]]).format(
                    who=in_plan[key]
                )
                break
            if key in in_file:
                first_row, who = in_file[key]
                row.duplicate_of = _tr("repetida en el archivo (fila {row}): ").format(
                    row=first_row
                ) + _tr(_REASONS[key[0]]).format(who=who)
                break
        for key in keys:
            in_file.setdefault(key, (number, values["name"] or ""))
        (result.duplicates if row.duplicate_of else result.valid).append(row)
    return result


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_duplicates: int
    invalid: int


def apply_import(
    db: Any, plan_id: str, checked: Preview, *, include_duplicates: bool = False
) -> ImportResult:
    """Write the valid rows (and the duplicates, if asked) in one transaction; consent is
    left pending. A row the database refuses stops it all, naming the row."""
    rows = checked.valid + (checked.duplicates if include_duplicates else [])
    rows.sort(key=lambda r: r.row)
    service = EntityService(db)
    spec = KINDS["participants"]
    with service.action() as (session, scope), session.no_autoflush:
        # Rows are new: nothing read while creating them depends on a flush (a flush per row
        # made 10,000 rows take minutes); the plan is held so that each row's check of it is
        # found in the session (which only keeps weak references) instead of read again.
        _held_plan = session.get(Plan, plan_id)
        for row in rows:
            values = {k: v for k, v in row.values.items() if v is not None}
            try:
                service.create_in(
                    session,
                    scope,
                    spec,
                    {
                        **values,
                        "plan_id": plan_id,
                        "consent_privacy_notice": False,
                        "consent_contact": False,
                        "consent_publish_name": False,
                        "consent_photos": False,
                    },
                    consent_pending=True,
                )
            except UserError as exc:
                raise UserError(
                    _tr("Fila {row}: {reason} No se importó nada.").format(
                        row=row.row, reason=exc.message
                    )
                ) from exc
    return ImportResult(
        created=len(rows),
        skipped_duplicates=0 if include_duplicates else len(checked.duplicates),
        invalid=len(checked.invalid),
    )
