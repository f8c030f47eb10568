"""A pair's page: its conversations as a timeline, open follow-ups, parked prompts, the
closeness chart and the pair's settings."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.continuity_rows import PairSettings
from belonging.application.pair_page import (
    PairPage,
    keep_pair_settings,
    mark_follow_up_done,
    more_timeline,
    open_pair_page,
)
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.describe import and_text
from belonging.ui.views.pair_view import PairView


class PairController(PageController):
    """Drives the pair page. Signals: `start_requested(pair_id)`, `export_requested(pair_id)`,
    `conversation_requested(conversation_id)`, `back()`; `loaded(PairPage)` after each read.

    The page's read gives the timeline's newest conversations; older ones are read a page at
    a time when the view asks for them (the person scrolled to the end of those listed).
    """

    _view: PairView

    start_requested = Signal(object)
    export_requested = Signal(object)
    conversation_requested = Signal(object)
    back = Signal()
    loaded = Signal(object)

    def __init__(
        self, view: PairView, services: Services, show_page: ShowPage, parent: QObject | None = None
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self.pair_id: int | None = None
        self.page: PairPage | None = None
        # Bumped by each read of the page, so a timeline page read for an earlier one (of
        # another pair, or before a change) is dropped rather than appended.
        self._generation = 0
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.start_requested.connect(self._on_start_requested)
        view.export_requested.connect(self._on_export_requested)
        view.back_requested.connect(self.back)
        view.conversation_opened.connect(self.conversation_requested)
        view.follow_up_toggled.connect(self._on_follow_up_toggled)
        view.settings_saved.connect(self._on_settings_saved)
        view.more_timeline_requested.connect(self._on_more_timeline_requested)

    def open(self, pair_id: int) -> None:
        """Reads the pair's history and shows its page."""
        self.pair_id = int(pair_id)
        self.refresh(show=True)

    def refresh(self, *, show: bool = False) -> None:
        """Reads the pair's history again (after a change) and fills the page."""
        pair_id = self.pair_id
        if pair_id is None:
            return
        workspace = self._services.workspace
        self._generation += 1
        self._services.jobs.read(
            lambda: open_pair_page(workspace, pair_id), lambda page: self._fill(page, show)
        )

    def _fill(self, page: PairPage, show: bool) -> None:
        self.page = page
        view = self._view
        roles = (
            and_text(page.owner_role, page.partner_role)
            if page.owner_role and page.partner_role
            else ""
        )
        view.set_title(and_text(page.owner_name, page.partner_name), roles)
        view.set_timeline(page.timeline, page.timeline_total)
        view.set_follow_ups(page.follow_ups)
        view.set_parked(page.parked)
        view.set_closeness(page.owner_name, page.partner_name, page.readings)
        view.set_settings(page.settings)
        if show:
            self._show_page(Page.PAIR)
        self.loaded.emit(page)

    @Slot()
    def _on_more_timeline_requested(self) -> None:
        pair_id, entries = self.pair_id, self._view.timeline_model.entries()
        if pair_id is None or not entries:
            return
        workspace = self._services.workspace
        generation = self._generation
        after_id = int(entries[-1].conversation_id)  # type: ignore[call-overload]

        def shown(more) -> None:
            if generation == self._generation:
                self._view.add_timeline(more)

        self._services.jobs.read(lambda: more_timeline(workspace, pair_id, after_id), shown)

    @Slot()
    def _on_start_requested(self) -> None:
        self.start_requested.emit(self.pair_id)

    @Slot()
    def _on_export_requested(self) -> None:
        self.export_requested.emit(self.pair_id)

    @Slot(object, bool)
    def _on_follow_up_toggled(self, item_id: Hashable, done: bool) -> None:
        workspace = self._services.workspace
        self._services.jobs.write(
            lambda: mark_follow_up_done(workspace, int(item_id), done),  # type: ignore[call-overload]
            on_error=lambda _e: self._view.set_follow_up_done(item_id, not done),
        )

    @Slot(object)
    def _on_settings_saved(self, settings: PairSettings) -> None:
        pair_id = self.pair_id
        if pair_id is None:
            return
        workspace = self._services.workspace
        self._services.jobs.write(
            lambda: keep_pair_settings(workspace, pair_id, settings),
            on_result=lambda _r: self.refresh(),
        )
