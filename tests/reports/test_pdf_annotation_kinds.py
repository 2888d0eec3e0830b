"""Every annotation type readers write, explicit verdicts (review states, stamps, prefixes),
proposals, reply threads, and files that are damaged, locked, malformed or too large (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)

from cocreation_app.errors import UserError
from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import ITEM_MAP_KEY, read_item_map
from cocreation_app.reports.pdf_annotations import (
    MAX_ANNOTATIONS,
    MAX_AUTHOR,
    MAX_ENTRIES,
    MAX_TEXT,
)
from cocreation_app.reports.pdf_comments import import_pdf_comments
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database
from tests.reports import pdf_annotators as pa


@pytest.fixture
def draft(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "borrador.pdf"
    export_plan(demo_db, demo_plan_id, path)
    return path, read_item_map(path)


def _mark_rect(page: pymupdf.Page, spot: pa.Spot, half: float = 40) -> pymupdf.Rect:
    a = pa.fitz_point(page, spot.x - half, spot.y + 4)
    b = pa.fitz_point(page, spot.x + half, spot.y - 4)
    return pymupdf.Rect(a, b).normalize()


def test_every_annotation_type_is_read_with_its_text_subject_and_marked_words(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    source, mapping = draft
    targets = pa.spots(mapping, "problems", 3) + pa.spots(mapping, "commitments", 4)
    targets += pa.spots(mapping, "milestones", 4)
    doc = pymupdf.open(source)
    made: dict[str, pa.Spot] = {}

    def add(kind: str, spot: pa.Spot, make: Any) -> None:
        page = doc[spot.page - 1]
        annot = make(page, spot)
        annot.set_info(content=f"{kind}: revisar", title="Ana", subject=f"Asunto {kind}")
        annot.update()
        made[f"{kind}: revisar"] = spot

    kinds = {
        "StrikeOut": lambda p, s: p.add_strikeout_annot(_mark_rect(p, s)),
        "Underline": lambda p, s: p.add_underline_annot(_mark_rect(p, s)),
        "Squiggly": lambda p, s: p.add_squiggly_annot(_mark_rect(p, s)),
        "Caret": lambda p, s: p.add_caret_annot(pa.fitz_point(p, s.x, s.y)),
        "Circle": lambda p, s: p.add_circle_annot(_mark_rect(p, s, 6)),
        "Ink": lambda p, s: p.add_ink_annot(
            [[tuple(pa.fitz_point(p, s.x - 5, s.y)), tuple(pa.fitz_point(p, s.x + 5, s.y + 1))]]
        ),
        "Line": lambda p, s: p.add_line_annot(
            pa.fitz_point(p, s.x - 20, s.y), pa.fitz_point(p, s.x + 20, s.y)
        ),
        "Polygon": lambda p, s: p.add_polygon_annot(
            [pa.fitz_point(p, s.x + dx, s.y + dy) for dx, dy in ((-5, -2), (5, -2), (0, 2))]
        ),
        "PolyLine": lambda p, s: p.add_polyline_annot(
            [pa.fitz_point(p, s.x + dx, s.y) for dx in (-6, 0, 6)]
        ),
        "Stamp": lambda p, s: p.add_stamp_annot(_mark_rect(p, s, 8), stamp=0),
        "Highlight": lambda p, s: p.add_highlight_annot(_mark_rect(p, s)),
    }
    for (kind, make), spot in zip(kinds.items(), targets, strict=True):
        add(kind, spot, make)
    pdf = pa.mu_save(doc, tmp_path / "tipos.pdf")

    result = import_pdf_comments(demo_db, pdf)

    assert result.unplaced == []
    by_text = {c.text.split("\n")[0]: c for c in result.comments}
    assert set(by_text) == set(made)
    for text, comment in by_text.items():
        spot = made[text]
        assert (comment.target_kind, comment.target_id) == (spot.kind, spot.item_id), text
        assert comment.subject == f"Asunto {comment.subtype}"
    struck = by_text["StrikeOut: revisar"]
    assert struck.marked and struck.marked in PdfReader(pdf).pages[
        made["StrikeOut: revisar"].page - 1
    ].extract_text().replace("\n", " ")
    assert f"«{struck.marked}»" in struck.text
    # PyMuPDF's stamp 0 is «Approved»: an explicit verdict.
    assert by_text["Stamp: revisar"].verdict == "approve"


def _pypdf_note(
    writer: PdfWriter, spot: pa.Spot, text: str, author: str = "Ana", **extra: Any
) -> Any:
    note = Text(rect=(spot.x, spot.y - 20, spot.x + 20, spot.y), text=text)
    note[NameObject("/T")] = TextStringObject(author)
    for key, value in extra.items():
        note[NameObject(f"/{key}")] = value
    return writer.add_annotation(spot.page - 1, note)


def _write(writer: PdfWriter, target: Path) -> Path:
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def test_review_states_stamps_and_prefixes_are_verdicts_words_only_proposals(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    source, mapping = draft
    spots = pa.spots(mapping, "commitments", 4) + pa.spots(mapping, "milestones", 4)
    writer = PdfWriter(clone_from=PdfReader(source))
    accepted = _pypdf_note(writer, spots[0], "Revisé el calendario.")
    rejected = _pypdf_note(writer, spots[1], "Revisé el presupuesto.")
    for parent, state in ((accepted, "Accepted"), (rejected, "Rejected")):
        _pypdf_note(
            writer,
            spots[0],
            f"{state} set by Ana",
            IRT=parent.indirect_reference,
            State=TextStringObject(state),
            StateModel=TextStringObject("Review"),
        )
    _pypdf_note(writer, spots[2], "APROBADO: sin observaciones")
    _pypdf_note(writer, spots[3], "Cambios: falta el indicador")
    _pypdf_note(writer, spots[4], "No hay cambios que hacer")
    _pypdf_note(writer, spots[5], "¿Fue aprobado por el cabildo?")
    _pypdf_note(writer, spots[6], "Rechazado.")
    thread = _pypdf_note(writer, spots[7], "¿Quién lo financia?")
    answer = _pypdf_note(writer, spots[7], "Tesorería.", "Luis", IRT=thread.indirect_reference)
    _pypdf_note(writer, spots[7], "¿Con qué partida?", IRT=answer.indirect_reference)
    pdf = _write(writer, tmp_path / "dictamenes.pdf")

    import_pdf_comments(demo_db, pdf)

    observations = ReviewService(demo_db).observations(demo_plan_id)
    verdicts = {o.text: o.verdict for o in observations}
    assert verdicts == {
        "Revisé el calendario.": "approve",
        "Revisé el presupuesto.": "request_changes",
        "APROBADO: sin observaciones": "approve",
        "Cambios: falta el indicador": "request_changes",
        "No hay cambios que hacer": "proposed_approve",
        "¿Fue aprobado por el cabildo?": "comment",
        "Rechazado.": "proposed_request_changes",
        "¿Quién lo financia?": "comment",
    }
    # Replies to replies stay a thread: the second reply answers the first.
    question = next(o for o in observations if o.text == "¿Quién lo financia?")
    [first] = question.replies
    assert (first.text, [r.text for r in first.replies]) == ("Tesorería.", ["¿Con qué partida?"])
    # The facilitator confirms a proposal; only then is it a verdict.
    proposal = next(o for o in observations if o.text == "Rechazado.")
    assert ReviewService(demo_db).confirm_verdict(proposal.id) == "request_changes"


def test_a_file_cut_at_its_end_is_reported_damaged(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    source, mapping = draft
    copy = tmp_path / "incremental.pdf"
    copy.write_bytes(source.read_bytes())
    doc = pymupdf.open(copy)
    spot = pa.spots(mapping, "commitments", 1)[0]
    pa.mu_note(doc, spot.page, spot, "Una nota guardada al final.", "Ana")
    pa.mu_save(doc, copy, "incremental")
    data = copy.read_bytes()
    assert len(data) > source.stat().st_size
    cut = tmp_path / "cortado.pdf"
    cut.write_bytes(data[: len(data) - 40])

    with pytest.raises(UserError, match="incompleto o dañado"):
        import_pdf_comments(demo_db, cut)
    assert import_pdf_comments(demo_db, copy).count("added") == 1


def test_too_many_annotations_and_huge_texts_are_refused_long_ones_listed_not_stored(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    source, mapping = draft
    spot, other, third = pa.spots(mapping, "milestones", 3)
    # A 5 MB note or author name: the whole file is refused before it is parsed.
    for n, (text, author) in enumerate(
        (("x" * 5_000_000, "Ana"), ("Nota breve.", "y" * 5_000_000))
    ):
        doc = pymupdf.open(source)
        pa.mu_note(doc, spot.page, spot, text, author)
        pa.mu_note(doc, third.page, third, "Nota buena.", "Ana")
        huge = pa.mu_save(doc, tmp_path / f"enorme-{n}.pdf")
        with pytest.raises(UserError, match="más de 10,000 caracteres"):
            import_pdf_comments(demo_db, huge)
    assert ReviewService(demo_db).observations(demo_plan_id) == []

    # Just beyond a limit: that note is listed with the reason, the good one beside it is kept.
    writer = PdfWriter(clone_from=PdfReader(source))
    _pypdf_note(writer, spot, "x" * (MAX_TEXT + 1))
    _pypdf_note(writer, other, "Nota breve.", "y" * (MAX_AUTHOR + 1))
    _pypdf_note(writer, third, "Nota buena.")
    result = import_pdf_comments(demo_db, _write(writer, tmp_path / "largas.pdf"))

    assert [o.text for o in ReviewService(demo_db).observations(demo_plan_id)] == ["Nota buena."]
    details = sorted(c.detail for c in result.comments if c.reason == "unreadable")
    assert details == [
        "el nombre de autoría tiene 201 caracteres; el límite es 200",
        "el texto tiene 10,001 caracteres; el límite es 10,000",
    ]

    # Beyond the comments limit (read, then refused), and beyond the annotations of any kind
    # (refused before any is read).
    for count, limit in ((MAX_ANNOTATIONS + 1, MAX_ANNOTATIONS), (MAX_ENTRIES + 1, MAX_ENTRIES)):
        crowded = PdfWriter(clone_from=PdfReader(source))
        notes = ArrayObject()
        for n in range(count):
            note = Text(rect=(spot.x, spot.y - 20, spot.x + 20, spot.y), text=f"n{n}")
            notes.append(crowded._add_object(note))
        crowded.pages[spot.page - 1][NameObject("/Annots")] = notes
        with pytest.raises(UserError, match=f"el límite es {limit:,}"):
            import_pdf_comments(demo_db, _write(crowded, tmp_path / f"muchas-{count}.pdf"))
    assert len(ReviewService(demo_db).observations(demo_plan_id)) == 1


def test_a_file_at_the_comment_limit_written_by_a_reader_is_imported_whole(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """1,000 sticky notes as PyMuPDF (and Acrobat) write them, each with its pop-up: 2,000
    annotations beside the draft's own links, within the limits, every note placed once."""
    source, mapping = draft
    spots = pa.spots(mapping, "milestones", 20)
    doc = pymupdf.open(source)
    for n in range(MAX_ANNOTATIONS):
        spot = spots[n % len(spots)]
        pa.mu_note(doc, spot.page, spot, f"Observación {n}.", f"Revisora {n % 3}")
    pdf = pa.mu_save(doc, tmp_path / "mil-notas.pdf")

    result = import_pdf_comments(demo_db, pdf)

    assert (result.count("added"), result.unplaced) == (MAX_ANNOTATIONS, [])
    observations = ReviewService(demo_db).observations(demo_plan_id)
    assert len(observations) == MAX_ANNOTATIONS
    expected = {f"Observación {n}.": spots[n % len(spots)].item_id for n in range(1000)}
    assert {o.text: o.target_id for o in observations} == expected
    assert import_pdf_comments(demo_db, pdf).count("existing") == MAX_ANNOTATIONS


