"""How the application layer hands work to be done off a screen's thread, and is called back.

A front end passes a `Runner`. Writes run one at a time in the order given (a later write
may rely on an earlier one); a read never overtakes a write given before it. Callbacks come
back on the front end's own thread. `later` calls a function after a delay on that thread:
the write-behind saving uses it for its debounce and its retries. `relay` turns a function
into one any thread may call, which then runs on the front end's thread: the partner's
screen hands what its server hears to the conversation that way.

`ImmediateRunner` runs every job at once on the calling thread and keeps `later` calls until
`advance` says the time has come, and relayed calls until `deliver_relayed`: the command line
uses it as it is, tests move its clock.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

Job = Callable[[], Any]
OnResult = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Cancel(Protocol):
    """Stops a `later` call that has not happened yet."""

    def __call__(self) -> None: ...


class Runner(Protocol):
    """Where jobs run and how their results come back (see the module docstring)."""

    def write(
        self, job: Job, on_result: OnResult | None = None, on_error: OnError | None = None
    ) -> None:
        """Runs `job` after every write given before it; one at a time."""

    def read(
        self,
        job: Job,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        *,
        latest: str | None = None,
    ) -> None:
        """Runs `job`, which only reads, after the writes given before it. With `latest`, a
        newer read under the same name makes this one's result unwanted: it is skipped if
        it has not started, and its result is dropped if it has."""

    def later(self, seconds: float, call: Callable[[], None]) -> Cancel:
        """Calls `call` once after `seconds`, on the front end's thread."""

    def relay(self, call: Callable[..., None]) -> Callable[..., None]:
        """A function any thread may call; `call` then runs with its arguments on the front
        end's thread, in the order they were made."""


@dataclass(order=True)
class _Timer:
    due: float
    order: int
    call: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class ImmediateRunner:
    """Runs every job at once, on the calling thread; `later` waits for `advance`.

    An error with no `on_error` is raised to the caller, so nothing fails unseen.
    """

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: list[_Timer] = []
        self._order = 0
        self._relayed: deque[Callable[[], None]] = deque()
        self._relay_lock = threading.Lock()

    def write(
        self, job: Job, on_result: OnResult | None = None, on_error: OnError | None = None
    ) -> None:
        """Runs `job` now."""
        self._run(job, on_result, on_error)

    def read(
        self,
        job: Job,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        *,
        latest: str | None = None,
    ) -> None:
        """Runs `job` now (it is always the latest)."""
        self._run(job, on_result, on_error)

    def later(self, seconds: float, call: Callable[[], None]) -> Cancel:
        """Keeps `call` until `advance` passes `seconds` from now."""
        self._order += 1
        timer = _Timer(self.now + max(0.0, seconds), self._order, call)
        self._timers.append(timer)

        def cancel() -> None:
            timer.cancelled = True

        return cancel

    def relay(self, call: Callable[..., None]) -> Callable[..., None]:
        """Keeps each call made from any thread until `deliver_relayed`."""

        def relayed(*args: Any) -> None:
            with self._relay_lock:
                self._relayed.append(lambda: call(*args))

        return relayed

    def deliver_relayed(self) -> int:
        """Makes every relayed call kept so far, in order; how many there were."""
        made = 0
        while True:
            with self._relay_lock:
                if not self._relayed:
                    return made
                call = self._relayed.popleft()
            call()
            made += 1

    def pending_timers(self) -> int:
        """How many `later` calls are still waiting."""
        return sum(1 for timer in self._timers if not timer.cancelled)

    def advance(self, seconds: float) -> None:
        """Moves the clock on, making every `later` call that falls due, in order."""
        until = self.now + seconds
        while True:
            due = sorted(t for t in self._timers if not t.cancelled and t.due <= until)
            if not due:
                break
            timer = due[0]
            self._timers.remove(timer)
            self.now = max(self.now, timer.due)
            timer.call()
        self._timers = [t for t in self._timers if not t.cancelled]
        self.now = until

    @staticmethod
    def _run(job: Job, on_result: OnResult | None, on_error: OnError | None) -> None:
        try:
            value = job()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
            return
        if on_result is not None:
            on_result(value)
