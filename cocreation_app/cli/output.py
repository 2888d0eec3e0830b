"""What the subcommands print for scripts: stable JSON (docs/cli.md)."""

from __future__ import annotations

from typing import Any


def print_json(data: Any) -> None:
    import json  # not at the top: opening the window (no subcommand) prints no JSON

    print(json.dumps(data, ensure_ascii=False, indent=2))
