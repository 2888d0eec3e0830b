"""What a PDF viewer shows before anyone reads a page: the title (not the file name), the
bookmarks panel open, and XMP metadata that agrees with the information dictionary. Read with
pypdf and with PyMuPDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from pypdf import PdfReader

from cocreation_app.reports import export_attendance, export_plan
from cocreation_app.storage import Database


@pytest.fixture(scope="module")
def exported(
    special_db: tuple[Database, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db, ids = special_db
    target = tmp_path_factory.mktemp("viewer") / "plan.pdf"
    export_plan(db, ids["plan"], target)
    return target


def test_the_viewer_shows_the_title_and_opens_the_bookmarks(exported: Path) -> None:
    root = PdfReader(exported).trailer["/Root"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert root["/PageMode"] == "/UseOutlines"
    with pymupdf.open(exported) as doc:
        catalog = doc.pdf_catalog()
        assert doc.xref_get_key(catalog, "PageMode") == ("name", "/UseOutlines")
        assert doc.xref_get_key(catalog, "ViewerPreferences/DisplayDocTitle") == ("bool", "true")


def test_xmp_carries_title_language_tool_and_the_information_dictionary_dates(
    exported: Path,
) -> None:
    reader = PdfReader(exported)
    xmp = reader.xmp_metadata
    assert xmp is not None
    info = reader.metadata
    assert info is not None
    assert xmp.dc_title["x-default"] == info.title
    assert xmp.dc_language == ["es-MX"]
    assert xmp.xmp_creator_tool == info.creator and info.creator.startswith("Cocrea ")
    created = info.creation_date
    assert created is not None
    for stamp in (xmp.xmp_create_date, xmp.xmp_modify_date, xmp.xmp_metadata_date):
        assert stamp is not None
        assert stamp.replace(tzinfo=None) == created.astimezone(dt.UTC).replace(tzinfo=None)
    with pymupdf.open(exported) as doc:
        packet = doc.get_xml_metadata()
        assert "<xmp:CreateDate>" in packet and "<xmp:CreatorTool>Cocrea " in packet
        assert doc.metadata["title"] == info.title


def test_the_attendance_sheet_shows_its_title_too(
    special_db: tuple[Database, dict[str, Any]], tmp_path: Path
) -> None:
    db, ids = special_db
    target = tmp_path / "sheet.pdf"
    export_attendance(db, ids["workshops"][0], target)
    root = PdfReader(target).trailer["/Root"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a pypdf BooleanObject)
