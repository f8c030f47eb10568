"""What a conversation has to keep, held in memory until the database has it.

Everything the pair does becomes a small write (events, prompt texts, check-ins, marks). The
`WriteQueue` keeps those writes in order and hands them, all that are waiting, to the
background writer as one transaction. Only when that transaction has committed are they let
go. When it fails (a full disk, a read-only folder, a busy database) nothing is dropped: the
queue says so calmly and tries again a little later, and new writes wait behind the old ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from sqlalchemy import Engine
from sqlmodel import Session

from belonging.storage.autosave import failure_message
from belonging.storage.database import session_scope
from belonging.storage.faults import StorageProblem
from belonging.ui.controllers.background_writer import BackgroundWriter

#: How long to wait before trying a failed save again.
RETRY_MS = 2000


@dataclass
class WriteContext:
    """What the writes of one transaction share: the conversation's row id once it exists,
    and ids that earlier writes of the same batch made (a follow-up, say) by their key."""

    conversation_id: int | None = None
    ids: dict[Any, int] = field(default_factory=dict)

    def require_conversation(self) -> int:
        """The conversation's id; a write that needs it is queued after the one making it."""
        if self.conversation_id is None:
            raise RuntimeError("the conversation has not been stored yet")
        return self.conversation_id


Write = Callable[[Session, WriteContext], Any]


def short_reason(problem: StorageProblem | None, message: str = "") -> str:
    """Why a save failed, in the few words the save-status line has room for."""
    if problem is StorageProblem.DISK_FULL:
        return QCoreApplication.translate("SaveStatus", "the disk is full")
    if problem is StorageProblem.READ_ONLY:
        return QCoreApplication.translate("SaveStatus", "the data folder cannot be written to")
    if "busy" in message.lower() or "locked" in message.lower():
        return QCoreApplication.translate("SaveStatus", "the database is busy")
    return QCoreApplication.translate("SaveStatus", "the disk did not answer")


def reason_for(error: BaseException) -> str:
    """`short_reason` for an exception raised by a write."""
    message, problem = failure_message(error)
    return short_reason(problem, message)


@dataclass
class _Pending:
    write: Write
    on_done: Callable[[Any], None] | None


class WriteQueue(QObject):
    """Ordered, retried writes of one conversation (see the module docstring).

    `add(write, on_done)` queues `write(session, context)`; `on_done(result)` runs on the UI
    thread once its transaction has committed. Signals: `saved()` when nothing is waiting,
    `failed(message)` when a save did not go through (it will be retried).
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        writer: BackgroundWriter,
        engine: Engine,
        *,
        conversation_id: int | None = None,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer = writer
        self._engine = engine
        self._context = WriteContext(conversation_id)
        self._pending: list[_Pending] = []
        self._in_flight = 0
        self._last_error: str | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._on_retry_timeout)

    @property
    def conversation_id(self) -> int | None:
        """The conversation's row id, once the write that made it has committed."""
        return self._context.conversation_id

    @property
    def ids(self) -> dict[Any, int]:
        """Ids made by committed writes, by the key they were made under."""
        return dict(self._context.ids)

    @property
    def pending_count(self) -> int:
        """How many writes have not been committed yet."""
        return len(self._pending)

    @property
    def last_error(self) -> str | None:
        """Why the last save failed, until one succeeds."""
        return self._last_error

    def add(self, write: Write, on_done: Callable[[Any], None] | None = None) -> None:
        """Queues a write and starts saving if nothing is being saved now."""
        self._pending.append(_Pending(write, on_done))
        self._save_soon()

    def _save_soon(self) -> None:
        if self._in_flight or self._retry.isActive() or not self._pending:
            return
        batch = list(self._pending)
        context = WriteContext(self._context.conversation_id, dict(self._context.ids))
        self._in_flight = len(batch)
        self._writer.submit(
            lambda: self._run(batch, context),
            on_result=self._on_batch_saved,
            on_error=self._on_batch_failed,
        )

    def _run(self, batch: list[_Pending], context: WriteContext) -> tuple[WriteContext, list]:
        """Runs on the worker: every write of the batch in one transaction."""
        with session_scope(self._engine) as session:
            results = [pending.write(session, context) for pending in batch]
        return context, results

    def _on_batch_saved(self, outcome: tuple[WriteContext, list]) -> None:
        context, results = outcome
        done = self._pending[: self._in_flight]
        del self._pending[: self._in_flight]
        self._in_flight = 0
        self._context = context
        self._last_error = None
        for pending, result in zip(done, results, strict=True):
            if pending.on_done is not None:
                pending.on_done(result)
        if self._pending:
            self._save_soon()
        else:
            self.saved.emit()

    def _on_batch_failed(self, error: BaseException) -> None:
        self._in_flight = 0
        self._last_error = reason_for(error)
        self.failed.emit(self._last_error)
        self._retry.start()

    @Slot()
    def _on_retry_timeout(self) -> None:
        self._save_soon()

    def save_now(self) -> bool:
        """Writes everything waiting on this thread, at once; True if it all went in.

        Only for quitting, after the background writer has finished its queue: the one place
        where a short blocking save is right. On failure everything stays queued.
        """
        self._retry.stop()
        if self._in_flight or not self._pending:
            return not self._pending
        batch = list(self._pending)
        self._in_flight = len(batch)
        context = WriteContext(self._context.conversation_id, dict(self._context.ids))
        try:
            outcome = self._run(batch, context)
        except Exception as error:  # the caller tells the person; nothing is dropped
            self._in_flight = 0
            self._last_error = reason_for(error)
            self.failed.emit(self._last_error)
            self._retry.start()
            return False
        self._on_batch_saved(outcome)
        return True
