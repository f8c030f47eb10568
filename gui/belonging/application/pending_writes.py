"""What a conversation has to keep, held in memory until the database has it.

Two kinds of write wait here, and go to the database together, in one transaction:

- ordered writes (the conversation's row, its events, check-ins, follow-ups, marks), run in
  the order they were given, each a function of the session and a shared `WriteContext`;
- notes, keyed by what they are about (`NoteKey`): only the latest text of each is kept, so
  a minute of typing is one small write, not hundreds.

`flush(engine)` runs on the database thread. Until its transaction has committed nothing is
let go: when it fails (a full disk, a read-only folder, a busy database) every write and
every word stays here for the next try. Text typed while a flush is writing is newer than
what it took, and waits for the next one. The only text ever dropped is that of a note the
two people struck.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from belonging.application.save_problems import SaveProblem, save_problem
from belonging.storage.database import session_scope
from belonging.storage.faults import storage_problem
from belonging.storage.models import Visibility, utc_now
from belonging.storage.repositories.notes import save_note

NoteKey = Hashable


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


@dataclass(frozen=True)
class _Ordered:
    write: Write
    on_done: Callable[[Any], None] | None


@dataclass(frozen=True)
class _Note:
    text: str
    prompt_id: str | None
    visibility: Visibility
    confidential: bool
    note_id: int | None
    typed_at: datetime
    version: int


@dataclass(frozen=True)
class Flushed:
    """What one flush did. `ok` is False when it failed (then `problem` says why and nothing
    was let go); `pending` counts what still waits (typed meanwhile, or all on failure)."""

    ok: bool
    pending: int
    problem: SaveProblem | None = None
    detail: str = ""
    done: tuple[tuple[Callable[[Any], None], Any], ...] = ()

    def deliver(self) -> None:
        """Calls each committed write's `on_done` with its result (on the screen's thread)."""
        for on_done, result in self.done:
            on_done(result)


class PendingWrites:
    """The writes and notes of one conversation not yet in the database (module docstring).

    Thread-safe: the screen's thread adds while the database thread flushes; flushes never
    overlap.
    """

    def __init__(
        self, *, conversation_id: int | None = None, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._context = WriteContext(conversation_id)
        self._ordered: list[_Ordered] = []
        self._notes: dict[NoteKey, _Note] = {}
        self._note_ids: dict[NoteKey, int] = {}
        self._version = 0

    # --- adding ---------------------------------------------------------------------------

    def add(self, write: Write, on_done: Callable[[Any], None] | None = None) -> None:
        """Queues `write(session, context)`; `on_done(result)` once it has committed."""
        with self._lock:
            self._ordered.append(_Ordered(write, on_done))

    def put_note(
        self,
        key: NoteKey,
        text: str,
        *,
        prompt_id: str | None,
        visibility: Visibility,
        confidential: bool = False,
    ) -> None:
        """Remembers the latest text of note `key` (made on its first save)."""
        with self._lock:
            self._version += 1
            self._notes[key] = _Note(
                text=text,
                prompt_id=prompt_id,
                visibility=Visibility(visibility),
                confidential=confidential,
                note_id=self._note_ids.get(key),
                typed_at=self._clock(),
                version=self._version,
            )

    def adopt_note(self, key: NoteKey, note_id: int) -> None:
        """Says that note `key` is the stored note `note_id` (a conversation continued)."""
        with self._lock:
            self._note_ids[key] = note_id

    def discard_note(self, key: NoteKey) -> None:
        """Forgets note `key` and any of its text not yet saved (it is being struck)."""
        with self._lock:
            self._notes.pop(key, None)
            self._note_ids.pop(key, None)

    # --- reading --------------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        """The conversation's row id, once the write that made it has committed."""
        with self._lock:
            return self._context.conversation_id

    @property
    def ids(self) -> dict[Any, int]:
        """Ids made by committed writes, by the key they were made under."""
        with self._lock:
            return dict(self._context.ids)

    @property
    def count(self) -> int:
        """How many writes and notes wait."""
        with self._lock:
            return len(self._ordered) + len(self._notes)

    @property
    def notes_waiting(self) -> int:
        """How many notes have text not yet saved."""
        with self._lock:
            return len(self._notes)

    def note_id(self, key: NoteKey) -> int | None:
        """The stored id of note `key`, once it has been saved."""
        with self._lock:
            return self._note_ids.get(key)

    def key_for_note_id(self, note_id: int) -> NoteKey | None:
        """The key of the stored note `note_id`, if it is one of this conversation's."""
        with self._lock:
            return next((k for k, v in self._note_ids.items() if v == note_id), None)

    def pending_text(self, key: NoteKey) -> str | None:
        """The text of note `key` not yet saved, or None when all of it is saved."""
        with self._lock:
            note = self._notes.get(key)
            return None if note is None else note.text

    # --- flushing -------------------------------------------------------------------------

    def flush(self, engine: Engine) -> Flushed:
        """Writes everything waiting in one transaction (on the database thread)."""
        with self._flush_lock:
            with self._lock:
                ordered = list(self._ordered)
                notes = {key: replace(n, note_id=self._note_ids.get(key)) for key, n in
                         self._notes.items()}  # fmt: skip
                context = WriteContext(self._context.conversation_id, dict(self._context.ids))
            if not ordered and not notes:
                return Flushed(ok=True, pending=0)
            try:
                results, saved = self._write(engine, ordered, notes, context)
            except Exception as error:
                if storage_problem(error) is not None or len(notes) < 2:
                    return self._failed(error)
                # Refused for a reason other than the disk (a note of a deleted
                # conversation, say): one bad note must not hold back the others.
                try:
                    results, saved = self._write(engine, ordered, {}, context)
                except Exception as again:
                    return self._failed(again)
                saved, failure = self._notes_one_by_one(engine, notes, context)
                return self._settle(ordered, results, notes, saved, context, failure)
            return self._settle(ordered, results, notes, saved, context, None)

    def _write(
        self,
        engine: Engine,
        ordered: list[_Ordered],
        notes: Mapping[NoteKey, _Note],
        context: WriteContext,
    ) -> tuple[list[Any], dict[NoteKey, int | None]]:
        with session_scope(engine) as session:
            results = [pending.write(session, context) for pending in ordered]
            saved = _write_notes(session, notes, context)
        return results, saved

    def _notes_one_by_one(
        self, engine: Engine, notes: Mapping[NoteKey, _Note], context: WriteContext
    ) -> tuple[dict[NoteKey, int | None], Exception | None]:
        saved: dict[NoteKey, int | None] = {}
        failure: Exception | None = None
        for key, note in notes.items():
            try:
                with session_scope(engine) as session:
                    saved.update(_write_notes(session, {key: note}, context))
            except Exception as error:
                failure = error
        return saved, failure

    def _settle(
        self,
        ordered: list[_Ordered],
        results: list[Any],
        notes: Mapping[NoteKey, _Note],
        saved: Mapping[NoteKey, int | None],
        context: WriteContext,
        failure: Exception | None,
    ) -> Flushed:
        with self._lock:
            del self._ordered[: len(ordered)]
            self._context = context
            for key, note_id in saved.items():
                if note_id is not None:
                    self._note_ids[key] = note_id
                elif notes[key].note_id is not None:
                    self._note_ids.pop(key, None)  # struck meanwhile: not brought back
                current = self._notes.get(key)
                if current is not None and current.version == notes[key].version:
                    del self._notes[key]
            pending = len(self._ordered) + len(self._notes)
        done = tuple(
            (item.on_done, result)
            for item, result in zip(ordered, results, strict=True)
            if item.on_done is not None
        )
        if failure is not None:
            problem, detail = save_problem(failure)
            return Flushed(ok=False, pending=pending, problem=problem, detail=detail, done=done)
        return Flushed(ok=True, pending=pending, done=done)

    def _failed(self, error: BaseException) -> Flushed:
        problem, detail = save_problem(error)
        return Flushed(ok=False, pending=self.count, problem=problem, detail=detail)


def _write_notes(
    session: Session, notes: Mapping[NoteKey, _Note], context: WriteContext
) -> dict[NoteKey, int | None]:
    """Saves each note; a new note with nothing typed is not made. Notes wait while the
    conversation has no row yet (they are saved with the flush that makes it)."""
    written: dict[NoteKey, int | None] = {}
    if context.conversation_id is None:
        return written
    for key, note in notes.items():
        if note.note_id is None and not note.text.strip():
            written[key] = None
            continue
        row = save_note(
            session=session,
            note_id=note.note_id,
            conversation_id=context.conversation_id,
            text=note.text,
            prompt_id=note.prompt_id,
            visibility=note.visibility,
            confidential=note.confidential,
            at=note.typed_at,
        )
        written[key] = None if row is None else row.id
    return written
