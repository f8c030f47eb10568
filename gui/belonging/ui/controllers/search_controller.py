"""Search: every note and prompt, as the person types, grouped by conversation, the newest
first; everyone's or one person's, over any days or a range of them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.home import read_pairs
from belonging.application.home_order import common_owner
from belonging.application.rows import PairRow
from belonging.application.search import SearchScope, search_notes
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.search_view import SearchView


class SearchController(PageController):
    """Drives the search page: searches as the view asks, beside any save, showing only the
    newest search's results, and asks to open a result
    (`result_requested(conversation_id, note_id)`). `back()` leaves."""

    _view: SearchView

    result_requested = Signal(object, object)
    back = Signal()

    def __init__(
        self,
        view: SearchView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        view.search_requested.connect(self._on_search_requested)
        view.result_opened.connect(self.result_requested)
        view.back_requested.connect(self.back)

    def open(self) -> None:
        """Shows the search page with the keyboard in its field; the people are read
        again, to narrow the search to one of them."""
        self._show_page(Page.SEARCH)
        self._view.focus_query()
        workspace = self._services.workspace
        self._view.set_today(workspace.clock.now().astimezone().date())
        self._services.jobs.read(lambda: read_pairs(workspace), self._show_people)

    def _show_people(self, rows: list[PairRow]) -> None:
        owner = common_owner(rows)
        people = sorted(
            (
                (
                    row.pair_id,
                    row.partner_name
                    if row.owner_name == owner
                    else self.tr("{partner} (with {owner})").format(
                        partner=row.partner_name, owner=row.owner_name
                    ),
                )
                for row in rows
            ),
            key=lambda person: person[1].casefold(),
        )
        self._view.set_people(people)

    @Slot(str, bool, int)
    def _on_search_requested(self, query: str, include_private: bool, ticket: int) -> None:
        workspace = self._services.workspace
        pair_id, since, until = self._view.scope()
        scope = SearchScope(
            None if pair_id is None else int(pair_id),  # type: ignore[call-overload]
            since,
            until,
        )
        self._services.jobs.read(
            lambda: search_notes(workspace, query, include_private=include_private, scope=scope),
            lambda groups: self._view.show_results(ticket, groups),
            lambda error: self._view.show_failed(ticket, str(error) or type(error).__name__),
            latest="search",
        )
