"""What every controller of a continuity page starts from: its view, the services, and how
to bring its page forward.

The window owns the stack of pages; a controller only holds the `show` callable it was
given, so it can be tested with its view alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from belonging.ui.controllers.services import Services

Show = Callable[[], None]


class PageController(QObject):
    """Base of a controller that drives one page: keeps `_view`, `_services` and `_show`.

    Subclasses narrow `_view` with a class annotation of their own view type.
    """

    def __init__(
        self, view: QWidget, services: Services, show: Show, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._services = services
        self._show = show
