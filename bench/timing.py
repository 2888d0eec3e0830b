"""Small helpers: medians of repeated runs, and a marker for a piece that is not built yet."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


class Unavailable(Exception):
    """The code a figure measures does not exist yet; the figure is left out, with the reason."""


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def timed(action: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
