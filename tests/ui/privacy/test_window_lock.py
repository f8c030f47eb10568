"""Locking the window: Ctrl+L, the menu item and idle time hide everything; with a passphrase
only the passphrase unlocks it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from belonging.ui.accessibility import announcer
from belonging.ui.main_window import Page
from belonging.ui.privacy.window_lock import WindowLock
from support.privacy import PASSPHRASE

SECRET_NOTE = "Alex: the summer at the **bakery** taught her to love early mornings."


@pytest.fixture
def lock_for(qtbot, filled_window, jobs):
    """A function: a `WindowLock` on the filled main window (with its File ▸ Lock), showing
    a conversation, over the given notes."""

    made: list[WindowLock] = []

    def make(notes) -> WindowLock:
        filled_window.show_page(Page.CONVERSATION)
        lock = WindowLock(filled_window, notes, jobs.write, action=filled_window.lock_action)
        made.append(lock)
        return lock

    yield make
    for lock in made:
        lock.shutdown()


def _readable(window, visible_texts) -> str:
    return "\n".join(visible_texts(window))


def test_ctrl_l_hides_every_word_and_a_button_brings_them_back(
    qtbot, filled_window, lock_for, opened, visible_texts
):
    """Without a passphrase: locked, nothing of the conversation is readable (not even by a
    screen reader); Unlock restores the same page, title and all."""
    lock = lock_for(opened)
    assert "bakery" in _readable(filled_window, visible_texts)
    with qtbot.waitSignal(lock.locked):
        qtbot.keyClick(filled_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    readable = _readable(filled_window, visible_texts)
    assert "bakery" not in readable and "Alex" not in readable
    assert "Locked" in readable
    assert filled_window.windowTitle() == "Belonging (locked)"
    assert not lock.page.passphrase_field.isVisible()
    with qtbot.waitSignal(lock.unlocked):
        qtbot.mouseClick(lock.page.unlock_button, Qt.MouseButton.LeftButton)
    assert "bakery" in _readable(filled_window, visible_texts)
    assert filled_window.current_page() is Page.CONVERSATION
    assert filled_window.windowTitle() == "Belonging"


def test_with_a_passphrase_only_the_passphrase_unlocks(
    qtbot, filled_window, lock_for, protected, visible_texts
):
    """A wrong passphrase is said and the window stays locked; the right one unlocks."""
    lock = lock_for(protected)
    lock.lock_action.trigger()
    assert lock.page.passphrase_field.isVisible()
    qtbot.keyClicks(lock.page.passphrase_field, "not it")
    qtbot.mouseClick(lock.page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.page.error_label.text() != "", timeout=5_000)
    assert lock.is_locked
    assert "not the passphrase" in lock.page.error_label.text()
    assert "bakery" not in _readable(filled_window, visible_texts)
    with qtbot.waitSignal(lock.unlocked, timeout=5_000):
        qtbot.keyClicks(lock.page.passphrase_field, PASSPHRASE)
        qtbot.keyClick(lock.page.passphrase_field, Qt.Key.Key_Return)
    assert "bakery" in _readable(filled_window, visible_texts)
    assert lock.page.passphrase_field.text() == ""


def test_locking_and_a_wrong_passphrase_are_heard(qtbot, filled_window, lock_for, protected):
    """A screen reader user hears that the window locked and what to do, and that the
    passphrase typed was not the one."""
    lock = lock_for(protected)
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        qtbot.keyClick(filled_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert heard == ["Locked. Everything is hidden. Enter the passphrase to go on."]
        qtbot.keyClicks(lock.page.passphrase_field, "not it")
        qtbot.keyClick(lock.page.passphrase_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(heard) == 2, timeout=5_000)
    finally:
        announcer().announced.disconnect(heard.append)
    assert heard[1] == "That is not the passphrase. Try again."


def test_the_window_locks_itself_after_the_idle_time(qtbot, lock_for, opened):
    """No input for the chosen time locks the window; "Never" does not."""
    lock = lock_for(opened)
    lock.set_idle_minutes(0)
    assert not lock.idle.timer.isActive()
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        lock.idle.set_interval_ms(50)
    assert lock.is_locked
    assert not lock.idle.timer.isActive()  # no second lock while locked


def test_a_keystroke_starts_the_idle_count_again(qtbot, filled_window, lock_for, opened):
    """Someone typing is not idle: a key pressed with one second left restarts the count."""
    lock = lock_for(opened)
    lock.set_idle_minutes(5)
    lock.idle.timer.start(1_000)  # as if nearly five minutes had gone by
    qtbot.keyClick(filled_window.conversation, Qt.Key.Key_Shift)
    assert lock.idle.timer.remainingTime() > 60_000
    assert not lock.is_locked


def test_an_open_dialog_is_hidden_while_locked(qtbot, filled_window, lock_for, opened):
    """A dialog of the window (a follow-up being edited) disappears with the rest and comes
    back after."""
    lock = lock_for(opened)
    dialog = QDialog(filled_window)
    dialog.setWindowTitle("Follow-up: ask Alex about the bakery")
    dialog.show()
    lock.lock()
    assert not dialog.isVisible()
    lock.unlock()
    assert dialog.isVisible()
    dialog.close()


def test_the_lock_menu_item_is_named_and_keyed(lock_for, opened):
    """ "Lock" with Ctrl+L, disabled while locked (there is nothing more to hide)."""
    lock = lock_for(opened)
    assert lock.lock_action.text() == "&Lock"
    assert lock.lock_action.shortcut().toString() == "Ctrl+L"
    lock.lock()
    assert not lock.lock_action.isEnabled()
    lock.unlock()
    assert lock.lock_action.isEnabled()
