"""The partner's own screen, joined to the window's pages.

It makes a `PartnerScreen` when the owner asks for one (the dialog), for the conversation in
progress, and ends it when the conversation ends, when the pair goes back to the set-up, when
the owner turns it off, and at quit. While it is connected:

- Each private round (the check-in, the ballot at a crossroads, the closing check-in) does
  not ask the partner on the shared screen: it waits for their answer from their own
  screen, and asks them here after all if that screen drops first.
- The wrap-up's read-back is the same on both screens: a line struck or marked on either is
  struck or marked on the other, as if ticked there.
- Pause, Resume and "Too much?" from the page reach the conversation page through the
  conversation itself (`LiveConversation.on_change`), never through here, so nothing here or
  on screen says which screen a step came from.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from belonging.application.live_conversation import LiveConversation
from belonging.application.partner_screen import (
    PartnerScreen,
    QuestionKind,
    ReadBackLine,
    Refusal,
    ScreenStatus,
    page_language,
)
from belonging.application.partner_screen.network import (
    PREFERRED_PORT,
    AddressFinder,
    find_local_address,
)
from belonging.core.engine import ConversationState
from belonging.ui.controllers.services import Services
from belonging.ui.language import current_language
from belonging.ui.main_window import MainWindow
from belonging.ui.partner.partner_words import refusal_text, status_text
from belonging.ui.widgets.private_round import PrivateRound

if TYPE_CHECKING:
    from belonging.ui.partner.join_dialog import JoinDialog

#: The stage of the conversation each private round belongs to.
_ROUND_STATES = {
    QuestionKind.OPENING: ConversationState.NOT_STARTED,
    QuestionKind.BALLOT: ConversationState.AWAITING_CONSENT,
    QuestionKind.CLOSING: ConversationState.WRAP_UP,
}


def window_language() -> str:
    """The language the window speaks (the one this start chose), for the page."""
    return page_language([current_language()])


class PartnerController(QObject):
    """Holds the partner's own screen for the conversation in progress (see the module).

    `begin(live)` when a conversation is set up or continued, `carry_on(live)` when the
    opening made it anew, `end(over=...)` when it ends or is left. `find_address` and `port`
    say where to listen (tests listen on loopback). `screen` and `dialog` are the current
    ones, if any.
    """

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._services = services
        self._live: LiveConversation | None = None
        self.screen: PartnerScreen | None = None
        self.dialog: JoinDialog | None = None
        self.find_address: AddressFinder = find_local_address
        self.port = PREFERRED_PORT
        self._notice = ""
        self._connect_signals()
        self._show()

    def _rounds(self) -> dict[QuestionKind, PrivateRound]:
        window = self._window
        return {
            QuestionKind.OPENING: window.check_in.round,
            QuestionKind.BALLOT: window.deeper.ballot,
            QuestionKind.CLOSING: window.wrap_up.closing_round,
        }

    def _connect_signals(self) -> None:
        self._window.partner_screen_action.triggered.connect(self.open_dialog)
        for kind, private_round in self._rounds().items():
            private_round.started.connect(partial(self._on_round_started, kind))
            private_round.finished.connect(partial(self._on_round_finished, kind))
            private_round.answered_here.connect(partial(self._on_answered_here, kind))
        self._window.conversation.step_back_finished.connect(self._on_step_back_finished)
        read_back = self._window.wrap_up.read_back
        read_back.lines_set.connect(self._on_read_back_lines)
        read_back.struck_changed.connect(partial(self._on_line_marked, "struck"))
        read_back.confidential_changed.connect(partial(self._on_line_marked, "confidential"))

    # The conversation ---------------------------------------------------------------------

    def begin(self, live: LiveConversation) -> None:
        """A conversation is being set up, or continued: its partner may join now."""
        self.end()
        self._live = live
        self._show()

    def carry_on(self, live: LiveConversation) -> None:
        """The same conversation, made anew by the private answers before the first prompt."""
        self._live = live
        if self.screen is not None:
            self.screen.follow(live)

    def end(
        self, *, over: bool = False, closing: bool = False, timeout: float | None = 5.0
    ) -> None:
        """The conversation is over (`over`), or left, or paused by the app closing
        (`closing`): the partner's screen stops, and says which."""
        self._stop_screen("over" if over else "closed" if closing else "off", timeout)
        self._live = None
        self._show()

    def _stop_screen(self, why: str, timeout: float | None = 5.0) -> None:
        screen, self.screen = self.screen, None
        self._notice = ""
        if screen is not None:
            screen.on_status.clear()
            screen.stop(ended=why, timeout=timeout)
            self._all_here()

    # The dialog ---------------------------------------------------------------------------

    @Slot()
    def open_dialog(self) -> JoinDialog | None:
        """Opens "Join on your own screen", starting the partner's screen if it is off."""
        if self._live is None:
            return None
        if self.screen is None or self.screen.status in (
            ScreenStatus.STOPPED,
            ScreenStatus.FAILED,
        ):
            self._start_screen()
        if self.dialog is None:
            from belonging.ui.partner.join_dialog import JoinDialog  # segno loads with it

            dialog = JoinDialog(self._window)
            dialog.turn_off_requested.connect(self._on_turn_off_requested)
            dialog.try_again_requested.connect(self._on_try_again_requested)
            self.dialog = dialog
        self._show()
        self.dialog.open()
        return self.dialog

    def _start_screen(self) -> None:
        live = self._live
        assert live is not None
        self._stop_screen("off")
        screen = PartnerScreen(
            live,
            self._services.jobs,
            language=window_language(),
            find_address=self.find_address,
            port=self.port,
        )
        screen.on_status.append(self._on_status)
        screen.on_refused.append(self._on_refused)
        screen.on_answer.append(self._on_answer)
        screen.on_mark.append(self._on_mark)
        self.screen = screen
        screen.start()
        self._on_read_back_lines()

    @Slot()
    def _on_turn_off_requested(self) -> None:
        self._stop_screen("off")
        self._show()

    @Slot()
    def _on_try_again_requested(self) -> None:
        if self._live is not None:
            self._start_screen()
            self._show()

    # What the partner's screen says -------------------------------------------------------

    def _on_status(self) -> None:
        screen = self.screen
        if screen is None:
            return
        if screen.connected:
            self._notice = ""
            self._send_round()
        elif screen.status is not ScreenStatus.WAITING:
            self._all_here()
        self._show()

    def _on_refused(self, refusal: Refusal) -> None:
        self._notice = refusal_text(refusal, self._partner_name())
        self._show()

    def _on_answer(self, kind: QuestionKind, answer: Any) -> None:
        if self._live is not None:
            self._rounds()[kind].answer_elsewhere(self._live.pairing.partner_key, answer)

    def _on_mark(self, note_id: int, mark: str, on: bool) -> None:
        read_back = self._window.wrap_up.read_back
        if note_id not in read_back.line_ids():
            return
        if mark == "struck":
            box = read_back.strike_box(note_id)
        else:
            box = read_back.confidential_box(note_id)
        box.setChecked(on)  # as if ticked here: the wrap-up keeps it the same way

    # The private rounds -------------------------------------------------------------------

    def _current_round(self) -> QuestionKind | None:
        live = self._live
        if live is None:
            return None
        for kind, private_round in self._rounds().items():
            if _ROUND_STATES[kind] is live.state and private_round.is_running():
                return kind
        return None

    def _send_round(self) -> None:
        """The round under way, if the partner has not answered it: asked on their screen."""
        kind = self._current_round()
        screen, live = self.screen, self._live
        if kind is None or screen is None or live is None or not screen.connected:
            return
        private_round = self._rounds()[kind]
        partner = live.pairing.partner_key
        if private_round.has_answered(partner):
            return
        screen.ask(kind)
        private_round.away(partner)

    def _all_here(self) -> None:
        """The partner's screen went away: whatever they had not answered, they answer here."""
        if self._live is None:
            return
        partner = self._live.pairing.partner_key
        for private_round in self._rounds().values():
            private_round.ask_here(partner)

    def _on_round_started(self, kind: QuestionKind) -> None:
        if self._live is not None and _ROUND_STATES[kind] is self._live.state:
            self._send_round()

    def _on_round_finished(self, kind: QuestionKind, _answers: dict) -> None:
        if self.screen is not None and kind is QuestionKind.BALLOT:
            outcome = self._window.deeper.outcome()
            if outcome is not None:
                self.screen.show_outcome(outcome)

    def _on_answered_here(self, kind: QuestionKind, key: str) -> None:
        live = self._live
        if self.screen is not None and live is not None and key == live.pairing.partner_key:
            self.screen.answered_here(kind)

    # The rest of the conversation ---------------------------------------------------------

    @Slot()
    def _on_step_back_finished(self) -> None:
        if self.screen is not None:
            self.screen.release_hold()

    @Slot()
    def _on_read_back_lines(self) -> None:
        if self.screen is None:
            return
        lines = self._window.wrap_up.read_back.lines()
        self.screen.set_read_back(
            ReadBackLine(
                int(line.line_id),  # type: ignore[call-overload]
                line.text,
                line.context,
                line.struck,
                line.confidential,
            )
            for line in lines
        )

    def _on_line_marked(self, mark: str, line_id: object, on: bool) -> None:
        if self.screen is not None:
            self.screen.set_mark(int(line_id), mark, on)  # type: ignore[call-overload]

    # Showing ------------------------------------------------------------------------------

    def _partner_name(self) -> str:
        live = self._live
        if live is None:
            return ""
        partner = live.pairing.partner_key
        people = live.engine.setup.participants
        return next((p.name for p in people if p.key == partner), people[-1].name)

    def _show(self) -> None:
        window = self._window
        available = self._live is not None
        window.partner_screen_action.setEnabled(available)
        name = self._partner_name()
        screen = self.screen
        bar_text = "" if screen is None else status_text(screen, name)
        window.show_partner_bar(available, self._notice or bar_text)
        dialog = self.dialog
        if dialog is None:
            return
        if not available:
            dialog.close()
            return
        dialog.set_partner(name)
        running = screen is not None and screen.running
        joined = screen is not None and screen.status in (
            ScreenStatus.CONNECTED,
            ScreenStatus.DROPPED,
        )
        address = screen.address if running and screen is not None and not joined else None
        short = screen.short_address if running and screen is not None and not joined else None
        dialog.set_address(address or "", short or "")
        dialog.set_status(status_text(screen, name))
        dialog.set_notice(self._notice)
        dialog.set_running(running)
