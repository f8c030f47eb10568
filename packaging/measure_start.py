"""Measures the bundle against the app run from source: size on disk and time to a window.

    python packaging/measure_start.py packaging/dist/belonging --python .venv/bin/python

Start time is from launching the process to its window being mapped on a private X server
(xcb), each run on a fresh data folder and ended with Ctrl+Q. One untimed run of each warms
the disk cache; then the two alternate, so a slower moment of the machine hits both alike.
Prints a Markdown table for packaging/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xsession import log_tail, quit_by_keyboard, start_app, wait_for_window, x_server

WINDOW_TIMEOUT = 60.0
EXIT_TIMEOUT = 30.0


def time_to_window(command: list[str], scratch: Path, env: dict[str, str]) -> float:
    """Seconds from starting `command` on a new data folder to its window being mapped."""
    data_dir = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
    log = scratch / f"{data_dir.name}.log"
    started = time.perf_counter()
    process = start_app(command, data_dir, env, log)
    try:
        window = wait_for_window(env, process, WINDOW_TIMEOUT)
    except RuntimeError as error:
        raise RuntimeError(f"{' '.join(command)}: {error}; it printed:\n{log_tail(log)}") from None
    elapsed = time.perf_counter() - started
    code = quit_by_keyboard(env, process, window, EXIT_TIMEOUT)
    if code != 0:
        raise RuntimeError(f"{command[0]} exited with {code}")
    return elapsed


def disk_usage(folder: Path) -> tuple[str, int]:
    """`du -sh` of the folder as printed, and its size in bytes as `du -sb` counts it."""
    human = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True, check=True)
    exact = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return human.stdout.split()[0], int(exact.stdout.split()[0])


def measure(executable: Path, python: Path, runs: int) -> dict[str, list[float]]:
    """Start times of the bundle and of `python -m belonging`, `runs` of each, alternating."""
    commands = {
        "bundle": [str(executable)],
        "source": [str(python), "-m", "belonging"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="belonging-timing-") as folder:
        scratch = Path(folder)
        with x_server() as env:
            for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
                env[variable] = str(scratch / variable.lower())
            env.pop("BELONGING_DATA_DIR", None)
            for command in commands.values():
                time_to_window(command, scratch, env)
            for run in range(runs):
                order = list(commands) if run % 2 == 0 else list(reversed(commands))
                for name in order:
                    times[name].append(time_to_window(commands[name], scratch, env))
    return times


def main() -> int:
    """Measures and prints the figures; 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle", type=Path, help="the bundle folder, e.g. packaging/dist/belonging"
    )
    parser.add_argument("--python", type=Path, required=True, help="a Python with belonging")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--executable", default="belonging", help="its name in the bundle")
    args = parser.parse_args()
    size_text, size_bytes = disk_usage(args.bundle)
    times = measure(args.bundle.resolve() / args.executable, args.python, args.runs)
    bundle, source = (statistics.median(times[name]) for name in ("bundle", "source"))
    ratio = bundle / source
    print("| measure | figure | goal |")
    print("| --- | --- | --- |")
    print(f"| size on disk (`du -sh`) | {size_text} ({size_bytes / 1e6:.0f} MB) | < 150 MB |")
    for name, median in (("bundle", bundle), ("source", source)):
        each = ", ".join(f"{value:.2f}" for value in times[name])
        print(f"| start to window, {name} (median of {args.runs}) | {median:.2f} s ({each}) | |")
    print(f"| bundle / source | {ratio:.2f}× | ≤ 1.5× |")
    return 0 if size_bytes < 150e6 and ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
