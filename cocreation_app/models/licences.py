"""The licences an open-data package may carry: one list for the package, the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class License:
    name: str
    title: str
    path: str


LICENSES: dict[str, License] = {
    "CC-BY-4.0": License(
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC0-1.0": License(
        "CC0-1.0",
        "CC0 1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    "ODbL-1.0": License(
        "ODbL-1.0",
        "Open Data Commons Open Database License 1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
}
DEFAULT_LICENSE = "CC-BY-4.0"
