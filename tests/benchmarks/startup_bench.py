"""Start-up time and peak memory: Belonging against a bare PySide6 window, alternating.

Each start is a new process (`launch.py`), timed from just before it is spawned to the idle
turn after its window is ready, on the parent's and child's shared monotonic clock. The two
are run in turns (bare, app, app, bare, …) so that a slow moment of the machine falls on both
alike, after one unmeasured start of each: that one compiles the bytecode caches, warms the
disk cache, and makes the app's first backup of the day, which a user also pays only once
a day (its time is reported on its own).

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
from pathlib import Path

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
    """Every start of both kinds, and the first app start of the day."""

    bare: list[StartSample] = field(default_factory=list)
    app: list[StartSample] = field(default_factory=list)
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
    """Starts one process of `mode` ("bare" or "app") and reads what it reported."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), mode, str(data_dir), str(pairs)],
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
    """`runs` starts of each kind, alternating, after one unmeasured start of each."""
    env = child_environment(run_dir)
    result = StartupResult()
    start_once("bare", data_dir, pairs, env)
    result.first_app_start_ms = start_once("app", data_dir, pairs, env).open_ms
    for index in range(runs):
        order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
        for mode in order:
            getattr(result, mode).append(start_once(mode, data_dir, pairs, env))
    return result
