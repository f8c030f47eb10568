"""One past conversation read again: its prompts and notes, follow-ups, and Export…; a note
corrected, or the conversation deleted (asked first, with Undo for a few seconds)."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from belonging.application.continuity_rows import HistoryNote, PastConversation
from belonging.application.corrections import edit_past_note
from belonging.application.past_conversation import read_past_conversation
from belonging.application.removals import (
    Removal,
    delete_conversation,
    settle_removals,
    undo_removal,
)
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.dialogs.deletion import ask_to_delete, tell_not_done
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.save_status import reason_for


class HistoryController(PageController):
    """Drives the page of a past conversation. While the screen is shared, private notes
    are not even read. Signals: `back()`, `export_requested(conversation_id)`,
    `opened(PastConversation)`, `note_kept(HistoryNote)` (a correction saved),
    `deleted(conversation_id)` (the page is left) and `restored(conversation_id)` (undone).
    `asking` is the question before a deletion while it is open."""

    _view: ConversationHistoryView

    back = Signal()
    export_requested = Signal(object)
    opened = Signal(object)
    note_kept = Signal(object)
    deleted = Signal(object)
    restored = Signal(object)

    def __init__(
        self,
        view: ConversationHistoryView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self._read_with_private = False
        self.asking = None
        view.back_requested.connect(self.back)
        view.export_requested.connect(self.export_requested)
        view.note_edited.connect(self._on_note_edited)
        view.delete_requested.connect(self._on_delete_requested)

    def open(
        self, conversation_id: Hashable, note_id: Hashable | None = None, *, show: bool = True
    ) -> None:
        """Reads one conversation and shows it, scrolled to `note_id` when given (`show`
        False: fills the page without bringing it forward)."""
        workspace = self._services.workspace
        is_shared = self._services.is_shared_screen
        include_private = not is_shared()

        def shown(record: PastConversation) -> None:
            self._read_with_private = include_private
            self._view.set_shared_screen(is_shared())
            self._view.set_record(record)
            if show:
                self._show_page(Page.HISTORY)
            if note_id is not None:
                # After the page is laid out, so the scroll lands on the note.
                QTimer.singleShot(0, lambda: self._view.scroll_to_note(note_id))
            self.opened.emit(record)

        self._services.jobs.read(
            lambda: read_past_conversation(
                workspace,
                int(conversation_id),  # type: ignore[call-overload]
                include_private=include_private,
            ),
            shown,
        )

    def set_shared_screen(self, on: bool) -> None:
        """Private notes never read while shared are read once the screen is not shared."""
        record = self._view.record()
        if not on and record is not None and not self._read_with_private:
            # Read again where it is: a switch pressed on another page stays on that page.
            self.open(record.conversation_id, show=False)

    # Correcting ---------------------------------------------------------------------------

    @Slot(object, str)
    def _on_note_edited(self, note_id: Hashable, text: str) -> None:
        workspace = self._services.workspace

        def kept(note: HistoryNote) -> None:
            self._view.show_note(note)
            self.note_kept.emit(note)

        def failed(error: BaseException) -> None:
            self._view.show_note_problem(
                note_id, self.tr("Not saved: {reason}").format(reason=reason_for(error))
            )

        self._services.jobs.write(
            lambda: edit_past_note(workspace, int(note_id), text),  # type: ignore[call-overload]
            kept,
            failed,
        )

    # Deleting -----------------------------------------------------------------------------

    @Slot(object)
    def _on_delete_requested(self, conversation_id: Hashable) -> None:
        record = self._view.record()
        if record is None or self.asking is not None:
            return
        when = short_date(record.on)
        self.asking = ask_to_delete(
            self._view.window(),
            "delete_conversation",
            self.tr("Delete this conversation?"),
            self.tr(
                "The conversation of {date} ({script}) will be deleted, with every note in "
                "it, shared and private, its follow-ups and check-ins."
            ).format(date=when, script=record.script_title),
            self.tr("&Delete it"),
            lambda: self._delete(conversation_id, when, record.script_title),
        )
        self.asking.finished.connect(self._on_asking_finished)

    @Slot()
    def _on_asking_finished(self) -> None:
        self.asking = None

    def _delete(self, conversation_id: Hashable, when: str, script: str) -> None:
        workspace, jobs = self._services.workspace, self._services.jobs
        conversation = int(conversation_id)  # type: ignore[call-overload]

        def done(removal: Removal) -> None:
            self.deleted.emit(conversation_id)
            self._services.undo.offer(
                self.tr("Deleted the conversation of {date} ({script}).").format(
                    date=when, script=script
                ),
                undo=lambda: jobs.write(
                    lambda: undo_removal(workspace, removal),
                    lambda _r: self.restored.emit(conversation_id),
                    lambda error: tell_not_done(
                        self._view,
                        self.tr("It could not be undone: {reason}").format(
                            reason=reason_for(error)
                        ),
                    ),
                ),
                settle=lambda: jobs.write(lambda: settle_removals(workspace)),
            )

        def failed(error: BaseException) -> None:
            tell_not_done(
                self._view,
                self.tr("The conversation was not deleted: {reason}").format(
                    reason=reason_for(error)
                ),
            )

        jobs.write(lambda: delete_conversation(workspace, conversation), done, failed)
