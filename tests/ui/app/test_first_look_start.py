"""A start that shows Home from the first look at the data: the pairs at once, the rest of
the app joining them, and a click made meanwhile carried out, not lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from belonging.storage.database import session_scope
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.main_window import Page
from support.known_pairs import add_pair


@pytest.fixture
def known_folder(tmp_path) -> Path:
    """A data folder used before today: two pairs, one conversation, closed cleanly."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder)
    with session_scope(opened.engine) as session:
        add_pair(session, "Ben", talked=False)
        add_pair(session, "Cy")
    opened.close()
    open_data_folder(folder).close()  # the day's backup, as any earlier start today made
    return folder


def _pair_titles(window) -> list[str]:
    """The owner's name above the cards, then each card's name, in order."""
    home = window.home
    cards = (home.pairs_layout.itemAt(i).widget() for i in range(home.pairs_layout.count()))
    return [home.pairs_heading.text()] + [
        label.text()
        for card in cards
        if card is not None
        for label in card.findChildren(QLabel)
        if label.property("kind") == "heading"
    ]


def _button(window, text: str, index: int = 0) -> QPushButton:
    buttons = [b for b in window.home.findChildren(QPushButton) if b.text() == text]
    return buttons[index]


def test_home_lists_the_pairs_before_the_data_folder_is_open(start_app, known_folder, qtbot):
    """The window shows the pairs as soon as it appears; the full opening then joins it
    without changing what is shown."""
    app = start_app(known_folder, wait=False)
    window = app.window
    assert window is not None and window.isVisible()
    assert app.navigator is None  # nothing else is open yet
    first = _pair_titles(window)
    assert first == ["Ada's one-on-ones", "Cy", "Ben"]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.navigator is not None and app.navigator.home.loaded, timeout=10_000)
    assert app.window is window
    assert _pair_titles(window) == first
    assert "A test walk" in " ".join(
        label.text() for label in window.home.findChildren(type(window.home.pairs_heading))
    )


def test_a_click_before_the_app_is_ready_is_carried_out(start_app, known_folder, qtbot):
    """Pressing Start on a pair at once opens its set-up as soon as the app can."""
    app = start_app(known_folder, wait=False)
    window = app.window
    qtbot.addWidget(window)
    assert app.navigator is None
    qtbot.mouseClick(_button(window, "Start", 0), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP, timeout=10_000)
    assert app.navigator is not None


def test_a_first_start_waits_for_the_full_opening(start_app, tmp_path, qtbot):
    """A data folder never opened before has nothing to glance at: the window comes with
    everything ready."""
    app = start_app(tmp_path / "new", wait=False)
    assert app.window is None
    qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
    qtbot.addWidget(app.window)
    assert app.navigator is not None


def test_opening_the_window_loads_no_database_toolkit():
    """What the first look needs is only the standard library's sqlite3: SQLAlchemy and
    SQLModel, two thirds of a start, come after the window is drawn."""
    code = (
        "import sys; import belonging.cli.main, belonging.ui.app; "
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'markdown') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
