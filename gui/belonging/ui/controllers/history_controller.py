"""One past conversation read again: its prompts and notes, follow-ups, and Export…."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from belonging.application.continuity_rows import PastConversation
from belonging.application.past_conversation import read_past_conversation
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.conversation_history_view import ConversationHistoryView


class HistoryController(PageController):
    """Drives the page of a past conversation. While the screen is shared, private notes
    are not even read. Signals: `back()`, `export_requested(conversation_id)`,
    `opened(PastConversation)`."""

    _view: ConversationHistoryView

    back = Signal()
    export_requested = Signal(object)
    opened = Signal(object)

    def __init__(
        self,
        view: ConversationHistoryView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self._read_with_private = False
        view.back_requested.connect(self.back)
        view.export_requested.connect(self.export_requested)

    def open(self, conversation_id: Hashable, note_id: Hashable | None = None) -> None:
        """Reads one conversation and shows it, scrolled to `note_id` when given."""
        workspace = self._services.workspace
        is_shared = self._services.is_shared_screen
        include_private = not is_shared()

        def shown(record: PastConversation) -> None:
            self._read_with_private = include_private
            self._view.set_shared_screen(is_shared())
            self._view.set_record(record)
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
            self.open(record.conversation_id)
