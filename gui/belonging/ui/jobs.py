"""The one way the window runs work off its thread: a job runner with a pool for writes and a
pool for reads, results handed back on the UI thread.

Writes (saves, the opening of the data folder, a backup, a re-keying) run one at a time, in
the order given, on a single database thread: a later write may rely on an earlier one. Reads
(a pair's page, search, an export) run on a small pool beside it — SQLite lets readers work
while a write is under way — except that a read never overtakes a write given before it:
while writes are waiting, a read joins their queue. A read given a `latest` name is skipped,
or its result dropped, once a newer read of that name has been asked for (a search typed
further). Each result or error comes back on the UI thread through a queued Qt signal;
`relay(call)` hands any other call (an export's progress) back the same way. Any job that
fails because the database file is damaged also says so through `damage_met`, whoever
handles its error, so the window can lead to the recovery.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from belonging.application.runner import Cancel, Job, OnError, OnResult

#: Threads for reads: one for a search, one for an export or a page, beside the writes.
READ_THREADS = 2


class JobRunner(QObject):
    """Runs the application layer's jobs off the UI thread (see the module docstring).

    Implements the application layer's `Runner`. `busy` says whether a job has not reported
    back yet; `wait_idle()` blocks until every job has run and delivers the results at once:
    it is for quitting, the one moment a short wait is right.
    """

    #: Emitted from a worker thread; the queued connection brings it to the UI thread.
    _ready = Signal()
    #: Emitted after results were delivered and nothing else is outstanding.
    idle = Signal()
    #: Emitted (on the UI thread) when a job failed because the database file is damaged.
    damage_met = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belonging-db")
        self._reads = ThreadPoolExecutor(
            max_workers=READ_THREADS, thread_name_prefix="belonging-read"
        )
        self._results: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        #: Signalled by a worker when a result is ready (`wait_idle` waits for it).
        self._arrived = threading.Condition(self._lock)
        #: Jobs given and not yet delivered (UI thread), and not yet finished (any thread).
        self._outstanding = 0
        self._unfinished = 0
        self._writes_waiting = 0
        self._latest: dict[str, int] = {}
        self._tickets = 0
        self._closed = False
        # Always queued, even when a job finished before `add_done_callback` ran (its callback
        # then runs on this thread): a result is never delivered inside `write` or `read`.
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """Whether some job has not reported back yet."""
        return self._outstanding > 0

    # --- the Runner protocol ---------------------------------------------------------------

    def write(
        self, job: Job, on_result: OnResult | None = None, on_error: OnError | None = None
    ) -> Future[Any]:
        """Queues `job` after every write already given; callbacks run on the UI thread.

        A job that raises with no `on_error` has its error dropped here: callers that can
        fail say how they recover (the save loop retries).
        """
        with self._lock:
            self._writes_waiting += 1
        return self._submit(self._writes, job, on_result, on_error, counts_as_write=True)

    def read(
        self,
        job: Job,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        *,
        latest: str | None = None,
    ) -> Future[Any] | None:
        """Runs `job` on the read pool, or behind the writes waiting when there are any."""
        if latest is not None:
            self._tickets += 1
            ticket = self._latest[latest] = self._tickets
            job = self._only_if_latest(latest, ticket, job)
            on_result = self._drop_unless_latest(latest, ticket, on_result)
            on_error = self._drop_unless_latest(latest, ticket, on_error)
        with self._lock:
            behind_writes = self._writes_waiting > 0
        pool = self._writes if behind_writes else self._reads
        return self._submit(pool, job, on_result, on_error, counts_as_write=False)

    def later(self, seconds: float, call: Callable[[], None]) -> Cancel:
        """Calls `call` once after `seconds`, on the UI thread."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(call)
        timer.timeout.connect(timer.deleteLater)
        timer.start(max(0, round(seconds * 1000)))

        def cancel() -> None:
            if timer.isActive():
                timer.stop()
                timer.deleteLater()

        return cancel

    def relay(self, call: Callable[..., None]) -> Callable[..., None]:
        """A function any thread may call: `call` then runs with the same arguments on the
        UI thread (an export's progress, say)."""

        def relayed(*args: Any) -> None:
            with self._lock:
                self._results.append(lambda: call(*args))
            self._ready.emit()

        return relayed

    # --- running ---------------------------------------------------------------------------

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        job: Job,
        on_result: OnResult | None,
        on_error: OnError | None,
        *,
        counts_as_write: bool,
    ) -> Future[Any]:
        if self._closed:
            raise RuntimeError("the job runner has been shut down")
        self._outstanding += 1
        with self._lock:
            self._unfinished += 1
        future = pool.submit(job)

        def finished(done: Future[Any]) -> None:  # runs on the worker thread
            error = done.exception()
            value = None if error is not None else done.result()
            with self._lock:
                if counts_as_write:
                    self._writes_waiting -= 1
                self._unfinished -= 1
                self._results.append(_delivery(on_result, on_error, value, error))
                if error is not None and _is_damage(error):
                    self._results.append(self.damage_met.emit)
                self._results.append(self._one_done)
                self._arrived.notify_all()
            self._ready.emit()

        future.add_done_callback(finished)
        return future

    def _one_done(self) -> None:
        self._outstanding -= 1

    def _only_if_latest(self, name: str, ticket: int, job: Job) -> Job:
        def run() -> Any:
            if self._latest.get(name) != ticket:
                return None  # a newer read of this name was asked for: skip the work
            return job()

        return run

    def _drop_unless_latest(
        self, name: str, ticket: int, call: Callable[[Any], None] | None
    ) -> Callable[[Any], None] | None:
        if call is None:
            return None

        def deliver(value: Any) -> None:
            if self._latest.get(name) == ticket:
                call(value)

        return deliver

    @Slot()
    def _deliver(self) -> None:
        """Runs the callbacks of finished jobs, in the order the jobs finished."""
        while True:
            with self._lock:
                if not self._results:
                    break
                call = self._results.popleft()
            call()
        if self._outstanding == 0:
            self.idle.emit()

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Blocks until every job has run, then delivers their results now.

        A delivered callback may queue a follow-up job (the save loop's next flush), so
        this waits again until nothing is outstanding. Returns False if the jobs did not
        finish within `timeout` seconds.
        """
        if self._closed:
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                while self._unfinished and not self._results:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        return False
                    self._arrived.wait(remaining)
            self._deliver()
            if self._outstanding == 0:
                return True

    def shutdown(self, timeout: float | None = 10.0) -> bool:
        """Runs what is queued, delivers the results, and stops the threads for good."""
        finished = self.wait_idle(timeout)
        self._closed = True
        for pool in (self._writes, self._reads):
            pool.shutdown(wait=finished, cancel_futures=not finished)
        return finished


def _is_damage(error: BaseException) -> bool:
    """Whether a job failed because the database file is damaged (on the worker thread)."""
    # Imported here: it loads the database drivers, which the first look at start must not.
    from belonging.application.save_problems import SaveProblem, save_problem

    return save_problem(error)[0] is SaveProblem.DAMAGED


def _delivery(
    on_result: OnResult | None, on_error: OnError | None, value: Any, error: BaseException | None
) -> Callable[[], None]:
    def deliver() -> None:
        if error is not None:
            if on_error is not None:
                on_error(error)
        elif on_result is not None:
            on_result(value)

    return deliver
