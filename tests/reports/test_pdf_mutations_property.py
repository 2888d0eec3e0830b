"""Property (issue 16): whatever an official's tools do to the annotated draft (pages deleted,
reordered or extracted, the file rewritten by PyMuPDF or pypdf, the information dictionary, the
XMP or the pages' own objects dropped), every note still in the file is placed on the item it
was written on or listed as unplaced, never placed on another item, and none goes missing."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocreation_app.errors import UserError
from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.reports.pdf_comments import import_pdf_comments
from cocreation_app.storage import Database, open_database
from tests.reports import pdf_annotators as pa

_counter = itertools.count()


@pytest.fixture(scope="module")
def annotated(
    tmp_path_factory: pytest.TempPathFactory, _demo_template: tuple[Path, str]
) -> Iterator[tuple[Database, Path, dict[str, pa.Spot], Path]]:
    folder = tmp_path_factory.mktemp("mutations")
    source, plan_id = _demo_template
    copy = folder / "demo.sqlite3"
    shutil.copy(source, copy)
    db = open_database(copy)
    draft = folder / "borrador.pdf"
    export_plan(db, plan_id, draft)
    mapping = read_item_map(draft)
    chosen = [
        *pa.spots(mapping, "problems", 4),
        *pa.spots(mapping, "solutions", 3),
        *pa.spots(mapping, "commitments", 5),
        *pa.spots(mapping, "milestones", 6),
    ]
    doc = pymupdf.open(draft)
    notes = {}
    for n, spot in enumerate(chosen):
        text = f"Nota {n}: {spot.kind}"
        pa.mu_note(doc, spot.page, spot, text, "Regidora")
        notes[text] = spot
    noted = pa.mu_save(doc, folder / "anotado.pdf")
    yield db, noted, notes, folder
    db.close()


def _pages(path: Path) -> int:
    with pymupdf.open(path) as doc:
        return len(doc)


@st.composite
def mutations(draw: Any) -> list[tuple[str, Any]]:
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(
            st.sampled_from(
                [
                    "delete",
                    "reorder_pymupdf",
                    "reorder_pypdf",
                    "extract",
                    "rewrite",
                    "drop_info",
                    "drop_info_and_xmp",
                    "strip_pages",
                ]
            )
        )
        steps.append((kind, draw(st.randoms(use_true_random=False))))
    return steps


def _apply(path: Path, folder: Path, kind: str, rnd: Any) -> Path:
    target = folder / f"m{next(_counter)}.pdf"
    total = _pages(path)
    if kind == "delete" and total > 1:
        return pa.mu_delete(path, target, rnd.randint(1, total))
    if kind in ("reorder_pymupdf", "reorder_pypdf"):
        order = list(range(1, total + 1))
        rnd.shuffle(order)
        if kind == "reorder_pypdf":
            return pa.pypdf_reorder(path, target, order)
        return pa.mu_select(path, target, order)
    if kind == "extract":
        first = rnd.randint(1, total)
        return pa.mu_extract(path, target, first, rnd.randint(first, total))
    if kind == "drop_info":
        return pa.mu_drop_info(path, target)
    if kind == "drop_info_and_xmp":
        return pa.mu_drop_info(path, target, xmp=True)
    if kind == "strip_pages":
        return pa.pypdf_strip_pages(path, target)
    return pa.mu_save(pymupdf.open(path), target)  # a full rewrite


def _texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [a.info["content"] for page in doc for a in page.annots() or []]


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=mutations())
def test_a_note_is_on_its_true_item_or_unplaced_never_on_another(
    annotated: tuple[Database, Path, dict[str, pa.Spot], Path], steps: list[tuple[str, Any]]
) -> None:
    db, noted, notes, folder = annotated
    path = noted
    for kind, rnd in steps:
        path = _apply(path, folder, kind, rnd)
    present = sorted(_texts(path))

    try:
        result = import_pdf_comments(db, path, dry_run=True)
    except UserError as exc:
        # Nothing left to place notes with: said so, nothing recorded.
        assert "borró el mapa" in str(exc) or "no es un borrador" in str(exc), exc
        return
    assert sorted(c.text for c in result.comments) == present
    for comment in result.comments:
        spot = notes[comment.text]
        if comment.status == "unplaced":
            continue
        assert (comment.target_kind, comment.target_id) == (spot.kind, spot.item_id)
