"""Start-up time and peak memory: Belonging against a bare PySide6 window, alternating.

Each start is a new process (`launch.py`), timed from just before it is spawned to the idle
turn after its window is ready, on the parent's and child's shared monotonic clock. The
three kinds are run in turns (bare, app, first of the day, then the other way round, …) so
that a slow moment of the machine falls on all alike, after one unmeasured start of the bare
window and the app: that one compiles the bytecode caches and warms the disk cache (its time
is reported on its own). A first start of the day is an app start with today's backup taken
away, as a person meets it every morning: the full check and the day's backup run again.

Python's bytecode caches go to a folder under the benchmark's temporary folder
(PYTHONPYCACHEPREFIX), since an installed app always has them and this checkout may be set
not to write them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from belonging.storage.files.locations import daily_backup_path

LAUNCHER = Path(__file__).with_name("launch.py")


@dataclass
class StartSample:
    """One start: milliseconds to the window shown and idle, to ready (Home listing every
    pair) and idle, and to fully open and idle; the peak resident memory (VmHWM, KB) up to
    ready and up to fully open. The bare window is fully open when it is ready."""

    mode: str
    shown_ms: float
    ready_ms: float
    peak_rss_kb: int
    open_ms: float
    open_peak_rss_kb: int


@dataclass
class StartupResult:
    """Every start of each kind (`first` the first starts of the day), and the run's first
    app start (cold caches)."""

    bare: list[StartSample] = field(default_factory=list)
    app: list[StartSample] = field(default_factory=list)
    first: list[StartSample] = field(default_factory=list)
    first_app_start_ms: float = 0.0

    def median(self, mode: str, what: str) -> float:
        """The median of `what` (shown_ms, ready_ms, peak_rss_kb) over the starts of `mode`."""
        return statistics.median(getattr(s, what) for s in getattr(self, mode))


def child_environment(run_dir: Path) -> dict[str, str]:
    """The environment both kinds of start get: offscreen unless a platform is set,
    private config and cache folders, and bytecode caches outside the checkout."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPYCACHEPREFIX"] = str(run_dir.parent / "pycache")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        folder = run_dir / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return env


def start_once(mode: str, data_dir: Path, pairs: int, env: dict[str, str]) -> StartSample:
    """Starts one process of `mode` ("bare", "app", or "first": the app's first start of
    the day) and reads what it reported."""
    if mode == "first":
        daily_backup_path(data_dir, date.today()).unlink(missing_ok=True)
    kind = "bare" if mode == "bare" else "app"
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), kind, str(data_dir), str(pairs)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate(timeout=300)
    lines = [line for line in stdout.splitlines() if line.startswith("BENCH ")]
    if not lines:
        raise RuntimeError(f"{mode} start reported nothing (exit {process.returncode}):\n{stderr}")
    report = json.loads(lines[-1][len("BENCH ") :])
    if "error" in report:
        raise RuntimeError(f"{mode} start failed: {report['error']}\n{stderr[-3000:]}")
    times = report["times"]
    ready_ms = (times["ready_idle"] - started) * 1000
    return StartSample(
        mode=mode,
        shown_ms=(times["shown_idle"] - started) * 1000,
        ready_ms=ready_ms,
        peak_rss_kb=report["peak_rss_kb"],
        open_ms=(times["open_idle"] - started) * 1000 if "open_idle" in times else ready_ms,
        open_peak_rss_kb=report["open_peak_rss_kb"],
    )


def measure_startup(data_dir: Path, pairs: int, run_dir: Path, runs: int = 5) -> StartupResult:
    """`runs` starts of each kind, alternating, after one unmeasured start of the bare
    window and the app."""
    env = child_environment(run_dir)
    result = StartupResult()
    start_once("bare", data_dir, pairs, env)
    result.first_app_start_ms = start_once("app", data_dir, pairs, env).open_ms
    for index in range(runs):
        order = ("bare", "app", "first") if index % 2 == 0 else ("first", "app", "bare")
        for mode in order:
            getattr(result, mode).append(start_once(mode, data_dir, pairs, env))
    return result
