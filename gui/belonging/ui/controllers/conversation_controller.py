"""The conversation page and the Deeper? page, driven by the engine.

The view's signals (buttons and keys alike) become steps of the `LiveConversation`; after
each, the controller shows what the engine now says. Park it and Skip say what they did,
with Undo for a few seconds (the engine's Back); any later step settles that offer. A
clock tick once a second keeps the level time, the pacing hint and the pause time current.
A step taken elsewhere (the partner's own screen: Pause, Resume, "Too much?") reaches the
page through the conversation's `on_change`, and the page shows it exactly as if it had
been pressed here (settling an offer to undo too).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.live_conversation import LiveConversation
from belonging.application.note_keys import CONVERSATION_NOTE, PRIVATE_NOTE, prompt_note
from belonging.application.saving import SaveStatus
from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, ConversationState, EngineError, ShownPrompt
from belonging.core.markdown_render import plain_text
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.presenters import conversation_presenter as present
from belonging.ui.views.conversation_view import ConversationView
from belonging.ui.views.deeper_view import DeeperView
from belonging.ui.widgets.save_status import SaveState

TICK_MS = 1000
#: The most of a prompt's words an Undo bar quotes.
_QUOTED_CHARACTERS = 70
_WRAPPING = (ConversationState.WRAP_UP, ConversationState.ENDED)


class ConversationViews(NamedTuple):
    """The two pages a conversation is held on."""

    conversation: ConversationView
    deeper: DeeperView


class ConversationController(PageController):
    """Drives the conversation and Deeper? pages for the conversation in progress.

    `attach(live)` takes over a conversation that has started (or was rebuilt after a
    restart) and shows the page its state calls for. Signal `wrap_up_reached()` tells the
    app the engine has moved to the wrap-up.
    """

    _view: ConversationViews

    wrap_up_reached = Signal()

    def __init__(
        self,
        views: ConversationViews,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(views, services, show_page, parent)
        self._page = views.conversation
        self._deeper = views.deeper
        self._live: LiveConversation | None = None
        self._note_prompt_id: str | None = None
        self._stepping_back = False
        self._pause_started_at = 0.0
        #: The offer to undo a park or a skip now showing (matched so a stale one does nothing).
        self._undo_offer: object | None = None
        self._acting = False
        self._seen_events = 0
        #: The "Wrap up now?" question while it is open (for tests to answer).
        self.asking: QMessageBox | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._connect_signals()

    def _connect_signals(self) -> None:
        page = self._page
        page.next_requested.connect(self._on_next_requested)
        page.back_requested.connect(self._on_back_requested)
        page.skip_requested.connect(self._on_skip_requested)
        page.park_requested.connect(self._on_park_requested)
        page.wrap_up_requested.connect(self._on_wrap_up_requested)
        page.deeper_again_requested.connect(self._on_deeper_again_requested)
        page.too_much_requested.connect(self._on_too_much_requested)
        page.pause_requested.connect(self._on_pause_requested)
        page.resume_requested.connect(self._on_resume_requested)
        page.step_back_finished.connect(self._on_step_back_finished)
        page.prompt_note_changed.connect(self._on_prompt_note_changed)
        page.conversation_note_changed.connect(self._on_conversation_note_changed)
        page.private_note_changed.connect(self._on_private_note_changed)
        self._deeper.go_deeper_requested.connect(self._on_go_deeper_requested)
        self._deeper.stay_requested.connect(self._on_stay_requested)
        self._deeper.more_requested.connect(self._on_more_requested)
        self._deeper.wrap_up_requested.connect(self._on_wrap_up_requested)

    @property
    def live(self) -> LiveConversation | None:
        """The conversation being driven, if any."""
        return self._live

    # Taking over and letting go -----------------------------------------------------------

    def attach(self, live: LiveConversation) -> None:
        """Shows `live` where its engine stands, its notes filled in."""
        self.detach()
        self._live = live
        self._stepping_back = False
        live.saver.on_status.append(self._on_save_status)
        live.on_change.append(self._on_live_changed)
        self._seen_events = len(live.engine.events)
        first, second = live.engine.setup.participants
        self._deeper.set_people(first, second)
        self._note_prompt_id = None
        self._page.set_notes("", live.note_text(CONVERSATION_NOTE), live.note_text(PRIVATE_NOTE))
        self._on_save_status(live.saver.status)
        if self._page.is_paused():
            self._page.show_resumed()
        self._tick.start()
        self._route()

    def detach(self, *, leave_on_screen: bool = False) -> None:
        """Lets the conversation go (it ended, or the window is closing). With
        `leave_on_screen`, the words and the save line stay as they were: the file turned out
        damaged, and the person reads them behind the dialog that offers the backup."""
        self._tick.stop()
        self._settle_undo()
        live, self._live = self._live, None
        if live is None:
            return
        if self._on_save_status in live.saver.on_status:
            live.saver.on_status.remove(self._on_save_status)
        if self._on_live_changed in live.on_change:
            live.on_change.remove(self._on_live_changed)
        if leave_on_screen:
            return
        self._page.set_notes("", "", "")
        self._page.set_save_state(SaveState.IDLE)

    # Acting -----------------------------------------------------------------------------------

    def _act(self, action: Action, by: str | None = None) -> bool:
        """Does `action`; a key pressed when it no longer applies changes nothing. Any step
        settles an offer to undo the one before."""
        if self._live is None:
            return False
        if self._live.engine.refusal(action, by) is None:
            self._settle_undo()
        self._acting = True
        try:
            self._live.act(action, by)
        except EngineError:
            self._show_commands()
            return False
        finally:
            self._acting = False
            self._seen_events = len(self._live.engine.events)
        return True

    def _on_live_changed(self) -> None:
        """A step taken on another screen: shown as if it had been taken here. Only the
        page's own steps come that way (Pause, Resume, "Too much?"), so only a prompt or a
        pause is shown; the wrap-up's steps are the wrap-up's to show."""
        live = self._live
        if live is None or self._acting:
            return
        events = live.engine.events
        new, self._seen_events = events[self._seen_events :], len(events)
        if new:
            # A step on the other screen moved the pair on: Undo would now undo it instead.
            self._settle_undo()
        state = live.state
        if state is ConversationState.PAUSED:
            if not self._page.is_paused():
                self._pause_started_at = live.engine.pacing.paused_seconds
                self._page.show_paused()
                self._page.set_paused_elapsed(0)
            self._show_commands()
            return
        if state is not ConversationState.PROMPT:
            return
        if self._page.is_paused():
            self._page.show_resumed()
        if any(event.kind is EventKind.TOO_MUCH for event in new):
            # As the view does when its own button is pressed: the prompt off the screen
            # at once, the calm thank-you in its place.
            self._stepping_back = True
            self._page.show_step_back()
            self._show_commands()
            return
        self._route()

    def _route(self) -> None:
        """Shows the page the engine's state calls for."""
        live = self._live
        if live is None:
            return
        state = live.state
        if state is ConversationState.PROMPT:
            self._show_page(Page.CONVERSATION)
            if not self._stepping_back:
                self._show_current_prompt()
            present.show_level(self._page, live.engine)
        elif state is ConversationState.AWAITING_CONSENT:
            present.show_deeper(self._deeper, live.engine, live.pairing.comfortable_depth)
            self._show_page(Page.DEEPER)
        elif state in _WRAPPING and not self._stepping_back:
            self._tick.stop()
            self.wrap_up_reached.emit()
        self._show_commands()

    def _show_current_prompt(self) -> None:
        live = self._live
        assert live is not None
        present.show_prompt(self._page, live.engine)
        shown = live.engine.current_prompt
        new_id = None if shown is None else shown.id
        if new_id != self._note_prompt_id:
            self._note_prompt_id = new_id
            text = "" if new_id is None else live.note_text(prompt_note(new_id))
            self._page.set_prompt_note(text)

    def _show_commands(self) -> None:
        if self._live is not None:
            enabled = present.enabled_commands(self._live.engine, stepping_back=self._stepping_back)
            self._page.set_actions_enabled(enabled)

    # Slots: the prompt -------------------------------------------------------------------------

    @Slot()
    def _on_next_requested(self) -> None:
        if self._act(Action.NEXT):
            self._route()

    @Slot()
    def _on_back_requested(self) -> None:
        if self._act(Action.BACK):
            self._route()

    @Slot()
    def _on_skip_requested(self) -> None:
        shown = self._live.engine.current_prompt if self._live is not None else None
        if self._act(Action.SKIP):
            self._route()
            self._offer_undo(self.tr("Skipped: “{prompt}”"), shown)

    @Slot()
    def _on_park_requested(self) -> None:
        shown = self._live.engine.current_prompt if self._live is not None else None
        if self._act(Action.PARK):
            self._route()
            self._offer_undo(self.tr("Parked for another time: “{prompt}”"), shown)

    def _offer_undo(self, template: str, shown: ShownPrompt | None) -> None:
        """Says what was done to `shown`, with Undo (the engine's Back) for a few seconds."""
        if shown is None:
            return
        words = plain_text(shown.text)
        if len(words) > _QUOTED_CHARACTERS:
            words = words[: _QUOTED_CHARACTERS - 1].rstrip() + "…"
        offer = self._undo_offer = object()
        self._services.undo.offer(template.format(prompt=words), lambda: self._on_undo_taken(offer))

    def _on_undo_taken(self, offer: object) -> None:
        if offer is not self._undo_offer:
            return
        self._undo_offer = None
        if self._act(Action.BACK):
            self._route()

    def _settle_undo(self) -> None:
        """The pair moved on: an offer to undo the step before would now undo something else."""
        if self._undo_offer is not None:
            self._undo_offer = None
            self._services.undo.withdraw()

    @Slot()
    def _on_wrap_up_requested(self) -> None:
        if self._live is None or Action.WRAP_UP not in self._live.engine.allowed_actions():
            return
        if self.asking is None:
            self._ask_wrap_up()

    def _ask_wrap_up(self) -> None:
        """Asks once: a wrap-up pressed by mistake must not end the talking."""
        box = QMessageBox(self._page.window())
        box.setObjectName("wrap_up_now")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Wrap up now?"))
        box.setText(
            self.tr("Wrap up now? You can still come back to the prompts from the wrap-up.")
        )
        wrap_up = box.addButton(self.tr("&Wrap up"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep talking"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wrap_up)
        box.setEscapeButton(keep)
        self.asking = box
        box.finished.connect(lambda _code: self._on_wrap_up_answered(box, wrap_up))
        box.open()

    def _on_wrap_up_answered(self, box: QMessageBox, wrap_up) -> None:
        self.asking = None
        if box.clickedButton() is wrap_up and self._act(Action.WRAP_UP):
            self._route()

    @Slot()
    def _on_deeper_again_requested(self) -> None:
        if self._act(Action.ASK_DEEPER):
            self._route()

    @Slot()
    def _on_too_much_requested(self) -> None:
        # The view has already taken the prompt off the screen; the engine steps back, and the
        # lighter prompt waits behind the thank-you until the pair says "Go on".
        self._stepping_back = True
        self._act(Action.TOO_MUCH)
        self._show_commands()

    @Slot()
    def _on_step_back_finished(self) -> None:
        self._stepping_back = False
        self._route()

    @Slot()
    def _on_pause_requested(self) -> None:
        if self._live is None:
            return
        self._pause_started_at = self._live.engine.pacing.paused_seconds
        if self._act(Action.PAUSE):
            self._page.set_paused_elapsed(0)
        else:
            self._page.show_resumed()
        self._show_commands()

    @Slot()
    def _on_resume_requested(self) -> None:
        if self._act(Action.RESUME):
            self._page.show_resumed()
            self._route()

    # Slots: Deeper? ------------------------------------------------------------------------

    @Slot()
    def _on_go_deeper_requested(self) -> None:
        # Both said yes, privately: only the outcome reaches the engine.
        if self._act(Action.GO_DEEPER):
            self._route()

    @Slot()
    def _on_stay_requested(self) -> None:
        if self._act(Action.STAY):
            self._route()

    @Slot()
    def _on_more_requested(self) -> None:
        if self._act(Action.MORE_HERE):
            self._route()

    # Slots: notes and saving -----------------------------------------------------------------

    @Slot(str)
    def _on_prompt_note_changed(self, text: str) -> None:
        if self._live is not None and self._note_prompt_id is not None:
            self._live.edit_note(prompt_note(self._note_prompt_id), text)

    @Slot(str)
    def _on_conversation_note_changed(self, text: str) -> None:
        if self._live is not None:
            self._live.edit_note(CONVERSATION_NOTE, text)

    @Slot(str)
    def _on_private_note_changed(self, text: str) -> None:
        if self._live is not None:
            self._live.edit_note(PRIVATE_NOTE, text)

    def _on_save_status(self, status: SaveStatus) -> None:
        self._page.show_save_status(status)

    # The clock ------------------------------------------------------------------------------

    @Slot()
    def _on_tick(self) -> None:
        live = self._live
        if live is None:
            return
        engine = live.engine
        if engine.state is ConversationState.PAUSED:
            self._page.set_paused_elapsed(engine.pacing.paused_seconds - self._pause_started_at)
        elif engine.state is ConversationState.PROMPT:
            present.show_time(self._page, engine)

    def refresh(self) -> None:
        """Updates the time shown now rather than at the next tick."""
        self._on_tick()
