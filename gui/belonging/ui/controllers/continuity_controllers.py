"""The controllers of the continuity pages: a pair's page, search, and a past conversation.

Each drives one view, reads and writes on the writer thread (search on its own thread, see
`SearchRunner`), and asks the window to show its page through the `show` callable it was
given, so it can be tested with the view alone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from belonging.storage.database import session_scope
from belonging.ui.controllers.history_record import read_conversation_record
from belonging.ui.controllers.page_controller import PageController, Show
from belonging.ui.controllers.pair_history import (
    PairPage,
    read_pair_page,
    read_timeline_page,
    save_pair_settings,
    set_follow_up_done,
)
from belonging.ui.controllers.search_rows import searcher
from belonging.ui.controllers.search_runner import SearchRunner
from belonging.ui.controllers.services import Services
from belonging.ui.views.continuity_rows import PairSettings, PastConversation
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from belonging.ui.views.pair_view import PairView
from belonging.ui.views.search_view import SearchView


class PairController(PageController):
    """Drives the pair page. Signals: `start_requested(pair_id)`, `export_requested(pair_id)`,
    `conversation_requested(conversation_id)`, `back()`; `loaded(PairPage)` after each read.

    The page's read gives the timeline's newest conversations; older ones are read a page at
    a time when the view asks for them (the person scrolled to the end of those listed).
    """

    _view: PairView

    start_requested = Signal(object)
    export_requested = Signal(object)
    conversation_requested = Signal(object)
    back = Signal()
    loaded = Signal(object)

    def __init__(
        self, view: PairView, services: Services, show: Show, parent: QObject | None = None
    ) -> None:
        super().__init__(view, services, show, parent)
        self.pair_id: int | None = None
        self.page: PairPage | None = None
        # Bumped by each read of the page, so a timeline page read for an earlier one (of
        # another pair, or before a change) is dropped rather than appended.
        self._generation = 0
        view.start_requested.connect(self._on_start_requested)
        view.export_requested.connect(self._on_export_requested)
        view.back_requested.connect(self.back)
        view.conversation_opened.connect(self.conversation_requested)
        view.follow_up_toggled.connect(self._on_follow_up_toggled)
        view.settings_saved.connect(self._on_settings_saved)
        view.more_timeline_requested.connect(self._on_more_timeline_requested)

    def open(self, pair_id: int) -> None:
        """Reads the pair's history and shows its page."""
        self.pair_id = int(pair_id)
        self.refresh(show=True)

    def refresh(self, *, show: bool = False) -> None:
        """Reads the pair's history again (after a change) and fills the page."""
        pair_id = self.pair_id
        if pair_id is None:
            return
        services = self._services
        self._generation += 1

        def read() -> PairPage:
            with session_scope(services.db) as session:
                return read_pair_page(session, pair_id, services.library)

        services.writer.submit(read, on_result=lambda page: self._fill(page, show))

    def _fill(self, page: PairPage, show: bool) -> None:
        self.page = page
        view = self._view
        view.set_title(page.names, page.roles)
        view.set_timeline(page.timeline, page.timeline_total)
        view.set_follow_ups(page.follow_ups)
        view.set_parked(page.parked)
        view.set_closeness(page.owner_name, page.partner_name, page.readings)
        view.set_settings(page.settings)
        if show:
            self._show()
        self.loaded.emit(page)

    @Slot()
    def _on_more_timeline_requested(self) -> None:
        pair_id, entries = self.pair_id, self._view.timeline_model.entries()
        if pair_id is None or not entries:
            return
        services = self._services
        generation = self._generation
        after_id = int(entries[-1].conversation_id)  # type: ignore[call-overload]

        def read():
            with session_scope(services.db) as session:
                return read_timeline_page(session, pair_id, services.library, after_id)

        def shown(more) -> None:
            if generation == self._generation:
                self._view.add_timeline(more)

        services.writer.submit(read, on_result=shown)

    @Slot()
    def _on_start_requested(self) -> None:
        self.start_requested.emit(self.pair_id)

    @Slot()
    def _on_export_requested(self) -> None:
        self.export_requested.emit(self.pair_id)

    @Slot(object, bool)
    def _on_follow_up_toggled(self, item_id: Hashable, done: bool) -> None:
        db = self._services.db

        def write() -> None:
            with session_scope(db) as session:
                set_follow_up_done(session, int(item_id), done)  # type: ignore[call-overload]

        self._services.writer.submit(
            write, on_error=lambda _e: self._view.set_follow_up_done(item_id, not done)
        )

    @Slot(object)
    def _on_settings_saved(self, settings: PairSettings) -> None:
        pair_id = self.pair_id
        if pair_id is None:
            return
        db = self._services.db

        def write() -> None:
            with session_scope(db) as session:
                save_pair_settings(session, pair_id, settings)

        self._services.writer.submit(write, on_result=lambda _r: self.refresh())


class SearchController(QObject):
    """Drives the search page: searches as the view asks, on the search thread, and asks to
    open a result (`result_requested(conversation_id, note_id)`). `back()` leaves."""

    result_requested = Signal(object, object)
    back = Signal()

    def __init__(
        self, view: SearchView, services: Services, show: Show, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._show = show
        # The engine is read at each search: setting or removing the passphrase replaces it.
        self.runner = SearchRunner(
            lambda query, include_private: searcher(services.db)(query, include_private), self
        )
        view.search_requested.connect(self.runner.request)
        self.runner.finished.connect(view.show_results)
        self.runner.failed.connect(view.show_failed)
        view.result_opened.connect(self.result_requested)
        view.back_requested.connect(self.back)

    def open(self) -> None:
        """Shows the search page with the keyboard in its field."""
        self._show()
        self._view.focus_query()

    def shutdown(self) -> None:
        """Stops the search thread (the window is closing)."""
        self.runner.shutdown()


class HistoryController(PageController):
    """Drives the page of a past conversation. `is_shared()` says whether the screen is
    shared: private notes are then not even read. Signals: `back()`,
    `export_requested(conversation_id)`, `opened(PastConversation)`."""

    _view: ConversationHistoryView

    back = Signal()
    export_requested = Signal(object)
    opened = Signal(object)

    def __init__(
        self,
        view: ConversationHistoryView,
        services: Services,
        show: Show,
        is_shared: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show, parent)
        self._is_shared = is_shared
        self._read_with_private = False
        view.back_requested.connect(self.back)
        view.export_requested.connect(self.export_requested)

    def open(self, conversation_id: Hashable, note_id: Hashable | None = None) -> None:
        """Reads one conversation and shows it, scrolled to `note_id` when given."""
        services = self._services
        include_private = not self._is_shared()

        def read() -> PastConversation:
            with session_scope(services.db) as session:
                return read_conversation_record(
                    session,
                    int(conversation_id),  # type: ignore[call-overload]
                    services.library,
                    include_private=include_private,
                )

        def shown(record: PastConversation) -> None:
            self._read_with_private = include_private
            self._view.set_shared_screen(self._is_shared())
            self._view.set_record(record)
            self._show()
            if note_id is not None:
                # After the page is laid out, so the scroll lands on the note.
                QTimer.singleShot(0, lambda: self._view.scroll_to_note(note_id))
            self.opened.emit(record)

        services.writer.submit(read, on_result=shown)

    def set_shared_screen(self, on: bool) -> None:
        """Private notes never read while shared are read once the screen is not shared."""
        record = self._view.record()
        if not on and record is not None and not self._read_with_private:
            self.open(record.conversation_id)
