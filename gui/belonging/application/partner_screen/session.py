"""The partner's own screen for one conversation: the invitation, the server, and the page
kept in step with the conversation, from the owner's side.

`PartnerScreen` lives on the owner's thread (the window's). It listens to the conversation's
`on_change` and publishes a fresh snapshot of the page after every step, whoever took it.
What the page asks is moved to the owner's thread by the runner's `relay`, checked against
what the page shows, and then done exactly as the window does it: `live.act(...)`, naming
nobody, so no screen and no record tells which screen a step came from. Answers to the
private questions and marks on the read-back go to the listeners (`on_answer`, `on_mark`):
the window's private rounds and read-back take them as if given there. The partner's own
notes never reach it: the page keeps them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from belonging.application.live_conversation import LiveConversation
from belonging.application.partner_screen.invitation import Invitation
from belonging.application.partner_screen.network import (
    PREFERRED_PORT,
    AddressFinder,
    AddressProblem,
    find_local_address,
)
from belonging.application.partner_screen.page_files import PageFiles
from belonging.application.partner_screen.page_view import (
    PageState,
    ReadBackLine,
    controls,
    question_details,
    snapshot,
)
from belonging.application.partner_screen.protocol import (
    ActRequest,
    AnswerGiven,
    MarkGiven,
    Question,
    QuestionKind,
    RefusedError,
    read_request,
)
from belonging.application.runner import Runner
from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, EngineError

if TYPE_CHECKING:
    from belonging.application.partner_screen.server import PageServer


class ScreenStatus(enum.Enum):
    """Where the partner's screen stands, for the owner's window to say."""

    STARTING = "starting"
    #: Listening; no device has joined yet.
    WAITING = "waiting"
    CONNECTED = "connected"
    #: The device was connected and is not now (it comes back by itself when it can).
    DROPPED = "dropped"
    #: It cannot work here: see `problem`.
    FAILED = "failed"
    #: Turned off, or the conversation is over: the port is closed.
    STOPPED = "stopped"


class Refusal(enum.Enum):
    """Why a connection was refused."""

    #: Another device used the address after the first: it only works on one.
    TAKEN = "taken"
    #: It did not hold the conversation's key, or played back a recorded message.
    UNPROVEN = "unproven"


class PartnerScreen:
    """The partner's own screen for the conversation `live` (see the module docstring).

    `start()` finds the local address and starts listening; `address` and `short_address`
    are then the page's (None until it listens). `stop()` ends it; it cannot start again
    (make a new one, with a new invitation). Listeners, each called on the owner's thread:
    `on_status()` (status, address or problem changed), `on_refused(Refusal)`,
    `on_answer(QuestionKind, answer)`, `on_mark(note_id, "struck"|"confidential", on)`.
    """

    def __init__(
        self,
        live: LiveConversation,
        runner: Runner,
        *,
        language: str = "en",
        find_address: AddressFinder = find_local_address,
        port: int = PREFERRED_PORT,
    ) -> None:
        self.invitation = Invitation()
        self._live = live
        self._runner = runner
        self._language = language
        self._find_address = find_address
        self._port_wanted = port
        self._host: str | None = None
        self._server: PageServer | None = None
        self._page = PageState()
        self._questions = 0
        self._seen_events = len(live.engine.events)
        self.status = ScreenStatus.STARTING
        #: Why it cannot work (FAILED): an `AddressProblem`, or the `OSError` of listening.
        self.problem: AddressProblem | OSError | None = None
        self.port: int | None = None
        self.on_status: list[Callable[[], None]] = []
        self.on_refused: list[Callable[[Refusal], None]] = []
        self.on_answer: list[Callable[[QuestionKind, Any], None]] = []
        self.on_mark: list[Callable[[int, str, bool], None]] = []
        live.on_change.append(self._on_live_changed)

    # --- its life ------------------------------------------------------------------------

    def start(self) -> None:
        """Finds this computer's local address and starts listening on it."""
        found = self._find_address()
        if found.host is None:
            self.problem = found.problem
            self._set_status(ScreenStatus.FAILED)
            return
        self._host = found.host
        # aiohttp and PyNaCl load here, when the owner first asks for the partner's screen:
        # together they would add about half a second to every start of the app.
        from belonging.application.partner_screen.server import PageServer

        relay = self._runner.relay
        events = _RelayedEvents(
            listening=relay(self._on_listening),
            failed=relay(self._on_failed),
            joined=relay(self._on_joined),
            left=relay(self._on_left),
            refused=relay(self._on_refused),
            request=relay(self._on_request),
        )
        self._server = PageServer(self.invitation, PageFiles.load(self._language), events)
        self._server.start(found.host, self._port_wanted)

    def stop(self, *, ended: str = "off", timeout: float | None = 5.0) -> bool:
        """Tells the page why it ends ("off": the owner turned it off; "over": the
        conversation ended; "closed": the app closed, the conversation paused to go on another
        time) and stops listening; True once the port is closed (waiting up
        to `timeout` seconds; None: not waiting)."""
        if self._on_live_changed in self._live.on_change:
            self._live.on_change.remove(self._on_live_changed)
        self._page.ended = ended
        server, self._server = self._server, None
        closed = True
        if server is not None:
            server.finish(snapshot(self._live, self._page))
            closed = server.stop(timeout)
        if self.status is not ScreenStatus.FAILED:
            self._set_status(ScreenStatus.STOPPED)
        return closed

    @property
    def running(self) -> bool:
        """Whether it is listening (or about to)."""
        return self._server is not None and self.status is not ScreenStatus.FAILED

    @property
    def connected(self) -> bool:
        """Whether the partner's device is connected now."""
        return self.status is ScreenStatus.CONNECTED

    @property
    def address(self) -> str | None:
        """The page's whole address, for the QR code (None until it listens)."""
        if self._host is None or self.port is None:
            return None
        return self.invitation.address(self._host, self.port)

    @property
    def short_address(self) -> str | None:
        """The address to type, when the code cannot be scanned."""
        if self._host is None or self.port is None:
            return None
        return self.invitation.short_address(self._host, self.port)

    # --- what the window tells it ----------------------------------------------------------

    def follow(self, live: LiveConversation) -> None:
        """The conversation goes on as `live` (the private answers before the first prompt
        made it anew)."""
        if live is self._live:
            return
        if self._on_live_changed in self._live.on_change:
            self._live.on_change.remove(self._on_live_changed)
        self._live = live
        self._seen_events = len(live.engine.events)
        live.on_change.append(self._on_live_changed)
        self._publish()

    def ask(self, kind: QuestionKind) -> None:
        """Opens the private question `kind` on the page (a new round of it)."""
        self._questions += 1
        details = question_details(self._live, kind)
        self._page.question = Question(self._questions, kind, details)
        self._page.answered = False
        self._page.outcome = None
        self._publish()

    def answered_here(self, kind: QuestionKind) -> None:
        """The partner answered `kind` on the shared screen: the page asks no more."""
        if self._page.question is not None and self._page.question.kind is kind:
            self._page.answered = True
            self._publish()

    def show_outcome(self, agreed: bool) -> None:
        """The ballot's outcome (only whether both said yes), for the page to say."""
        self._page.outcome = agreed
        self._publish()

    def set_read_back(self, lines: Iterable[ReadBackLine]) -> None:
        """The shared notes read back at the wrap-up, with their marks."""
        self._page.read_back = {line.note_id: line for line in lines}
        self._publish()

    def set_mark(self, note_id: int, mark: str, on: bool) -> None:
        """A line struck or marked confidential on the shared screen (or undone)."""
        line = self._page.read_back.get(note_id)
        if line is None or getattr(line, mark) == on:
            return
        self._page.read_back[note_id] = _marked(line, mark, on)
        self._publish()

    def release_hold(self) -> None:
        """The pair went on after "Too much?": the lighter prompt shows."""
        if self._page.held:
            self._page.held = False
            self._publish()

    # --- what the conversation and the server tell it --------------------------------------

    def _on_live_changed(self) -> None:
        events = self._live.engine.events
        if any(event.kind is EventKind.TOO_MUCH for event in events[self._seen_events :]):
            self._page.held = True
        self._seen_events = len(events)
        self._publish()

    def _on_listening(self, port: int) -> None:
        if self._server is None:
            return
        self.port = port
        self._set_status(ScreenStatus.WAITING)
        self._publish()

    def _on_failed(self, error: OSError) -> None:
        self._server = None
        self.problem = error
        self._set_status(ScreenStatus.FAILED)

    def _on_joined(self) -> None:
        if self._server is not None:
            self._set_status(ScreenStatus.CONNECTED)

    def _on_left(self) -> None:
        if self._server is not None and self.status is ScreenStatus.CONNECTED:
            self._set_status(ScreenStatus.DROPPED)

    def _on_refused(self, reason: str) -> None:
        refusal = Refusal(reason)
        for listener in list(self.on_refused):
            listener(refusal)

    def _on_request(self, message: dict[str, Any]) -> None:
        if self._server is None:
            return
        page = self._page
        try:
            request = read_request(message, page.question, frozenset(page.read_back))
        except RefusedError:
            self._server.drop()
            return
        if isinstance(request, ActRequest):
            self._act(request.action)
        elif isinstance(request, AnswerGiven):
            if page.answered:
                return  # answered on the shared screen already
            page.answered = True
            self._publish()
            for listener in list(self.on_answer):
                listener(request.kind, request.answer)
        elif isinstance(request, MarkGiven):
            self.set_mark(request.note_id, request.mark, request.on)
            for listener in list(self.on_mark):
                listener(request.note_id, request.mark, request.on)

    def _act(self, action: Action) -> None:
        # Only what the page shows as applying: the same as the shared screen's buttons.
        can = controls(self._live, self._page)
        if not can.get(action.value, False):
            self._publish()  # the page was behind: show it where things stand
            return
        try:
            self._live.act(action)
        except EngineError:
            self._publish()

    def _publish(self) -> None:
        if self._server is not None:
            self._server.publish(snapshot(self._live, self._page))

    def _set_status(self, status: ScreenStatus) -> None:
        self.status = status
        for listener in list(self.on_status):
            listener()


def _marked(line: ReadBackLine, mark: str, on: bool) -> ReadBackLine:
    if mark == "struck":
        return ReadBackLine(line.note_id, line.text, line.about, on, line.confidential)
    return ReadBackLine(line.note_id, line.text, line.about, line.struck, on)


class _RelayedEvents:
    """The server's events, each handed to the owner's thread."""

    def __init__(self, **calls: Callable[..., None]) -> None:
        self._calls = calls

    def listening(self, port: int) -> None:
        self._calls["listening"](port)

    def failed(self, error: OSError) -> None:
        self._calls["failed"](error)

    def joined(self) -> None:
        self._calls["joined"]()

    def left(self) -> None:
        self._calls["left"]()

    def refused(self, reason: str) -> None:
        self._calls["refused"](reason)

    def request(self, message: dict[str, Any]) -> None:
        self._calls["request"](message)
