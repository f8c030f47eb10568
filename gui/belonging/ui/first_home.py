"""Home from the first look at the data (`application.first_look`): the moments before the
rest of the app joins it — the opening started once the window has drawn, and a click made
meanwhile kept for then."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from belonging.application.home_order import PairOrder, common_owner, ordered
from belonging.application.rows import PairRow
from belonging.ui.settings import Settings
from belonging.ui.views.home_view import HomeView

#: How long to wait for a first paint that may never come (a window started minimised).
FIRST_PAINT_FALLBACK_MS = 300


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Calls `then` once: at the turn of the event loop after `window` first draws itself,
    or after `FIRST_PAINT_FALLBACK_MS` if it has not drawn by then (a window started
    minimised is not drawn)."""
    _FirstPaintWatch(window, then)


class _FirstPaintWatch(QObject):
    """One single-shot timer, set for the fallback and brought forward to the next turn of
    the event loop by the window's first update request (which paints it)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._timer.start(FIRST_PAINT_FALLBACK_MS)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Brings the call forward once the window is being painted."""
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            self._timer.start(0)
        return False

    def _fire(self) -> None:
        self._window.removeEventFilter(self)
        self.deleteLater()
        self._then()


def remembered_order(settings: Settings) -> PairOrder:
    """The order of Home's pairs chosen last (most recently met first until one is)."""
    try:
        return PairOrder(settings.home_order or PairOrder.LAST_TALKED)
    except ValueError:
        return PairOrder.LAST_TALKED


def first_listing(home: HomeView, rows: Sequence[PairRow], settings: Settings) -> None:
    """Lists the pairs of a first look at start as the controller will once it is there
    (same order, same names), so nothing moves when it takes over."""
    today = date.today()
    shown = ordered(rows, remembered_order(settings), today)
    home.set_pairs(shown, today, common_owner(shown))


class EarlyClicks(QObject):
    """Holds the last click on Home's Start and History buttons made before the controllers
    are there to act on it (with a busy pointer meanwhile), and makes it again once they
    are: nothing a person does in the first half second is lost."""

    def __init__(self, home: HomeView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request: Callable[[], None] | None = None
        self._connections = [
            signal.connect(lambda *args, signal=signal: self._remember(signal, args))
            for signal in (home.start_requested, home.pair_start_requested,
                           home.pair_open_requested)
        ]  # fmt: skip

    def _remember(self, signal, args: tuple) -> None:
        if self._request is None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._request = lambda: signal.emit(*args)

    def stop_holding(self) -> None:
        """Lets Home's buttons go to the controllers now joined to them."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()

    def carry_out(self) -> None:
        """Makes the held click again, if there was one."""
        request, self._request = self._request, None
        if request is not None:
            QApplication.restoreOverrideCursor()
            request()

    def let_go(self) -> None:
        """Forgets the held click: a conversation was left unfinished, and the offer to
        continue it comes first (the person then chooses again, seeing it)."""
        if self._request is not None:
            self._request = None
            QApplication.restoreOverrideCursor()
