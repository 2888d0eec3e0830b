"""Pages deleted, reordered or extracted, files rewritten, the information dictionary dropped:
every note still lands on the item it was written on, or is listed as unplaced (issue 16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from cocreation_app.errors import UserError
from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.reports.pdf_comments import PdfImport, import_pdf_comments
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from tests.reports import pdf_annotators as pa


@pytest.fixture
def draft(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "borrador.pdf"
    export_plan(demo_db, demo_plan_id, path)
    return path, read_item_map(path)


def _noted(draft: tuple[Path, dict[str, Any]], tmp_path: Path) -> tuple[Path, dict[str, pa.Spot]]:
    """The draft with one sticky note per item of several kinds, on many pages (PyMuPDF)."""
    source, mapping = draft
    chosen = [
        *pa.spots(mapping, "problems", 3),
        *pa.spots(mapping, "solutions", 2),
        *pa.spots(mapping, "commitments", 3),
        *pa.spots(mapping, "milestones", 3),
    ]
    doc = pymupdf.open(source)
    notes = {}
    for n, spot in enumerate(chosen):
        text = f"Nota {n} sobre {spot.kind}"
        pa.mu_note(doc, spot.page, spot, text, "Ana Ruiz")
        notes[text] = spot
    return pa.mu_save(doc, tmp_path / "anotado.pdf"), notes


def _assert_true_or_unplaced(result: PdfImport, notes: dict[str, pa.Spot]) -> None:
    for comment in result.comments:
        spot = notes[comment.text]
        if comment.status != "unplaced":
            assert (comment.target_kind, comment.target_id) == (spot.kind, spot.item_id)


def test_deleting_a_page_keeps_every_other_note_on_its_item(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    noted, notes = _noted(draft, tmp_path)
    pages = {s.page for s in notes.values()}
    gone = sorted(pages)[1]
    cut = pa.mu_delete(noted, tmp_path / "sin-pagina.pdf", gone)

    result = import_pdf_comments(demo_db, cut)

    _assert_true_or_unplaced(result, notes)
    kept = {t for t, s in notes.items() if s.page != gone}
    assert {c.text for c in result.comments if c.status == "added"} == kept
    assert result.unplaced == []


def test_reordered_and_extracted_pages_place_each_note_and_add_no_duplicates(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    noted, notes = _noted(draft, tmp_path)
    total = len(pymupdf.open(noted))
    reordered = pa.pypdf_reorder(noted, tmp_path / "al-reves.pdf", list(range(total, 0, -1)))
    first = import_pdf_comments(demo_db, reordered)
    _assert_true_or_unplaced(first, notes)
    assert first.count("added") == len(notes)

    # The same notes again, from a copy with pages moved by another library, and from an
    # extract of a few pages into a new document: nothing new.
    moved = pa.mu_select(noted, tmp_path / "movidas.pdf", [*range(2, total + 1), 1])
    pages = sorted({s.page for s in notes.values()})
    extract = pa.mu_extract(noted, tmp_path / "extracto.pdf", pages[1], pages[-2])
    for again in (noted, moved, extract):
        result = import_pdf_comments(demo_db, again)
        _assert_true_or_unplaced(result, notes)
        assert result.count("added") == 0
        assert result.unplaced == []
        assert result.count("existing") == len(result.comments)
    assert len(EntityService(demo_db).list_records("comments")) == len(notes)


@pytest.mark.parametrize("xmp", [False, True], ids=["info-dropped", "info-and-xmp-dropped"])
def test_the_map_survives_a_rewrite_without_the_information_dictionary(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path, xmp: bool
) -> None:
    noted, notes = _noted(draft, tmp_path)
    bare = pa.mu_drop_info(noted, tmp_path / "sin-info.pdf", xmp=xmp)
    assert pymupdf.open(bare).metadata["title"] == "Revisado"

    result = import_pdf_comments(demo_db, bare)

    _assert_true_or_unplaced(result, notes)
    assert result.count("added") == len(notes)


def test_only_the_drawn_page_text_left_still_places_notes_with_the_xmp_map(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    noted, notes = _noted(draft, tmp_path)
    stripped = pa.pypdf_strip_pages(noted, tmp_path / "sin-objetos.pdf")
    total = len(pymupdf.open(stripped))
    reordered = pa.pypdf_reorder(stripped, tmp_path / "x.pdf", [*range(2, total + 1), 1])
    # pypdf's new writer dropped the information dictionary; the XMP went with it too.
    with_map = pa.mu_select(stripped, tmp_path / "y.pdf", [*range(2, total + 1), 1])

    result = import_pdf_comments(demo_db, with_map)
    _assert_true_or_unplaced(result, notes)
    assert result.count("added") == len(notes)
    # No map anywhere and no page objects: the file says so instead of guessing.
    with pytest.raises(UserError, match="borró el mapa"):
        import_pdf_comments(demo_db, reordered)


def test_a_page_of_another_draft_is_not_trusted(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    noted, notes = _noted(draft, tmp_path)
    # The page objects say page 2, the drawn text says otherwise: such a page is unplaced.
    doc = pymupdf.open(noted)
    spot = next(iter(notes.values()))
    page = doc[spot.page - 1]
    doc.xref_set_key(page.xref, "CocreaPage", f"({draft[1]['plan_id']} 1 2)")
    forged = pa.mu_save(doc, tmp_path / "falsa.pdf")

    result = import_pdf_comments(demo_db, forged)

    _assert_true_or_unplaced(result, notes)
    assert {c.reason for c in result.unplaced} == {"page_mismatch"}


def test_a_linearized_file_and_an_incremental_save_after_it_place_every_note(
    demo_db: Database, draft: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """Linearized ("fast web view", as Acrobat and qpdf write it: pikepdf is qpdf), then a note
    added by a reader that saves incrementally on top of the linearized file."""
    import pikepdf

    noted, notes = _noted(draft, tmp_path)
    linear = tmp_path / "linealizado.pdf"
    with pikepdf.open(noted) as pdf:
        pdf.save(linear, linearize=True)
    with pikepdf.open(linear) as pdf:
        assert pdf.is_linearized

    result = import_pdf_comments(demo_db, linear)

    assert (result.count("added"), result.unplaced) == (len(notes), [])
    _assert_true_or_unplaced(result, notes)

    extra = pa.spots(draft[1], "milestones", 5)[-1]
    linearized = linear.read_bytes()
    doc = pymupdf.open(linear)
    pa.mu_note(doc, extra.page, extra, "Nota guardada sobre el linealizado", "Luis")
    appended = pa.mu_save(doc, linear, "incremental")
    saved = appended.read_bytes()
    assert len(saved) > len(linearized) and saved.startswith(linearized)  # appended to it
    again = import_pdf_comments(demo_db, appended)
    assert (again.count("added"), again.count("existing"), again.unplaced) == (1, len(notes), [])
    [added] = [c for c in again.comments if c.status == "added"]
    assert (added.target_kind, added.target_id) == (extra.kind, extra.item_id)
