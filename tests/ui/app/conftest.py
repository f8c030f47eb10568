"""Fixtures of the controller tests: the app as `belonging --data-dir DIR` starts it, on a
test data folder, with a small script of its own and a hand-moved clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from belonging.core.engine import ManualClock
from belonging.ui.controllers.app_controller import AppController
from support.flow import TEST_SCRIPT, Shooter
from support.partner import browser_or_skip, phone_browser


@pytest.fixture
def scripts_dir(tmp_path) -> Path:
    """A built-in scripts folder holding only the test script."""
    folder = tmp_path / "builtin-scripts"
    folder.mkdir()
    (folder / "test-walk.md").write_text(TEST_SCRIPT, encoding="utf-8")
    return folder


@pytest.fixture
def clock() -> ManualClock:
    """The conversation's clock, moved by hand."""
    return ManualClock()


@pytest.fixture
def start_app(qtbot, theme, clock, scripts_dir) -> Iterator[Callable[[Path], AppController]]:
    """Starts the app on a data folder and waits for its window; closes them all after."""
    started: list[AppController] = []

    def start(data_dir: Path, *, wait: bool = True) -> AppController:
        controller = AppController(data_dir, theme=theme, clock=clock, builtin_scripts=scripts_dir)
        started.append(controller)
        controller.start()
        if wait:
            qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
            # At teardown the app closes first, as on quit: a test that failed mid-save would
            # otherwise leave the window's close asking "not saved" and wait for an answer.
            qtbot.addWidget(controller.window, before_close_func=lambda _w: controller.close())
            qtbot.waitExposed(controller.window)
            # Home may come from the first look before the rest of the app joins it.
            qtbot.waitUntil(
                lambda: controller.navigator is not None and controller.navigator.home.loaded,
                timeout=10_000,
            )
        return controller

    yield start
    for controller in started:
        if controller.window is not None and controller.window.isVisible():
            controller.window.close()
        controller.close()
    theme.set_scheme_override(None)


@pytest.fixture
def shooter(theme, tmp_path) -> Shooter:
    """Where the flow's screenshots go."""
    folder = tmp_path / "shots"
    folder.mkdir()
    return Shooter(theme, folder)


@pytest.fixture
def phone(tmp_path):
    """Headless Chromium as the partner's phone (its own profile)."""
    browser_or_skip()
    drivers = []

    def open_phone(name: str = "phone", **options):
        driver = phone_browser(tmp_path / f"profile-{name}", **options)
        drivers.append(driver)
        return driver

    yield open_phone
    for driver in drivers:
        driver.quit()
