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
