"""The static tracker: an offline HTML site of a plan's follow-up, for a USB stick or any web
host. No server, no script, no request outside the folder: every link is relative, the style is
one local stylesheet, fonts are the reader's own. Pages: the plan with each commitment's progress,
one page per commitment (milestones, updates, evidence files, assessments), the follow-up
meetings, and the open-data package (the same files as ``export-open-data``).

What it shows is :mod:`cocreation_app.reports.public_data`'s: no personal data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from cocreation_app import __version__
from cocreation_app.i18n import (
    current_language,
    format_date,
    format_integer,
    format_percent,
    translate,
)
from cocreation_app.models import enums
from cocreation_app.reports.open_data import package_files, zip_bytes
from cocreation_app.reports.public_data import PublicData, load_public
from cocreation_app.services.evidence import load_blob
from cocreation_app.services.followup import CommitmentProgress, EvidenceView, MilestoneProgress
from cocreation_app.storage import Database, write_folder_atomic

INDEX = "index.html"
DATA_FOLDER = "datos"
STYLE = """\
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:#1f2933;background:#f5f7f8}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{background:#0b5563;color:#fff;max-width:none}
header a{color:#fff}
header .inner{max-width:60rem;margin:0 auto}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0}
h2{font-size:1.25rem;color:#0b5563;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
a{color:#0b5563;overflow-wrap:anywhere}
.meta{color:#52606d;font-size:.95rem}
header .meta{color:#e6eef0}
nav{font-size:.95rem;margin:.5rem 0}
.card{background:#fff;border:1px solid #d9e2e7;border-radius:6px;padding:.8rem 1rem;
margin:.8rem 0}
.bar{display:flex;align-items:center;gap:.5rem}
.bar .track{flex:1;height:.7rem;background:#e6eef0;border-radius:4px;overflow:hidden;
min-width:4rem}
.bar .fill{height:100%;background:#0b5563}
.bar .fill.late{background:#b3261e}
.bar .value{min-width:3.2rem;text-align:right;font-variant-numeric:tabular-nums}
.late-tag{color:#b3261e;font-weight:600}
ul.plain{list-style:none;padding:0;margin:0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .4rem;border-bottom:1px solid #d9e2e7}
th{color:#52606d;font-weight:600}
.table{overflow-x:auto}
footer{color:#52606d;font-size:.85rem}
@media (max-width:40rem){body{font-size:15px}h1{font-size:1.35rem}
table.stack thead{display:none}table.stack td{display:block;border:0;padding:.1rem 0}
table.stack tr{display:block;border-bottom:1px solid #d9e2e7;padding:.4rem 0}}
"""


def _tr(text: str) -> str:
    return translate("site", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("site", text, n)


@dataclass(frozen=True)
class SiteResult:
    path: Path
    pages: int
    files: int


def _e(text: object) -> str:
    return escape("" if text is None else str(text))


def _unpublished(count: int) -> str:
    return _tr("Evidencias no publicadas (pueden mostrar o nombrar personas): {count}").format(
        count=format_integer(count)
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else format_percent(value / 100)


def _bar(value: float | None, late: bool = False) -> str:
    share = 0.0 if value is None else max(0.0, min(100.0, value))
    return (
        f'<div class="bar" role="img" aria-label="{_e(_percent(value))}">'
        f'<div class="track"><div class="fill{" late" if late else ""}" '
        f'style="width:{share:.1f}%"></div></div>'
        f'<span class="value">{_e(_percent(value))}</span></div>'
    )


def _date(day: dt.date | None) -> str:
    return "—" if day is None else _e(format_date(day, "medium"))


def commitment_page(commitment: CommitmentProgress) -> str:
    return f"compromiso-{commitment.number or 0}-{commitment.id[:8]}.html"


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def evidence_path(evidence: EvidenceView) -> str:
    """Where an evidence file lands: named by its hash (no name typed by a person becomes a
    path), keeping a tidy extension so browsers open it with the right program."""
    suffix = _SAFE.sub("", Path(evidence.filename).suffix)[:10].lower()
    return f"evidencias/{evidence.sha256}{suffix}"


class SiteBuilder:
    def __init__(self, data: PublicData) -> None:
        self.data = data
        self.language = current_language()

    # -- page frame ----------------------------------------------------------------------

    def _page(self, title: str, body: str, *, home: bool = False) -> str:
        plan = self.data.plan
        place = ", ".join(x for x in (plan["municipality"], plan["state"]) if x)
        nav = "" if home else f'<nav><a href="{INDEX}">← {_e(_tr("Inicio"))}</a></nav>'
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{_e(self.language)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n"
            '<link rel="stylesheet" href="estilo.css">\n</head>\n<body>\n'
            f'<header><div class="inner">{nav}<h1>{_e(title)}</h1>'
            f'<p class="meta">{_e(plan["title"])} · {_e(place)}</p></div></header>\n'
            f"<main>\n{body}\n</main>\n"
            f"<footer>{_e(self._footer())}</footer>\n</body>\n</html>\n"
        )

    def _footer(self) -> str:
        return _tr(
            "Avance al {date}. Sitio generado con Cocrea {version}; funciona sin conexión."
        ).format(date=format_date(self.data.progress.as_of), version=__version__)

    # -- pages ---------------------------------------------------------------------------

    def index(self) -> str:
        progress = self.data.progress
        plan = self.data.plan
        parts = [
            '<section class="card">',
            f"<p>{_e(_tr('Avance del plan'))}</p>{_bar(progress.progress)}",
            f'<p class="meta">{_e(_tr("Periodo"))}: {_date(_day(plan["period_start"]))} – '
            f"{_date(_day(plan['period_end']))} · {_e(_tr('Órgano garante'))}: "
            f"{_e(plan['guarantor_body'] or '—')}</p>",
            "</section>",
            f"<h2>{_e(_tr('Compromisos'))}</h2>",
            '<ul class="plain">',
        ]
        for commitment in progress.commitments:
            late = (
                f' · <span class="late-tag">'
                f"{_e(_tr('hitos vencidos: {count}').format(count=commitment.overdue))}</span>"
                if commitment.overdue
                else ""
            )
            parts.append(
                f'<li class="card"><a href="{commitment_page(commitment)}">'
                f"<strong>{_e(commitment.number or '—')}. {_e(commitment.title)}</strong></a>"
                f'<p class="meta">{_e(commitment.lead_institution or "—")}{late}</p>'
                f"{_bar(commitment.progress, commitment.overdue > 0)}</li>"
            )
        parts.append("</ul>")
        parts += self._meetings()
        parts += [
            f"<h2>{_e(_tr('Datos abiertos'))}</h2>",
            "<p>"
            + _e(
                _tr(
                    "Los datos de este sitio, sin datos personales, en formato abierto "
                    "(Frictionless Data Package, CSV en UTF-8)."
                )
            )
            + "</p>",
            "<ul>",
            f'<li><a href="{DATA_FOLDER}.zip" download>{_e(_tr("Paquete completo (zip)"))}'
            "</a></li>",
            f'<li><a href="{DATA_FOLDER}/datacard.md">{_e(_tr("Ficha de datos"))}</a></li>',
            f'<li><a href="{DATA_FOLDER}/datapackage.json">datapackage.json</a></li>',
            f'<li><a href="{DATA_FOLDER}/LICENSE.md">{_e(_tr("Licencia"))}</a></li>',
            "</ul>",
            '<div class="table"><table class="stack"><thead><tr>'
            f"<th>{_e(_tr('Tabla'))}</th><th>{_e(_tr('Filas'))}</th></tr></thead><tbody>",
        ]
        for table in self.data.tables:
            parts.append(
                f'<tr><td><a href="{DATA_FOLDER}/data/{table.name}.csv">{_e(table.name)}.csv</a>'
                f"</td><td>{_e(format_integer(len(table.rows)))}</td></tr>"
            )
        parts.append("</tbody></table></div>")
        return self._page(_tr("Seguimiento del plan"), "\n".join(parts), home=True)

    def _meetings(self) -> list[str]:
        meetings = self.data.progress.meetings
        parts = [f"<h2>{_e(_tr('Reuniones de seguimiento'))}</h2>"]
        if not meetings:
            return [*parts, f"<p>{_e(_tr('Aún no hay reuniones de seguimiento.'))}</p>"]
        parts.append('<ul class="plain">')
        for meeting in meetings:
            parts.append(
                f'<li class="card"><strong>{_e(meeting.title)}</strong>'
                f'<p class="meta">{_date(meeting.date)} · {_e(meeting.venue or "—")} · '
                f"{_e(_trn('asistencia: %Ln personas', meeting.attendance))}"
                "</p></li>"
            )
        parts.append("</ul>")
        return parts

    def commitment(self, commitment: CommitmentProgress) -> str:
        record = next(r for r in self.data.table("commitments").rows if r["id"] == commitment.id)
        values = ", ".join(enums.label(enums.OGP_VALUES, v) for v in commitment.ogp_values)
        parts = [
            '<section class="card">',
            f"<p>{_e(_tr('Avance'))}</p>{_bar(commitment.progress, commitment.overdue > 0)}",
            f'<p class="meta">{_e(_tr("Institución responsable"))}: '
            f"{_e(commitment.lead_institution or '—')} · {_date(commitment.start_date)} – "
            f"{_date(commitment.end_date)}</p>",
            f'<p class="meta">{_e(_tr("Valores de gobierno abierto"))}: {_e(values or "—")}</p>',
            "</section>",
        ]
        for label, name in (
            (_tr("Objetivo"), "objective"),
            (_tr("Descripción"), "description"),
        ):
            if record.get(name):
                parts += [f"<h3>{_e(label)}</h3>", _paragraphs(record[name])]
        parts.append(f"<h2>{_e(_tr('Hitos'))}</h2>")
        for milestone in commitment.milestones:
            parts.append(self._milestone(milestone))
        parts += self._assessments(commitment)
        return self._page(f"{commitment.number or '—'}. {commitment.title}", "\n".join(parts))

    def _milestone(self, m: MilestoneProgress) -> str:
        status = enums.label(enums.MILESTONE_STATUSES, m.status)
        late = f' · <span class="late-tag">{_e(_tr("vencido"))}</span>' if m.overdue else ""
        rows = []
        for update in reversed(m.updates):
            files = "".join(
                f'<li><a href="{evidence_path(e)}">{_e(e.filename)}</a> '
                f'<span class="meta">({_e(format_integer(e.size or 0))} bytes)</span></li>'
                for e in update.evidence
                if e.public
            )
            withheld = sum(1 for e in update.evidence if not e.public)
            if withheld:
                files += f'<li class="meta">{_e(_unpublished(withheld))}</li>'
            rows.append(
                f"<li><strong>{_date(update.date)}</strong> · "
                f"{_e(enums.label(enums.MILESTONE_STATUSES, update.status))} · "
                f"{_e(_percent(update.progress))}"
                f"{_paragraphs(update.narrative) if update.narrative else ''}"
                f"{f'<ul>{files}</ul>' if files else ''}</li>"
            )
        history = (
            f"<details open><summary>{_e(_tr('Reportes de avance'))}</summary>"
            f"<ul>{''.join(rows)}</ul></details>"
            if rows
            else f'<p class="meta">{_e(_tr("Sin reportes de avance."))}</p>'
        )
        return (
            f'<section class="card"><h3>{_e(m.title)}</h3>'
            f'<p class="meta">{_e(status)}{late} · {_e(_tr("término"))}: {_date(m.end_date)}'
            f"</p>{_bar(m.progress, m.overdue)}{history}</section>"
        )

    def _assessments(self, commitment: CommitmentProgress) -> list[str]:
        current = commitment.current_assessments()
        parts = [f"<h2>{_e(_tr('Valoraciones'))}</h2>"]
        if not current and not commitment.self_assessments:
            return [*parts, f"<p>{_e(_tr('Sin valoraciones.'))}</p>"]
        if current:
            parts.append(
                '<div class="table"><table class="stack"><thead><tr>'
                f"<th>{_e(_tr('Indicador'))}</th><th>{_e(_tr('Valoración'))}</th>"
                f"<th>{_e(_tr('Fecha'))}</th><th>{_e(_tr('Por qué'))}</th></tr></thead><tbody>"
            )
            for code in enums.ASSESSMENT_INDICATORS:
                found = current.get(code)
                if found is None:
                    continue
                choices = enums.INDICATOR_CHOICES[code]
                value = ", ".join(enums.label(choices, v) for v in found.value.split(",") if v)
                parts.append(
                    f"<tr><td>{_e(enums.label(enums.ASSESSMENT_INDICATORS, code))}</td>"
                    f"<td><strong>{_e(value)}</strong></td><td>{_date(found.assessed_on)}</td>"
                    f"<td>{_e(found.reason)}</td></tr>"
                )
            parts.append("</tbody></table></div>")
        if commitment.self_assessments:
            parts.append(f"<h3>{_e(_tr('Autoevaluación al cierre'))}</h3><ul>")
            for each in commitment.self_assessments:
                parts.append(
                    f"<li><strong>{_e(enums.label(enums.OGP_VALUES, each.ogp_value))}</strong>: "
                    f"{_e(each.what_changed)}</li>"
                )
            parts.append("</ul>")
        return parts


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in text.splitlines() if line.strip())


def site_files(db: Database, data: PublicData) -> dict[str, bytes]:
    builder = SiteBuilder(data)
    files: dict[str, bytes] = {
        INDEX: builder.index().encode("utf-8"),
        "estilo.css": STYLE.encode("utf-8"),
    }
    for commitment in data.progress.commitments:
        files[commitment_page(commitment)] = builder.commitment(commitment).encode("utf-8")
    package = package_files(data)
    files.update({f"{DATA_FOLDER}/{name}": content for name, content in package.items()})
    files[f"{DATA_FOLDER}.zip"] = zip_bytes(package)
    with db.read() as session:
        for evidence in _evidence(data):
            content = load_blob(session, evidence.sha256)
            if content is not None:
                files[evidence_path(evidence)] = content
    return files


def _evidence(data: PublicData) -> Iterable[EvidenceView]:
    for commitment in data.progress.commitments:
        for milestone in commitment.milestones:
            for update in milestone.updates:
                yield from (e for e in update.evidence if e.public)


def export_site(
    db: Database, plan_id: str, target: Path | str, *, as_of: dt.date | None = None
) -> SiteResult:
    """Write the site into the folder ``target`` (all or nothing)."""
    target = Path(target)
    data = load_public(db, plan_id, as_of=as_of)
    files = site_files(db, data)
    write_folder_atomic(target, files, marker=INDEX)
    pages = sum(1 for name in files if name.endswith(".html"))
    return SiteResult(target, pages, len(files))
