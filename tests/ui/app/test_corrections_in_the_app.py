"""Correcting what was written, in the whole app, as a mentor with a dozen conversations
would: a past note fixed and marked edited, a conversation deleted and undone, one deleted
for good (its words then in no file), a pair archived and brought back; and private notes
shown while on the search page leave the person there."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from belonging.application.first_look import InstanceLock
from belonging.application.opening import open_workspace
from belonging.ui import undo_offers
from belonging.ui.main_window import Page
from support.flow import click, settle, window_of
from support.history import WEEK_WORDS, build_dozen
from support.privacy_scan import find_words

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dozen(data_dir, scripts_dir):
    """A data folder holding Sam and Alex's twelve weekly conversations."""
    workspace = open_workspace(data_dir, lock=InstanceLock(data_dir), builtin_scripts=scripts_dir)
    with workspace.session() as session:
        made = build_dozen(session, workspace.library)
        ids = [talk.id for talk in made["talks"]]
    workspace.close()
    return ids


def _button(parent, name: str) -> QAbstractButton:
    """The one button a screen reader calls `name`."""
    (button,) = [b for b in parent.findChildren(QAbstractButton) if b.accessibleName() == name]
    return button


def _open_pair(qtbot, window):
    click(qtbot, _button(window.home, "History: Alex"))
    qtbot.waitUntil(lambda: window.current_page() is Page.PAIR)
    qtbot.waitUntil(lambda: window.pair.story.total() > 0)


def _open_conversation_of_week(qtbot, window, week: int) -> None:
    """Opens a conversation from the pair page's story with the keyboard (newest first)."""
    story = window.pair.story
    button = story.open_button(story.entries()[12 - week].conversation_id)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() is Page.HISTORY)


def _answer(qtbot, window, name: str, choice: str) -> None:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None)
    box = window.findChild(QMessageBox, name)
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == choice]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box.setObjectName("")  # answered; a later question is found afresh


