"""Guard against a Qt binding that leaks or drops references on signal emission.

PySide6 6.12.0 dropped one reference to ``True`` on every emission of a custom signal with an
argument; on Python 3.11 (where ``True`` is not immortal) a facilitator's long session then
aborted with "bool_dealloc". pyproject.toml pins PySide6 below 6.12 for that reason; this test
fails if a binding with that fault is installed.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    number = Signal(int)
    text = Signal(str)


def _references() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_signals_keeps_reference_counts(qtbot: Any) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.flag.connect(lambda value: None)
    emitter.number.connect(lambda value: None)
    emitter.text.connect(received.append)
    before = _references()
    for index in range(300):
        emitter.flag.emit(index % 2 == 0)
        emitter.number.emit(index)
        emitter.text.emit("x")
    received.clear()
    after = _references()
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 0, 0]
