"""The open-data package of a plan: a Frictionless Data Package (datapackage.json, one CSV in
UTF-8 per table with its Table Schema), a data card and a licence, as a folder or a zip.

The tables are :mod:`cocreation_app.reports.public_data`'s: no personal data. Titles,
descriptions and the data card are in the current language; values are stable codes (codes.csv
says what each means).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreation_app import __version__
from cocreation_app.errors import UserError
from cocreation_app.i18n import format_date, format_integer, translate
from cocreation_app.models.licences import DEFAULT_LICENSE, LICENSES, License
from cocreation_app.reports.public_data import PublicData, Table, load_public
from cocreation_app.storage import (
    Database,
    check_output_path,
    write_bytes_atomic,
    write_folder_atomic,
)

DESCRIPTOR = "datapackage.json"
DATA_CARD = "datacard.md"
LICENSE_FILE = "LICENSE.md"


def _tr(text: str) -> str:
    return translate("open_data", text)


@dataclass(frozen=True)
class OpenDataResult:
    path: Path
    resources: int
    rows: int


def _csv(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    for row in table.rows:
        writer.writerow([_cell(row.get(c.name)) for c in table.columns])
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [
            {"name": c.name, "type": c.type, "description": _tr(c.description)}
            for c in table.columns
        ],
        "missingValues": [""],
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": field, "reference": {"resource": resource, "fields": target}}
            for field, resource, target in table.foreign_keys
        ]
    return schema


def package_files(
    data: PublicData, *, license_code: str = DEFAULT_LICENSE, folder: str = ""
) -> dict[str, bytes]:
    """Every file of the package (paths relative to its root, under ``folder`` if given)."""
    if license_code not in LICENSES:
        raise UserError(
            _tr("Licencia desconocida: «{code}». Use una de: {codes}").format(
                code=license_code, codes=", ".join(LICENSES)
            )
        )
    licence = LICENSES[license_code]
    files: dict[str, bytes] = {}
    resources = []
    for table in data.tables:
        path = f"data/{table.name}.csv"
        files[path] = _csv(table)
        resources.append(
            {
                "name": table.name,
                "title": _tr(table.title),
                "description": _tr(table.description),
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(table),
            }
        )
    plan = data.plan
    descriptor = {
        "profile": "tabular-data-package",
        "name": f"cocrea-plan-{plan['id']}",
        "title": plan["title"],
        "description": _tr(
            "Datos abiertos del Plan de Acción Local de {municipality}, {state}: problemas, "
            "compromisos, hitos, avances, evidencias y valoraciones. Sin datos personales."
        ).format(municipality=plan["municipality"], state=plan["state"]),
        "version": data.progress.as_of.isoformat(),
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keywords": ["open government", "OGP", "gobierno abierto", "action plan"],
        "licenses": [{"name": licence.name, "title": licence.title, "path": licence.path}],
        "sources": [{"title": f"Cocrea {__version__}"}],
        "resources": resources,
    }
    files[DESCRIPTOR] = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode()
    files[DATA_CARD] = data_card(data, licence).encode("utf-8")
    files[LICENSE_FILE] = _licence_text(plan, licence).encode("utf-8")
    if folder:
        files = {f"{folder}/{name}": content for name, content in files.items()}
    return files


def data_card(data: PublicData, licence: License) -> str:
    """The data card (what, who, how, what is left out, licence), in Markdown."""
    plan = data.plan
    lines = [
        f"# {_tr('Ficha de datos')}: {plan['title']}",
        "",
        _tr(
            "Datos abiertos del Plan de Acción Local de {municipality}, {state}: problemas, "
            "compromisos, hitos, avances, evidencias y valoraciones. Sin datos personales."
        ).format(municipality=plan["municipality"], state=plan["state"]),
        "",
        f"## {_tr('Origen')}",
        _tr(
            "Exportado con Cocrea {version} el {date}. El avance de hitos y compromisos es el de "
            "esa fecha: el último reporte de cada hito y el promedio ponderado de los hitos de "
            "cada compromiso."
        ).format(version=__version__, date=format_date(data.progress.as_of)),
        "",
        f"## {_tr('Tablas')}",
        "",
        f"| {_tr('archivo')} | {_tr('contenido')} | {_tr('filas')} |",
        "|---|---|---|",
    ]
    for table in data.tables:
        lines.append(
            f"| `data/{table.name}.csv` | {_tr(table.description)} | "
            f"{format_integer(len(table.rows))} |"
        )
    lines += [
        "",
        _tr(
            "Cada tabla se describe, columna por columna, en datapackage.json (Frictionless Data "
            "Package). Los valores codificados se explican en data/codes.csv."
        ),
        "",
        f"## {_tr('Privacidad')}",
        _tr(
            "No contiene datos personales. Las personas participantes aparecen solo como conteos "
            "por sector y género; se publican únicamente los nombres de quienes aceptaron "
            "publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni "
            "nombres de facilitación, contactos, ni de quién reportó o valoró. De las evidencias "
            "solo están las que quien las adjuntó marcó como publicables (una foto muestra "
            "personas, una lista de asistencia las nombra); de las demás, solo cuántas son."
        ),
        "",
        f"## {_tr('Limitaciones')}",
        _tr(
            "Los textos los escribieron las personas del STL y no se verificaron de forma "
            "independiente. Los conteos de asistencia dependen del registro en cada taller."
        ),
        "",
        f"## {_tr('Licencia')}",
        f"{licence.title} ({licence.name}): {licence.path}",
        "",
    ]
    return "\n".join(lines)


def _licence_text(plan: dict[str, Any], licence: License) -> str:
    return (
        f"# {_tr('Licencia')}\n\n"
        + _tr(
            "Los datos de «{title}» se publican con la licencia {licence} ({code}). Texto "
            "completo: {url}"
        ).format(title=plan["title"], licence=licence.title, code=licence.name, url=licence.path)
        + "\n"
    )


def export_open_data(
    db: Database,
    plan_id: str,
    target: Path | str,
    *,
    as_of: dt.date | None = None,
    license_code: str = DEFAULT_LICENSE,
) -> OpenDataResult:
    """Write the package to ``target``: a ``.zip`` file, or else a folder (all or nothing)."""
    target = Path(target)
    data = load_public(db, plan_id, as_of=as_of)
    files = package_files(data, license_code=license_code)
    if target.suffix.lower() == ".zip":
        check_output_path(target)
        write_bytes_atomic(target, zip_bytes(files))
    else:
        write_folder_atomic(target, files, marker=DESCRIPTOR)
    return OpenDataResult(target, len(data.tables), sum(len(t.rows) for t in data.tables))


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()