def _with_map(source: Path, target: Path, change: Any) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    mapping = json.loads(str(writer._info.get_object()[f"/{ITEM_MAP_KEY}"]))
    change(mapping)
    writer.add_metadata({f"/{ITEM_MAP_KEY}": json.dumps(mapping)})
    return _write(writer, target)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(items={"a": 1}), "«items» no es una lista"),
        (lambda m: m["items"][0].update(bbox="grande", spans=None), "recuadro no es válido"),
        (lambda m: m.update(draft_version=10**30), "versión del borrador"),
        (lambda m: m.update(plan_id=None), "no dice a qué plan"),
    ],
    ids=["items-not-a-list", "bbox-of-text", "huge-version", "no-plan"],
)
def test_a_malformed_map_gets_its_own_message(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path, change: Any, message: str
) -> None:
    bad = _with_map(draft[0], tmp_path / "mapa.pdf", change)
    # The XMP copy is sound: the damaged information dictionary is not needed.
    assert import_pdf_comments(demo_db, bad).comments == []
    doc = pymupdf.open(bad)
    doc.del_xml_metadata()
    no_xmp = pa.mu_save(doc, tmp_path / "mapa-sin-xmp.pdf")
    with pytest.raises(UserError, match=message):
        import_pdf_comments(demo_db, no_xmp)


def test_null_annots_and_a_broken_annotation_do_not_lose_the_good_ones(
    demo_db: Database, demo_plan_id: str, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    source, mapping = draft
    spot = pa.spots(mapping, "commitments", 1)[0]
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.pages[0][NameObject("/Annots")] = NullObject()
    broken = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): TextStringObject("aquí"),
            NameObject("/Contents"): NumberObject(3),
        }
    )
    writer.add_annotation(spot.page - 1, broken)
    _pypdf_note(writer, spot, "La buena.")
    pdf = _write(writer, tmp_path / "rota.pdf")

    result = import_pdf_comments(demo_db, pdf)

    assert [o.text for o in ReviewService(demo_db).observations(demo_plan_id)] == ["La buena."]
    [bad] = [c for c in result.comments if c.reason == "unreadable"]
    assert (bad.page, bad.subtype) == (spot.page, "Text")


def test_a_password_protected_pdf_says_so(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    writer = PdfWriter(clone_from=PdfReader(draft[0]))
    writer.encrypt(user_password="secreto", owner_password="dueño", algorithm="AES-256")
    locked = _write(writer, tmp_path / "con-clave.pdf")
    with pytest.raises(UserError, match="contraseña"):
        import_pdf_comments(demo_db, locked)
