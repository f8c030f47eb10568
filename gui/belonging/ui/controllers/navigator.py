"""The path through the pages: Home, set-up, what last time left (if anything), ground rules
and check-in, the conversation and Deeper?, wrap-up, and Home again; or from Home straight
back into an unfinished conversation. Beside it: a pair's page, search (File ▸ Search, Ctrl+F)
and a past conversation read again, each with Export….

Each page has its own controller, made here with its view, the services and the window's
`show_page`; the navigator only joins them, and holds the conversation in progress while it
passes from one page to the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.carry_forward import TakenUp
from belonging.application.live_conversation import LiveConversation
from belonging.application.resume import (
    ResumeOffer,
    ResumeRecord,
    continue_conversation,
    read_record,
)
from belonging.application.save_problems import SaveProblem, save_problem
from belonging.core.engine import ConversationState
from belonging.ui.controllers.archived_pairs_controller import ArchivedPairsController
from belonging.ui.controllers.carry_forward_controller import CarryForwardController
from belonging.ui.controllers.conversation_controller import (
    ConversationController,
    ConversationViews,
)
from belonging.ui.controllers.history_controller import HistoryController
from belonging.ui.controllers.home_controller import HomeController
from belonging.ui.controllers.opening_controller import OpeningController, OpeningViews
from belonging.ui.controllers.pair_controller import PairController
from belonging.ui.controllers.search_controller import SearchController
from belonging.ui.controllers.services import Services
from belonging.ui.controllers.setup_controller import SetupController
from belonging.ui.controllers.wrap_up_controller import WrapUpController
from belonging.ui.main_window import MainWindow
from belonging.ui.pages import CONVERSATION_PAGES, Page
from belonging.ui.partner.partner_controller import PartnerController
from belonging.ui.scripts.import_controller import ImportController
from belonging.ui.scripts.scripts_controller import ScriptsController
from belonging.ui.support.support_controller import SupportController
from belonging.ui.widgets.save_status import SaveStatus, reason_for

if TYPE_CHECKING:
    from belonging.ui.export.export_dialog import ExportDialog


class Navigator(QObject):
    """Joins the page controllers and holds `live`, the conversation in progress.

    `damage_met()` says that saving the conversation ran into a damaged database file (the
    app then leads to the recovery; see `AppController`).
    """

    damage_met = Signal()

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._services = services
        self.live: LiveConversation | None = None
        show = window.show_page
        self.home = HomeController(window.home, services, show, self)
        self.setup = SetupController(window.setup, services, show, self)
        self.carry = CarryForwardController(window.carry_forward, services, show, self)
        self.opening = OpeningController(
            OpeningViews(window.ground_rules, window.check_in), services, show, self
        )
        self.conversation = ConversationController(
            ConversationViews(window.conversation, window.deeper), services, show, self
        )
        self.wrap_up = WrapUpController(window.wrap_up, services, show, self)
        self.pair = PairController(window.pair, services, show, self)
        self.search = SearchController(window.search, services, show, self)
        self.history = HistoryController(window.history, services, show, self)
        self.archived = ArchivedPairsController(window, services, self)
        self.partner = PartnerController(window, services, self)
        self.scripts = ScriptsController(window.scripts, services, show, self)
        self.importer = ImportController(window, services, parent=self)
        self.support = SupportController(window, services, show, self)
        self.export_dialog: ExportDialog | None = None
        self._taken_up = TakenUp()
        self._returns: dict[Page, Page] = {}
        self._connect_conversation()
        self._connect_continuity()
        self._connect_undo()
        self._connect_scripts()

    def _connect_conversation(self) -> None:
        self.home.start_requested.connect(self._on_start_requested)
        self.home.resume_requested.connect(self._on_resume_requested)
        self.setup.prepared.connect(self._on_prepared)
        self.setup.cancelled.connect(self.home.show)
        self.carry.ready.connect(self._on_carried_forward)
        self.carry.back.connect(self._on_opening_back)
        self.opening.back.connect(self._on_opening_back)
        self.opening.started.connect(self._on_started)
        self.conversation.wrap_up_reached.connect(self._on_wrap_up_reached)
        self.wrap_up.finished.connect(self._on_finished)
        self.wrap_up.back_to_prompts.connect(self._on_back_to_prompts)

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
        self._connect_corrections()

    def _connect_corrections(self) -> None:
        """A conversation deleted leaves its page; a pair archived or deleted leaves for
        Home; what is brought back or undone shows again where the person is."""
        self.history.deleted.connect(lambda _id: self._go_back(Page.HISTORY))
        self.history.restored.connect(lambda _id: self._refresh_current())
        self.pair.put_away.connect(self.home.show)
        self.pair.restored.connect(self._refresh_current)
        self._window.archived_action.triggered.connect(self.archived.open)
        self.archived.pair_open_requested.connect(self._on_pair_open_requested)
        self.archived.brought_back.connect(lambda _id: self._refresh_current())

    def _refresh_current(self) -> None:
        current = self._window.current_page()
        if current is Page.HOME:
            self.home.refresh()
        elif current is Page.PAIR:
            self.pair.refresh()

    def _connect_undo(self) -> None:
        """The one offer to undo, shown in the window's bar; its key works while it shows."""
        window, undo = self._window, self._services.undo
        undo.offered.connect(window.undo_bar.show_offer)
        undo.offered.connect(lambda _message: window.undo_action.setEnabled(True))
        undo.closed.connect(window.undo_bar.hide_offer)
        undo.closed.connect(lambda: window.undo_action.setEnabled(False))
        window.undo_action.triggered.connect(undo.undo)
        window.undo_bar.attention_changed.connect(undo.hold)

    def _connect_scripts(self) -> None:
        window = self._window
        window.scripts_action.triggered.connect(self._on_scripts_triggered)
        window.import_list_action.triggered.connect(self._on_import_triggered)
        self.scripts.import_requested.connect(self.importer.start)
        self.scripts.back.connect(lambda: self._go_back(Page.SCRIPTS))
        self.importer.kept.connect(self._on_script_kept)
        self.importer.start_requested.connect(self._on_start_with_script)
        self._on_page_changed(0)

    def stop(self, *, leave_on_screen: bool = False) -> None:
        """Stops every timer of the conversation in progress, and settles any offer to undo
        (the window is closing). With `leave_on_screen` (the file turned out damaged), the
        conversation's words and its save line stay on screen as they were."""
        self._services.undo.withdraw()
        self.partner.end(closing=True)
        self.conversation.detach(leave_on_screen=leave_on_screen)
        self.wrap_up.end()
        if self.live is not None:
            self.live.stop()

    # A new conversation -----------------------------------------------------------------------

    @Slot(object, object)
    def _on_start_requested(self, pair_id: object, script_id: object) -> None:
        self.setup.open(pair_id, script_id)  # type: ignore[arg-type]

    @Slot(object)
    def _on_prepared(self, live: LiveConversation) -> None:
        self.carry.begin(live)

    @Slot(object, object)
    def _on_carried_forward(self, live: LiveConversation, taken_up: TakenUp) -> None:
        self._taken_up = taken_up
        self.partner.begin(live)
        self.opening.begin(live)

    @Slot(object)
    def _on_opening_back(self, live: LiveConversation) -> None:
        # The two people exist now: come back to the set-up with them chosen.
        self.partner.end()
        self.setup.open(live.pairing.pair_id, live.script.id)

    def _hold(self, live: LiveConversation | None) -> None:
        """Makes `live` the conversation in progress, and listens to its saves."""
        if self.live is not None and self._on_save_status in self.live.saver.on_status:
            self.live.saver.on_status.remove(self._on_save_status)
        self.live = live
        if live is not None:
            live.saver.on_status.append(self._on_save_status)

    def _on_save_status(self, status: SaveStatus) -> None:
        if status.problem is SaveProblem.DAMAGED:
            self.damage_met.emit()

    @Slot(object)
    def _on_started(self, live: LiveConversation) -> None:
        self.partner.carry_on(live)
        self._hold(live)
        self._window.conversation.set_carried_follow_ups(self._taken_up.texts)
        self.conversation.attach(live)

    @Slot()
    def _on_wrap_up_reached(self) -> None:
        if self.live is not None:
            self.wrap_up.begin(self.live, self._taken_up)

    @Slot()
    def _on_back_to_prompts(self) -> None:
        if self.live is not None:
            self.conversation.attach(self.live)

    @Slot(int)
    def _on_finished(self, _conversation_id: int) -> None:
        self.partner.end(over=True)
        self.conversation.detach()
        self._hold(None)
        self._taken_up = TakenUp()
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
        if current in CONVERSATION_PAGES:
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
        # Search and the scripts leave the page they are opened from: never in the middle
        # of a conversation.
        in_conversation = self._window.current_page() in CONVERSATION_PAGES
        for action in (
            self._window.search_action,
            self._window.scripts_action,
            self._window.import_list_action,
            self._window.archived_action,
        ):
            action.setEnabled(not in_conversation)

    # Scripts ------------------------------------------------------------------------------------

    @Slot()
    def _on_scripts_triggered(self) -> None:
        current = self._window.current_page()
        if current in CONVERSATION_PAGES or not self._window.content_shown():
            return
        if current is not Page.SCRIPTS and current is not None:
            self._returns[Page.SCRIPTS] = current
        self.scripts.open()

    @Slot()
    def _on_import_triggered(self) -> None:
        if self._window.current_page() in CONVERSATION_PAGES or not self._window.content_shown():
            return
        self.importer.start()

    @Slot(str)
    def _on_script_kept(self, script_id: str) -> None:
        current = self._window.current_page()
        if current is Page.SCRIPTS:
            self.scripts.refresh(script_id)
        elif current is Page.HOME:
            self.home.show()

    @Slot(str)
    def _on_start_with_script(self, script_id: str) -> None:
        if self._window.current_page() not in CONVERSATION_PAGES:
            self.setup.open(None, script_id)

    @Slot(object)
    def _on_pair_export_requested(self, pair_id: object) -> None:
        self._open_export(pair_id=int(pair_id), conversation_id=None)  # type: ignore[call-overload]

    @Slot(object)
    def _on_conversation_export_requested(self, conversation_id: object) -> None:
        self._open_export(pair_id=None, conversation_id=int(conversation_id))  # type: ignore[call-overload]

    def _open_export(self, *, pair_id: int | None, conversation_id: int | None) -> None:
        # Export's modules load when first asked for, not with the window: they were a sixth
        # of what the app loads between Home shown and every button working.
        workspace, jobs = self._services.workspace, self._services.jobs

        def facts():
            from belonging.application.export import export_facts

            return export_facts(workspace.db, pair_id=pair_id, conversation_id=conversation_id)

        def opened(facts) -> None:
            from belonging.ui.export.export_dialog import ExportDialog

            dialog = ExportDialog(
                facts,
                jobs,
                workspace,
                pair_id=pair_id,
                conversation_id=conversation_id,
                parent=self._window,
            )
            dialog.setObjectName("export_dialog")
            self.export_dialog = dialog
            dialog.open()

        jobs.read(facts, opened)

    # Continuing an interrupted one -------------------------------------------------------------

    @Slot(object)
    def _on_resume_requested(self, offer: ResumeOffer) -> None:
        workspace = self._services.workspace
        self._services.jobs.read(
            lambda: read_record(workspace, offer),
            on_result=lambda record: self._resume(offer, record),
            on_error=self._on_resume_failed,
        )

    def _on_resume_failed(self, error: BaseException) -> None:
        self.home.show()
        if save_problem(error)[0] is SaveProblem.DAMAGED:
            return  # no use pressing Continue again: the window leads to the recovery
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

    def _resume(self, offer: ResumeOffer, record: ResumeRecord) -> None:
        # What another set-up took up meanwhile is not this conversation's.
        self._taken_up = TakenUp()
        live = continue_conversation(self._services.workspace, offer, record, self._services.jobs)
        self.partner.begin(live)
        if live.state is ConversationState.NOT_STARTED:
            self.opening.begin(live)
            return
        self._hold(live)
        self.conversation.attach(live)
