"""Quitting in the middle loses nothing: notes typed a moment ago, the prompt on screen, and
an offer to continue at the next start."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from belonging.core.conversation_events import EventKind
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.models import Visibility
from belonging.storage.repositories import notes_for_conversation
from belonging.storage.repositories.unfinished import unfinished_conversations
from belonging.ui.main_window import Page
from belonging.ui.widgets.save_status import SaveState
from support.flow import begin_conversation, click, prompt_words, settle, window_of

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored_notes(data_dir) -> dict[str | None, str]:
    """The notes of the one conversation, read with a fresh engine on the file."""
    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (unfinished,) = unfinished_conversations(session=session)
            notes = notes_for_conversation(
                session=session, conversation_id=unfinished.conversation_id, include_private=True
            )
            return {
                (
                    note.prompt_id if note.visibility == Visibility.SHARED.value else "private"
                ): note.text
                for note in notes
            }
    finally:
        engine.dispose()


def test_a_note_is_on_disk_once_typing_pauses(start_app, data_dir, qtbot):
    """After the debounce, what was typed is in the database file, read by a new engine,
    while the app is still running (nothing closed, nothing flushed by hand)."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "Sam: porridge.")
    assert notes.save_status.state() is SaveState.SAVING
    qtbot.waitUntil(lambda: notes.save_status.state() is SaveState.SAVED)
    assert notes.save_status.text() == "Saved"
    prompt_id = app.navigator.live.engine.current_prompt.id
    assert _stored_notes(data_dir) == {prompt_id: "Sam: porridge."}


def test_quitting_mid_conversation_then_continuing_finds_the_same_prompt_and_notes(
    start_app, data_dir, qtbot, clock, shooter
):
    """Close the window seconds after typing; start again, accept "Continue": the same
    prompt, the same notes (per prompt too), and the time away counted as a pause."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "Sam: porridge.")
    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_Return, CTRL)
    second = prompt_words(window)
    assert second == "Which season do you like best?"
    qtbot.keyClicks(notes.prompt_note.editor, "Alex: autumn")
    qtbot.keyClicks(notes.conversation_note.editor, "Mornings matter to us.")
    window.close()  # no waiting: closing saves what the debounce has not yet written
    assert app.jobs.busy is False

    clock.advance(2 * 60 * 60)
    again = start_app(data_dir)
    window = window_of(again)
    home = window.home
    assert home.resume_banner.isVisible()
    assert "Continue where you left off: A test walk with Alex" in home.resume_title_label.text()
    assert "level 1 of 3" in home.resume_detail_label.text()
    shooter.shoot(window, "15-home-continue")
    shooter.keep()
    click(qtbot, home.resume_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CONVERSATION)
    assert prompt_words(window) == second
    notes = window.conversation.notes_panel
    assert notes.prompt_note.text() == "Alex: autumn"
    assert notes.conversation_note.text() == "Mornings matter to us."

    engine = again.navigator.live.engine
    assert engine.pacing.paused_seconds == 2 * 60 * 60
    kinds = [event.kind for event in engine.events]
    assert kinds[-2:] == [EventKind.PAUSED, EventKind.RESUMED]
    qtbot.keyClicks(notes.prompt_note.editor, ", and spring")
    qtbot.waitUntil(lambda: notes.save_status.state() is SaveState.SAVED)
    stored = _stored_notes(data_dir)
    assert stored[engine.current_prompt.id] == "Alex: autumn, and spring"
    assert "Sam: porridge." in stored.values()


def test_after_a_crash_the_time_away_is_not_counted_as_talking(
    start_app, data_dir, tmp_path, qtbot, clock
):
    """The app dies mid-prompt (the data folder is copied as it is on disk then, as a power
    cut would leave it); three hours later the pair continue: the three hours and the
    minutes since the last step count as paused, and what was typed is there."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    clock.advance(5 * 60)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "Sam: porridge.")
    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_Return, CTRL)  # the last step
    clock.advance(2 * 60)
    qtbot.keyClicks(notes.prompt_note.editor, "Alex: autumn")
    settle(qtbot, app)
    crashed = tmp_path / "as-the-crash-left-it"
    shutil.copytree(data_dir, crashed)

    clock.advance(3 * 60 * 60)
    again = start_app(crashed)
    window = window_of(again)
    click(qtbot, window.home.resume_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CONVERSATION)
    assert window.conversation.notes_panel.prompt_note.text() == "Alex: autumn"
    pacing = again.navigator.live.engine.pacing
    assert pacing.paused_seconds == 3 * 60 * 60 + 2 * 60
    assert pacing.talking_seconds == 5 * 60
