"""Between set-up and the ground rules: what last time left, taken up, kept or let go.

When the pair has parked prompts of this script, open follow-ups or talking points, the
page offers them (see `application.carry_forward` for what each choice does, and which
parked prompts are recent and relevant enough to offer). A follow-up ticked done there is
kept done at once. A pair with nothing left over goes straight on.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.carry_forward import (
    CarriedForward,
    CarryForward,
    TakenUp,
    carry_forward,
    read_leftovers,
)
from belonging.application.continuity_rows import CarryChoice, CarryKind
from belonging.application.follow_ups import mark_done
from belonging.application.live_conversation import LiveConversation
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.carry_forward_view import CarryForwardView


class CarryForwardController(PageController):
    """Drives the carry-forward page.

    `begin(live)` reads what is left over; `ready(LiveConversation, TakenUp)` follows, with
    the conversation to run (made again if prompts were taken up) and the follow-ups and
    talking points taken up into it; `back(LiveConversation)` returns to the set-up.
    """

    _view: CarryForwardView

    ready = Signal(object, object)
    back = Signal(object)

    def __init__(
        self,
        view: CarryForwardView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self._live: LiveConversation | None = None
        self._carry: CarryForward | None = None
        view.continue_requested.connect(self._on_continue_requested)
        view.back_requested.connect(self._on_back_requested)
        view.follow_up_done.connect(self._on_follow_up_done)

    @property
    def offered(self) -> CarryForward | None:
        """What the page offers now (None before `begin`)."""
        return self._carry

    def begin(self, live: LiveConversation) -> None:
        """Offers last time's leftovers, or goes straight on when there are none."""
        self._live = live
        workspace = self._services.workspace
        self._services.jobs.read(lambda: read_leftovers(workspace, live), self._on_read)

    def _on_read(self, carry: CarryForward) -> None:
        live = self._live
        if live is None:
            return
        self._carry = carry
        if carry.empty:
            self.ready.emit(live, TakenUp())
            return
        today = self._services.workspace.clock.now().astimezone().date()
        self._view.set_items(
            carry.parked,
            carry.follow_ups,
            carry.talking_points,
            today,
            parked_recently=not carry.all_from_last_time,
        )
        self._show_page(Page.CARRY_FORWARD)

    @Slot(object)
    def _on_continue_requested(self, choices: dict[tuple[CarryKind, int], CarryChoice]) -> None:
        live, carry = self._live, self._carry
        if live is None or carry is None:
            return
        workspace, jobs = self._services.workspace, self._services.jobs
        jobs.write(lambda: carry_forward(workspace, live, carry, choices, jobs), self._on_carried)

    def _on_carried(self, carried: CarriedForward) -> None:
        self._live = None
        self.ready.emit(carried.live, carried.taken_up)

    @Slot(object, bool)
    def _on_follow_up_done(self, item_id: Hashable, done: bool) -> None:
        workspace = self._services.workspace
        follow_up_id = int(item_id[1])  # type: ignore[index]
        self._services.jobs.write(
            lambda: mark_done(workspace, follow_up_id, done),
            on_error=lambda _e: self._view.set_follow_up_done(item_id, not done),
        )

    @Slot()
    def _on_back_requested(self) -> None:
        if self._live is not None:
            live, self._live = self._live, None
            self.back.emit(live)
