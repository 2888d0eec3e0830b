"""The draft's optional annex: every observation and its replies, item by item.

Loaded in one go before rendering (the renderer never touches the database) and drawn by
:func:`annex_story` with the plan PDF's own styles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from cocreation_app.i18n import translate
from cocreation_app.models import enums
from cocreation_app.reports.layout import heading
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.plan_pdf import PlanRenderer
from cocreation_app.reports.styles import Styles, markup
from cocreation_app.services.registry import KINDS
from cocreation_app.services.review import Observation, ReviewService
from cocreation_app.storage import Database

ANNEX_KEY = "observations"


def _tr(text: str) -> str:
    return translate("reports", text)


@dataclass(frozen=True)
class ItemObservations:
    kind: str
    title: str
    observations: list[Observation]


def load_observations(db: Database, data: PlanData) -> list[ItemObservations]:
    """The plan's observations grouped by item, in document order: items in the order the draft
    prints them (``data``, as rendered), the comments on one item by where they were written
    (page, top to bottom, left to right), then those made in the application, oldest first.
    Each observation carries its whole thread as its replies, in order: replies to replies
    follow the reply they answer."""
    review = ReviewService(db)
    by_item: dict[tuple[str, str], list[Observation]] = {}
    for obs in review.observations(data.id):
        by_item.setdefault((obs.target_kind, obs.target_id), []).append(
            replace(obs, replies=list(_thread(obs.replies)))
        )
    titles = {(item.kind, item.id): item.title for item in review.items(data.id)}
    groups = []
    for key in document_order(data):
        found = by_item.pop(key, None)
        if found:
            found.sort(key=_place_on_page)
            groups.append(ItemObservations(key[0], titles.get(key, found[0].target_title), found))
    # Observations on items deleted since: still printed, after the others.
    for (kind, _item_id), found in by_item.items():
        groups.append(ItemObservations(kind, found[0].target_title, found))
    return groups


def document_order(data: PlanData) -> list[tuple[str, str]]:
    """The items a reviewer can comment on, in the order of the draft's sections: the plan,
    the problems, their solutions, the commitments each followed by its milestones."""
    order = [("plans", data.id)]
    order += [("problems", p.id) for p in data.problems]
    order += [("solutions", s.id) for p in data.problems for s in p.solutions]
    for commitment in data.commitments:
        order.append(("commitments", commitment.id))
        order += [("milestones", m.id) for m in commitment.milestones]
    return order


def _thread(replies: list[Observation]) -> Iterator[Observation]:
    """Every reply of a thread, each followed by the replies that answer it (depth first)."""
    for reply in replies:
        yield replace(reply, replies=[])
        yield from _thread(reply.replies)


def _place_on_page(obs: Observation) -> tuple[int, float, float]:
    """Page, then top to bottom, then left to right; observations without a place last (the
    sort is stable, so those keep their order of creation)."""
    try:
        page, x, y = (float(v) for v in (obs.anchor or "").split())
    except ValueError:
        return (1 << 30, 0.0, 0.0)
    return (int(page), -y, x)


def annex_story(
    groups: list[ItemObservations], styles: Styles, toc: list[tuple[str, int, str]]
) -> list[Flowable]:
    """The annex's flowables; appends its table-of-contents entry to ``toc``."""
    text = markup(_tr("Anexo. Observaciones y respuestas"))
    toc.append((ANNEX_KEY, 0, text))
    story: list[Flowable] = [PageBreak(), heading(text, styles.h1, ANNEX_KEY, 0)]
    if not groups:
        story.append(Paragraph(markup(_tr("Este borrador no tiene observaciones.")), styles.body))
        return story
    for group in groups:
        title = _tr("{kind}: {title}").format(kind=KINDS[group.kind].title(), title=group.title)
        parts: list[Flowable] = [Paragraph(markup(title), styles.h3)]
        for obs in group.observations:
            parts += _observation(obs, styles)
        story.append(KeepTogether(parts[:3]))
        story += parts[3:]
        story.append(Spacer(1, 4))
    return story


def _observation(obs: Observation, styles: Styles) -> list[Any]:
    state = _tr("Atendida") if obs.addressed else _tr("Pendiente")
    meta = _tr("{verdict} · {author} · versión {version} · {state}").format(
        verdict=enums.label(enums.VERDICTS, obs.verdict),
        author=", ".join(x for x in (obs.author, obs.institution) if x),
        version=obs.draft_version or "",
        state=state,
    )
    flow: list[Any] = [
        Paragraph(f"<b>{markup(meta)}</b>", styles.small),
        Paragraph(markup(obs.text), styles.body),
    ]
    indented = ParagraphStyle("reply", styles.small, leftIndent=14)
    for reply in obs.replies:
        line = _tr("Respuesta de {author}: {text}").format(
            author=", ".join(x for x in (reply.author, reply.institution) if x), text=reply.text
        )
        flow.append(Paragraph(markup(line), indented))
    return flow


class ReviewedPlanRenderer(PlanRenderer):
    """The plan PDF with the observations annex after the plan's own annex."""

    def __init__(self, *args: Any, observations: list[ItemObservations], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.observations = observations

    def annex(self) -> list[Flowable]:
        return [*super().annex(), *annex_story(self.observations, self.s, self.toc)]
