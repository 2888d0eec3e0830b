"""``cocreation --lang en`` speaks English throughout (argparse's own words too), the default
speaks Spanish, and the exports follow ``--lang``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocreation_app import cli
from cocreation_app.paths import translations_dir
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import open_database
from tools.i18n.ts import read_ts


def _only(contexts: set[str]) -> tuple[set[str], set[str]]:
    """(Spanish-only, English-only) strings of these contexts, placeholders cut out."""
    spanish, english = set(), set()
    for m in read_ts(translations_dir() / "cocreation_en.ts").messages.values():
        if m.context in contexts and m.state == "finished" and m.translation != m.source:
            spanish |= set(_fragments(m.source))
            english |= set(_fragments(m.translation))
    return spanish - english, english - spanish


def _fragments(text: str) -> list[str]:
    """The fixed words of a message, long enough to be recognisable in the output."""
    parts = re.split(r"\{[^{}]*\}|%\(\w+\)\w|%[sdr]", text.replace("&", ""))
    return [p.strip() for p in parts if len(p.strip()) >= 6]


def _found(fragment: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text) is not None


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # --help and usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _subcommands() -> list[str]:
    parser = cli.build_parser()
    return sorted(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_help_page_is_in_one_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spanish, english = _only({"cli", "argparse"})
    forbidden = spanish if language == "en" else english
    prefix = ["--lang", "en"] if language == "en" else []
    for command in [None, *_subcommands()]:
        code, out = _run([*prefix, *([command] if command else []), "--help"], capsys)
        assert code == 0
        assert out.startswith("usage: " if language == "en" else "uso: ")
        leaked = sorted(f for f in forbidden if _found(f, out))
        assert leaked == [], f"{command}: {leaked}"
    assert ("options:" in out) == (language == "en")


def test_usage_errors_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["--lang", "en", "list", "nope"], capsys)
    assert code == 2
    assert "incorrect usage: argument KIND: invalid choice: 'nope'" in out
    code, out = _run(["--lang", "en", "show"], capsys)
    assert code == 2 and "the following arguments are required: KIND, id" in out
    code, out = _run(["list", "nope"], capsys)
    assert code == 2 and "uso incorrecto: argumento TIPO: opción no válida: 'nope'" in out


def test_user_errors_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    code, out = _run(["--lang", "en", "--db", str(missing), "list", "plans"], capsys)
    assert code == 1
    assert out == (
        f"cocreation: error: The database “{missing}” does not exist. "
        "Create it with “cocreation init”.\n"
    )
    code, out = _run(["--lang", "en", "--db", str(missing), "init"], capsys)
    assert code == 0 and out.startswith("Database ready:")
    code, out = _run(["--lang", "en", "--db", str(missing), "add", "plans", "--set", "x=1"], capsys)
    assert code == 1 and "Unknown field for plans: “x”" in out


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_exports_follow_lang(
    demo_path: Path, demo_plan_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spanish, english = _only({"reports", "enum", "fields"})
    db = open_database(demo_path)
    service = EntityService(db)
    # What people typed is data, in Spanish in the demo: only interface text must change.
    data = " ".join(
        str(value)
        for kind in KINDS
        for record in service.list_records(kind)
        for value in record.values()
    )
    workshop_id = service.list_records("workshops", plan_id=demo_plan_id)[0]["id"]
    db.close()
    spanish = {f for f in spanish if f not in data}
    exports = {
        "export-plan": (demo_plan_id, "Methodology"),
        "export-attendance": (workshop_id, "Full name"),
    }
    for language in ("en", "es"):
        own, other = (english, spanish) if language == "en" else (spanish, english)
        for command, (row_id, english_heading) in exports.items():
            target = tmp_path / f"{command}-{language}.pdf"
            argv = ["--lang", language, "--db", str(demo_path), command, row_id, "-o", str(target)]
            assert _run(argv, capsys)[0] == 0
            text = " ".join(_pdf_text(target).split())
            assert (english_heading in text) == (language == "en")
            assert sorted(f for f in other if _found(f, text) and f not in own) == []
