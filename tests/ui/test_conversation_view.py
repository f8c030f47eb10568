"""The conversation page as the two people use it: buttons, notes, pause, "too much?",
shared screen, and what a screen reader hears."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.ui.accessibility import announcer
from belonging.ui.shortcuts import Command
from belonging.ui.views.conversation_view import ConversationView
from belonging.ui.widgets.save_status import SaveState

PROMPT = "What did you want to be when you were ten?"
NOTES = ("Alex wanted to be a baker.", "We both like mornings.", "Ask about the bakery later.")


@pytest.fixture
def view(qtbot):
    """A conversation page on screen, showing a prompt and three notes."""
    page = ConversationView()
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.set_level(1, 4, "Warm-up", "<p>Keep it light.</p>")
    page.show_prompt(f"<p>{PROMPT}</p>", PROMPT, "Alex", "Sam", ("What became of it?",))
    page.set_notes(*NOTES)
    with qtbot.waitExposed(page):
        page.show()
    return page


@pytest.mark.parametrize(
    ("command", "signal"),
    [
        (Command.NEXT, "next_requested"),
        (Command.SKIP, "skip_requested"),
        (Command.PARK, "park_requested"),
        (Command.WRAP_UP, "wrap_up_requested"),
        (Command.TOO_MUCH, "too_much_requested"),
        (Command.PAUSE, "pause_requested"),
    ],
)
def test_each_button_emits_its_request(view, qtbot, command, signal):
    """Clicking a button tells the controller what the user asked for."""
    with qtbot.waitSignal(getattr(view, signal), timeout=1000):
        qtbot.mouseClick(view.buttons[command], Qt.MouseButton.LeftButton)


def test_prompt_and_turn_are_shown_and_exposed_to_screen_readers(view):
    """The prompt's words are its accessible name; whose turn it is, its description."""
    label = view.prompt_card.prompt_label
    assert PROMPT in label.text()
    assert label.accessibleName() == PROMPT
    assert label.accessibleDescription() == "Alex answers first, then Sam."
    assert view.prompt_card.turn_label.text() == "Alex answers first, then Sam."


def test_a_new_prompt_is_announced(view, qtbot):
    """Changing the prompt announces whose turn it is and the prompt, without moving focus."""
    with qtbot.waitSignal(announcer().announced, timeout=1000) as blocker:
        view.show_prompt("<p>Where did you grow up?</p>", "Where did you grow up?", "Sam")
    assert blocker.args == ["Sam answers. Where did you grow up?"]


def test_a_new_level_is_announced_once(view, qtbot):
    """Entering a level is announced; setting the same level again is not."""
    heard = []
    announcer().announced.connect(heard.append)
    try:
        view.set_level(2, 4, "Turning points")
        view.set_level(2, 4, "Turning points")
    finally:
        announcer().announced.disconnect(heard.append)
    assert heard == ["Level 2 of 4 · Turning points"]


def test_too_much_takes_the_prompt_off_the_screen_at_once(view, qtbot, visible_texts):
    """The prompt leaves at once (before any controller answers), a calm line thanks them,
    and no reason is asked; Go on asks for what comes next."""
    with qtbot.waitSignal(view.too_much_requested, timeout=1000):
        qtbot.mouseClick(view.buttons[Command.TOO_MUCH], Qt.MouseButton.LeftButton)
    shown = " ".join(visible_texts(view))
    assert PROMPT not in shown
    assert "Thank you for saying so." in shown
    assert "why" not in shown.lower()
    with qtbot.waitSignal(view.step_back_finished, timeout=1000):
        qtbot.mouseClick(view.step_back_panel.go_on_button, Qt.MouseButton.LeftButton)
    view.show_prompt("<p>What job would you try for a day?</p>", "What job…", "Sam", "Alex")
    assert view.prompt_stack.currentWidget() is view.prompt_card


def test_pause_hides_the_prompt_and_every_note(view, qtbot, visible_texts):
    """Pause covers everything at once: no prompt, no note is readable; focus on Resume."""
    with qtbot.waitSignal(view.pause_requested, timeout=1000):
        qtbot.mouseClick(view.buttons[Command.PAUSE], Qt.MouseButton.LeftButton)
    shown = " ".join(visible_texts(view))
    for secret in (PROMPT, *NOTES, "Keep it light."):
        assert secret not in shown
    assert not view.notes_panel.isVisible()
    assert not view.prompt_card.isVisible()
    assert QApplication.focusWidget() is view.pause_overlay.resume_button
    view.set_paused_elapsed(125)
    assert view.pause_overlay.elapsed_label.text() == "Paused for 2 min"


