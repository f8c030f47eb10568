"""Driving the real app in this process, as a person would: start it, wait, click through.

The benchmarks that need the window (typing a note, opening a pair) start Belonging's own
`AppController` on the benchmark's data folder, wait for Home to be filled, and reach the
page they measure by clicking its buttons. Waiting turns the event loop (never a sleep), so
the app's background writer reports back as it would for a person.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from belonging.ui.app import configure_application
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.theme import ThemeManager


def application() -> QApplication:
    """The one QApplication of this process, made and named as the app makes it."""
    app = QApplication.instance() or QApplication(["belonging-benchmark"])
    configure_application(app)
    return app


def wait_until(condition: Callable[[], object], timeout: float = 60.0, what: str = "") -> None:
    """Runs the event loop until `condition()` holds; TimeoutError after `timeout` s.

    A real event loop, as the app runs, looking every 2 ms: it lets go of Python's lock while
    it waits, where `QTest.qWait` keeps it and slows the app's own threads down.
    """
    if condition():
        return
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError(f"waited {timeout} s for {what or condition}")


def click(button: QAbstractButton) -> None:
    """Clicks a visible, enabled button with the mouse."""
    if not (button.isVisible() and button.isEnabled()):
        raise RuntimeError(f"{button.text()!r} cannot be clicked now")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


class RunningApp:
    """Belonging started on `data_dir` in this process, until `close()`."""

    def __init__(self, data_dir: Path) -> None:
        self.qapp = application()
        self.theme = ThemeManager(self.qapp)
        self.controller = AppController(data_dir, theme=self.theme)
        self.controller.start()
        wait_until(self._home_loaded, what="Home to be filled")

    def _home_loaded(self) -> bool:
        flow = self.controller.navigator
        return self.controller.window is not None and flow is not None and flow.home.loaded

    @property
    def window(self) -> MainWindow:
        """The main window."""
        assert self.controller.window is not None
        return self.controller.window

    def open_conversation(self, pair_id: int, script_id: str) -> None:
        """Home → set-up (a known pair, a script) → last time's leftovers kept → ground rules
        → check-in skipped → the first prompt of a new conversation, stored."""
        window = self.window
        click(window.home.start_button)
        wait_until(lambda: window.current_page() is Page.SETUP, what="the set-up page")
        setup = window.setup
        setup.known_pair_radio.setChecked(True)
        wait_until(lambda: setup.pair_combo.count() > 0, what="the pairs in the set-up")
        setup.select_pair(pair_id)
        setup.select_script(script_id)
        click(setup.continue_button)
        wait_until(
            lambda: window.current_page() in (Page.CARRY_FORWARD, Page.GROUND_RULES),
            what="last time's leftovers or the ground rules",
        )
        if window.current_page() is Page.CARRY_FORWARD:
            # A pair with history is first offered last time's follow-ups and parked prompts;
            # keeping them for later is what a pair in a hurry does.
            click(window.carry_forward.continue_button)
        wait_until(lambda: window.current_page() is Page.GROUND_RULES, what="the ground rules")
        rules = window.ground_rules
        rules.first_check.setChecked(True)
        rules.second_check.setChecked(True)
        click(rules.continue_button)
        wait_until(lambda: window.current_page() is Page.CHECK_IN, what="the check-in")
        click(window.check_in.skip_button)
        wait_until(lambda: window.current_page() is Page.CONVERSATION, what="the first prompt")
        flow = self.controller.navigator
        wait_until(
            lambda: flow.live is not None and flow.live.conversation_id is not None,
            what="the conversation to be stored",
        )

    @property
    def conversation_id(self) -> int:
        """The id of the conversation being held."""
        active = self.controller.navigator.live
        assert active is not None and active.conversation_id is not None
        return active.conversation_id

    def close(self) -> None:
        """Closes the window and lets the data folder go, saving everything first."""
        if self.controller.window is not None:
            self.controller.window.close()
        self.controller.close()
        self.theme.deleteLater()
        QApplication.processEvents()
