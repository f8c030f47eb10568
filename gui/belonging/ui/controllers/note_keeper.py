"""Notes saved as they are typed: the latest words in memory at once, on disk within a second.

Each keystroke reaches `NoteKeeper.edit`, which hands the text to storage's `NoteAutosaver`
(it only remembers it) and restarts a short debounce timer. When typing pauses, the timer
asks the background writer to flush, off the UI thread. A failed flush keeps every word in
memory, says so, and tries again. The keeper also remembers each note's text by key, so the
note of a prompt comes back when the pair returns to it, and after a restart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID
from belonging.storage.autosave import FlushResult, NoteAutosaver
from belonging.storage.models import Note, Visibility
from belonging.ui.controllers.background_writer import BackgroundWriter
from belonging.ui.controllers.write_queue import reason_for, short_reason
from belonging.ui.widgets.save_status import SaveState

#: Quiet time after the last keystroke before the notes are written.
DEBOUNCE_MS = 700
#: How long to wait before trying a failed save again.
RETRY_MS = 2000

CONVERSATION_NOTE = ("conversation",)
PRIVATE_NOTE = ("private",)
SUMMARY_NOTE = ("summary",)


def prompt_note(prompt_id: str) -> tuple[str, str]:
    """The key of the shared note on one prompt (as shown: a lighter one has its own)."""
    return ("prompt", prompt_id)


@dataclass(frozen=True)
class _Where:
    prompt_id: str | None
    visibility: Visibility


def _where(key: tuple[str, ...]) -> _Where:
    if key == PRIVATE_NOTE:
        return _Where(None, Visibility.PRIVATE)
    if key == SUMMARY_NOTE:
        return _Where(SUMMARY_PROMPT_ID, Visibility.SHARED)
    if key == CONVERSATION_NOTE:
        return _Where(None, Visibility.SHARED)
    return _Where(key[1], Visibility.SHARED)


def key_of(note: Note) -> tuple[str, ...]:
    """The keeper's key for a stored note."""
    if note.visibility == Visibility.PRIVATE.value:
        return PRIVATE_NOTE
    if note.prompt_id is None:
        return CONVERSATION_NOTE
    if note.prompt_id == SUMMARY_PROMPT_ID:
        return SUMMARY_NOTE
    return prompt_note(note.prompt_id)


class NoteKeeper(QObject):
    """The notes of one conversation, by key, saved behind the typing.

    Signal `state_changed(SaveState, reason)` drives the "Saved / Saving… / Not saved yet"
    line. Typing before the conversation's row exists is kept and saved once
    `set_conversation_id` is called.
    """

    state_changed = Signal(object, str)

    def __init__(
        self,
        writer: BackgroundWriter,
        autosaver: NoteAutosaver,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer = writer
        self._autosaver = autosaver
        self._conversation_id: int | None = None
        self._texts: dict[Any, str] = {}
        self._stored_ids: dict[Any, int] = {}
        self._early: set[Any] = set()
        self._flushing = False
        self._again = False
        self._state = SaveState.IDLE
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._on_debounce_timeout)

    @property
    def state(self) -> SaveState:
        """Where the notes stand now."""
        return self._state

    @property
    def autosaver(self) -> NoteAutosaver:
        """The storage autosaver behind the keeper (its `flush` is safe on the writer)."""
        return self._autosaver

    @property
    def flushing(self) -> bool:
        """Whether a flush is running on the writer."""
        return self._flushing

    def set_conversation_id(self, conversation_id: int) -> None:
        """The conversation's row now exists: what was typed before it goes to the autosaver."""
        self._conversation_id = conversation_id
        for key in sorted(self._early, key=repr):
            self._remember(key, self._texts[key])
        self._early.clear()
        if self._autosaver.pending_count:
            self._debounce.start()

    def load(self, notes: Iterable[Note]) -> None:
        """Takes in the notes already stored (after a restart); the latest wins for a key."""
        for note in notes:
            key = key_of(note)
            self._texts[key] = note.text
            if note.id is not None:
                self._stored_ids[key] = note.id

    def text(self, key: Any) -> str:
        """The latest text of note `key`, saved or not; empty if nothing was typed."""
        return self._texts.get(key, "")

    def texts(self) -> dict[Any, str]:
        """Every note's latest text, by key."""
        return dict(self._texts)

    def note_id(self, key: Any) -> int | None:
        """The stored id of note `key`, once it has one."""
        return self._autosaver.note_id(key) or self._stored_ids.get(key)

    def key_for_note_id(self, note_id: int) -> Any | None:
        """The key of the stored note `note_id`, if the keeper knows it."""
        for key in self._texts:
            if self.note_id(key) == note_id:
                return key
        return None

    def edit(self, key: Any, text: str) -> None:
        """A keystroke in note `key`: remember it now, save it when typing pauses."""
        self._texts[key] = text
        if self._conversation_id is None:
            self._early.add(key)
        else:
            self._remember(key, text)
        self._set_state(SaveState.SAVING)
        self._debounce.start()

    def _remember(self, key: Any, text: str) -> None:
        where = _where(key)
        assert self._conversation_id is not None
        self._autosaver.update(
            key,
            text,
            conversation_id=self._conversation_id,
            prompt_id=where.prompt_id,
            visibility=where.visibility,
            note_id=self._stored_ids.get(key),
        )

    def discard(self, key: Any) -> None:
        """Forgets note `key` and any unsaved text of it (it is being struck)."""
        self._texts.pop(key, None)
        self._early.discard(key)
        self._stored_ids.pop(key, None)
        self._autosaver.discard(key)

    def flush_soon(self) -> None:
        """Saves now rather than after the debounce (leaving a page, say)."""
        self._debounce.stop()
        self._on_debounce_timeout()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        if self._flushing:
            self._again = True
            return
        if not self._autosaver.pending_count:
            if not self._early and self._state is SaveState.SAVING:
                self._set_state(SaveState.SAVED)
            return
        self._flushing = True
        self._again = False
        self._writer.submit(
            self._autosaver.flush, on_result=self._on_flushed, on_error=self._on_flush_error
        )

    def _on_flushed(self, result: FlushResult) -> None:
        self._flushing = False
        if not result.ok:
            self._set_state(SaveState.NOT_SAVED, short_reason(result.problem, result.message or ""))
            self._retry.start()
            return
        if self._again or self._autosaver.pending_count:
            self._debounce.start()
        elif not self._early:
            self._set_state(SaveState.SAVED)

    def _on_flush_error(self, error: BaseException) -> None:
        # flush() reports failures in its result; anything raised is unexpected but the
        # words are still in the autosaver, so the answer is the same: say so, retry.
        self._flushing = False
        self._set_state(SaveState.NOT_SAVED, reason_for(error))
        self._retry.start()

    def _set_state(self, state: SaveState, reason: str = "") -> None:
        if state is self._state and not reason:
            return
        self._state = state
        self.state_changed.emit(state, reason)

    def stop(self) -> None:
        """Stops the timers (the conversation is over or the window is closing)."""
        self._debounce.stop()
        self._retry.stop()

    def save_now(self) -> FlushResult:
        """Flushes on this thread, at once: only for quitting, after the writer is idle.

        On failure the words stay in memory and the retry timer runs again, in case the
        window stays open.
        """
        self.stop()
        result = self._autosaver.flush()
        if not result.ok:
            self._set_state(SaveState.NOT_SAVED, short_reason(result.problem, result.message or ""))
            self._retry.start()
        elif not self._early and not self._autosaver.pending_count:
            self._set_state(SaveState.SAVED)
        return result
