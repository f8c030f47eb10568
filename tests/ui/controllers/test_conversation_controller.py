"""The conversation page driven by keys and buttons: every command's key works from inside
a note, buttons follow what the engine allows, Deeper? can be declined, pacing stays gentle."""

from __future__ import annotations

from flow_support import begin_conversation, click, prompt_words, settle, window_of
from PySide6.QtCore import Qt

from belonging.core.engine import DEFAULT_CLOSING_TEXT, ConversationState
from belonging.ui.controllers import conversation_presenter
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def test_every_command_key_works_while_typing_a_note(start_app, data_dir, qtbot):
    """F5 pauses and resumes, F8 is "too much?", Ctrl+Shift+S skips, Ctrl+Shift+K parks and
    Ctrl+Shift+W wraps up, all with the focus in a note editor."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    editor = view.notes_panel.conversation_note.editor
    engine = app.flow.active.engine

    qtbot.keyClick(editor, Qt.Key.Key_F5, NONE)
    assert view.is_paused() and engine.state is ConversationState.PAUSED
    assert not view.buttons[Command.NEXT].isEnabled()
    qtbot.keyClick(view.pause_overlay.resume_button, Qt.Key.Key_F5, NONE)
    assert not view.is_paused() and engine.state is ConversationState.PROMPT
    assert prompt_words(window) == "What did you have for breakfast?"

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL_SHIFT)
    assert prompt_words(window) == "Which season do you like best?"
    qtbot.keyClick(editor, Qt.Key.Key_F8, NONE)
    assert view.prompt_stack.currentWidget() is view.step_back_panel
    click(qtbot, view.step_back_panel.go_on_button)
    assert prompt_words(window) == "What is on your desk right now?"
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL_SHIFT)
    # Level 1 has nothing left after stepping back: the engine goes to the wrap-up.
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    summary = engine.summary
    assert (summary.prompts_skipped, summary.prompts_too_much, summary.prompts_parked) == (1, 1, 1)


def test_wrap_up_key_leaves_the_prompt_for_the_wrap_up(start_app, data_dir, qtbot):
    """Ctrl+Shift+W from a note goes to the wrap-up page with the closing prompt."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    qtbot.keyClick(window.conversation.notes_panel.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    assert window.current_page() is Page.WRAP_UP
    assert window.wrap_up.closing_label.accessibleName() == "What will you remember from today?"
    settle(qtbot, app)


def test_staying_at_this_depth_keeps_to_lighter_prompts(start_app, data_dir, qtbot):
    """Declining to go deeper shows the rest of this level, then the wrap-up, and the
    buttons stay in step with what the engine allows."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    for _ in range(2):
        click(qtbot, view.buttons[Command.NEXT])
    assert window.current_page() is Page.DEEPER
    click(qtbot, window.deeper.first_ready_button)  # one is ready; the other need not be
    click(qtbot, window.deeper.stay_button)
    assert window.current_page() is Page.CONVERSATION
    assert prompt_words(window) == "What is on your desk right now?"
    assert view.level_label.text().startswith("Level 1 of 3")
    assert all(view.buttons[c].isEnabled() for c in (Command.NEXT, Command.SKIP, Command.PARK))
    click(qtbot, view.buttons[Command.NEXT])
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    assert app.flow.active.engine.summary.depth_reached == 1


def test_wrap_up_can_be_chosen_at_deeper(start_app, data_dir, qtbot):
    """Deeper? offers the wrap-up as calmly as going on."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    for _ in range(2):
        click(qtbot, window.conversation.buttons[Command.NEXT])
    click(qtbot, window.deeper.wrap_up_button)
    assert window.current_page() is Page.WRAP_UP


def test_the_pacing_hint_suggests_wrapping_up_near_the_planned_end(
    start_app, data_dir, qtbot, clock
):
    """Near the planned length the hint suggests wrapping up, in words, with no alarm."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    assert not view.pacing_hint_label.isVisible()
    clock.advance(28 * 60)
    qtbot.waitUntil(lambda: view.pacing_hint_label.isVisible(), timeout=3000)
    assert "wrap up" in view.pacing_hint_label.text()
    assert view.time_label.text() == "28 of about 8 min at this level"


def test_the_default_closing_prompt_is_marked_for_translation_in_the_same_words():
    """The UI's translatable copy of the engine's default closing prompt never drifts."""
    assert conversation_presenter._DEFAULT_CLOSING == DEFAULT_CLOSING_TEXT
