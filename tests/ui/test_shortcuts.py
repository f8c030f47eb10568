"""Keyboard shortcuts: one table, no clash with editing keys, and every conversation key
working while the cursor is in a note."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from belonging.ui.main_window import Page
from belonging.ui.shortcuts import CONVERSATION_COMMANDS, SHORTCUTS, Command, spec

_SIGNALS = {
    Command.NEXT: "next_requested",
    Command.SKIP: "skip_requested",
    Command.TOO_MUCH: "too_much_requested",
    Command.PARK: "park_requested",
    Command.WRAP_UP: "wrap_up_requested",
    Command.PAUSE: "pause_requested",
}


_EDITING_KEYS = {
    "Copy", "Cut", "Paste", "Undo", "Redo", "Backspace", "InsertParagraphSeparator",
    "InsertLineSeparator", "Bold", "Italic", "Underline", "Find", "FindNext", "FindPrevious",
    "Replace", "Deselect", "Cancel", "NextChild", "PreviousChild",
}  # fmt: skip


def _editing_bindings() -> dict[str, str]:
    """The keys a text editor or the window's focus chain uses on this platform, by name."""
    bindings = {}
    for key in QKeySequence.StandardKey:
        name = key.name
        if name not in _EDITING_KEYS and not name.startswith(("Move", "Select", "Delete")):
            continue
        for sequence in QKeySequence.keyBindings(key):
            bindings[sequence.toString()] = name
    return bindings


def _press(widget, sequence: str) -> None:
    """Types `sequence` (e.g. "Ctrl+Shift+K") into `widget`, as the keyboard would."""
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


@pytest.fixture
def conversation(filled_window, qtbot):
    """The conversation page, on screen in the active window, the cursor in a note."""
    filled_window.show_page(Page.CONVERSATION)
    filled_window.set_shared_screen(False)
    with qtbot.waitActive(filled_window):
        filled_window.activateWindow()
    editor = filled_window.conversation.notes_panel.prompt_note.editor
    editor.setFocus()
    assert QApplication.focusWidget() is editor
    return filled_window.conversation


def test_no_shortcut_is_an_editing_key(qapp):
    """No key in the table is an editing key (copy, undo, select all…) on this platform."""
    standard = _editing_bindings()
    clashes = [
        f"{row.command}: {key} is {standard[QKeySequence(key).toString()]}"
        for row in SHORTCUTS
        # Quit, Search and Undo use the platform's own Quit, Find and Undo keys, on purpose
        # (in a note Undo undoes typing; the Undo bar's Alt+letter works there too).
        if row.command not in (Command.QUIT, Command.SEARCH, Command.UNDO)
        for key in row.keys
        if QKeySequence(key).toString() in standard
    ]
    assert clashes == []


def test_no_two_commands_share_a_key(qapp):
    """Each key sequence does one thing."""
    keys = [QKeySequence(key).toString() for row in SHORTCUTS for key in row.keys]
    assert len(keys) == len(set(keys))


def test_every_conversation_key_carries_ctrl_or_is_a_function_key(qapp):
    """Plain letters and Return are for typing notes; conversation keys never take them."""
    for command in CONVERSATION_COMMANDS:
        for key in spec(command).keys:
            combination = QKeySequence(key)[0]
            is_function_key = Qt.Key.Key_F1 <= combination.key() <= Qt.Key.Key_F35
            has_ctrl = bool(combination.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            assert is_function_key or has_ctrl, f"{command}: {key}"


def test_tooltips_name_the_key(conversation):
    """A button's tooltip says its key, e.g. "Next (Ctrl+Return)"."""
    assert conversation.buttons[Command.NEXT].toolTip() == "Next (Ctrl+Return)"
    assert conversation.buttons[Command.PARK].toolTip() == "Park it (Ctrl+Shift+K)"


@pytest.mark.parametrize(
    ("command", "key"),
    [(command, key) for command in _SIGNALS for key in spec(command).keys],
)
def test_conversation_keys_fire_from_inside_a_note(conversation, qtbot, command, key):
    """Each conversation key emits its signal while the cursor is in a note editor."""
    editor = QApplication.focusWidget()
    with qtbot.waitSignal(getattr(conversation, _SIGNALS[command]), timeout=1000):
        _press(editor, key)


def test_next_key_does_not_type_into_the_note(conversation, qtbot):
    """Ctrl+Return moves on without adding a line break to the note being typed."""
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, " And the dog.")
    before = editor.toPlainText()
    with qtbot.waitSignal(conversation.next_requested, timeout=1000):
        _press(editor, "Ctrl+Return")
    assert editor.toPlainText() == before


def test_while_paused_only_the_pause_key_works(conversation, qtbot):
    """During a pause the other keys are silent, and the pause key asks to resume."""
    editor = QApplication.focusWidget()
    _press(editor, "Ctrl+P")
    assert conversation.is_paused()
    fired = []
    conversation.next_requested.connect(lambda: fired.append("next"))
    focused = QApplication.focusWidget()
    assert focused is conversation.pause_overlay.resume_button
    _press(focused, "Ctrl+Return")
    assert fired == []
    with qtbot.waitSignal(conversation.resume_requested, timeout=1000):
        _press(focused, "F5")


def test_a_disabled_command_ignores_its_key(conversation):
    """set_actions_enabled turns off the key along with the button."""
    conversation.set_actions_enabled({Command.PARK: False})
    fired = []
    conversation.park_requested.connect(lambda: fired.append("park"))
    _press(QApplication.focusWidget(), "Ctrl+Shift+K")
    assert fired == []
    assert not conversation.buttons[Command.PARK].isEnabled()


def test_follow_up_key_shows_the_ideas(conversation):
    """Ctrl+Shift+F shows "More to ask", and again hides it."""
    ideas = conversation.prompt_card.follow_ups_label
    _press(QApplication.focusWidget(), "Ctrl+Shift+F")
    assert ideas.isVisible() and ideas.text()
    _press(QApplication.focusWidget(), "Ctrl+Shift+F")
    assert not ideas.isVisible()


def test_window_keys_work_from_inside_a_note(conversation, filled_window, qapp):
    """Larger text, normal text and Shared screen keys work while typing a note."""
    editor = QApplication.focusWidget()
    normal = qapp.font().pointSizeF()
    _press(editor, "Ctrl++")
    assert filled_window.larger_text_action.isChecked()
    assert qapp.font().pointSizeF() > normal
    _press(editor, "Ctrl++")  # pressing again keeps it larger rather than toggling back
    assert filled_window.larger_text_action.isChecked()
    _press(editor, "Ctrl+-")
    assert not filled_window.larger_text_action.isChecked()
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    _press(editor, "Ctrl+Shift+H")
    assert filled_window.is_shared_screen()
