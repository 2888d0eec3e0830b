from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.reports import ITEM_MAP_KEY, export_plan, read_item_map
from cocreation_app.storage import Database
from tests.reports.conftest import SPECIAL
from tests.reports.pdfcheck import font_descriptors, outline_titles, page_texts, squash


@pytest.fixture(scope="module")
def exported(
    special_db: tuple[Database, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db, ids = special_db
    target = tmp_path_factory.mktemp("plan") / "plan.pdf"
    export_plan(db, ids["plan"], target, invariant=True)
    return target


@pytest.fixture
def special(special_db: tuple[Database, dict[str, Any]]) -> Database:
    return special_db[0]


def test_every_commitment_milestone_and_special_character_is_printed(
    exported: Path, special_plan: dict[str, Any]
) -> None:
    text = " ".join(page_texts(exported))
    for title in special_plan["commitments"].values():
        assert squash(title) in text
    for title in special_plan["milestones"].values():
        assert title in text
    for char in SPECIAL.split():
        assert char in text, char
    assert SPECIAL in text


def test_page_count_header_footer_and_cover(exported: Path) -> None:
    texts = page_texts(exported)
    # cover, contents, body, 3 commitments (one with a 40-milestone table), annex
    assert 8 <= len(texts) <= 16
    assert "BORRADOR" in texts[0]
    assert "Versión 3" in texts[0]
    assert "Ixtenco" in texts[0] and "Tlaxcala" in texts[0]
    assert "Instituto de Acceso a la Información Pública de Tlaxcala" in texts[0]
    assert "1 de marzo" not in texts[0]  # plan period, not a commitment's
    assert "15 de enero de 2026 – 31 de diciembre de 2027" in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Página {number} de {len(texts)}" in text
        assert "Borrador, versión 3" in text


def test_contents_links_and_bookmarks(exported: Path, special_plan: dict[str, Any]) -> None:
    titles = outline_titles(exported)
    for section in ("1. Contexto", "3. Metodología", "6. Compromisos"):
        assert section in titles
    assert any(t.startswith("Compromiso 2. Compromiso con un título muy largo") for t in titles)
    assert "Anexo. Personas participantes" in titles
    contents = PdfReader(exported).pages[1]
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert len([a for a in links if a.get("/Subtype") == "/Link"]) >= len(titles)
    assert "Contenido" in page_texts(exported)[1]


def test_all_fonts_are_embedded(exported: Path) -> None:
    fonts = font_descriptors(exported)
    assert fonts
    for name, descriptor in fonts:
        assert descriptor is not None, name
        assert "/FontFile2" in descriptor.get_object(), name


def test_item_map_points_at_the_pages_that_show_each_item(
    exported: Path, special_plan: dict[str, Any]
) -> None:
    mapping = read_item_map(exported)
    assert mapping["plan_id"] == special_plan["plan"]
    assert mapping["draft_version"] == 3
    texts = page_texts(exported)
    reader = PdfReader(exported)
    by_kind: dict[str, dict[str, Any]] = {}
    for item in mapping["items"]:
        by_kind.setdefault(item["kind"], {})[item["id"]] = item
        box = reader.pages[item["page"] - 1].mediabox
        x0, y0, x1, y1 = item["bbox"]
        assert 0 <= x0 < x1 <= float(box.width) and 0 <= y0 < y1 <= float(box.height)
    assert set(by_kind["commitments"]) == set(special_plan["commitments"])
    assert set(by_kind["milestones"]) == set(special_plan["milestones"])
    assert set(by_kind["problems"]) == {special_plan["problem"]}
    assert set(by_kind["solutions"]) == {special_plan["solution"]}
    for item_id, title in special_plan["commitments"].items():
        assert squash(title) in texts[by_kind["commitments"][item_id]["page"] - 1]
    for item_id, title in special_plan["milestones"].items():
        assert title in texts[by_kind["milestones"][item_id]["page"] - 1]
    # The 40-milestone table breaks across pages: its rows are mapped on more than one page.
    assert len({item["page"] for item in by_kind["milestones"].values()}) >= 2
    long_commitment = next(k for k, v in special_plan["commitments"].items() if "largo" in v)
    assert len(by_kind["commitments"][long_commitment]["spans"]) >= 2


def test_metadata(exported: Path) -> None:
    reader = PdfReader(exported)
    info = reader.metadata
    assert info is not None
    assert info.title is not None and SPECIAL in info.title
    assert info.author == "Secretariado Técnico Local de Ixtenco, Tlaxcala"
    assert info.subject == "Borrador del Plan de Acción Local, versión 3"
    assert f"/{ITEM_MAP_KEY}" in info
    assert reader.trailer["/Root"]["/Lang"] == "es-MX"


def test_output_is_deterministic_in_invariant_mode(
    special: Database, special_plan: dict[str, Any], exported: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.pdf"
    export_plan(special, special_plan["plan"], again, invariant=True)
    assert again.read_bytes() == exported.read_bytes()


def test_a4_paper(special: Database, special_plan: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "a4.pdf"
    export_plan(special, special_plan["plan"], target, paper="a4", invariant=True)
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_demo_plan_exports(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    target = tmp_path / "demo.pdf"
    mapping = export_plan(demo_db, demo_plan_id, target, invariant=True)
    texts = page_texts(target)
    assert 10 <= len(texts) <= 30
    assert {item["kind"] for item in mapping["items"]} == {
        "problems",
        "solutions",
        "commitments",
        "milestones",
    }
    # Only people who consented are named; the others are counted.
    annex = texts[-1]
    assert "Anexo. Personas participantes" in annex
    assert "sin autorizar la publicación de su nombre" in annex


def test_people_who_did_not_consent_are_not_named(
    exported: Path, special_plan: dict[str, Any]
) -> None:
    text = " ".join(page_texts(exported))
    assert "Persona 0" in text and "Persona 3" in text
    assert "Persona 2" not in text and "Persona 4" not in text
    assert "persona0@example.org" not in text


def test_missing_plan_and_bad_target(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_plan(db, "no-such-plan", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="carpeta"):
        export_plan(db, "no-such-plan", tmp_path / "missing" / "x.pdf")
    with pytest.raises(UserError, match="papel"):
        export_plan(db, "no-such-plan", tmp_path / "x.pdf", paper="legal")
    assert not any(p.suffix in (".pdf", ".tmp") for p in tmp_path.iterdir())


def test_read_item_map_rejects_other_files(tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"not a pdf")
    with pytest.raises(UserError):
        read_item_map(other)


def test_problems_show_the_prioritization_ranking(
    special: Database, exported: Path, special_plan: dict[str, Any]
) -> None:
    from cocreation_app.services.prioritization import rank_problems

    ranked = rank_problems(special, special_plan["workshops"][0])
    assert ranked[0].problem_id == special_plan["problem"]
    text = " ".join(page_texts(exported))
    assert "Priorización en «Mesa 1: diagnóstico», 11 de febrero de 2026" in text
    assert "Lugar 1 en «Mesa 1: diagnóstico»: 7 puntos" in text
