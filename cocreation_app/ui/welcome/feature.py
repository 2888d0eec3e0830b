"""The welcome panel of a database without plans (see :mod:`.panel`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreation_app.ui.welcome.panel import CentralStack

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    if isinstance(window.centralWidget(), CentralStack):
        return  # installed already
    window.welcome = CentralStack(window)  # type: ignore[attr-defined]
