"""The one thread that talks to the database, so the window never waits on the disk.

Every database job of the app (saving events, notes, reading a pair's history) is handed to
`BackgroundWriter.submit`. Jobs run one at a time, in the order they were given, on a single
worker thread; each result (or error) comes back on the UI thread, through a queued Qt signal,
to the callback given with the job. Running them in order is what lets a later job rely on an
earlier one: a note flushed before the read-back that lists it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class BackgroundWriter(QObject):
    """A single worker thread for database jobs, with results delivered on the UI thread.

    `submit(job, on_result, on_error)` queues `job()`; once it has run, `on_result(value)` or
    `on_error(exception)` is called on the thread that owns this object. `busy` says whether
    any job has not yet reported back; `wait_idle()` blocks until every queued job has run and
    delivers the results at once: it is for quitting, the one moment a short wait is right.
    """

    #: Emitted from the worker thread; the queued connection brings it to the UI thread.
    _ready = Signal()
    #: Emitted after results were delivered and nothing else is queued.
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belonging-db")
        self._results: deque[tuple[Callback | None, ErrorCallback | None, Any, Any]] = deque()
        self._lock = threading.Lock()
        self._outstanding = 0
        self._closed = False
        self._ready.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether some job has not reported back yet."""
        return self._outstanding > 0

    def submit(
        self,
        job: Callable[[], Any],
        on_result: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[Any]:
        """Queues `job` after every job already given; callbacks run on the UI thread.

        A job that raises with no `on_error` has its error dropped here: callers that can
        fail say how they recover (the write queue and the note keeper retry).
        """
        if self._closed:
            raise RuntimeError("the database writer has been shut down")
        self._outstanding += 1
        future = self._executor.submit(job)
        future.add_done_callback(
            lambda done: self._finished(done, on_result, on_error)  # runs on the worker
        )
        return future

    def _finished(
        self, future: Future[Any], on_result: Callback | None, on_error: ErrorCallback | None
    ) -> None:
        error = future.exception()
        value = None if error is not None else future.result()
        with self._lock:
            self._results.append((on_result, on_error, value, error))
        self._ready.emit()

    @Slot()
    def _deliver(self) -> None:
        """Runs the callbacks of finished jobs, in the order the jobs ran."""
        while True:
            with self._lock:
                if not self._results:
                    break
                on_result, on_error, value, error = self._results.popleft()
            self._outstanding -= 1
            if error is not None:
                if on_error is not None:
                    on_error(error)
            elif on_result is not None:
                on_result(value)
        if self._outstanding == 0:
            self.idle.emit()

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Blocks until every queued job has run, then delivers their results now.

        A delivered callback may queue a follow-up job (the write queue's next batch), so
        this waits again until nothing is outstanding. Returns False if the jobs did not
        finish within `timeout` seconds.
        """
        if self._closed:
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            marker = self._executor.submit(lambda: None)
            try:
                marker.result(timeout=remaining)
            except TimeoutError:
                return False
            self._deliver()
            if self._outstanding == 0:
                return True

    def shutdown(self, timeout: float | None = 10.0) -> bool:
        """Runs what is queued, delivers the results, and stops the thread for good."""
        finished = self.wait_idle(timeout)
        self._closed = True
        self._executor.shutdown(wait=finished, cancel_futures=not finished)
        return finished
