"""When the pending writes of a conversation go to the database: the one save loop.

- A step of the conversation (an event, a check-in, a follow-up) is saved at once.
- Typing is saved behind the typist: half a second after the last key, and never more than
  `MAX_WAIT_S` after the first key not yet saved, however steadily the typing goes — so a
  crash loses at most about a second of typing.
- A save that fails keeps everything, says why (`SaveStatus`), and is tried again after
  `RETRY_S`; new writes wait behind the old ones, in order.

Flushes run on the database thread through the `Runner`, one at a time; the screen's
thread never waits for the disk, except in `save_now` when the app closes.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from belonging.application.pending_writes import Flushed, PendingWrites
from belonging.application.runner import Cancel, Runner
from belonging.application.save_problems import SaveProblem, save_problem

#: Quiet time after the last key before the notes are written.
DEBOUNCE_S = 0.5
#: The longest typed text waits, from its first unsaved key, however steady the typing.
MAX_WAIT_S = 0.75
#: How long to wait before trying a failed save again.
RETRY_S = 2.0


class SaveState(enum.Enum):
    """What the "Saved / Saving… / Not saved yet" line says."""

    IDLE = "idle"
    SAVING = "saving"
    SAVED = "saved"
    NOT_SAVED = "not_saved"


@dataclass(frozen=True)
class SaveStatus:
    """The save state, and why when it is NOT_SAVED."""

    state: SaveState
    problem: SaveProblem | None = None
    detail: str = ""


class Saver:
    """Flushes one conversation's `PendingWrites` as the module docstring says.

    `db()` gives the current engine (a new passphrase replaces it). Listeners in
    `on_status` hear every change of `status`.
    """

    def __init__(
        self,
        writes: PendingWrites,
        runner: Runner,
        db: Callable[[], Engine],
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._writes = writes
        self._runner = runner
        self._db = db
        self._now = now
        self._in_flight = False
        self._urgent = False
        self._first_unsaved: float | None = None
        self._timer: Cancel | None = None
        self._retrying = False
        self._stopped = False
        self._after_flush: list[Callable[[bool], None]] = []
        self.status = SaveStatus(SaveState.IDLE)
        self.on_status: list[Callable[[SaveStatus], None]] = []

    # --- asked by the conversation ---------------------------------------------------------

    def soon(self) -> None:
        """A step to keep: saved at once (or right after the save under way)."""
        if self.status.state is not SaveState.NOT_SAVED:
            self._set(SaveStatus(SaveState.SAVING))
        self._urgent = True
        self._flush()

    def typed(self) -> None:
        """A note changed: saved behind the typing, within `MAX_WAIT_S` of its first key."""
        if self._first_unsaved is None:
            self._first_unsaved = self._now()
        if self.status.state is not SaveState.NOT_SAVED:
            self._set(SaveStatus(SaveState.SAVING))
        if self._in_flight or self._retrying:
            return  # the save under way, or the retry, is followed by this text
        self._schedule_typing()

    def after_next_flush(self, call: Callable[[bool], None]) -> None:
        """Calls `call(ok)` once a save that starts from now has finished (at once, with
        True, when nothing waits and nothing is being saved)."""
        if not self._in_flight and not self._writes.count:
            call(True)
            return
        self._after_flush.append(call)
        self._urgent = True
        self._flush()

    def stop(self) -> None:
        """Stops the timers: the conversation is over, or the app is closing."""
        self._stopped = True
        self._cancel_timer()

    def save_now(self) -> Flushed:
        """Writes everything waiting on this thread, at once: only for closing, after the
        database thread has finished its queue. On failure everything stays waiting."""
        self._cancel_timer()
        flushed = self._writes.flush(self._db())
        self._finished(flushed, reschedule=not self._stopped)
        return flushed

    # --- the loop --------------------------------------------------------------------------

    def _schedule_typing(self) -> None:
        assert self._first_unsaved is not None
        now = self._now()
        due = min(now + DEBOUNCE_S, self._first_unsaved + MAX_WAIT_S)
        self._cancel_timer()
        if due <= now:
            self._flush()
        elif not self._stopped:
            self._timer = self._runner.later(due - now, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._retrying = False
        self._flush()

    def _flush(self) -> None:
        if self._in_flight:
            return  # `_urgent` or `_first_unsaved` says what follows it
        if self._retrying and self._timer is not None:
            return  # the retry timer will save everything, in order
        self._cancel_timer()
        self._in_flight = True
        self._urgent = False
        self._first_unsaved = None
        writes, db = self._writes, self._db()
        self._runner.write(lambda: writes.flush(db), self._on_flushed, self._on_flush_error)

    def _on_flushed(self, flushed: Flushed) -> None:
        self._in_flight = False
        self._finished(flushed, reschedule=True)

    def _on_flush_error(self, error: BaseException) -> None:
        # flush() reports failures in its result; anything raised is unexpected, but the
        # words are still waiting, so the answer is the same: say so, try again.
        self._in_flight = False
        problem, detail = save_problem(error)
        self._finished(
            Flushed(ok=False, pending=self._writes.count, problem=problem, detail=detail),
            reschedule=True,
        )

    def _finished(self, flushed: Flushed, *, reschedule: bool) -> None:
        flushed.deliver()
        waiting, self._after_flush = self._after_flush, []
        if not flushed.ok:
            self._set(SaveStatus(SaveState.NOT_SAVED, flushed.problem, flushed.detail))
            if reschedule and not self._stopped:
                self._cancel_timer()
                self._retrying = True
                self._timer = self._runner.later(RETRY_S, self._on_timer)
        elif self._writes.count:
            if reschedule:
                self._continue()
        else:
            self._set(SaveStatus(SaveState.SAVED))
        for call in waiting:
            call(flushed.ok)

    def _continue(self) -> None:
        """Something waits after a good save: steps at once, typing on its own timer."""
        if self._urgent or self._writes.count > self._writes.notes_waiting:
            self._flush()
        else:
            if self._first_unsaved is None:
                self._first_unsaved = self._now()
            self._schedule_typing()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer()
            self._timer = None

    def _set(self, status: SaveStatus) -> None:
        if status == self.status:
            return
        self.status = status
        for listener in list(self.on_status):
            listener(status)
