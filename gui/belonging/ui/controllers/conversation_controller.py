"""The conversation page and the Deeper? page, driven by the engine.

The view's signals (buttons and keys alike) become engine actions through
`ActiveConversation.act`; after each, the controller shows what the engine now says. A clock
tick once a second keeps the level time, the pacing hint and the pause time current.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from belonging.core.engine import Action, ConversationState, EngineError
from belonging.ui.controllers import conversation_presenter as present
from belonging.ui.controllers.active_conversation import ActiveConversation
from belonging.ui.controllers.note_keeper import CONVERSATION_NOTE, PRIVATE_NOTE, prompt_note
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.views.rows import Participant
from belonging.ui.widgets.save_status import SaveState

TICK_MS = 1000
_WRAPPING = (ConversationState.WRAP_UP, ConversationState.ENDED)


class ConversationController(QObject):
    """Drives `window.conversation` and `window.deeper` for the active conversation.

    `attach(active)` takes over a conversation that has started (or was rebuilt after a
    restart) and shows the page its state calls for. Signal `wrap_up_reached()` tells the
    app the engine has moved to the wrap-up.
    """

    wrap_up_reached = Signal()

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._view = window.conversation
        self._deeper = window.deeper
        self._active: ActiveConversation | None = None
        self._note_prompt_id: str | None = None
        self._stepping_back = False
        self._pause_started_at = 0.0
        self._queue_error: str | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.next_requested.connect(self._on_next_requested)
        view.skip_requested.connect(self._on_skip_requested)
        view.park_requested.connect(self._on_park_requested)
        view.wrap_up_requested.connect(self._on_wrap_up_requested)
        view.too_much_requested.connect(self._on_too_much_requested)
        view.pause_requested.connect(self._on_pause_requested)
        view.resume_requested.connect(self._on_resume_requested)
        view.step_back_finished.connect(self._on_step_back_finished)
        view.prompt_note_changed.connect(self._on_prompt_note_changed)
        view.conversation_note_changed.connect(self._on_conversation_note_changed)
        view.private_note_changed.connect(self._on_private_note_changed)
        self._deeper.go_deeper_requested.connect(self._on_go_deeper_requested)
        self._deeper.stay_requested.connect(self._on_stay_requested)
        self._deeper.wrap_up_requested.connect(self._on_wrap_up_requested)

    @property
    def active(self) -> ActiveConversation | None:
        """The conversation being driven, if any."""
        return self._active

    # Taking over and letting go -----------------------------------------------------------

    def attach(self, active: ActiveConversation) -> None:
        """Shows `active` where its engine stands, its notes filled in."""
        self.detach()
        self._active = active
        self._stepping_back = False
        active.notes.state_changed.connect(self._on_save_state_changed)
        active.queue.failed.connect(self._on_queue_failed)
        active.queue.saved.connect(self._on_queue_saved)
        first, second = (
            Participant(p.key, p.name, p.role) for p in active.engine.setup.participants
        )
        self._deeper.set_people(first, second)
        notes = active.notes
        self._note_prompt_id = None
        self._view.set_notes("", notes.text(CONVERSATION_NOTE), notes.text(PRIVATE_NOTE))
        self._view.set_save_state(notes.state)
        if self._view.is_paused():
            self._view.show_resumed()
        self._tick.start()
        self._route()

    def detach(self) -> None:
        """Lets the conversation go (it ended, or the window is closing)."""
        self._tick.stop()
        active, self._active = self._active, None
        if active is None:
            return
        active.notes.state_changed.disconnect(self._on_save_state_changed)
        active.queue.failed.disconnect(self._on_queue_failed)
        active.queue.saved.disconnect(self._on_queue_saved)
        self._view.set_notes("", "", "")
        self._view.set_save_state(SaveState.IDLE)

    # Acting -----------------------------------------------------------------------------------

    def _act(self, action: Action, by: str | None = None) -> bool:
        """Does `action`; a key pressed when it no longer applies changes nothing."""
        if self._active is None:
            return False
        try:
            self._active.act(action, by)
        except EngineError:
            self._show_commands()
            return False
        return True

    def _route(self) -> None:
        """Shows the page the engine's state calls for."""
        active = self._active
        if active is None:
            return
        state = active.state
        if state is ConversationState.PROMPT:
            self._window.show_page(Page.CONVERSATION)
            if not self._stepping_back:
                self._show_current_prompt()
            present.show_level(self._view, active.engine)
        elif state is ConversationState.AWAITING_CONSENT:
            self._deeper.reset()
            present.show_deeper(self._deeper, active.engine, active.pairing.comfortable_depth)
            self._window.show_page(Page.DEEPER)
        elif state in _WRAPPING and not self._stepping_back:
            self._tick.stop()
            self.wrap_up_reached.emit()
        self._show_commands()

    def _show_current_prompt(self) -> None:
        active = self._active
        assert active is not None
        present.show_prompt(self._view, active.engine)
        shown = active.engine.current_prompt
        new_id = None if shown is None else shown.id
        if new_id != self._note_prompt_id:
            self._note_prompt_id = new_id
            text = "" if new_id is None else active.notes.text(prompt_note(new_id))
            self._view.set_prompt_note(text)

    def _show_commands(self) -> None:
        if self._active is not None:
            enabled = present.enabled_commands(
                self._active.engine, stepping_back=self._stepping_back
            )
            self._view.set_actions_enabled(enabled)

    # Slots: the prompt -------------------------------------------------------------------------

    @Slot()
    def _on_next_requested(self) -> None:
        if self._act(Action.NEXT):
            self._route()

    @Slot()
    def _on_skip_requested(self) -> None:
        if self._act(Action.SKIP):
            self._route()

    @Slot()
    def _on_park_requested(self) -> None:
        if self._act(Action.PARK):
            self._route()

    @Slot()
    def _on_wrap_up_requested(self) -> None:
        if self._act(Action.WRAP_UP):
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
        if self._active is None:
            return
        self._pause_started_at = self._active.engine.pacing.paused_seconds
        if self._act(Action.PAUSE):
            self._view.set_paused_elapsed(0)
        else:
            self._view.show_resumed()
        self._show_commands()

    @Slot()
    def _on_resume_requested(self) -> None:
        if self._act(Action.RESUME):
            self._view.show_resumed()
            self._route()

    # Slots: Deeper? ------------------------------------------------------------------------

    @Slot()
    def _on_go_deeper_requested(self) -> None:
        active = self._active
        if active is None:
            return
        consent = active.engine.consent
        for key, ready in self._deeper.readiness().items():
            if ready and consent is not None and not consent.is_ready(key):
                self._act(Action.READY_DEEPER, key)
        self._route()

    @Slot()
    def _on_stay_requested(self) -> None:
        if self._act(Action.STAY):
            self._route()

    # Slots: notes and saving -----------------------------------------------------------------

    @Slot(str)
    def _on_prompt_note_changed(self, text: str) -> None:
        if self._active is not None and self._note_prompt_id is not None:
            self._active.notes.edit(prompt_note(self._note_prompt_id), text)

    @Slot(str)
    def _on_conversation_note_changed(self, text: str) -> None:
        if self._active is not None:
            self._active.notes.edit(CONVERSATION_NOTE, text)

    @Slot(str)
    def _on_private_note_changed(self, text: str) -> None:
        if self._active is not None:
            self._active.notes.edit(PRIVATE_NOTE, text)

    @Slot(object, str)
    def _on_save_state_changed(self, state: SaveState, reason: str) -> None:
        if self._queue_error is None:
            self._view.set_save_state(state, reason)

    @Slot(str)
    def _on_queue_failed(self, reason: str) -> None:
        self._queue_error = reason
        self._view.set_save_state(SaveState.NOT_SAVED, reason)

    @Slot()
    def _on_queue_saved(self) -> None:
        if self._queue_error is not None and self._active is not None:
            self._queue_error = None
            self._view.set_save_state(self._active.notes.state)

    # The clock ------------------------------------------------------------------------------

    @Slot()
    def _on_tick(self) -> None:
        active = self._active
        if active is None:
            return
        engine = active.engine
        if engine.state is ConversationState.PAUSED:
            self._view.set_paused_elapsed(engine.pacing.paused_seconds - self._pause_started_at)
        elif engine.state is ConversationState.PROMPT:
            present.show_time(self._view, engine)

    def refresh(self) -> None:
        """Updates the time shown now rather than at the next tick."""
        self._on_tick()
