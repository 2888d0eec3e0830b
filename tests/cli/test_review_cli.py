"""The review round trip through the real command: PDF out, sticky note in another library,
``import-pdf-comments`` back; and a review file from one laptop into another."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text
from pypdf.generic import NameObject, TextStringObject

from cocreation_app.reports.item_map import read_item_map
from tests.cli.conftest import Run


def _commitment_spot(pdf: Path, commitment_id: str) -> tuple[int, float, float]:
    from cocreation_app.reports.item_map import read_item_map

    mapping = read_item_map(pdf)
    [item] = [i for i in mapping["items"] if i["id"] == commitment_id]
    x0, _y0, x1, y1 = item["spans"][0]["bbox"]
    # Just under the commitment's heading: its own text, above its milestone table.
    return item["spans"][0]["page"], (x0 + x1) / 2, y1 - 4


def test_sticky_note_on_a_commitment_comes_back_through_the_command(
    cocreation: Run, demo_path: Path, tmp_path: Path
) -> None:
    plan_id = json.loads(cocreation("list", "plans", "--json", db=demo_path, check_rc=0).stdout)[0][
        "id"
    ]
    commitment = json.loads(
        cocreation("list", "commitments", "--plan", plan_id, "--json", db=demo_path).stdout
    )[2]["id"]
    cocreation("review-status", plan_id, "in_review", "--author", "STL", db=demo_path, check_rc=0)
    draft = tmp_path / "borrador.pdf"
    cocreation("export-plan", plan_id, "-o", str(draft), db=demo_path, check_rc=0)

    page, x, y = _commitment_spot(draft, commitment)
    writer = PdfWriter(clone_from=PdfReader(draft))
    note = Text(rect=(x, y - 20, x + 20, y), text="Aprobado, con visto bueno de Obras.")
    note[NameObject("/T")] = TextStringObject("Ing. Raúl Ortiz")
    writer.add_annotation(page - 1, note)
    margin = Text(rect=(300, 10, 320, 30), text="¿Y la portada?")
    writer.add_annotation(page - 1, margin)
    commented = tmp_path / "borrador-comentado.pdf"
    with open(commented, "wb") as handle:
        writer.write(handle)

    out = cocreation("import-pdf-comments", str(commented), db=demo_path, check_rc=0).stdout
    assert "Observaciones agregadas: 1" in out
    assert "¿Y la portada?" in out  # reported, not dropped
    assert "Aprobar (propuesto, por confirmar)" in out
    again = cocreation("import-pdf-comments", str(commented), db=demo_path, check_rc=0).stdout
    assert "Observaciones agregadas: 0; ya estaban importadas: 1." in again

    comments = json.loads(cocreation("list", "comments", "--json", db=demo_path).stdout)
    assert [(c["target_kind"], c["target_id"], c["verdict"], c["author"]) for c in comments] == [
        ("commitments", commitment, "proposed_approve", "Ing. Raúl Ortiz")
    ]
    assert comments[0]["source"] == "pdf" and comments[0]["draft_version"] == 1
    review = cocreation("review", plan_id, db=demo_path, check_rc=0).stdout
    assert "dictamen propuesto" in review
    # The facilitator confirms it; only then is it an approval.
    obs_id = comments[0]["id"]
    cocreation("edit", "comments", obs_id, "--set", "verdict=approve", db=demo_path, check_rc=0)
    assert "dictamen propuesto" not in cocreation("review", plan_id, db=demo_path).stdout


def test_review_file_from_one_laptop_shows_the_same_observations_on_another(
    cocreation: Run, demo_path: Path, tmp_path: Path
) -> None:
    facilitator = demo_path
    official = tmp_path / "oficina.sqlite3"
    plan_id = json.loads(cocreation("list", "plans", "--json", db=facilitator).stdout)[0]["id"]
    plan_file = tmp_path / "plan.cocrea"
    cocreation("export-bundle", "-o", str(plan_file), "--plan", plan_id, db=facilitator, check_rc=0)
    cocreation("init", db=official, check_rc=0)
    cocreation("import-bundle", str(plan_file), db=official, check_rc=0)
    milestone = json.loads(
        cocreation("list", "milestones", "--plan", plan_id, "--json", db=official).stdout
    )[0]["id"]
    cocreation(
        "observe",
        "milestones",
        milestone,
        "--text",
        "Falta el entregable.",
        "--author",
        "Lucía Méndez",
        "--institution",
        "Cabildo",
        "--verdict",
        "request_changes",
        db=official,
        check_rc=0,
    )
    review_file = tmp_path / "revision.cocrea"
    cocreation("export-review", plan_id, "-o", str(review_file), db=official, check_rc=0)
    cocreation("import-bundle", str(review_file), db=facilitator, check_rc=0)

    def comments(db: Path) -> list[dict[str, object]]:
        rows = json.loads(cocreation("list", "comments", "--json", db=db).stdout)
        return [
            {k: v for k, v in row.items() if k not in ("created_at", "updated_at")} for row in rows
        ]

    assert comments(facilitator) == comments(official)
    assert len(comments(facilitator)) == 1
    review = json.loads(cocreation("review", plan_id, "--json", db=facilitator).stdout)
    assert review["observations"][0]["target_id"] == milestone


@pytest.mark.parametrize("library", ["pymupdf", "pypdf"])
def test_replies_to_replies_written_in_a_reader_are_listed_in_their_thread(
    cocreation: Run, demo_path: Path, tmp_path: Path, library: str
) -> None:
    from tests.reports import pdf_annotators as pa

    plan_id = json.loads(cocreation("list", "plans", "--json", db=demo_path).stdout)[0]["id"]
    draft = tmp_path / "borrador.pdf"
    cocreation("export-plan", plan_id, "-o", str(draft), db=demo_path, check_rc=0)
    mapping = read_item_map(draft)
    spot = pa.free_spot(mapping, next(i for i in mapping["items"] if i["kind"] == "commitments"))
    assert spot is not None
    annotator = pa.Annotator(library, draft)
    question = annotator.note(spot, "¿Quién lo financia?", "Ana")
    answer = annotator.note(spot, "La Tesorería.", "Luis", reply_to=question)
    again = annotator.note(spot, "¿Con qué partida?", "Ana", reply_to=answer)
    annotator.note(spot, "La 3000.", "Luis", reply_to=again)
    annotator.note(spot, "Gracias.", "Ana", reply_to=question)
    commented = annotator.save(tmp_path / "comentado.pdf")

    out = cocreation("import-pdf-comments", str(commented), db=demo_path, check_rc=0).stdout
    assert "Observaciones agregadas: 5" in out

    listing = cocreation("review", plan_id, db=demo_path, check_rc=0).stdout
    thread = listing[listing.index("¿Quién lo financia?") :].splitlines()[1:5]
    assert thread == [
        "    ↳ Luis: La Tesorería.",
        "      ↳ Ana: ¿Con qué partida?",
        "        ↳ Luis: La 3000.",
        "    ↳ Ana: Gracias.",
    ]
    review = json.loads(cocreation("review", plan_id, "--json", db=demo_path).stdout)
    [root] = review["observations"]

    def tree(obs: dict[str, Any]) -> list[Any]:
        return [obs["text"], [tree(reply) for reply in obs["replies"]]]

    assert tree(root) == [
        "¿Quién lo financia?",
        [
            ["La Tesorería.", [["¿Con qué partida?", [["La 3000.", []]]]]],
            ["Gracias.", []],
        ],
    ]
