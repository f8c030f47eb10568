"""Privacy at rest through the window: a passphrase set in File ▸ Privacy keeps every word
typed afterwards (and before) out of every file of the data folder; the app asks for it at
start; File ▸ Lock hides the conversation and pauses it."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt

from belonging.storage.database import database_path
from belonging.storage.encryption.keys import has_sqlite_header
from belonging.storage.files.file_modes import use_private_umask
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import answer_wrap_up_now, begin_conversation, click, settle, window_of
from support.privacy_scan import find_words

PASSPHRASE = "the lighthouse keeper's daughter"
#: A word of the test script's first prompt, kept with each conversation as shown.
PROMPT_WORD = "breakfast"


def _words(tag: str) -> dict[str, str]:
    """Made-up words, one for every place a person types something."""
    return {
        "owner": f"Zorbatrix{tag}",
        "partner": f"Quillameen{tag}",
        "prompt note": f"Plumbusfrond{tag}",
        "conversation note": f"Snorklewhistle{tag}",
        "private note": f"Glimmerquoth{tag}",
        "follow-up": f"Wobbleferret{tag}",
        "summary": f"Cragsplendour{tag}",
    }


BEFORE, AFTER = _words("Ante"), _words("Post")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _quick_keys_and_private_files(quick_keys):
    """Quick keys, and the umask `run_app` sets, so the files Qt writes are checked as the
    app leaves them."""
    previous = use_private_umask()
    yield
    os.umask(previous)


def _set_passphrase(qtbot, app, passphrase: str = PASSPHRASE) -> None:
    """File ▸ Privacy, the passphrase twice, the box ticked, Set, and wait for it."""
    window = window_of(app)
    window.privacy_action.trigger()
    dialog = app.privacy.view
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.new_fields.first_field, passphrase)
    qtbot.keyClicks(dialog.new_fields.second_field, passphrase)
    click(qtbot, dialog.understood_box)
    with qtbot.waitSignal(app.privacy.rekeyed, timeout=20_000):
        click(qtbot, dialog.set_button)
    assert "encrypted" in dialog.message_label.text()
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _hold_a_conversation(qtbot, app, typed: dict[str, str]) -> None:
    """Two people named, every kind of note typed, a follow-up, a summary, finished."""
    window = window_of(app)
    begin_conversation(qtbot, window, owner=typed["owner"], partner=typed["partner"])
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, f"Sam told of {typed['prompt note']}.")
    qtbot.keyClicks(notes.conversation_note.editor, f"We both {typed['conversation note']}.")
    window.set_shared_screen(False)
    qtbot.keyClicks(notes.private_note.editor, f"Privately: {typed['private note']}.")
    click(qtbot, window.conversation.buttons[Command.WRAP_UP])
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    wrap_up = window.wrap_up
    editor = wrap_up.follow_up_editor
    qtbot.keyClicks(editor.text_edit, f"Send {typed['follow-up']} to Alex")
    click(qtbot, editor.add_button)
    qtbot.keyClicks(wrap_up.summary_editor.editor, f"A talk about {typed['summary']}.")
    bar = wrap_up.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    click(qtbot, wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    settle(qtbot, app)


def _all_words() -> list[str]:
    return [PROMPT_WORD, *BEFORE.values(), *AFTER.values()]


def test_with_a_passphrase_no_typed_word_reaches_any_file(start_app, data_dir, qtbot):
    """A conversation, then a passphrase set in the settings, then another conversation, the
    app closed: no name, note, follow-up, summary or prompt of either is in any byte of the
    database, its log, its backups, the settings or the lock file; every file is private."""
    app = start_app(data_dir)
    _hold_a_conversation(qtbot, app, BEFORE)
    _set_passphrase(qtbot, app)
    _hold_a_conversation(qtbot, app, AFTER)
    window_of(app).close()
    assert (data_dir / "settings.ini").is_file()
    assert not has_sqlite_header(database_path(data_dir))
    assert find_words(data_dir, _all_words()) == {}
    for path in [data_dir, *data_dir.rglob("*")]:
        wanted = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == wanted, path


def test_without_a_passphrase_the_same_scan_finds_the_words(start_app, data_dir, qtbot):
    """The scan above can fail: without a passphrase it finds every word in the database."""
    app = start_app(data_dir)
    _hold_a_conversation(qtbot, app, BEFORE)
    _hold_a_conversation(qtbot, app, AFTER)
    window_of(app).close()
    hits = find_words(data_dir, _all_words())
    assert {word for found in hits.values() for word in found} == set(_all_words())


def test_the_app_asks_for_the_passphrase_at_start(start_app, data_dir, qtbot):
    """Encrypted notes: a prompt first; a wrong passphrase is said, the right one opens the
    window with the notes."""
    first = start_app(data_dir)
    _set_passphrase(qtbot, first)
    window_of(first).close()
    first.close()
    app = start_app(data_dir, wait=False)
    qtbot.waitUntil(lambda: app.unlock is not None and app.unlock.prompt.isVisible())
    prompt = app.unlock.prompt
    qtbot.keyClicks(prompt.passphrase_field, "not our words")
    click(qtbot, prompt.open_button)
    qtbot.waitUntil(lambda: "does not open" in prompt.error_label.text(), timeout=10_000)
    assert app.window is None
    qtbot.keyClicks(prompt.passphrase_field, PASSPHRASE)
    qtbot.keyClick(prompt.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: app.navigator is not None and app.navigator.home.loaded)
    assert not prompt.isVisible()


def test_lock_hides_the_conversation_and_pauses_it(start_app, data_dir, qtbot):
    """Ctrl+L from inside a note: nothing of the conversation is on screen, its clock stops;
    after unlocking, it waits paused for the pair to resume."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "Said in confidence")
    with qtbot.waitSignal(app.lock.locked):
        qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_L, CTRL)
    assert not window.conversation.isVisible()
    assert window.conversation.is_paused()
    click(qtbot, app.lock.page.unlock_button)
    assert window.current_page() is Page.CONVERSATION
    assert window.conversation.is_paused()
    click(qtbot, window.conversation.pause_overlay.resume_button)
    assert notes.prompt_note.text() == "Said in confidence"
    assert window.conversation.buttons[Command.NEXT].isEnabled()


def test_rekeying_waits_for_the_conversation_in_progress(start_app, data_dir, qtbot):
    """During a conversation the settings explain why the passphrase cannot change yet."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    window.privacy_action.trigger()
    dialog = app.privacy.view
    qtbot.keyClicks(dialog.new_fields.first_field, PASSPHRASE)
    qtbot.keyClicks(dialog.new_fields.second_field, PASSPHRASE)
    click(qtbot, dialog.understood_box)
    click(qtbot, dialog.set_button)
    assert "conversation in progress" in dialog.message_label.text()
    assert has_sqlite_header(database_path(data_dir))
    dialog.close()
