"""The static tracker in a real browser: Debian's Chromium, headless, driven by Playwright.

Chromium starts with a fresh profile and without any background networking; the test records
every request the pages make (only files of the site itself are allowed), every console error,
follows every link, and reads every page at a phone's width.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from playwright.sync_api import sync_playwright

from cocreation_app.i18n import set_language
from cocreation_app.reports.site import export_site
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 740}


def _chromium() -> str:
    found = shutil.which("chromium")
    assert found, "make test installs Debian's chromium package"
    return found


def _crawl(site: Path, profile: Path, viewport: dict[str, int]) -> dict[str, dict]:
    """Open every page reachable from index.html; per page: its text, its links, what it
    requested, its console errors and how wide it is drawn."""
    root = site.resolve()
    pages: dict[str, dict] = {}
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=_chromium(),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport=viewport,
        )
        try:
            page = context.new_page()
            requests: list[str] = []
            errors: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.on(
                "console",
                lambda message: errors.append(message.text) if message.type == "error" else None,
            )
            page.on("pageerror", lambda error: errors.append(str(error)))
            queue = [root / "index.html"]
            while queue:
                path = queue.pop()
                if str(path) in pages:
                    continue
                requests.clear()
                errors.clear()
                response = page.goto(path.as_uri())
                assert response is not None and response.ok, path
                page.wait_for_load_state("load")
                links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
                raw = page.eval_on_selector_all(
                    "a[href]", "els => els.map(e => e.getAttribute('href'))"
                )
                pages[str(path)] = {
                    "text": page.inner_text("body"),
                    "title": page.title(),
                    "links": links,
                    "raw_links": raw,
                    "requests": list(requests),
                    "errors": list(errors),
                    "scroll_width": page.evaluate("document.documentElement.scrollWidth"),
                    "inner_width": page.evaluate("window.innerWidth"),
                }
                for link in links:
                    target = Path(unquote(urlparse(link).path))
                    if target.suffix == ".html" and str(target) not in pages:
                        queue.append(target)
            if viewport == PHONE:
                page.goto((root / "index.html").as_uri())
                page.screenshot(path=str(profile.parent / "phone.png"), full_page=True)
        finally:
            context.close()
    return pages


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_site_works_offline_in_chromium(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, language: str
) -> None:
    set_language(language)
    export_site(demo_db, demo_plan_id, tmp_path / "sitio")
    stick = tmp_path / "usb" / "seguimiento"  # copied elsewhere: relative links still work
    shutil.copytree(tmp_path / "sitio", stick)
    shutil.rmtree(tmp_path / "sitio")
    pages = _crawl(stick, tmp_path / "profile", {"width": 1280, "height": 900})
    commitments = EntityService(demo_db).list_records("commitments", plan_id=demo_plan_id)
    assert len(pages) == 1 + len(commitments)
    index = pages[str((stick / "index.html").resolve())]
    for commitment in commitments:
        assert commitment["title"] in index["text"]
    heading = {"es": "Datos abiertos", "en": "Open data"}[language]
    assert heading in index["text"]
    every_text = "\n".join(p["text"] for p in pages.values())
    assert "calendario_tandeo.csv" in every_text  # evidence listed on its commitment's page
    # The attendance list names people and is not publishable: counted, not listed, not copied.
    assert "lista_asistencia_capacitacion.csv" not in every_text
    withheld = {"es": "Evidencias no publicadas", "en": "Unpublished evidence"}[language]
    assert withheld in every_text
    copied = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in stick.rglob("*.*"))
    assert "Rosa Hernández Gómez" not in copied
    for path, page in pages.items():
        assert page["errors"] == [], (path, page["errors"])
        for url in page["requests"]:
            assert url.startswith("file://"), (path, url)  # nothing from outside the folder
        for raw in page["raw_links"]:
            assert not urlparse(raw).scheme and not raw.startswith("/"), (path, raw)
        for link in page["links"]:
            target = Path(unquote(urlparse(link).path)).resolve()
            assert target.is_file(), (path, link)
            assert target.is_relative_to(stick.resolve()), (path, link)


def test_the_site_reads_on_a_phone(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    export_site(demo_db, demo_plan_id, tmp_path / "sitio")
    pages = _crawl(tmp_path / "sitio", tmp_path / "profile", PHONE)
    for path, page in pages.items():
        assert page["inner_width"] == PHONE["width"], path
        assert page["scroll_width"] <= page["inner_width"], (path, page["scroll_width"])
        assert page["errors"] == [], path
