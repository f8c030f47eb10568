"""Undo for a few seconds: what was just done (a deletion, an archive, a park, a skip) can be
taken back while its calm bar shows, and only then is it settled.

One offer at a time: a new one settles the one before. The countdown stands still while the
person has the bar in hand (the pointer over it, or the keyboard focus in it), so nobody
loses the chance while reading or reaching for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

#: How long an offer to undo stays, in seconds.
UNDO_SECONDS = 8


@dataclass(frozen=True)
class _Offer:
    message: str
    undo: Callable[[], None]
    settle: Callable[[], None] | None


class UndoOffers(QObject):
    """Holds the offer to undo now showing (see the module docstring).

    `offer(message, undo, settle)` shows one; `undo()` takes it back (calls `undo`);
    `withdraw()` and the end of the countdown settle it (call `settle`). Signals:
    `offered(message)` when one shows, `closed()` when it goes either way.
    """

    offered = Signal(str)
    closed = Signal()

    def __init__(self, parent: QObject | None = None, seconds: float | None = None) -> None:
        super().__init__(parent)
        seconds = UNDO_SECONDS if seconds is None else seconds
        self._offer: _Offer | None = None
        self._held = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def message(self) -> str | None:
        """What the offer now showing says, or None."""
        return None if self._offer is None else self._offer.message

    def offer(
        self,
        message: str,
        undo: Callable[[], None],
        settle: Callable[[], None] | None = None,
    ) -> None:
        """Offers to undo what `message` says was done, settling any offer before it."""
        self.withdraw()
        self._offer = _Offer(message, undo, settle)
        if not self._held:
            self._timer.start()
        self.offered.emit(message)

    @Slot()
    def undo(self) -> None:
        """Takes back what the offer now showing did (nothing if none shows)."""
        offer = self._close()
        if offer is not None:
            offer.undo()

    @Slot()
    def withdraw(self) -> None:
        """Settles the offer now showing: what it did stays done."""
        offer = self._close()
        if offer is not None and offer.settle is not None:
            offer.settle()

    def hold(self, held: bool) -> None:
        """Stops the countdown while the person has the bar in hand; starts it afresh after."""
        self._held = held
        if held:
            self._timer.stop()
        elif self._offer is not None:
            self._timer.start()

    def _close(self) -> _Offer | None:
        offer, self._offer = self._offer, None
        self._timer.stop()
        if offer is not None:
            self.closed.emit()
        return offer

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.withdraw()