def test_resume_asks_the_controller_and_brings_everything_back(view, qtbot, visible_texts):
    """Resume only asks; the words come back when the controller says so, focus where it was."""
    editor = view.notes_panel.conversation_note.editor
    editor.setFocus()
    view.show_paused()
    with qtbot.waitSignal(view.resume_requested, timeout=1000):
        qtbot.mouseClick(view.pause_overlay.resume_button, Qt.MouseButton.LeftButton)
    assert view.is_paused()
    view.show_resumed()
    assert PROMPT in " ".join(visible_texts(view))
    assert editor.hasFocus()


def test_shared_screen_hides_the_private_note_and_says_so(view, visible_texts):
    """While the screen is shared the private note is nowhere on screen, and a line says so."""
    view.set_shared_screen(True)
    shown = visible_texts(view)
    assert NOTES[2] not in " ".join(shown)
    assert "Your private note is hidden while the screen is shared." in shown
    assert NOTES[0] in " ".join(shown)
    view.set_shared_screen(False)
    assert NOTES[2] in " ".join(visible_texts(view))


def test_typing_a_note_emits_its_text_but_loading_does_not(view, qtbot):
    """Each keystroke reaches the controller (for autosave); text loaded from disk does not."""
    typed = []
    view.private_note_changed.connect(typed.append)
    view.set_notes("", "", "loaded")
    assert typed == []
    editor = view.notes_panel.private_note.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "!")
    assert typed[-1] == "loaded!"


def test_preview_renders_the_markdown(view, qtbot):
    """The preview shows the note rendered: emphasis, not asterisks."""
    note = view.notes_panel.prompt_note
    note.set_text("Alex loves **early** mornings")
    qtbot.mouseClick(note.preview_button, Qt.MouseButton.LeftButton)
    assert note.preview.isVisible() and not note.editor.isVisible()
    assert note.preview.toPlainText().strip() == "Alex loves early mornings"
    assert "font-weight:700" in note.preview.toHtml().replace(" ", "")


@pytest.mark.parametrize(
    ("state", "reason", "shown"),
    [
        (SaveState.SAVED, "", "Saved"),
        (SaveState.SAVING, "", "Saving…"),
        (
            SaveState.NOT_SAVED,
            "the disk is full",
            "Not saved yet: the disk is full — kept on screen, retrying",
        ),
    ],
)
def test_save_status_says_where_the_notes_stand(view, state, reason, shown):
    """The save line says Saved, Saving… or why not yet, calmly."""
    view.set_save_state(state, reason)
    assert view.notes_panel.save_status.text() == shown


def test_follow_up_ideas_show_on_demand(view, qtbot):
    """The "More to ask" questions stay hidden until asked for; a prompt without any has no
    button."""
    ideas = view.prompt_card.follow_ups_label
    assert not ideas.isVisible()
    qtbot.mouseClick(view.prompt_card.follow_ups_button, Qt.MouseButton.LeftButton)
    assert ideas.isVisible() and "What became of it?" in ideas.text()
    view.show_prompt("<p>Next one</p>", "Next one", "Sam", "Alex")
    assert not ideas.isVisible()
    assert not view.prompt_card.follow_ups_button.isVisible()


def test_pacing_hint_is_gentle_and_can_go(view):
    """The pacing hint is shown in the muted hint style (never an alarm) and hides when empty."""
    view.set_pacing_hint("Time to think about wrapping up.")
    assert view.pacing_hint_label.isVisible()
    assert view.pacing_hint_label.property("kind") == "hint"
    view.set_pacing_hint("")
    assert not view.pacing_hint_label.isVisible()


def test_level_time_reads_naturally(view):
    """The level's time says how long, against its plan when there is one."""
    view.set_level_time(6, 10)
    assert view.time_label.text() == "6 of about 10 min at this level"
    view.set_level_time(3)
    assert view.time_label.text() == "3 min at this level"
