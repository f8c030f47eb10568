"""One start, run as a child process: the bare window or Belonging, until shown and idle.

    python launch.py bare|app DATA_DIR EXPECTED_PAIRS

Both are started the same way and watched the same way: the QApplication is made here
(`run_app` takes the one that exists), a 2 ms timer looks for the window, and once it is
ready the next turn of the event loop (a zero-time timer, which fires only when nothing else
is waiting) is taken as idle. For the bare window, ready is its one label shown; for the app,
Home shown with every pair listed. The app is then watched on until it is fully open — the
script library listed on Home, which only the full opening of the data folder fills (Home's
pairs may come from the first look before it) — and idle again. The line printed starts with
`BENCH ` and holds CLOCK_MONOTONIC times (the parent's clock too) and the peak resident
memory at ready and at fully open. The app itself is not changed in any way for this; only
what the person would see is looked at.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

TIMEOUT_S = 120.0


def _peak_rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _app_window(app):
    from PySide6.QtWidgets import QMainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def _home_filled(window, expected_pairs: int) -> bool:
    home = getattr(window, "home", None)
    if home is None or not home.isVisible():
        return False
    return home.pairs_layout.count() >= expected_pairs


def _scripts_listed(window) -> bool:
    layout = window.home.scripts_layout
    items = (layout.itemAt(index).widget() for index in range(layout.count()))
    return any(widget is not None and widget.property("kind") == "card" for widget in items)


class Watcher:
    """Notes when the window is shown, when it is ready, and the idle turn after each."""

    def __init__(self, app, mode: str, expected_pairs: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.mode = mode
        self.expected = expected_pairs
        self.times: dict[str, float] = {}
        self.peak_at_ready_kb = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._check)
        self.timer.start()
        self.deadline = time.monotonic() + TIMEOUT_S

    def _idle(self, name: str) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self._mark(name))

    def _mark(self, name: str) -> None:
        self.times.setdefault(name, time.monotonic())
        if name == "ready_idle":
            self.peak_at_ready_kb = _peak_rss_kb()
            if self.mode == "bare":
                self._finish()
        elif name == "open_idle":
            self._finish()

    def _check(self) -> None:
        if time.monotonic() > self.deadline:
            print("BENCH " + json.dumps({"error": "timed out"}), flush=True)
            os._exit(3)
        if self.mode == "bare":
            shown = any(w.isVisible() for w in self.app.topLevelWidgets())
            ready = shown
        else:
            window = _app_window(self.app)
            shown = window is not None
            ready = shown and _home_filled(window, self.expected)
        if shown and "shown" not in self.times:
            self.times["shown"] = time.monotonic()
            self._idle("shown_idle")
        if ready and "ready" not in self.times:
            self.times["ready"] = time.monotonic()
            self._idle("ready_idle")
            if self.mode == "bare":
                self.timer.stop()
        waiting_to_open = self.mode == "app" and "ready" in self.times and "open" not in self.times
        if waiting_to_open and _scripts_listed(_app_window(self.app)):
            self.times["open"] = time.monotonic()
            self.timer.stop()
            self._idle("open_idle")

    def _finish(self) -> None:
        result = {
            "times": self.times,
            "peak_rss_kb": self.peak_at_ready_kb,
            "open_peak_rss_kb": _peak_rss_kb(),
        }
        print("BENCH " + json.dumps(result), flush=True)
        for widget in self.app.topLevelWidgets():
            widget.close()
        self.app.quit()


def main() -> int:
    """Starts the bare window or the app and reports when it is shown and idle."""
    mode, data_dir, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0]])
    watcher = Watcher(app, mode, expected)
    if mode == "bare":
        label = QLabel("Belonging")
        label.show()
        code = app.exec()
    else:
        from belonging.cli.main import main as belonging_main

        code = belonging_main(["--data-dir", data_dir])
    del watcher
    return code


if __name__ == "__main__":
    sys.exit(main())
