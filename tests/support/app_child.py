"""The real app in a process of its own, driven as a person would drive it, for tests that end
that process from outside (SIGKILL as a crash or a power cut would, SIGTERM as a logout).

Run as `python app_child.py DATA_DIR steady GAP SECONDS` or `python app_child.py DATA_DIR
words TEXT`. `belonging --data-dir DATA_DIR` starts (`run_app`, signal handling and all);
from inside its event loop the driver begins a conversation through the window (the same
clicks as `flow.begin_conversation`) and types into the prompt's note:

- `steady`: one key every GAP seconds for SECONDS, printing `typed INDEX CODEPOINT MONOTONIC`
  after each (the time is `time.monotonic()`, the same clock in every process), then
  `done`;
- `words`: TEXT at once, then `typed` with the saver's state (`saving` while unsaved).

It first prints `typing` with the time the typing starts, and then waits to be ended. If no
one ends it within a minute it quits by itself with exit code 3, so a failing test never
leaves a process behind.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot

from belonging.ui.app import run_app
from belonging.ui.main_window import MainWindow
from support.flow import begin_conversation

#: What the steady typist types, one character a key, over and over.
STEADY_TEXT = "the quick brown fox jumps over the lazy dog "
#: The longest the driven app waits to be ended before it gives up.
OWN_END_S = 60


def say(*words: object) -> None:
    """One line to the test, at once."""
    print(*words, flush=True)


def _window(bot: QtBot) -> MainWindow:
    def shown() -> MainWindow | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    bot.waitUntil(lambda: shown() is not None, timeout=30_000)
    window = shown()
    assert window is not None
    return window


class Driver:
    """Begins a conversation in the window and types into the prompt's note."""

    def __init__(self, mode: str, args: list[str]) -> None:
        self.mode = mode
        self.args = args
        self.bot = QtBot(None)  # its waiting and clicking need no pytest request
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.typed = 0
        self.editor = None
        self.stop_at = 0.0

    def start(self) -> None:
        """Runs from inside the app's event loop."""
        window = _window(self.bot)
        begin_conversation(self.bot, window)
        self.editor = window.conversation.notes_panel.prompt_note.editor
        self.editor.setFocus()
        if self.mode == "words":
            say("typing", time.monotonic())
            QTest.keyClicks(self.editor, self.args[0])
            status = window.conversation.notes_panel.save_status.state()
            say("typed", status.value)
            return
        gap, seconds = float(self.args[0]), float(self.args[1])
        say("typing", time.monotonic())
        self.stop_at = time.monotonic() + seconds
        self.timer.timeout.connect(self.key)
        self.timer.start(round(gap * 1000))
        self.key()

    def key(self) -> None:
        """One key of steady typing."""
        if time.monotonic() >= self.stop_at:
            self.timer.stop()
            say("done")
            return
        char = STEADY_TEXT[self.typed % len(STEADY_TEXT)]
        QTest.keyClick(self.editor, char)
        say("typed", self.typed, ord(char), time.monotonic())
        self.typed += 1


def main() -> int:
    """Starts the app as `belonging --data-dir` does, with the driver inside it."""
    data_dir, mode, *args = sys.argv[1:]
    app = QApplication([sys.argv[0]])
    qt_api.set_qt_api("pyside6")  # what pytest-qt's plugin does before the tests
    driver = Driver(mode, args)
    QTimer.singleShot(0, driver.start)
    QTimer.singleShot(OWN_END_S * 1000, lambda: app.exit(3))
    return run_app(data_dir, [])


if __name__ == "__main__":
    sys.exit(main())
