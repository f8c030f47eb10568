"""Before the first prompt: the ground rules both acknowledge, then each person, privately,
says how close they feel and how deep they want to go today (and whether a deeper start is
all right).

Nothing of the conversation is stored until the pair starts it: going back from the ground
rules leaves no trace but the two people. Starting stores the conversation's row, the
owner's check-in and the engine's first events, in that order, in one go; the partner's
check-in is held until they agree to keep it (`application.opening_round`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.live_conversation import LiveConversation
from belonging.application.opening_round import (
    PrivateAnswer,
    closeness_of,
    needs_start_consent,
    settle_opening,
)
from belonging.application.rows import Participant
from belonging.core.markdown_render import plain_text
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.check_in_view import CheckInView
from belonging.ui.views.ground_rules_view import GroundRulesView


class OpeningViews(NamedTuple):
    """The two pages before the first prompt."""

    ground_rules: GroundRulesView
    check_in: CheckInView


def view_people(live: LiveConversation) -> tuple[Participant, Participant]:
    """The two people, keyed by the engine's participant keys."""
    first, second = live.engine.setup.participants
    return first, second


class OpeningController(PageController):
    """Drives the ground rules and the check-in.

    `begin(live)` shows the ground rules for a conversation not yet started. Signals:
    `started(LiveConversation)` once the engine has shown its first prompt;
    `back(LiveConversation)` when the pair goes back to the set-up.
    """

    _view: OpeningViews

    started = Signal(object)
    back = Signal(object)

    def __init__(
        self,
        views: OpeningViews,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(views, services, show_page, parent)
        self._live: LiveConversation | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        rules, check_in = self._view
        rules.continue_requested.connect(self._on_rules_continue)
        rules.back_requested.connect(self._on_rules_back)
        check_in.continue_requested.connect(self._on_check_in_continue)
        check_in.skip_requested.connect(self._on_check_in_skipped)
        check_in.back_requested.connect(self._on_check_in_back)

    @property
    def live(self) -> LiveConversation | None:
        """The conversation about to start, if the ground rules or check-in are showing."""
        return self._live

    def begin(self, live: LiveConversation) -> None:
        """Shows the ground rules and the script's introduction to the two people."""
        self._live = live
        first, second = view_people(live)
        script = live.script
        self._view.ground_rules.set_people(first, second)
        self._view.ground_rules.set_introduction(
            script.introduction_html, plain_text(script.introduction)
        )
        setup = live.engine.setup
        levels = [(level.depth, level.title) for level in script.levels]
        self._view.check_in.set_levels(
            levels,
            setup.today_cap or len(levels),
            setup.starting_depth if needs_start_consent(live) else None,
        )
        self._view.check_in.set_people(first, second)
        self._show_page(Page.GROUND_RULES)

    @Slot()
    def _on_rules_continue(self) -> None:
        if self._live is not None and self._view.ground_rules.is_acknowledged_by_both():
            self._show_page(Page.CHECK_IN)

    @Slot()
    def _on_rules_back(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            self.back.emit(live)

    @Slot()
    def _on_check_in_back(self) -> None:
        self._show_page(Page.GROUND_RULES)

    @Slot(dict)
    def _on_check_in_continue(self, values: dict) -> None:
        self._start(values)

    @Slot()
    def _on_check_in_skipped(self) -> None:
        self._start({})

    def _start(self, answers: Mapping[str, PrivateAnswer]) -> None:
        live, self._live = self._live, None
        if live is None:
            return
        settled = settle_opening(self._services.workspace, live, answers, self._services.jobs)
        settled.begin(closeness_of(answers))
        self.started.emit(settled)
