"""The ways a session ends without anyone closing the window, turned into one clean close.

Logging out, shutting down (`systemctl poweroff`), `timeout` and `kill` send SIGTERM; Ctrl+C
in a terminal sends SIGINT; closing that terminal sends SIGHUP. The default for each is to
end the process where it stands, as a crash would: the words typed in the last half second
lost, the conversation not paused, the database's -wal and -shm left behind. The session
manager, before it ends the session, asks every application to save (`commitDataRequest`).

A Python signal handler only runs when the interpreter next runs Python code, and while Qt's
event loop waits for events none does: the signal could wait until the mouse moves. So the
handler does nothing itself; `signal.set_wakeup_fd` writes the signal's number into a socket
the moment it arrives, and a `QSocketNotifier` on the other end wakes the event loop, which
then emits `ending`. `run_app` closes the app cleanly on it (`AppController.end_session`).
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot
from PySide6.QtGui import QGuiApplication

#: The signals that mean "end now, but end well"; SIGHUP exists on POSIX only.
ENDING_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)

_Handler = Callable[[int, FrameType | None], Any] | int | None


def _wake_only(_signum: int, _frame: FrameType | None) -> None:
    """The Python half of the handler: the wake-up socket has already said which signal."""


class SessionEnd(QObject):
    """Hears SIGTERM, SIGINT and SIGHUP, and the session manager's request to save.

    `install()` takes the signals over (from the main thread; `uninstall()` gives them back
    as they were). Signals: `ending(signum)` once, whichever signal comes first;
    `save_requested()` whenever the session manager asks the app to save its work;
    `quitting()` when the event loop is about to end, for whatever reason (the session
    manager's quit among them).
    """

    ending = Signal(int)
    save_requested = Signal()
    quitting = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous_handlers: dict[signal.Signals, _Handler] = {}
        self._previous_wakeup_fd = -1
        self._ended = False

    def install(self) -> None:
        """Takes the ending signals over, and listens to the session manager."""
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._reader, self._writer = reader, writer
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_woken)
        self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        for signum in ENDING_SIGNALS:
            self._previous_handlers[signum] = signal.signal(signum, _wake_only)
        self._app.commitDataRequest.connect(self._on_commit_data_request)
        self._app.aboutToQuit.connect(self.quitting)

    def uninstall(self) -> None:
        """Gives the signals back to what handled them before `install`."""
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous_handlers.clear()
        if self._writer is not None:
            signal.set_wakeup_fd(self._previous_wakeup_fd)
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.commitDataRequest.disconnect(self._on_commit_data_request)
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.aboutToQuit.disconnect(self.quitting)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None

    @Slot()
    def _on_woken(self) -> None:
        reader = self._reader
        if reader is None:
            return
        received = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := reader.recv(64):
                received += chunk
        if not received or self._ended:
            return
        self._ended = True
        self.ending.emit(received[0])

    @Slot(object)
    def _on_commit_data_request(self, _manager: object) -> None:
        # The session may still be cancelled, so nothing closes here: everything is saved,
        # and the quit that follows a logout (or its SIGTERM) closes the app.
        self.save_requested.emit()
