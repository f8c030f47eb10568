"""What every page controller starts from: its view, the services, and how to bring a page
forward.

The window owns the stack of pages; a controller only holds the `show_page` callable it was
given, so it is tested with its view alone, without a window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from belonging.ui.controllers.services import Services
from belonging.ui.pages import ShowPage


class PageController(QObject):
    """Base of a controller that drives a page (or two that belong together, given as one
    `view` object with both): keeps `_view`, `_services` and `_show_page`.

    Subclasses narrow `_view` with a class annotation of their own view type.
    """

    def __init__(
        self, view: Any, services: Services, show_page: ShowPage, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._services = services
        self._show_page = show_page
