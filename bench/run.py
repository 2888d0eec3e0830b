"""Run every benchmark at one size and write bench/results.json.

    .venv/bin/python -m bench.run L          # make bench
    .venv/bin/python -m bench.run M          # make bench-quick

Every figure is the median of several runs; each ratio is measured against its floor in the same
run, so that a busy machine slows both sides alike. A figure whose code is not built yet is left
out of results.json and listed under "missing" with the reason. Exit status 1 if a figure is
missing or misses its bar in DESIGN.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.generate import BENCH_DIR, generate
from bench.timing import Unavailable

# key: (bar, "max" or "below"), from DESIGN.md's quality bars.
BARS: dict[str, tuple[float, str]] = {
    "startup_ratio": (2.0, "max"),
    "startup_peak_mib": (200.0, "max"),
    "pdf_ratio": (2.5, "max"),
    "import_ratio": (5.0, "max"),
    "reimport_ratio": (0.2, "max"),
    "filter_ms": (30.0, "below"),
}
# The absolute figure printed beside each ratio.
BESIDE = {
    "startup_ratio": ("startup_seconds", "startup_bare_seconds"),
    "pdf_ratio": ("pdf_seconds", "pdf_floor_seconds"),
    "import_ratio": ("import_seconds", "import_floor_seconds"),
    "reimport_ratio": ("reimport_seconds", "import_seconds"),
}
RUNS = {"S": 3, "M": 3, "L": 3}
STARTUP_RUNS = {"S": 5, "M": 5, "L": 7}
# The L plan's PDF is about 2,000 pages (a minute of CPU per render): two runs of each side.
PDF_RUNS = {"S": 3, "M": 3, "L": 2}


def met(key: str, value: float) -> bool:
    bar, kind = BARS[key]
    return value <= bar if kind == "max" else value < bar


def _private_copy(source: Path, folder: Path) -> Path:
    """The runs open the database (and may write to it): they get a copy, never the cache."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def run(size: str) -> dict[str, Any]:
    from bench.filtering import measure_filter
    from bench.importing import measure_import
    from bench.pdf import measure_pdf
    from bench.startup import measure_startup

    generated = generate(size)
    runs = RUNS[size]
    results: dict[str, Any] = {
        "size": size,
        "counts": generated.counts,
        "bundle_changes": generated.bundle_changes,
        "runs": runs,
        "machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
        "missing": {},
    }
    with tempfile.TemporaryDirectory(prefix="cocrea-bench-") as folder:
        db_path = _private_copy(generated.plan_db, Path(folder))
        steps: list[tuple[str, Callable[[], dict[str, Any]]]] = [
            ("startup", lambda: measure_startup(db_path, STARTUP_RUNS[size])),
            ("filter", lambda: measure_filter(db_path, generated.plan_id, runs)),
            ("import", lambda: measure_import(generated.bundles, runs)),
            ("pdf", lambda: measure_pdf(db_path, generated.plan_id, PDF_RUNS[size])),
        ]
        for name, step in steps:
            started = time.perf_counter()
            print(f"[{size}] {name}…", flush=True)
            try:
                results.update(step())
            except Unavailable as exc:
                results["missing"][name] = str(exc)
            except Exception as exc:  # a broken piece is reported, the other figures still run
                results["missing"][name] = f"failed: {type(exc).__name__}: {exc}"
            print(f"[{size}] {name}: {time.perf_counter() - started:.1f} s", flush=True)
    return results


def table(results: dict[str, Any]) -> str:
    lines = [f"Cocrea benchmarks, size {results['size']} (median of runs)", ""]
    lines.append(f"{'figure':<18}{'value':>10}  {'bar':<8}{'':<6}  absolute")
    for key, (bar, kind) in BARS.items():
        if key not in results:
            lines.append(f"{key:<18}{'—':>10}  {'':<8}{'':<6}  not measured")
            continue
        value = results[key]
        verdict = "ok" if met(key, value) else "MISSED"
        mark = "≤" if kind == "max" else "<"
        beside = ""
        if key in BESIDE:
            own, other = BESIDE[key]
            beside = f"{results[own]:.3f} s / {results[other]:.3f} s"
        elif key == "filter_ms":
            beside = f"p95 {results['filter_p95_ms']:.1f} ms"
        lines.append(f"{key:<18}{value:>10.2f}  {mark + format(bar, 'g'):<8}{verdict:<6}  {beside}")
        if key == "startup_ratio":
            complete = results["startup_complete_seconds"]
            lines.append(f"{'':<44}every feature loaded at {complete:.3f} s")
    for name, reason in results["missing"].items():
        lines.append(f"missing {name}: {reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.run")
    parser.add_argument("size", choices=("S", "M", "L"))
    parser.add_argument("-o", "--output", default=str(BENCH_DIR / "results.json"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run(args.size)
    results["seconds"] = round(time.perf_counter() - started, 1)
    Path(args.output).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print()
    print(table(results))
    print(f"\nwritten {args.output} in {results['seconds']} s")
    missed = [key for key in BARS if key in results and not met(key, results[key])]
    return 1 if missed or results["missing"] else 0


if __name__ == "__main__":
    sys.exit(main())
