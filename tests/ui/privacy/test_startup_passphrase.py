"""At start, encrypted notes ask for their passphrase: wrong says so and asks again, right
opens them, Quit quits, and "I never set one" leads to the damaged-file choice."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from belonging.storage.database import database_path
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    OpenedDataFolder,
    open_data_folder,
)
from belonging.ui.accessibility import announcer
from belonging.ui.privacy.startup_unlock import StartupUnlock
from support.privacy import DAY, PASSPHRASE


@pytest.fixture
def encrypted_folder(tmp_path):
    """A data folder of encrypted notes, closed, as the app finds it at start."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY, passphrase=PASSPHRASE).close()
    return folder


class Outcome:
    """What the prompt ended with."""

    def __init__(self) -> None:
        self.opened: list[OpenedDataFolder] = []
        self.errors: list[BaseException] = []
        self.quit = False

    def close(self) -> None:
        for folder in self.opened:
            folder.close()
        for error in self.errors:
            if isinstance(error, DatabaseDamagedError):
                error.release()


@pytest.fixture
def unlock_for(qtbot, jobs):
    """A function: the start-up prompt over a data folder, with what it ends in."""
    made: list[Outcome] = []

    def make(folder):
        outcome = Outcome()
        made.append(outcome)
        unlock = StartupUnlock(
            lambda passphrase, never_set: open_data_folder(
                folder, today=DAY, passphrase=passphrase, passphrase_never_set=never_set
            ),
            jobs.write,
            on_opened=outcome.opened.append,
            on_error=outcome.errors.append,
            on_quit=lambda: setattr(outcome, "quit", True),
        )
        qtbot.addWidget(unlock.prompt)
        unlock.start()
        return unlock, outcome

    yield make
    for outcome in made:
        outcome.close()


def test_a_wrong_passphrase_is_said_and_the_prompt_asks_again(qtbot, unlock_for, encrypted_folder):
    """The field is emptied with a clear message; the right one then opens the notes."""
    unlock, outcome = unlock_for(encrypted_folder)
    prompt = unlock.prompt
    qtbot.keyClicks(prompt.passphrase_field, "wrong words")
    qtbot.mouseClick(prompt.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in prompt.error_label.text(), timeout=5_000)
    assert prompt.isVisible() and prompt.passphrase_field.text() == ""
    assert outcome.opened == []
    qtbot.keyClicks(prompt.passphrase_field, PASSPHRASE)
    qtbot.keyClick(prompt.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outcome.opened != [], timeout=5_000)
    assert outcome.opened[0].encrypted
    assert not prompt.isVisible()


def test_a_wrong_passphrase_is_heard_and_leaves_quit_and_open_whole(
    qtbot, unlock_for, encrypted_folder, theme
):
    """With larger text the message wraps: it is announced and named by its own words, and
    the dialog grows so Quit and Open keep their full height and words."""
    theme.set_larger_text(True)
    unlock, _outcome = unlock_for(encrypted_folder)
    prompt = unlock.prompt
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        qtbot.keyClicks(prompt.passphrase_field, "wrong words")
        qtbot.keyClick(prompt.passphrase_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "does not open" in prompt.error_label.text(), timeout=5_000)
    finally:
        announcer().announced.disconnect(heard.append)
    message = prompt.error_label.text()
    assert message in heard
    spoken = QAccessible.queryAccessibleInterface(prompt.error_label)
    assert spoken.text(QAccessible.Text.Name) == message
    for button in (prompt.quit_button, prompt.open_button):
        assert button.height() >= button.sizeHint().height(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()


def test_quit_and_escape_quit(qtbot, unlock_for, encrypted_folder):
    """Quit (or Escape) ends the app's start without touching the notes."""
    before = database_path(encrypted_folder).read_bytes()
    unlock, outcome = unlock_for(encrypted_folder)
    qtbot.keyClick(unlock.prompt, Qt.Key.Key_Escape)
    assert outcome.quit
    assert database_path(encrypted_folder).read_bytes() == before


def test_never_having_set_a_passphrase_leads_to_the_damaged_file_choice(
    qtbot, unlock_for, tmp_path
):
    """Random bytes where the notes were look encrypted; the user who never set a passphrase
    is taken to the usual choice of backup or fresh start instead."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY).close()
    database_path(folder).write_bytes(os.urandom(8192))
    unlock, outcome = unlock_for(folder)
    qtbot.mouseClick(unlock.prompt.never_set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome.errors != [], timeout=5_000)
    assert isinstance(outcome.errors[0], DatabaseDamagedError)
    assert not unlock.prompt.isVisible()


def test_the_prompt_is_readable_by_a_screen_reader(unlock_for, encrypted_folder):
    """The field is named as its label; the buttons by their words."""
    unlock, _ = unlock_for(encrypted_folder)
    assert unlock.prompt.passphrase_field.accessibleName() == "Passphrase:"
    assert "protected by a passphrase" in unlock.prompt.title_label.text()
