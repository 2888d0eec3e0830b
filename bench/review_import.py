"""Importing a reviewed draft at the count limit: 1,000 sticky notes written with PyMuPDF.

`python -m bench.review_import [--notes N] [--profile FILE]` loads the demo plan into a fresh
database, exports its draft, writes N notes (default: the count limit, reports/pdf_annotations.py
MAX_ANNOTATIONS) spread over the items of the draft with PyMuPDF (needs the test extras), saves
the file as a reader does (full rewrite), then times `import_pdf_comments` into a copy of the
database (median of --runs), and the refusal of a file one note over the limit. Prints one JSON
object with the figures and the load average; `--profile` writes cProfile stats of one import.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.timing import median


def _annotate(source: Path, target: Path, notes: int) -> int:
    """``notes`` sticky notes over the draft's items, each at the top-left of an item box."""
    import pymupdf

    from cocreation_app.reports.item_map import read_item_map

    spans = [
        (span["page"], span["bbox"])
        for item in read_item_map(source)["items"]
        for span in item["spans"]
    ]
    doc = pymupdf.open(source)
    for n in range(notes):
        page_number, (x0, _y0, _x1, y1) = spans[n % len(spans)]
        page = doc[page_number - 1]
        point = pymupdf.Point(x0 + 4 + (n // len(spans)) % 40, y1 - 4) * page.transformation_matrix
        annot = page.add_text_annot(point, f"Observación {n + 1}: revisar la redacción.")
        annot.set_info(title=f"Revisora {n % 7}", content=f"Observación {n + 1}.")
        annot.update()
    doc.save(target, garbage=4, deflate=True, clean=True)
    doc.close()
    return len(spans)


def measure(notes: int, runs: int, profile: Path | None) -> dict[str, Any]:
    from cocreation_app.errors import UserError
    from cocreation_app.reports import export_plan
    from cocreation_app.reports.pdf_annotations import MAX_ANNOTATIONS
    from cocreation_app.reports.pdf_comments import import_pdf_comments
    from cocreation_app.services.demo import load_demo
    from cocreation_app.storage import open_database

    with tempfile.TemporaryDirectory(prefix="cocrea-bench-review-") as name:
        folder = Path(name)
        base = folder / "base.sqlite3"
        db = open_database(base)
        plan_id = load_demo(db)
        draft = folder / "borrador.pdf"
        export_plan(db, plan_id, draft)
        db.close()
        reviewed = folder / "revisado.pdf"
        boxes = _annotate(draft, reviewed, notes)
        over = folder / "demasiados.pdf"
        _annotate(draft, over, MAX_ANNOTATIONS + 1)

        times: list[float] = []
        added = 0
        for run in range(runs):
            copy = folder / f"run{run}.sqlite3"
            shutil.copy(base, copy)
            db = open_database(copy)
            profiler = cProfile.Profile() if profile is not None and run == 0 else None
            started = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            result = import_pdf_comments(db, reviewed)
            if profiler is not None:
                profiler.disable()
            times.append(time.perf_counter() - started)
            added = result.count("added")
            if profiler is not None and profile is not None:
                profiler.dump_stats(str(profile))
            reimport = time.perf_counter()
            again = import_pdf_comments(db, reviewed).count("added")
            reimport_seconds = time.perf_counter() - reimport
            db.close()

        db = open_database(base)
        started = time.perf_counter()
        try:
            import_pdf_comments(db, over)
            refused = False
        except UserError:
            refused = True
        refusal_seconds = time.perf_counter() - started
        db.close()
        return {
            "notes": notes,
            "item_boxes": boxes,
            "pdf_bytes": reviewed.stat().st_size,
            "added": added,
            "import_seconds": round(median(times), 3),
            "import_runs": [round(t, 3) for t in times],
            "reimport_added": again,
            "reimport_seconds": round(reimport_seconds, 3),
            "over_limit_refused": refused,
            "over_limit_seconds": round(refusal_seconds, 3),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }


def main(argv: list[str] | None = None) -> int:
    from cocreation_app.reports.pdf_annotations import MAX_ANNOTATIONS

    parser = argparse.ArgumentParser(prog="python -m bench.review_import")
    parser.add_argument("--notes", type=int, default=MAX_ANNOTATIONS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.notes, args.runs, args.profile), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
