"""Start-up of the real application against the bare PySide6 window, both as fresh processes.

The application is started the way a facilitator starts it (``cocreation --db FILE``) with
``COCREA_BENCH_READY=1``: the window prints ``COCREA_READY`` once it is shown and the first page of
participants is loaded, then ``COCREA_STARTED`` once the rest of the application has loaded
(a staged start, see ``MainWindow.continue_start``), and quits. Start-up is the time from process
spawn to the first line; the second is reported beside it. Peak memory is the child's maximum
resident set size (``wait4``), so it covers the whole start. The children are spawned by a fresh,
small process (``python -m bench.startup``): Linux counts the pages of the process that forks a
child in that child's peak, and the benchmark's own process holds size L's generated data
(a 160 MiB start measured 604 MiB when launched from it).

The package is byte-compiled first, as an installed application is (a wheel or the frozen
build): with ``PYTHONDONTWRITEBYTECODE`` set, a source checkout would otherwise compile its
modules at every start.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.timing import Unavailable, median

BENCH_DIR = Path(__file__).resolve().parent
READY = "COCREA_READY"
STARTED = "COCREA_STARTED"
TIMEOUT_S = 120


@dataclass(frozen=True)
class Launch:
    seconds: float  # to the ready line
    complete_seconds: float  # to the started line
    peak_mib: float
    cpu_seconds: float


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "COCREA_BENCH_READY": "1",
            # Settings and data of the runs stay out of the user's folders.
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
    )
    return env


def launch(command: list[str], env: dict[str, str]) -> Launch:
    """Spawn ``command``, wait for its lines and the exit; wall times and peak RSS."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    assert process.stdout is not None
    seconds = complete = None
    deadline = started + TIMEOUT_S
    for line in process.stdout:
        word = line.strip()
        if word == READY:
            seconds = time.perf_counter() - started
        elif word == STARTED:
            complete = time.perf_counter() - started
        if time.perf_counter() > deadline:
            break
    process.stdout.close()
    if seconds is None:
        process.kill()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read() if process.stderr else ""
    if seconds is None or complete is None or process.returncode != 0:
        raise Unavailable(
            f"{' '.join(command[-3:])} did not report ready (exit {process.returncode}): "
            f"{stderr.strip()[-400:]}"
        )
    # ru_maxrss is in KiB on Linux; CPU time shows the work apart from a busy machine's waits.
    return Launch(seconds, complete, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def app_command(db_path: Path) -> list[str]:
    return [sys.executable, "-m", "cocreation_app.cli", "--db", str(db_path)]


def bare_command() -> list[str]:
    return [sys.executable, str(BENCH_DIR / "bare_window.py")]


def measure_startup(db_path: Path, runs: int) -> dict[str, float]:
    """Median start-up seconds of the application and of the bare window, and the app's peak,
    measured from a fresh process (see the module's docstring)."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.startup", str(db_path), str(runs)],
        capture_output=True,
        text=True,
        cwd=BENCH_DIR.parent,
        check=False,
    )
    if result.returncode != 0:
        raise Unavailable(result.stderr.strip()[-400:] or f"exit {result.returncode}")
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def _measure(db_path: Path, runs: int) -> dict[str, float]:
    compileall.compile_dir(BENCH_DIR.parent / "cocreation_app", quiet=1)
    with tempfile.TemporaryDirectory(prefix="cocrea-bench-") as home:
        env = _environment(Path(home))
        # One untimed start of each first: the first run pays for cold disk caches.
        launch(bare_command(), env)
        launch(app_command(db_path), env)
        app: list[Launch] = []
        bare: list[Launch] = []
        for _ in range(runs):  # interleaved, so drift on a shared machine hits both alike
            bare.append(launch(bare_command(), env))
            app.append(launch(app_command(db_path), env))
    app_seconds = median([run.seconds for run in app])
    bare_seconds = median([run.seconds for run in bare])
    app_cpu = median([run.cpu_seconds for run in app])
    bare_cpu = median([run.cpu_seconds for run in bare])
    return {
        "startup_cpu_ratio": app_cpu / bare_cpu,
        "startup_cpu_seconds": app_cpu,
        "startup_bare_cpu_seconds": bare_cpu,
        "startup_ratio": app_seconds / bare_seconds,
        "startup_seconds": app_seconds,
        "startup_complete_seconds": median([run.complete_seconds for run in app]),
        "startup_bare_seconds": bare_seconds,
        "startup_peak_mib": max(run.peak_mib for run in app),
    }


if __name__ == "__main__":
    try:
        print(json.dumps(_measure(Path(sys.argv[1]), int(sys.argv[2]))))
    except Unavailable as exc:
        sys.exit(str(exc))
