"""Wrap-up: the closing prompt, the shared notes read back, follow-ups, the second check-in,
the summary, and "Save and finish".

A struck line stays on the page, struck through, until "Save and finish": unticking it is the
undo. Everything else is kept as it is decided (a confidential mark, a follow-up, a check-in),
so quitting here loses nothing. Finishing deletes the struck notes, then empties the
database's write-ahead log, so their words are nowhere in the files afterwards.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from belonging.core.engine import Action, ConversationState
from belonging.core.markdown_render import plain_text
from belonging.storage.autosave import FlushResult
from belonging.storage.database import session_scope, truncate_wal
from belonging.storage.models import CheckInMoment
from belonging.storage.repositories import add_follow_up, delete_follow_up
from belonging.ui.controllers import wrap_up_writes
from belonging.ui.controllers.active_conversation import ActiveConversation, shown_text
from belonging.ui.controllers.conversation_presenter import prompt_words
from belonging.ui.controllers.note_keeper import SUMMARY_NOTE
from belonging.ui.controllers.opening_controller import queue_check_ins, view_people
from belonging.ui.controllers.services import Services
from belonging.ui.controllers.summary_text import summary_facts
from belonging.ui.controllers.write_queue import WriteContext, reason_for, short_reason
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.views.rows import FollowUpDraft, NoteLine, WrapUpResult
from belonging.ui.widgets.save_status import SaveState

RETRY_MS = 2000


class NotesNotSavedError(Exception):
    """The notes' last flush before finishing failed; `result` says why."""

    def __init__(self, result: FlushResult) -> None:
        super().__init__(result.message)
        self.result = result


