"""Search: every note and prompt, as the person types, grouped by conversation."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.search import search_notes
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
        """Shows the search page with the keyboard in its field."""
        self._show_page(Page.SEARCH)
        self._view.focus_query()

    @Slot(str, bool, int)
    def _on_search_requested(self, query: str, include_private: bool, ticket: int) -> None:
        workspace = self._services.workspace
        self._services.jobs.read(
            lambda: search_notes(workspace, query, include_private=include_private),
            lambda groups: self._view.show_results(ticket, groups),
            lambda error: self._view.show_failed(ticket, str(error) or type(error).__name__),
            latest="search",
        )
