"""Opening the pair of 1,000 conversations: from asking for its page to its history shown.

The app runs in this process. The pair page is the app's own `PairView`, driven by its own
`PairController` over the app's services (database, writer thread, scripts), as the window
opens it. Each time starts on Home, asks for the pair, and stops at the first idle turn of
the event loop after the page is shown with its timeline filled: the read on the writer
thread, the hand-back, filling every list and laying the page out are all inside.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer

from belonging.ui.controllers.continuity_controllers import PairController
from belonging.ui.main_window import Page
from belonging.ui.views.pair_view import PairView

from .app_driver import RunningApp, wait_until


@dataclass
class HistoryResult:
    """Milliseconds of each opening (the first one separately) and what the page listed."""

    first_ms: float
    times_ms: list[float] = field(default_factory=list)
    timeline_rows: int = 0

    @property
    def median_ms(self) -> float:
        """The median of the openings after the first."""
        return statistics.median(self.times_ms)


def measure_history(data_dir: Path, pair_id: int, runs: int = 5) -> HistoryResult:
    """Opens the pair's page `runs` + 1 times from Home and times each (see above)."""
    app = RunningApp(data_dir)
    try:
        window = app.window
        view = PairView()
        window.stack.addWidget(view)
        controller = PairController(
            view, app.controller.services, show=lambda: window.stack.setCurrentWidget(view)
        )
        times = [_open_once(app, controller, view, pair_id) for _ in range(runs + 1)]
        rows = view.timeline_model.rowCount()
        return HistoryResult(first_ms=times[0], times_ms=times[1:], timeline_rows=rows)
    finally:
        app.close()


def _open_once(app: RunningApp, controller: PairController, view: PairView, pair_id: int) -> float:
    window = app.window
    window.show_page(Page.HOME)
    wait_until(lambda: not app.controller.writer.busy, what="the writer to be idle")
    done: list[float] = []

    def on_loaded(_page) -> None:
        QTimer.singleShot(0, lambda: done.append(time.perf_counter()))

    controller.loaded.connect(on_loaded)
    started = time.perf_counter()
    controller.open(pair_id)
    wait_until(lambda: done, what="the pair's page")
    controller.loaded.disconnect(on_loaded)
    if window.stack.currentWidget() is not view or not view.isVisible():
        raise RuntimeError("the pair's page was not shown")
    return (done[0] - started) * 1000
