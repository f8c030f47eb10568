"""Opening the pair of 1,000 conversations: from asking for its page to its history shown.

The app runs in this process. The pair page is the app's own `PairView`, driven by its own
`PairController` over the app's services (data folder, job runner, scripts), as the window
opens it. Each time starts on Home, asks for the pair, and stops at the first idle turn of
the event loop after the page is shown with its timeline filled: the read on the writer
thread, the hand-back, filling every list and laying the page out are all inside. The
timeline lists its newest conversations first and reads older ones as the person scrolls, so
the pair's size is the count the timeline covers, not the rows read up front.

The clock starts once Home has been shown and drawn, as a person sees it before choosing a
pair, so Home's own painting is not counted. Between asking and the page shown the app runs
its event loop as it does for a person (`QEventLoop.exec`, as every wait of the benchmark
now does): polling with `QTest.qWait`, which keeps Python's GIL while it sleeps, starved the
writer thread's read and made the figure swing between 20 and 150 ms from one opening to
the next.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from belonging.ui.controllers.pair_controller import PairController
from belonging.ui.main_window import Page
from belonging.ui.views.pair_view import PairView

from .app_driver import RunningApp, wait_until


@dataclass
class HistoryResult:
    """Milliseconds of each opening (the first one separately); how many conversations the
    page's timeline covers, and how many of them it had read when shown."""

    first_ms: float
    times_ms: list[float] = field(default_factory=list)
    timeline_rows: int = 0
    rows_read: int = 0

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
            view, app.controller.services, lambda _page: window.stack.setCurrentWidget(view)
        )
        times = [_open_once(app, controller, view, pair_id) for _ in range(runs + 1)]
        story = view.story
        return HistoryResult(
            first_ms=times[0],
            times_ms=times[1:],
            timeline_rows=story.total(),
            rows_read=len(story.entries()),
        )
    finally:
        app.close()


#: How long one opening may take before the benchmark gives up, in milliseconds.
_TIMEOUT_MS = 60_000


def _idle_turns(count: int = 2) -> None:
    """Turns the event loop until what is already queued (Home's layout and painting) has
    been handled, `count` times over."""
    for _ in range(count):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()


def _open_once(app: RunningApp, controller: PairController, view: PairView, pair_id: int) -> float:
    window = app.window
    window.show_page(Page.HOME)
    wait_until(lambda: not app.controller.jobs.busy, what="the job runner to be idle")
    _idle_turns()
    loop = QEventLoop()
    done: list[float] = []

    def shown() -> None:
        done.append(time.perf_counter())
        loop.quit()

    def on_loaded(_page) -> None:
        QTimer.singleShot(0, shown)

    controller.loaded.connect(on_loaded)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(_TIMEOUT_MS)
    started = time.perf_counter()
    controller.open(pair_id)
    loop.exec()
    give_up.stop()
    controller.loaded.disconnect(on_loaded)
    if not done:
        raise TimeoutError(f"waited {_TIMEOUT_MS / 1000:.0f} s for the pair's page")
    if window.stack.currentWidget() is not view or not view.isVisible():
        raise RuntimeError("the pair's page was not shown")
    return (done[0] - started) * 1000