class WrapUpController(QObject):
    """Drives `window.wrap_up`. `begin(active)` shows it; signal `finished(conversation_id)`
    once everything is saved and the conversation is closed."""

    finished = Signal(int)

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._view = window.wrap_up
        self._services = services
        self._active: ActiveConversation | None = None
        self._confidential: dict[int, bool] = {}
        self._finishing = False
        self._retry_final = QTimer(self)
        self._retry_final.setSingleShot(True)
        self._retry_final.setInterval(RETRY_MS)
        self._retry_final.timeout.connect(self._final_save)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.line_confidential_changed.connect(self._on_confidential_changed)
        view.follow_up_added.connect(self._on_follow_up_added)
        view.follow_up_removed.connect(self._on_follow_up_removed)
        view.closeness_changed.connect(self._on_closeness_changed)
        view.summary_changed.connect(self._on_summary_changed)
        view.finish_requested.connect(self._on_finish_requested)

    @property
    def active(self) -> ActiveConversation | None:
        """The conversation wrapping up, if any."""
        return self._active

    def begin(self, active: ActiveConversation) -> None:
        """Shows the wrap-up of `active`, with what is stored of it read back."""
        self.end()
        self._active = active
        self._finishing = False
        self._confidential = {}
        view = self._view
        view.set_people(*view_people(active))
        shown = active.engine.current_prompt
        if shown is not None:
            view.set_closing_prompt(*prompt_words(shown))
        else:
            view.set_closing_prompt("", "")
        view.set_note_lines([])
        view.set_follow_ups([])
        view.set_summary(active.notes.text(SUMMARY_NOTE))
        self._show_facts()
        view.set_save_state(SaveState.IDLE)
        view.set_finishing(False)
        view.set_back_available(False)  # the engine has no way back from the wrap-up
        self._window.show_page(Page.WRAP_UP)
        active.queue.failed.connect(self._on_save_failed)
        active.queue.saved.connect(self._on_queue_saved)
        active.notes.state_changed.connect(self._on_notes_state_changed)
        self._load()

    def end(self) -> None:
        """Lets go of the conversation (finished, or the window is closing)."""
        active, self._active = self._active, None
        self._retry_final.stop()
        if active is not None:
            active.queue.failed.disconnect(self._on_save_failed)
            active.queue.saved.disconnect(self._on_queue_saved)
            active.notes.state_changed.disconnect(self._on_notes_state_changed)

    def _show_facts(self) -> None:
        """The engine's account of the conversation: depth, prompts, time."""
        active = self._active
        if active is not None:
            self._view.set_facts(summary_facts(active.engine.summary, len(active.script.levels)))

    # Reading back --------------------------------------------------------------------------

    def _load(self) -> None:
        active = self._active
        if active is None:
            return
        if active.conversation_id is None:
            # The conversation's row is still on its way; read once the queue has it.
            active.queue.saved.connect(
                self._on_first_save, type=Qt.ConnectionType.SingleShotConnection
            )
            return
        conversation_id = active.conversation_id
        autosaver = active.notes.autosaver

        def read() -> wrap_up_writes.WrapUpRecord:
            autosaver.flush()  # the newest words first, so the read-back has them
            with session_scope(self._services.db) as session:
                return wrap_up_writes.read_wrap_up(session, conversation_id)

        self._services.writer.submit(
            read, on_result=self._show_record, on_error=self._on_save_failed_error
        )

    @Slot()
    def _on_first_save(self) -> None:
        self._load()

    def _show_record(self, record: wrap_up_writes.WrapUpRecord) -> None:
        active = self._active
        if active is None:
            return
        script = active.script
        lines = []
        for note in record.shared_notes:
            if note.prompt_id is None:
                context = self.tr("About the whole conversation")
            else:
                context = plain_text(shown_text(script, note.prompt_id))
            self._confidential[int(note.id or 0)] = note.confidential
            lines.append(
                NoteLine(int(note.id or 0), note.text, context, confidential=note.confidential)
            )
        self._view.set_note_lines(lines)
        self._view.set_follow_ups(
            [
                FollowUpDraft(("stored", f.id), f.text, str(f.owner_id or ""), f.due)
                for f in record.follow_ups
            ]
        )
        self._view.set_closeness({str(c.person_id): c.closeness for c in record.after_check_ins})

    # As the pair decides ----------------------------------------------------------------------

    @Slot(object, bool)
    def _on_confidential_changed(self, note_id: Hashable, confidential: bool) -> None:
        if self._active is None:
            return
        self._confidential[int(note_id)] = confidential
        self._active.queue.add(
            lambda session, _context: wrap_up_writes.set_confidential_if_kept(
                session, int(note_id), confidential
            )
        )

    @Slot(object)
    def _on_follow_up_added(self, draft: FollowUpDraft) -> None:
        active = self._active
        if active is None:
            return
        pair_id = active.pairing.pair_id
        owner_id = active.pairing.person_id(draft.owner_key) if draft.owner_key else None

        def write(session, context: WriteContext) -> int:
            row = add_follow_up(
                session=session,
                pair_id=pair_id,
                text=draft.text,
                conversation_id=context.require_conversation(),
                owner_id=owner_id,
                due=draft.due,
            )
            context.ids[draft.draft_id] = int(row.id or 0)
            return context.ids[draft.draft_id]

        active.queue.add(write)

    @Slot(object)
    def _on_follow_up_removed(self, draft_id: Hashable) -> None:
        if self._active is None:
            return

        def write(session, context: WriteContext) -> None:
            stored = draft_id[1] if isinstance(draft_id, tuple) else context.ids.get(draft_id)
            if stored is not None:
                delete_follow_up(session=session, follow_up_id=int(stored))

        self._active.queue.add(write)

    @Slot(str, object)
    def _on_closeness_changed(self, key: str, value: int | None) -> None:
        if self._active is not None:
            queue_check_ins(self._active, {key: value}, CheckInMoment.AFTER)

    @Slot(str)
    def _on_summary_changed(self, text: str) -> None:
        if self._active is not None:
            self._active.notes.edit(SUMMARY_NOTE, text)

    # Save and finish ---------------------------------------------------------------------------

    @Slot(object)
    def _on_finish_requested(self, result: WrapUpResult) -> None:
        active = self._active
        if active is None or self._finishing:
            return
        self._finishing = True
        self._view.set_finishing(True)
        self._view.set_save_state(SaveState.SAVING)
        if active.state is ConversationState.PAUSED:
            active.act(Action.RESUME)
        if active.state is not ConversationState.ENDED:
            active.act(Action.END)
        struck = {int(line_id) for line_id in result.struck_line_ids}
        summary_id = active.notes.note_id(SUMMARY_NOTE)
        if summary_id is not None and not active.notes.text(SUMMARY_NOTE).strip():
            struck.add(summary_id)
        for note_id in struck:
            key = active.notes.key_for_note_id(note_id)
            if key is not None:
                active.notes.discard(key)
        active.notes.stop()
        summary = active.engine.summary
        pairing, script_id = active.pairing, active.script.id
        confidential = {k: v for k, v in self._confidential.items() if k not in struck}
        active.queue.add(
            lambda session, context: wrap_up_writes.finish(
                session,
                conversation_id=context.require_conversation(),
                pairing=pairing,
                script_id=script_id,
                summary=summary,
                struck_note_ids=struck,
                confidential=confidential,
            ),
            on_done=lambda _result: self._final_save(),
        )

    @Slot()
    def _final_save(self) -> None:
        """The notes' last words, then the log emptied so struck words leave the files."""
        active = self._active
        if active is None:
            return
        autosaver, db = active.notes.autosaver, self._services.db

        def job() -> None:
            result = autosaver.flush()
            if not result.ok:
                raise NotesNotSavedError(result)
            truncate_wal(db)

        self._services.writer.submit(job, on_result=self._on_saved, on_error=self._on_final_failed)

    def _on_saved(self, _result: object) -> None:
        active = self._active
        if active is None:
            return
        conversation_id = int(active.conversation_id or 0)
        self._view.set_save_state(SaveState.SAVED)
        self.end()
        self.finished.emit(conversation_id)

    def _on_final_failed(self, error: BaseException) -> None:
        if isinstance(error, NotesNotSavedError):
            reason = short_reason(error.result.problem, error.result.message or "")
        else:
            reason = reason_for(error)
        self._view.set_save_state(SaveState.NOT_SAVED, reason)
        self._retry_final.start()

    @Slot(str)
    def _on_save_failed(self, reason: str) -> None:
        self._view.set_save_state(SaveState.NOT_SAVED, reason)

    def _on_save_failed_error(self, error: BaseException) -> None:
        self._view.set_save_state(SaveState.NOT_SAVED, reason_for(error))

    @Slot()
    def _on_queue_saved(self) -> None:
        if not self._finishing and self._active is not None:
            self._view.set_save_state(self._active.notes.state)

    @Slot(object, str)
    def _on_notes_state_changed(self, state: SaveState, reason: str) -> None:
        if not self._finishing:
            self._view.set_save_state(state, reason)
