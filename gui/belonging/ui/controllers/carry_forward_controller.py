"""Between set-up and the ground rules: what last time left, taken up, kept or let go.

When the pair has parked prompts of this script or open follow-ups, the page offers them.
Parked prompts taken up go into the engine's `taken_up_prompt_ids` (offered first at their
level), so the conversation is made again from its setup with them; ones let go have their
mark lifted; follow-ups let go are closed. A pair with nothing left over goes straight on.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal, Slot

from belonging.core.engine import Conversation
from belonging.storage.database import session_scope
from belonging.ui.controllers.active_conversation import ActiveConversation
from belonging.ui.controllers.history_record import CarryForward, read_carry_forward
from belonging.ui.controllers.page_controller import PageController, Show
from belonging.ui.controllers.pair_history import apply_carry_choices
from belonging.ui.controllers.services import Services
from belonging.ui.views.carry_forward_view import CarryForwardView
from belonging.ui.views.continuity_rows import CarryChoice, CarryKind


class CarryForwardController(PageController):
    """Drives the carry-forward page.

    `begin(active)` reads what is left over; `ready(ActiveConversation, follow_up_texts)`
    follows, with the conversation to run (made again if prompts were taken up) and the
    follow-ups taken up into it; `back(ActiveConversation)` returns to the set-up.
    """

    _view: CarryForwardView

    ready = Signal(object, object)
    back = Signal(object)

    def __init__(
        self,
        view: CarryForwardView,
        services: Services,
        show: Show,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show, parent)
        self._active: ActiveConversation | None = None
        self._carry: CarryForward | None = None
        view.continue_requested.connect(self._on_continue_requested)
        view.back_requested.connect(self._on_back_requested)

    @property
    def offered(self) -> CarryForward | None:
        """What the page offers now (None before `begin`)."""
        return self._carry

    def begin(self, active: ActiveConversation) -> None:
        """Offers last time's leftovers, or goes straight on when there are none."""
        self._active = active
        db = self._services.db
        pair_id, script_id = active.pairing.pair_id, active.script.id

        def read() -> CarryForward:
            with session_scope(db) as session:
                return read_carry_forward(session, pair_id, script_id)

        self._services.writer.submit(read, on_result=self._on_read)

    def _on_read(self, carry: CarryForward) -> None:
        active = self._active
        if active is None:
            return
        self._carry = carry
        if carry.empty:
            self.ready.emit(active, ())
            return
        self._view.set_items(carry.parked, carry.follow_ups)
        self._show()

    @Slot(object)
    def _on_continue_requested(self, choices: dict[tuple[CarryKind, int], CarryChoice]) -> None:
        active, carry = self._active, self._carry
        if active is None or carry is None:
            return
        parked = {key[1]: value for key, value in choices.items() if key[0] is CarryKind.PARKED}
        follow_ups = {
            key[1]: value for key, value in choices.items() if key[0] is CarryKind.FOLLOW_UP
        }
        taken_prompts = tuple(
            carry.prompt_ids[mark_id]
            for mark_id, value in parked.items()
            if value is CarryChoice.TAKE_UP
        )
        taken_texts = tuple(
            item.text
            for item in carry.follow_ups
            if choices.get(item.item_id) is CarryChoice.TAKE_UP
        )
        db = self._services.db

        def write() -> None:
            with session_scope(db) as session:
                apply_carry_choices(session, parked, follow_ups)

        self._services.writer.submit(
            write, on_result=lambda _r: self._go_on(active, taken_prompts, taken_texts)
        )

    def _go_on(
        self, active: ActiveConversation, taken_prompts: tuple[str, ...], texts: tuple[str, ...]
    ) -> None:
        setup = active.engine.setup
        if taken_prompts:
            wanted = tuple(dict.fromkeys((*setup.taken_up_prompt_ids, *taken_prompts)))
            # Taken up again, they are no longer "already had": offer them first.
            had = tuple(p for p in setup.already_had_prompt_ids if p not in wanted)
            setup = replace(setup, taken_up_prompt_ids=wanted, already_had_prompt_ids=had)
            engine = Conversation(active.script, setup, self._services.clock)
            active = self._services.new_active(engine, active.pairing)
        self._active = None
        self.ready.emit(active, texts)

    @Slot()
    def _on_back_requested(self) -> None:
        if self._active is not None:
            active, self._active = self._active, None
            self.back.emit(active)
