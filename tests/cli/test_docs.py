"""docs/cli.md documents every field that --set accepts and --json prints."""

from __future__ import annotations

import re
from pathlib import Path

from cocreation_app.services.registry import KINDS

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_every_kind_and_field_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    sections = dict(re.findall(r"### `(\w+)`.*?\n(.*?)(?=\n### |\Z)", text, flags=re.S))
    for kind, spec in KINDS.items():
        assert kind in sections, kind
        documented = set(re.findall(r"^\| `(\w+)`", sections[kind], flags=re.M))
        assert {f.name for f in spec.fields} <= documented, kind


def test_every_list_subcommand_is_documented() -> None:
    from cocreation_app.cli import build_parser

    text = DOC.read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in ("export-participants", "export-attendance-list", "export-ranking"):
        assert name in commands and f"`{name} " in text, name
    assert "`import-participants PLAN FILE" in text
    options = {o for a in commands["import-participants"]._actions for o in a.option_strings}
    for option in options - {"-h", "--help"}:
        assert option in text, option