def _rows(data_dir, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(data_dir / "belonging.sqlite3") as connection:
        return connection.execute(sql, args).fetchall()


def test_a_typo_in_last_months_note_is_fixed_and_marked_edited(start_app, data_dir, dozen, qtbot):
    """From the pair page a past note is edited with the keyboard; the record says
    "edited", with when, and the database keeps the new words."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_pair(qtbot, window)
    _open_conversation_of_week(qtbot, window, 9)
    history = window.history
    (note_id,) = [
        n for n in history.note_ids_shown() if "Week 9" in history.note_widget(n).note.text
    ]
    note = history.note_widget(note_id)
    click(qtbot, note.edit_button)
    assert note.editor.hasFocus()
    qtbot.keyClick(note.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(note.editor, " And about tides.")
    qtbot.keyClick(note.editor, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: "edited" in note.tags_label.text())
    assert not note.is_editing() and note.tags_label.isVisible()
    assert note.text_label.accessibleName().endswith("And about tides.")
    settle(qtbot, app)
    ((text, edited),) = _rows(data_dir, "SELECT text, edited_at FROM note WHERE id = ?", note_id)
    assert text.endswith("And about tides.") and edited is not None


def test_a_conversation_deleted_by_mistake_comes_back_with_undo(start_app, data_dir, dozen, qtbot):
    """Deleting asks first, leaves for the pair page with eleven conversations and a bar
    offering Undo; Undo brings the conversation back, every note with it."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_pair(qtbot, window)
    _open_conversation_of_week(qtbot, window, 12)
    notes_before = _rows(data_dir, "SELECT id, text FROM note ORDER BY id")
    click(qtbot, window.history.delete_button)
    _answer(qtbot, window, "delete_conversation", "Delete it")

    qtbot.waitUntil(lambda: window.current_page() is Page.PAIR)
    qtbot.waitUntil(lambda: window.pair.story.total() == 11)
    bar = window.undo_bar
    assert bar.isVisible() and "Deleted the conversation of" in bar.message_label.text()
    spoken = QAccessible.queryAccessibleInterface(bar.undo_button).text(QAccessible.Text.Name)
    assert spoken == "Undo"
    settle(qtbot, app)
    assert len(_rows(data_dir, "SELECT id FROM note")) == len(notes_before) - 2

    click(qtbot, bar.undo_button)

    qtbot.waitUntil(lambda: window.pair.story.total() == 12)
    assert not bar.isVisible()
    settle(qtbot, app)
    assert _rows(data_dir, "SELECT id, text FROM note ORDER BY id") == notes_before


def test_a_deletion_left_to_stand_leaves_its_words_in_no_file(
    start_app, data_dir, dozen, qtbot, monkeypatch
):
    """Once the moment to undo has passed, the conversation's rows are gone and its words
    are nowhere in the data folder's files (backups made before it aside)."""
    monkeypatch.setattr(undo_offers, "UNDO_SECONDS", 0.5)
    app = start_app(data_dir)
    window = window_of(app)
    _open_pair(qtbot, window)
    _open_conversation_of_week(qtbot, window, 5)
    gone = dozen[4]
    word = WEEK_WORDS[4]
    assert find_words(data_dir, [word])
    click(qtbot, window.history.delete_button)
    _answer(qtbot, window, "delete_conversation", "Delete it")
    qtbot.waitUntil(lambda: window.undo_bar.isVisible())

    qtbot.waitUntil(lambda: not window.undo_bar.isVisible(), timeout=5000)
    settle(qtbot, app)

    for table in ("conversation", "note", "conversation_event", "shown_prompt", "check_in"):
        column = "id" if table == "conversation" else "conversation_id"
        assert _rows(data_dir, f"SELECT * FROM {table} WHERE {column} = ?", gone) == []
    assert _rows(data_dir, "SELECT text FROM follow_up WHERE text = 'Task 5'") == []
    # Only today's backup, made at start before the deletion, still holds it (as the README
    # says: until it ages out).
    assert [name.split("/")[0] for name in find_words(data_dir, [word])] == ["backups"]
    assert find_words(data_dir, [WEEK_WORDS[5]]), "the other conversations are all there"


def test_an_archived_pair_leaves_home_and_is_brought_back(start_app, data_dir, dozen, qtbot):
    """Archiving leaves Home with nobody on it and says where to find the pair; File ▸
    Archived pairs lists it, and Bring back puts it on Home again."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_pair(qtbot, window)
    click(qtbot, window.pair.put_away.archive_button)

    qtbot.waitUntil(lambda: window.current_page() is Page.HOME and app.navigator.home.loaded)
    qtbot.waitUntil(lambda: not _has(window.home, "History: Alex"))
    assert "Archived pairs" in window.undo_bar.message_label.text()

    window.archived_action.trigger()
    dialog = app.navigator.archived.dialog
    qtbot.waitUntil(lambda: _has(dialog, "Bring back: Sam and Alex"))
    click(qtbot, _button(dialog, "Bring back: Sam and Alex"))

    qtbot.waitUntil(lambda: _has(window.home, "History: Alex"))
    qtbot.waitUntil(lambda: not _has(dialog, "Bring back: Sam and Alex"))
    assert _rows(data_dir, "SELECT archived_at FROM pair") == [(None,)]


def test_showing_private_notes_on_the_search_page_stays_on_it(start_app, data_dir, dozen, qtbot):
    """A past conversation read while the screen was shared is read again with its private
    notes when they are shown, but from the search page the person is not taken to it."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_pair(qtbot, window)
    _open_conversation_of_week(qtbot, window, 9)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_page() is Page.SEARCH
    shift_ctrl = CTRL | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(app.navigator.history.opened, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_H, shift_ctrl)
    assert not window.is_shared_screen()
    settle(qtbot, app)
    assert window.current_page() is Page.SEARCH
    assert window.search.query_edit.hasFocus()


def _has(parent, name: str) -> bool:
    return any(b.accessibleName() == name for b in parent.findChildren(QAbstractButton))
