"""Going back in a conversation, in the whole app: Back with the keyboard finds the prompt
and its note as they were; Park it and Skip say what they did, with Undo; Presentation mode
shows the prompt alone and gives the page back as it was."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.ui.accessibility import announcer
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import begin_conversation, click, prompt_words, settle, window_of

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
BREAKFAST = "What did you have for breakfast?"
SEASON = "Which season do you like best?"


def _kinds(data_dir) -> list[str]:
    with sqlite3.connect(data_dir / "belonging.sqlite3") as connection:
        return [row[0] for row in connection.execute("SELECT kind FROM conversation_event")]


def test_back_with_the_keyboard_finds_the_prompt_and_its_note_intact(start_app, data_dir, qtbot):
    """A note typed on the first prompt is there after Next and Ctrl+Shift+B, and the
    second prompt's note is there again after Next."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    note = view.notes_panel.prompt_note.editor
    qtbot.keyClicks(note, "Toast and honey")
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)
    assert prompt_words(window) == SEASON and note.toPlainText() == ""
    qtbot.keyClicks(note, "Autumn, for the light")

    qtbot.keyClick(note, Qt.Key.Key_B, CTRL_SHIFT)

    assert prompt_words(window) == BREAKFAST
    assert note.toPlainText() == "Toast and honey"
    assert not view.buttons[Command.BACK].isEnabled(), "nothing comes before the opening"
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)
    assert prompt_words(window) == SEASON and note.toPlainText() == "Autumn, for the light"
    settle(qtbot, app)
    assert "went_back" in _kinds(data_dir)


def test_park_says_so_and_undo_brings_the_prompt_back(start_app, data_dir, qtbot):
    """Parking shows a calm bar naming the prompt; Alt+U (from inside a note) undoes it, and
    the prompt is not kept as parked."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    note = view.notes_panel.prompt_note.editor
    note.setFocus()
    announced = []
    announcer().announced.connect(announced.append)
    qtbot.keyClick(note, Qt.Key.Key_K, CTRL_SHIFT)

    bar = window.undo_bar
    assert prompt_words(window) == SEASON
    assert bar.isVisible() and BREAKFAST.rstrip("?") in bar.message_label.text()
    assert any(text.startswith("Parked for another time") for text in announced)
    assert any("Alt+U" in text for text in announced)
    qtbot.keyClick(note, Qt.Key.Key_U, ALT)

    # A mnemonic presses its button as a click would, a moment later.
    qtbot.waitUntil(lambda: prompt_words(window) == BREAKFAST)
    assert not bar.isVisible()
    assert app.navigator.live.engine.summary.parked_prompt_ids == ()
    assert QApplication.focusWidget() is note, "the keyboard is back in the note"
    announcer().announced.disconnect(announced.append)


def test_an_undo_offer_is_settled_by_the_next_step(start_app, data_dir, qtbot):
    """After Skip, moving on takes the offer away: Undo then undoes nothing."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    click(qtbot, view.buttons[Command.SKIP])
    assert window.undo_bar.isVisible() and "Skipped" in window.undo_bar.message_label.text()

    click(qtbot, view.buttons[Command.NEXT])

    assert not window.undo_bar.isVisible() and not window.undo_action.isEnabled()
    words = prompt_words(window)
    window.undo_action.trigger()
    assert prompt_words(window) == words


def test_presentation_mode_shows_the_prompt_alone_and_gives_the_page_back(
    start_app, data_dir, qtbot
):
    """Ctrl+Shift+P folds every note away (private notes cannot be shown meanwhile) and sets
    the prompt larger; again, the notes come back where they were."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    note = view.notes_panel.prompt_note.editor
    note.setFocus()
    qtbot.keyClicks(note, "Porridge")
    sizes = view.splitter.sizes()
    prompt = view.prompt_card.prompt_label
    normal_height = prompt.fontMetrics().height()

    qtbot.keyClick(note, Qt.Key.Key_P, CTRL_SHIFT)

    assert window.is_presenting() and view.is_presenting()
    assert not view.notes_side.isVisible()
    assert not view.notes_panel.private_note.isVisible()
    assert not window.show_private_action.isEnabled()
    assert QApplication.focusWidget() is prompt
    assert prompt.fontMetrics().height() > normal_height
    assert prompt_words(window) == BREAKFAST and prompt.isVisible()
    qtbot.keyClick(prompt, Qt.Key.Key_Return, CTRL)  # the conversation keys still work
    assert prompt_words(window) == SEASON

    qtbot.keyClick(prompt, Qt.Key.Key_P, CTRL_SHIFT)

    assert not window.is_presenting() and view.notes_side.isVisible()
    assert view.splitter.sizes() == sizes
    assert prompt.fontMetrics().height() == normal_height
    assert window.show_private_action.isEnabled()
    window.show_page(Page.HOME)
    assert not window.present_action.isEnabled()
