"""Before the first prompt: the ground rules both acknowledge, then the optional check-in.

Nothing of the conversation is stored until the pair starts it: going back from the ground
rules leaves no trace but the two people. Starting stores the conversation's row, the
check-in answers and the engine's first events, in that order, in one go.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal, Slot

from belonging.core.engine import Action
from belonging.core.markdown_render import plain_text
from belonging.storage.models import CheckInMoment
from belonging.storage.repositories import record_check_in
from belonging.ui.controllers.active_conversation import ActiveConversation
from belonging.ui.controllers.write_queue import WriteContext
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.views.rows import Participant


def view_people(active: ActiveConversation) -> tuple[Participant, Participant]:
    """The two people as the views name them, keyed by the engine's participant keys."""
    first, second = active.engine.setup.participants
    return Participant(first.key, first.name, first.role), Participant(
        second.key, second.name, second.role
    )


def queue_check_ins(
    active: ActiveConversation, values: Mapping[str, int | None], moment: CheckInMoment
) -> None:
    """Queues each answer given (a person may leave theirs blank)."""
    for key, closeness in values.items():
        if closeness is None:
            continue
        person_id = active.pairing.person_id(key)

        def write(session, context: WriteContext, person_id=person_id, closeness=closeness):
            record_check_in(
                session=session,
                conversation_id=context.require_conversation(),
                person_id=person_id,
                moment=moment,
                closeness=closeness,
            )

        active.queue.add(write)


class OpeningController(QObject):
    """Drives `window.ground_rules` and `window.check_in`.

    `begin(active)` shows the ground rules for a conversation not yet started. Signals:
    `started(ActiveConversation)` once the engine has shown its first prompt;
    `back(ActiveConversation)` when the pair goes back to the set-up.
    """

    started = Signal(object)
    back = Signal(object)

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._rules = window.ground_rules
        self._check_in = window.check_in
        self._active: ActiveConversation | None = None
        self._rules.continue_requested.connect(self._on_rules_continue)
        self._rules.back_requested.connect(self._on_rules_back)
        self._check_in.continue_requested.connect(self._on_check_in_continue)
        self._check_in.skip_requested.connect(self._on_check_in_skipped)
        self._check_in.back_requested.connect(self._on_check_in_back)

    @property
    def active(self) -> ActiveConversation | None:
        """The conversation about to start, if the ground rules or check-in are showing."""
        return self._active

    def begin(self, active: ActiveConversation) -> None:
        """Shows the ground rules and the script's introduction to the two people."""
        self._active = active
        first, second = view_people(active)
        script = active.script
        self._rules.set_people(first, second)
        self._rules.set_introduction(script.introduction_html, plain_text(script.introduction))
        self._check_in.set_people(first, second)
        self._window.show_page(Page.GROUND_RULES)

    @Slot()
    def _on_rules_continue(self) -> None:
        if self._active is not None and self._rules.is_acknowledged_by_both():
            self._window.show_page(Page.CHECK_IN)

    @Slot()
    def _on_rules_back(self) -> None:
        active, self._active = self._active, None
        if active is not None:
            self.back.emit(active)

    @Slot()
    def _on_check_in_back(self) -> None:
        self._window.show_page(Page.GROUND_RULES)

    @Slot(dict)
    def _on_check_in_continue(self, values: dict) -> None:
        self._start(values)

    @Slot()
    def _on_check_in_skipped(self) -> None:
        self._start({})

    def _start(self, values: Mapping[str, int | None]) -> None:
        active, self._active = self._active, None
        if active is None:
            return
        # The engine starts first so the row's start time is the engine's; its events are
        # queued after the row and the check-ins they belong to.
        active.engine.perform(Action.START)
        if active.conversation_id is None:
            active.store_new(started_at=active.engine.summary.started_at)
        queue_check_ins(active, values, CheckInMoment.BEFORE)
        active.record_new_events()
        self.started.emit(active)
