"""Settings ▸ Privacy: the warning comes first, the passphrase is typed twice, re-keying runs
off the UI thread with progress, and the notes really end up (un)encrypted."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt

from belonging.storage.encryption.keys import has_sqlite_header
from belonging.ui.privacy.lock_settings import read_lock_after
from belonging.ui.privacy.privacy_controller import PrivacyController
from belonging.ui.privacy.privacy_dialog import PrivacyDialog
from support.privacy import PASSPHRASE

NEW = "a sentence only we know"


@pytest.fixture
def qsettings(tmp_path):
    """Settings in an INI file of the test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, opened, jobs, qsettings, **kwargs):
    dialog = PrivacyDialog()
    qtbot.addWidget(dialog)
    controller = PrivacyController(dialog, opened, jobs, qsettings, **kwargs)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, controller


def _type_new(qtbot, dialog, first, second, choose):
    qtbot.keyClicks(dialog.new_fields.first_field, first)
    qtbot.keyClicks(dialog.new_fields.second_field, second)
    choose(dialog.understood_box)


def test_the_warning_is_on_screen_before_anything_is_typed(qtbot, opened, jobs, qsettings):
    """The user reads that a forgotten passphrase cannot be recovered, and that the notes
    would be lost, before choosing one; Set stays off until it is acknowledged."""
    dialog, _ = _dialog(qtbot, opened, jobs, qsettings)
    assert dialog.warning_label.isVisible()
    warning = dialog.warning_label.text()
    assert "cannot be recovered" in warning
    assert "lost for good" in warning
    assert dialog.set_button.isVisible() and not dialog.set_button.isEnabled()
    assert not dialog.change_button.isVisible() and not dialog.remove_button.isVisible()


def test_set_needs_the_same_passphrase_twice_and_the_box_ticked(
    qtbot, opened, jobs, qsettings, choose
):
    """A mismatch is said and Set stays off; a short one too; matching and ticked turns it on."""
    dialog, _ = _dialog(qtbot, opened, jobs, qsettings)
    qtbot.keyClicks(dialog.new_fields.first_field, NEW)
    qtbot.keyClicks(dialog.new_fields.second_field, NEW + "x")
    assert "not the same" in dialog.new_fields.problem_label.text()
    choose(dialog.understood_box)
    assert not dialog.set_button.isEnabled()
    dialog.new_fields.second_field.backspace()
    assert dialog.new_fields.problem_label.text() == ""
    assert dialog.set_button.isEnabled()
    dialog.new_fields.clear()
    qtbot.keyClicks(dialog.new_fields.first_field, "short")
    qtbot.keyClicks(dialog.new_fields.second_field, "short")
    assert "at least" in dialog.new_fields.problem_label.text()
    assert not dialog.set_button.isEnabled()


def test_setting_the_passphrase_reencrypts_off_the_ui_thread_with_progress(
    qtbot, opened, jobs, qsettings, choose
):
    """Clicking Set shows progress, runs on the database thread, and leaves every file
    encrypted; the controller hands the new engine over."""
    dialog, controller = _dialog(qtbot, opened, jobs, qsettings)
    threads: list[str] = []
    original = jobs.write
    jobs.write = lambda job, done, failed: original(
        lambda: threads.append(threading.current_thread().name) or job(), done, failed
    )
    _type_new(qtbot, dialog, NEW, NEW, choose)
    with qtbot.waitSignal(controller.rekeyed, timeout=10_000):
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        assert dialog.progress_bar.isVisible()
        assert not dialog.set_button.isEnabled()
    assert threads and threads[0].startswith("belonging-db")
    assert opened.db is opened.opened.engine
    assert opened.encrypted and opened.passphrase_matches(NEW)
    assert not has_sqlite_header(opened.opened.database)
    assert "encrypted" in dialog.message_label.text()
    assert dialog.change_button.isVisible() and not dialog.progress_bar.isVisible()
    assert dialog.new_fields.passphrase() == ""


def test_changing_with_a_wrong_current_passphrase_changes_nothing(
    qtbot, protected, jobs, qsettings, choose
):
    """The message says so; the notes keep their passphrase."""
    dialog, controller = _dialog(qtbot, protected, jobs, qsettings)
    qtbot.keyClicks(dialog.current_field, "not the right one")
    _type_new(qtbot, dialog, NEW, NEW, choose)
    with qtbot.waitSignal(controller.rekeyed, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "not right" in dialog.message_label.text()
    assert protected.passphrase_matches(PASSPHRASE)


def test_changing_and_removing_the_passphrase(qtbot, protected, jobs, qsettings, choose):
    """Change: only the new passphrase opens the notes. Remove: plain SQLite again."""
    dialog, controller = _dialog(qtbot, protected, jobs, qsettings)
    qtbot.keyClicks(dialog.current_field, PASSPHRASE)
    _type_new(qtbot, dialog, NEW, NEW, choose)
    with qtbot.waitSignal(controller.rekeyed, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert protected.passphrase_matches(NEW) and not protected.passphrase_matches(PASSPHRASE)
    qtbot.keyClicks(dialog.current_field, NEW)
    with qtbot.waitSignal(controller.rekeyed, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not protected.encrypted
    assert has_sqlite_header(protected.opened.database)
    assert dialog.set_button.isVisible()


def test_rekeying_waits_while_a_conversation_is_in_progress(qtbot, opened, jobs, qsettings, choose):
    """The reason is shown and nothing is re-encrypted."""
    reason = "Finish or pause the conversation first."
    dialog, _ = _dialog(qtbot, opened, jobs, qsettings, can_rekey=lambda: reason)
    _type_new(qtbot, dialog, NEW, NEW, choose)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == reason
    assert not opened.encrypted


def test_the_idle_lock_choice_is_remembered(qtbot, opened, jobs, qsettings):
    """Choosing "After 15 minutes" is saved and announced; the dialog shows it next time."""
    dialog, controller = _dialog(qtbot, opened, jobs, qsettings)
    with qtbot.waitSignal(controller.lock_after_changed) as chosen:
        dialog.lock_combo.setCurrentIndex(dialog.lock_combo.findData(15))
    assert chosen.args == [15]
    assert read_lock_after(qsettings) == 15
    again, _ = _dialog(qtbot, opened, jobs, qsettings)
    assert again.lock_combo.currentData() == 15


def test_every_field_is_named_as_its_label(qtbot, protected, jobs, qsettings):
    """A screen reader hears each field by its visible label."""
    dialog, _ = _dialog(qtbot, protected, jobs, qsettings)
    assert dialog.current_field.accessibleName() == "Current passphrase:"
    assert dialog.new_fields.first_field.accessibleName() == "New passphrase:"
    assert dialog.new_fields.second_field.accessibleName() == "Type it again:"
    assert dialog.lock_combo.accessibleName() == "Lock the window when unused:"
