"""A private X server (Xvfb) and the app's window on it, for the smoke test and the timings.

Qt draws on the xcb platform here, as on a user's desktop: the offscreen platform would not
load the xcb plugin and so would miss the system libraries it needs. Windows are found and
driven with xdotool. Only the standard library is used, so any Python can run this.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WINDOW_TITLE = "Belonging"
POLL_SECONDS = 0.02


class WindowTimeoutError(RuntimeError):
    """The app did not show its window in time, or did not exit after being asked to."""


@contextmanager
def x_server(width: int = 1280, height: int = 800) -> Iterator[dict[str, str]]:
    """Starts Xvfb on a free display; yields the environment that points an app at it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            # By default the server resets when its last client leaves, and refuses the next
            # app that connects meanwhile: one app quitting would make the next start fail.
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            display = announced.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start (is the xvfb package installed?)")
        env = dict(os.environ)
        env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def visible_window(env: dict[str, str], pid: int) -> str | None:
    """The id of a mapped window titled Belonging that process `pid` owns, if there is one."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", WINDOW_TITLE],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    ids = found.stdout.split()
    return ids[0] if ids else None


def wait_for_window(env: dict[str, str], process: subprocess.Popen, timeout: float) -> str:
    """Waits until `process` maps its window; its id. Fails if the process ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        window = visible_window(env, process.pid)
        if window is not None:
            return window
        if process.poll() is not None:
            raise WindowTimeoutError(f"the app exited with {process.returncode} before a window")
        time.sleep(POLL_SECONDS)
    raise WindowTimeoutError(f"no window titled {WINDOW_TITLE!r} within {timeout:.0f} s")


def quit_by_keyboard(
    env: dict[str, str], process: subprocess.Popen, window: str, timeout: float
) -> int:
    """Presses Ctrl+Q in the window, as a user quits; the exit code once the app has ended."""
    subprocess.run(
        ["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
        env=env,
        capture_output=True,
        check=False,
    )
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as error:
        process.kill()
        process.wait()
        raise WindowTimeoutError(
            f"the app did not exit within {timeout:.0f} s of Ctrl+Q"
        ) from error


def log_tail(log: Path, lines: int = 30) -> str:
    """The last lines the app printed, for a failure message."""
    if not log.exists():
        return ""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def start_app(
    command: list[str], data_dir: Path, env: dict[str, str], log: Path
) -> subprocess.Popen:
    """Starts `command` on `data_dir`, its output going to `log`."""
    with log.open("ab") as output:
        return subprocess.Popen(
            [*command, "--data-dir", str(data_dir)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
