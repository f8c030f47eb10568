"""Damage that only shows once the app is running — a page a same-day start did not read, a
save that meets a damaged file — is called damage, and leads to the recovery a start offers,
without losing the words on screen."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from belonging.storage.database import database_path
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.shortcuts import Command
from belonging.ui.widgets.save_status import SaveState
from support.durability import add_notes, garble_page, page_of, read_notes
from support.flow import begin_conversation, click, settle, window_of

#: Enough notes that the note table spans many pages, one of which is damaged.
BULK = tuple(f"note {index}: " + "what we said that morning " * 12 for index in range(300))
SAID = "Ben told me about the lighthouse."


def _windows_shown() -> list[MainWindow]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow) and widget.isVisible()
    ]


def _button(box, text: str):
    (button,) = [b for b in box.buttons() if b.text().replace("&", "").startswith(text)]
    return button


@pytest.fixture
def damaged_after_a_clean_day(start_app, data_dir, qtbot) -> Path:
    """A conversation left unfinished, many notes, today's good backup, and then a page in
    the middle of the notes damaged without changing the file's time: the next start today
    reads only the file's header, which is sound."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    qtbot.keyClicks(window.conversation.notes_panel.prompt_note.editor, SAID)
    window.close()  # pauses the conversation: Home offers to continue it
    app.close()
    add_notes(database_path(data_dir), BULK)
    open_data_folder(data_dir).close()  # the day's backup, checked, as a start makes it
    db_path = database_path(data_dir)
    garble_page(db_path, page_of(db_path, "note"), keep_time=True)
    return data_dir


def test_a_damaged_page_met_on_continuing_is_called_damage_and_the_backup_offered(
    start_app, damaged_after_a_clean_day, qtbot
):
    """Continue on a same-day start meets the damaged page: the person reads that the file
    is damaged (not "the disk did not answer… press Continue again"), is offered today's
    good backup, and gets their notes back from it in a new window."""
    app = start_app(damaged_after_a_clean_day)
    window = window_of(app)
    click(qtbot, window.home.resume_button)
    qtbot.waitUntil(
        lambda: app.damage.dialog is not None and app.damage.dialog.isVisible(), timeout=20_000
    )
    box = app.damage.dialog
    assert box.objectName() == "damaged"
    assert "is damaged" in box.informativeText()
    assert window.findChild(type(box), "resume_problem") is None  # no "press Continue again"
    click(qtbot, _button(box, "Restore the backup of"))
    qtbot.waitUntil(lambda: app.window is not window and app.window is not None, timeout=20_000)
    qtbot.addWidget(app.window, before_close_func=lambda _w: app.close())
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=20_000)
    assert "Your notes are back" in app.dialog.text()
    assert "damaged file is kept" in app.dialog.text()
    assert _windows_shown() == [app.window]  # the damaged file's window is gone
    click(qtbot, _button(app.dialog, "OK"))
    restored = sorted(read_notes(database_path(damaged_after_a_clean_day)).values())
    assert restored == sorted((SAID, *BULK))
    # The recovered window works: the conversation goes on from the backup.
    home = app.window.home
    qtbot.waitUntil(lambda: home.resume_button.isVisible())
    click(qtbot, home.resume_button)
    qtbot.waitUntil(lambda: app.window.current_page() is Page.CONVERSATION, timeout=10_000)


@contextmanager
def saves_meet_damage(engine):
    """Every write on `engine` fails as SQLite fails on a damaged page."""

    def malformed(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.DatabaseError("database disk image is malformed")

    event.listen(engine, "before_cursor_execute", malformed)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", malformed)


def test_damage_met_while_typing_offers_the_backup_and_hands_the_words_back(
    start_app, data_dir, qtbot
):
    """Typing when the file turns out damaged: the save line says the file is damaged, the
    damaged-file choice follows, and after the backup is restored every word typed in the
    conversation is shown to copy, the private note only when shown on purpose."""
    open_data_folder(data_dir).close()
    add_notes(database_path(data_dir), BULK[:200])
    open_data_folder(data_dir).close()  # today's good backup
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    settle(qtbot, app)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, SAID)
    settle(qtbot, app)
    click(qtbot, window.conversation.buttons[Command.NEXT])
    window.show_private_action.trigger()  # in a conversation, it asks first
    click(qtbot, _button(window.private_notes.asking, "Show them"))
    qtbot.keyClicks(notes.private_note.editor, "Keep an eye on Ben.")
    db_path = database_path(data_dir)
    garble_page(db_path, page_of(db_path, "note"), keep_time=True)
    with saves_meet_damage(app.workspace.db):
        qtbot.keyClicks(notes.prompt_note.editor, "Summer, for the light.")
        status = notes.save_status
        qtbot.waitUntil(lambda: status.state() is SaveState.NOT_SAVED, timeout=20_000)
        assert "the file of your notes is damaged" in status.text()
        qtbot.waitUntil(
            lambda: app.damage.dialog is not None and app.damage.dialog.isVisible(), timeout=20_000
        )
    box = app.damage.dialog
    assert "is damaged" in box.informativeText()
    assert "shown next, for you to copy" in box.informativeText()
    # Behind the dialog, the words stay where they were typed, still said to be not saved.
    assert notes.prompt_note.editor.toPlainText() == "Summer, for the light."
    assert status.state() is SaveState.NOT_SAVED
    click(qtbot, _button(box, "Restore the backup of"))
    qtbot.waitUntil(lambda: app.window is not window and app.window is not None, timeout=20_000)
    qtbot.addWidget(app.window, before_close_func=lambda _w: app.close())
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=20_000)
    click(qtbot, _button(app.dialog, "OK"))
    qtbot.waitUntil(
        lambda: app.damage.kept_words is not None and app.damage.kept_words.isVisible(),
        timeout=20_000,
    )
    kept = app.damage.kept_words
    words = kept.text()
    assert "What did you have for breakfast?" in words and SAID in words
    assert "Which season do you like best?\nSummer, for the light." in words
    # The new window hides private notes, as every window does until they are shown; the
    # dialog shows it on purpose (the window's menu cannot be reached behind it).
    assert "Keep an eye on Ben." not in words
    assert kept.shared_label.isVisible()
    click(qtbot, kept.show_private_button)
    assert "Keep an eye on Ben." in kept.text() and SAID in kept.text()
    assert not kept.show_private_button.isVisible()
    click(qtbot, kept.copy_button)
    assert QGuiApplication.clipboard().text() == kept.text()
    assert "Keep an eye on Ben." in QGuiApplication.clipboard().text()
    # The backup holds what it held; the damaged file is kept aside, untouched.
    assert sorted(read_notes(db_path).values()) == sorted(BULK[:200])
    assert list(data_dir.glob("belonging-damaged-*"))
