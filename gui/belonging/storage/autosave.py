"""Write-behind saving of notes as they are typed: a crash loses at most one debounce interval.

The UI calls `update` on every keystroke (cheap: it only keeps the latest text in memory) and
`flush` from a debounce timer on a worker thread. A flush writes everything pending in one
transaction. When the disk is full, the folder is read-only or the database is busy, the
text stays in memory, the failure is reported in words a person can act on, and the next
flush tries again: typed text is never dropped. The only text ever let go is that of a note
struck meanwhile, which the people asked not to keep.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import Engine

from belonging.storage.database import session_scope
from belonging.storage.faults import StorageProblem, storage_problem
from belonging.storage.models import Visibility, utc_now
from belonging.storage.repositories.notes import save_note

NoteKey = Hashable


@dataclass(frozen=True)
class _Pending:
    text: str
    conversation_id: int
    prompt_id: str | None
    visibility: Visibility
    confidential: bool
    note_id: int | None
    typed_at: datetime
    version: int


@dataclass(frozen=True)
class FlushResult:
    """What one flush did: how many notes it saved, how many still wait, and why if any do.

    `message` is a plain-English sentence for the person (the UI may show its own translated
    text chosen by `problem`); both are None when everything pending was saved.
    """

    saved: int
    pending: int
    message: str | None = None
    problem: StorageProblem | None = None
    note_ids: Mapping[NoteKey, int] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def ok(self) -> bool:
        """Whether nothing failed (text typed during the flush may still be pending)."""
        return self.message is None


def failure_message(error: BaseException) -> tuple[str, StorageProblem | None]:
    """The sentence telling a person that notes could not be saved, and the kind of problem."""
    problem = storage_problem(error)
    kept = "What you typed is kept and will be saved as soon as"
    if problem is StorageProblem.DISK_FULL:
        return f"The disk is full, so your notes are not saved yet. {kept} there is space.", problem
    if problem is StorageProblem.READ_ONLY:
        return (
            "Belonging cannot write to its data folder (it is read-only, or you lack "
            f"permission), so your notes are not saved yet. {kept} it can write again.",
            problem,
        )
    if "locked" in str(error).lower() or "busy" in str(error).lower():
        return f"The notes database is busy. {kept} it is free.", problem
    return f"Your notes could not be saved just now ({error}). {kept} possible.", problem


class NoteAutosaver:
    """Holds the latest text of each note being typed and writes it behind the typing.

    A note is named by any hashable `key` the UI chooses (a new note has no id until its
    first save); `note_id(key)` gives the id once saved. Thread-safe: `update` may run on the
    UI thread while `flush` runs on a worker. Flushes never overlap.
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._engine = engine
        self._clock = clock
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._pending: dict[NoteKey, _Pending] = {}
        self._ids: dict[NoteKey, int] = {}
        self._version = 0
        self._last_failure: FlushResult | None = None

    def update(
        self,
        key: NoteKey,
        text: str,
        *,
        conversation_id: int,
        prompt_id: str | None = None,
        visibility: Visibility = Visibility.SHARED,
        confidential: bool = False,
        note_id: int | None = None,
    ) -> None:
        """Remember the latest text of note `key`; pass `note_id` when it edits a saved note.

        `prompt_id`, `visibility` and `confidential` are used when the note is first saved.
        """
        with self._lock:
            self._version += 1
            if note_id is not None:
                self._ids[key] = note_id
            self._pending[key] = _Pending(
                text=text,
                conversation_id=conversation_id,
                prompt_id=prompt_id,
                visibility=Visibility(visibility),
                confidential=confidential,
                note_id=note_id,
                typed_at=self._clock(),
                version=self._version,
            )

    def discard(self, key: NoteKey) -> None:
        """Forget note `key` and any text of it not yet saved (it is being struck)."""
        with self._lock:
            self._pending.pop(key, None)
            self._ids.pop(key, None)

    def note_id(self, key: NoteKey) -> int | None:
        """The id of note `key` once it has been saved, else None."""
        with self._lock:
            return self._ids.get(key)

    def pending_text(self, key: NoteKey) -> str | None:
        """The text of note `key` not yet saved, or None if all of it is saved."""
        with self._lock:
            pending = self._pending.get(key)
            return None if pending is None else pending.text

    @property
    def pending_count(self) -> int:
        """How many notes have text not yet saved."""
        with self._lock:
            return len(self._pending)

    @property
    def last_failure(self) -> FlushResult | None:
        """The latest failed flush, until a flush succeeds."""
        with self._lock:
            return self._last_failure

    def flush(self) -> FlushResult:
        """Write every pending note in one transaction; on failure keep them all for the next.

        A batch refused for a reason other than the disk (a note of a deleted conversation,
        say) is retried one note at a time, so one bad note cannot hold back the others.
        """
        with self._flush_lock:
            with self._lock:
                batch = {
                    key: replace(p, note_id=self._ids.get(key, p.note_id))
                    for key, p in self._pending.items()
                }
            if not batch:
                return FlushResult(saved=0, pending=0)
            try:
                saved = self._write(batch)
                failure = None
            except Exception as error:
                saved, failure = {}, error
                if storage_problem(error) is None and len(batch) > 1:
                    saved, failure = self._write_one_by_one(batch)
            return self._settle(batch, saved, failure)

    def _write(self, batch: Mapping[NoteKey, _Pending]) -> dict[NoteKey, int | None]:
        written: dict[NoteKey, int | None] = {}
        with session_scope(self._engine) as session:
            for key, pending in batch.items():
                if pending.note_id is None and not pending.text.strip():
                    written[key] = None  # nothing typed yet: no empty note is made
                    continue
                note = save_note(
                    session=session,
                    note_id=pending.note_id,
                    conversation_id=pending.conversation_id,
                    text=pending.text,
                    prompt_id=pending.prompt_id,
                    visibility=pending.visibility,
                    confidential=pending.confidential,
                    at=pending.typed_at,
                )
                written[key] = None if note is None else note.id
        return written

    def _write_one_by_one(
        self, batch: Mapping[NoteKey, _Pending]
    ) -> tuple[dict[NoteKey, int | None], Exception | None]:
        saved: dict[NoteKey, int | None] = {}
        failure: Exception | None = None
        for key, pending in batch.items():
            try:
                saved.update(self._write({key: pending}))
            except Exception as error:
                failure = error
        return saved, failure

    def _settle(
        self,
        batch: Mapping[NoteKey, _Pending],
        saved: Mapping[NoteKey, int | None],
        failure: Exception | None,
    ) -> FlushResult:
        note_ids: dict[NoteKey, int] = {}
        with self._lock:
            for key, note_id in saved.items():
                struck = batch[key].note_id is not None and note_id is None
                if note_id is not None:
                    self._ids[key] = note_id
                    note_ids[key] = note_id
                elif struck:
                    self._ids.pop(key, None)
                current = self._pending.get(key)
                # Text typed while this flush was writing is newer: it waits for the next one.
                if current is not None and current.version == batch[key].version:
                    del self._pending[key]
            result = FlushResult(
                saved=len(note_ids),
                pending=len(self._pending),
                note_ids=MappingProxyType(note_ids),
            )
            if failure is not None:
                message, problem = failure_message(failure)
                result = replace(result, message=message, problem=problem)
                self._last_failure = result
            else:
                self._last_failure = None
            return result
