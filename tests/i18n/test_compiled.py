"""The compiled ``.qm`` catalogs the window loads are built from the current ``.ts`` files.

``.qm`` files are build outputs (ignored by git): ``make translations`` builds them, and
``make test`` / ``make run`` run it first. A missing or stale ``.qm`` means the window would
show old translations, so it fails here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QTranslator

from cocreation_app.paths import translations_dir
from tools.i18n import build, extract


def test_every_qm_is_newer_than_its_ts() -> None:
    stale = []
    for ts in extract.ts_files(translations_dir()):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(qm.name)
    assert stale == [], f"run `make translations`: {stale} missing or older than the .ts"


def test_build_compiles_only_what_is_stale(tmp_path: Path) -> None:
    ts = tmp_path / "cocreation_en.ts"
    shutil.copy(translations_dir() / "cocreation_en.ts", ts)
    assert build.build(tmp_path) == [ts.with_suffix(".qm")]
    assert build.build(tmp_path) == []
    later = ts.with_suffix(".qm").stat().st_mtime + 10
    os.utime(ts, (later, later))
    assert build.build(tmp_path) == [ts.with_suffix(".qm")]
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("MainWindow", "&Archivo") == "&File"
