"""Noticing that no one has touched the app for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: What counts as someone using the app.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle()` once the app has had no key, mouse or touch input for the chosen time.

    It watches every event of the application (an event filter that never consumes one), so
    typing in any window or dialog counts. `set_minutes(0)` turns it off; `pause()` stops the
    count (while locked) and `resume()` starts it again; `stop()` lets go of the application
    for good (call it before the window goes, so no event reaches a watcher being torn down).
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._interval_ms = 0
        self._watching = False
        self._app = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Idle after `minutes` without input; 0 never."""
        self.set_interval_ms(max(minutes, 0) * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        """The idle time in milliseconds (0 never); the count starts again now."""
        self._interval_ms = max(milliseconds, 0)
        self.resume()

    def pause(self) -> None:
        """Stops counting until `resume()`."""
        self._watching = False
        self.timer.stop()

    def resume(self) -> None:
        """Counts from now, if an idle time is chosen."""
        self._watching = self._interval_ms > 0
        if self._watching:
            self.timer.start(self._interval_ms)
        else:
            self.timer.stop()

    def stop(self) -> None:
        """Stops counting and stops watching the application's events, for good."""
        self.pause()
        self._interval_ms = 0
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Starts the count again on any input; lets every event through."""
        if self._watching and event.type() in _ACTIVITY:
            self.timer.start(self._interval_ms)
        return False
