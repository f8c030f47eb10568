"""The path through the pages: Home, set-up, what last time left (if anything), ground rules
and check-in, the conversation and Deeper?, wrap-up, and Home again; or from Home straight
back into an unfinished conversation. Beside it: a pair's page, search (File ▸ Search, Ctrl+F)
and a past conversation read again, each with Export….

Each page has its own controller; this one only joins them, and owns the conversation in
progress while it passes from one to the next.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from belonging.core.engine import Action, ConversationState
from belonging.storage.database import session_scope
from belonging.ui.controllers.active_conversation import ActiveConversation
from belonging.ui.controllers.carry_forward_controller import CarryForwardController
from belonging.ui.controllers.continuity_controllers import (
    HistoryController,
    PairController,
    SearchController,
)
from belonging.ui.controllers.conversation_controller import ConversationController
from belonging.ui.controllers.home_controller import HomeController
from belonging.ui.controllers.opening_controller import OpeningController
from belonging.ui.controllers.resume import ResumeOffer, ResumeRecord, read_for_resume
from belonging.ui.controllers.services import Services
from belonging.ui.controllers.setup_controller import SetupController
from belonging.ui.controllers.wrap_up_controller import WrapUpController
from belonging.ui.controllers.write_queue import reason_for
from belonging.ui.export.export_dialog import ExportDialog
from belonging.ui.main_window import MainWindow, Page

#: Pages of a conversation being set up or held: search waits until it is over.
_CONVERSATION_PAGES = frozenset(
    {
        Page.CARRY_FORWARD,
        Page.GROUND_RULES,
        Page.CHECK_IN,
        Page.CONVERSATION,
        Page.DEEPER,
        Page.WRAP_UP,
    }
)


class ConversationFlow(QObject):
    """Joins the page controllers (`home`, `setup`, `opening`, `conversation`, `wrap_up`) and
    holds `active`, the conversation in progress."""

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._services = services
        self.active: ActiveConversation | None = None
        self.home = HomeController(window, services, self)
        self.setup = SetupController(window, services, self)
        self.opening = OpeningController(window, self)
        self.conversation = ConversationController(window, self)
        self.wrap_up = WrapUpController(window, services, self)
        self.pair = PairController(window.pair, services, self._page(Page.PAIR), self)
        self.search = SearchController(window.search, services, self._page(Page.SEARCH), self)
        self.history = HistoryController(
            window.history, services, self._page(Page.HISTORY), window.is_shared_screen, self
        )
        self.carry = CarryForwardController(
            window.carry_forward, services, self._page(Page.CARRY_FORWARD), self
        )
        self.export_dialog: ExportDialog | None = None
        self._carried_follow_ups: tuple[str, ...] = ()
        self._returns: dict[Page, Page] = {}
        self._connect_signals()
        self._connect_continuity()

    def _connect_signals(self) -> None:
        self.home.start_requested.connect(self._on_start_requested)
        self.home.resume_requested.connect(self._on_resume_requested)
        self.setup.prepared.connect(self._on_prepared)
        self.setup.cancelled.connect(self.home.show)
        self.opening.back.connect(self._on_opening_back)
        self.opening.started.connect(self._on_started)
        self.conversation.wrap_up_reached.connect(self._on_wrap_up_reached)
        self.wrap_up.finished.connect(self._on_finished)

    def _page(self, page: Page):
        return lambda: self._window.show_page(page)

    def _connect_continuity(self) -> None:
        window = self._window
        window.home.pair_open_requested.connect(self._on_pair_open_requested)
        window.search_action.triggered.connect(self._on_search_triggered)
        window.stack.currentChanged.connect(self._on_page_changed)
        window.shared_screen_changed.connect(self.history.set_shared_screen)
        self.pair.start_requested.connect(self._on_pair_start_requested)
        self.pair.back.connect(self.home.show)
        self.pair.conversation_requested.connect(self._on_history_requested)
        self.pair.export_requested.connect(self._on_pair_export_requested)
        self.search.result_requested.connect(self._on_history_requested)
        self.search.back.connect(lambda: self._go_back(Page.SEARCH))
        self.history.back.connect(lambda: self._go_back(Page.HISTORY))
        self.history.export_requested.connect(self._on_conversation_export_requested)
        self.carry.ready.connect(self._on_carried_forward)
        self.carry.back.connect(self._on_opening_back)

    def stop(self) -> None:
        """Stops every timer of the conversation in progress (the window is closing)."""
        self.search.shutdown()
        self.conversation.detach()
        self.wrap_up.end()
        if self.active is not None:
            self.active.notes.stop()

    # A new conversation -----------------------------------------------------------------------

    @Slot(object, object)
    def _on_start_requested(self, pair_id: object, script_id: object) -> None:
        self.setup.open(pair_id, script_id)  # type: ignore[arg-type]

    @Slot(object)
    def _on_prepared(self, active: ActiveConversation) -> None:
        self.carry.begin(active)

    @Slot(object, object)
    def _on_carried_forward(self, active: ActiveConversation, follow_ups: object) -> None:
        self._carried_follow_ups = tuple(follow_ups)  # type: ignore[call-overload]
        self.opening.begin(active)

    @Slot(object)
    def _on_opening_back(self, active: ActiveConversation) -> None:
        # The two people exist now: come back to the set-up with them chosen.
        self.setup.open(active.pairing.pair_id, active.script.id)

    @Slot(object)
    def _on_started(self, active: ActiveConversation) -> None:
        self.active = active
        self._window.conversation.set_carried_follow_ups(self._carried_follow_ups)
        self.conversation.attach(active)

    @Slot()
    def _on_wrap_up_reached(self) -> None:
        if self.active is not None:
            self.wrap_up.begin(self.active)

    @Slot(int)
    def _on_finished(self, _conversation_id: int) -> None:
        self.conversation.detach()
        self.active = None
        self._carried_follow_ups = ()
        self._window.conversation.set_carried_follow_ups(())
        self.home.show()

    # A pair's history, search and export -------------------------------------------------------

    @Slot(object)
    def _on_pair_open_requested(self, pair_id: object) -> None:
        self.pair.open(int(pair_id))  # type: ignore[call-overload]

    @Slot(object)
    def _on_pair_start_requested(self, pair_id: object) -> None:
        self.setup.open(pair_id, None)  # type: ignore[arg-type]

    @Slot()
    def _on_search_triggered(self) -> None:
        current = self._window.current_page()
        if current in _CONVERSATION_PAGES:
            return
        if current is not Page.SEARCH and current is not None:
            self._returns[Page.SEARCH] = current
        self.search.open()

    @Slot(object, object)
    def _on_history_requested(self, conversation_id: object, note_id: object = None) -> None:
        current = self._window.current_page()
        if current is not Page.HISTORY and current is not None:
            self._returns[Page.HISTORY] = current
        self.history.open(conversation_id, note_id)  # type: ignore[arg-type]

    def _go_back(self, page: Page) -> None:
        back_to = self._returns.pop(page, Page.HOME)
        if back_to is Page.HOME:
            self.home.show()
        elif back_to is Page.PAIR:
            self.pair.refresh(show=True)
        else:
            self._window.show_page(back_to)

    @Slot(int)
    def _on_page_changed(self, _index: int) -> None:
        # Search leaves the page it is opened from: never in the middle of a conversation.
        in_conversation = self._window.current_page() in _CONVERSATION_PAGES
        self._window.search_action.setEnabled(not in_conversation)

    @Slot(object)
    def _on_pair_export_requested(self, pair_id: object) -> None:
        self._open_export(pair_id=int(pair_id))  # type: ignore[call-overload]

    @Slot(object)
    def _on_conversation_export_requested(self, conversation_id: object) -> None:
        self._open_export(conversation_id=int(conversation_id))  # type: ignore[call-overload]

    def _open_export(self, **target: int) -> None:
        parent: QWidget = self._window
        self.export_dialog = ExportDialog(self._services.db, parent=parent, **target)
        self.export_dialog.setObjectName("export_dialog")
        self.export_dialog.open()

    # Continuing an interrupted one -------------------------------------------------------------

    @Slot(object)
    def _on_resume_requested(self, offer: ResumeOffer) -> None:
        db = self._services.db

        def read() -> ResumeRecord:
            with session_scope(db) as session:
                return read_for_resume(session, offer)

        self._services.writer.submit(
            read,
            on_result=lambda record: self._resume(offer, record),
            on_error=self._on_resume_failed,
        )

    def _on_resume_failed(self, error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Continue where you left off"),
            self.tr(
                "Belonging could not read that conversation just now ({reason}). Nothing is "
                "lost: press Continue again in a moment."
            ).format(reason=reason_for(error)),
            parent=self._window,
        )
        box.setObjectName("resume_problem")
        box.open()
        self.home.show()

    def _resume(self, offer: ResumeOffer, record: ResumeRecord) -> None:
        conversation = offer.conversation
        assert conversation is not None
        active = self._services.new_active(
            conversation, record.pairing, offer.unfinished.conversation_id
        )
        active.notes.load(record.notes)
        # Events the record stopped short of (a crash mid-action) are made again: keep them.
        active.record_new_events()
        if Action.PAUSE in active.engine.allowed_actions():
            # Not paused when it stopped: the app ended without closing (a crash, a power
            # cut). The time since its last recorded step was not spent talking.
            active.pause_as_of(offer.unfinished.last_activity_at)
        if active.state is ConversationState.PAUSED:
            active.act(Action.RESUME)
        if active.state is ConversationState.NOT_STARTED:
            self.opening.begin(active)
            return
        self.active = active
        self.conversation.attach(active)
