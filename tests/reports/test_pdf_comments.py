"""Comments made on the exported draft with another PDF library (pypdf, not ReportLab) come back
as observations on the items they were placed on: sticky notes, highlights, text boxes and
rectangles, on problems, solutions, commitments and milestones, on pages with several items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Highlight, Rectangle, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from cocreation_app.errors import UserError
from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.reports.pdf_comments import import_pdf_comments
from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database

Box = tuple[float, float, float, float]


def _boxes_on(mapping: dict[str, Any], page: int) -> list[tuple[Box, str, str]]:
    found = []
    for item in mapping["items"]:
        for span in item["spans"]:
            if span["page"] == page:
                found.append((tuple(span["bbox"]), item["kind"], item["id"]))
    return found


def _inside(box: Box, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _spot(mapping: dict[str, Any], kind: str, index: int = 0) -> tuple[str, int, float, float]:
    """(item id, page, x, y): a point inside the item's box and inside no other item's box that
    is nested in it (a commitment's own text, not one of its milestone rows)."""
    return _spot_of(mapping, [i for i in mapping["items"] if i["kind"] == kind][index])


def _spot_of(mapping: dict[str, Any], item: dict[str, Any]) -> tuple[str, int, float, float]:
    span = item["spans"][0]
    page, (x0, y0, x1, y1) = span["page"], span["bbox"]
    others = [b for b, _k, other in _boxes_on(mapping, page) if other != item["id"]]
    x = (x0 + x1) / 2
    y = y1 - 3
    while y > y0:
        nested = [b for b in others if _inside(b, x, y)]
        area = (x1 - x0) * (y1 - y0)
        if all((b[2] - b[0]) * (b[3] - b[1]) >= area for b in nested):
            return item["id"], page, x, y
        y -= 2
    raise AssertionError(f"no free spot in {item['kind']} {item['id']}")


def _page_with_several(mapping: dict[str, Any], kind: str) -> int:
    pages = [s["page"] for i in mapping["items"] if i["kind"] == kind for s in i["spans"]]
    return next(p for p in pages if pages.count(p) >= 2)


def _note(writer: PdfWriter, page: int, x: float, y: float, text: str, author: str) -> Any:
    """A sticky note whose icon hangs from (x, y), as a PDF reader places it."""
    note = Text(rect=(x, y - 20, x + 20, y), text=text)
    note[NameObject("/T")] = TextStringObject(author)
    return writer.add_annotation(page - 1, note)


@pytest.fixture
def draft(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "borrador.pdf"
    export_plan(demo_db, demo_plan_id, path)
    return path, read_item_map(path)


def _annotated(draft: tuple[Path, dict[str, Any]], tmp_path: Path, add: Any) -> Path:
    source, mapping = draft
    writer = PdfWriter(clone_from=PdfReader(source))
    add(writer, mapping)
    target = tmp_path / "borrador-comentado.pdf"
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def test_sticky_note_on_a_commitment_comes_back_as_its_observation(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    commitment, page, x, y = _spot(draft[1], "commitments", 1)

    def add(writer: PdfWriter, _mapping: dict[str, Any]) -> None:
        _note(writer, page, x, y, "Cambiar la fecha de término a diciembre.", "Lucía Méndez")

    pdf = _annotated(draft, tmp_path, add)
    result = import_pdf_comments(demo_db, pdf, institution="Cabildo")

    assert (result.count("added"), result.unplaced) == (1, [])
    [obs] = ReviewService(demo_db).observations(demo_plan_id)
    assert (obs.target_kind, obs.target_id) == ("commitments", commitment)
    assert obs.text == "Cambiar la fecha de término a diciembre."
    assert obs.author == "Lucía Méndez"
    assert obs.institution == "Cabildo"
    # Words alone only propose a verdict: the facilitator confirms it.
    assert obs.verdict == "proposed_request_changes"
    assert obs.source == "pdf"
    assert obs.draft_version == draft[1]["draft_version"]


def test_notes_highlights_and_boxes_on_problems_milestones_and_solutions(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    mapping = draft[1]
    crowded = _page_with_several(mapping, "problems")
    problems_there = [
        i for i in mapping["items"] if i["kind"] == "problems" and i["spans"][0]["page"] == crowded
    ]
    problem_a = _spot_of(mapping, problems_there[0])
    problem_b = _spot_of(mapping, problems_there[1])
    milestone = _spot(mapping, "milestones", 4)
    solution = _spot(mapping, "solutions", 2)
    commitment = _spot(mapping, "commitments", 2)
    expected: dict[str, tuple[str, str]] = {}

    def add(writer: PdfWriter, _mapping: dict[str, Any]) -> None:
        for text, (item_id, page, x, y) in (
            ("Aprobado.", problem_a),
            ("¿Hay datos de 2025?", problem_b),
        ):
            _note(writer, page, x, y, text, "Ana Ruiz")
            expected[text] = ("problems", item_id)
        item_id, page, x, y = milestone
        quad = ArrayObject(
            FloatObject(v) for v in (x - 60, y + 5, x + 60, y + 5, x - 60, y - 5, x + 60, y - 5)
        )
        mark = Highlight(rect=(x - 60, y - 5, x + 60, y + 5), quad_points=quad)
        mark[NameObject("/Contents")] = TextStringObject("Falta el medio de verificación.")
        mark[NameObject("/T")] = TextStringObject("Ana Ruiz")
        writer.add_annotation(page - 1, mark)
        expected["Falta el medio de verificación."] = ("milestones", item_id)
        item_id, page, x, y = solution
        box = FreeText(text="Visto bueno", rect=(x - 40, y - 6, x + 40, y + 2))
        writer.add_annotation(page - 1, box)
        expected["Visto bueno"] = ("solutions", item_id)
        item_id, page, x, y = commitment
        square = Rectangle(rect=(x - 30, y - 2, x + 30, y + 2))
        square[NameObject("/Contents")] = TextStringObject("Corregir la institución responsable.")
        writer.add_annotation(page - 1, square)
        expected["Corregir la institución responsable."] = ("commitments", item_id)
        # A note in the bottom margin, below every item: nothing to attach it to.
        _note(writer, crowded, 300, 30, "Revisar la paginación.", "Ana Ruiz")

    pdf = _annotated(draft, tmp_path, add)
    result = import_pdf_comments(demo_db, pdf, author="Regidora Ana Ruiz")

    assert result.count("added") == 5
    [margin] = result.unplaced
    assert (margin.page, margin.text) == (crowded, "Revisar la paginación.")
    observations = ReviewService(demo_db).observations(demo_plan_id)
    # A highlight's observation also quotes the words it marks, on a line of its own.
    got = {o.text.split("\n")[0]: (o.target_kind, o.target_id) for o in observations}
    assert got == expected
    assert {o.author for o in observations} == {"Regidora Ana Ruiz"}
    verdicts = {o.text.split("\n")[0]: o.verdict for o in observations}
    assert verdicts["Aprobado."] == "proposed_approve"
    assert verdicts["Visto bueno"] == "proposed_approve"
    assert verdicts["¿Hay datos de 2025?"] == "comment"
    assert verdicts["Falta el medio de verificación."] == "comment"
    assert verdicts["Corregir la institución responsable."] == "proposed_request_changes"


def test_importing_the_same_pdf_twice_adds_nothing_and_dry_run_writes_nothing(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    commitment, page, x, y = _spot(draft[1], "commitments", 0)
    milestone, m_page, mx, my = _spot(draft[1], "milestones", 0)

    def add(writer: PdfWriter, _mapping: dict[str, Any]) -> None:
        parent = _note(writer, page, x, y, "¿Cuál es el presupuesto?", "Ana")
        reply = Text(rect=(x, y - 20, x + 20, y), text="Lo confirma Tesorería.")
        reply[NameObject("/IRT")] = parent.indirect_reference
        reply[NameObject("/T")] = TextStringObject("Luis")
        writer.add_annotation(page - 1, reply)
        _note(writer, m_page, mx, my, "Bien.", "Ana")

    pdf = _annotated(draft, tmp_path, add)
    preview = import_pdf_comments(demo_db, pdf, dry_run=True)
    assert preview.count("added") == 3
    assert EntityService(demo_db).list_records("comments") == []

    first = import_pdf_comments(demo_db, pdf)
    second = import_pdf_comments(demo_db, pdf)
    assert (first.count("added"), second.count("added"), second.count("existing")) == (3, 0, 3)
    observations = ReviewService(demo_db).observations(demo_plan_id)
    assert len(EntityService(demo_db).list_records("comments")) == 3
    on_commitment = next(o for o in observations if o.target_id == commitment)
    assert [(r.text, r.author) for r in on_commitment.replies] == [
        ("Lo confirma Tesorería.", "Luis")
    ]
    assert any(o.target_id == milestone for o in observations)


def test_other_pdfs_and_unknown_plans_are_refused_clearly(
    db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    plain = tmp_path / "otro.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with open(plain, "wb") as handle:
        writer.write(handle)
    with pytest.raises(UserError, match="no es un borrador"):
        import_pdf_comments(db, plain)
    # The draft of a plan this database does not hold.
    with pytest.raises(UserError, match="no está en esta base de datos"):
        import_pdf_comments(db, draft[0])


def test_a_note_on_an_item_deleted_since_the_draft_is_reported(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    milestone, page, x, y = _spot(draft[1], "milestones", 1)
    commitment, c_page, cx, cy = _spot(draft[1], "commitments", 3)

    def add(writer: PdfWriter, _mapping: dict[str, Any]) -> None:
        _note(writer, page, x, y, "Quitar este hito.", "Ana")
        _note(writer, c_page, cx, cy, "De acuerdo.", "Ana")

    pdf = _annotated(draft, tmp_path, add)
    EntityService(demo_db).delete("milestones", milestone)

    result = import_pdf_comments(demo_db, pdf)

    [lost] = result.unplaced
    assert (lost.text, lost.reason, lost.page) == ("Quitar este hito.", "deleted", page)
    [obs] = ReviewService(demo_db).observations(demo_plan_id)
    assert obs.target_id == commitment
