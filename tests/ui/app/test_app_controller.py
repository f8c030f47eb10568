"""Starting the app: every storage error becomes a clear dialog (never a traceback), a
damaged database can be swapped for its newest backup, and bad scripts are shown gently."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from belonging.paths import user_scripts_dir
from belonging.storage.database import database_path
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.ui.main_window import Page
from support.durability import crash_after_saving, garble_log_frame, read_notes, seed_database
from support.flow import begin_conversation, click, window_of


def _dialog(qtbot, app) -> QMessageBox:
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
    return app.dialog


def _button(box: QMessageBox, starts_with: str):
    (button,) = [b for b in box.buttons() if b.text().startswith(starts_with)]
    return button


def test_a_second_copy_on_the_same_folder_explains_and_quits(start_app, data_dir, qtbot):
    """With the folder locked by another instance, the start says so plainly and ends
    with exit code 1 without opening any window."""
    with InstanceLock(data_dir):
        app = start_app(data_dir, wait=False)
        box = _dialog(qtbot, app)
        assert "already open" in box.text()
        assert "Traceback" not in box.text()
        click(qtbot, _button(box, "Quit"))
        qtbot.waitUntil(lambda: app.exit_code == 1)
    assert app.window is None


def test_an_unusable_data_folder_explains_and_quits(start_app, tmp_path, qtbot):
    """A data folder that cannot be made (a file is in its place) is explained, not raised."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    app = start_app(blocked, wait=False)
    box = _dialog(qtbot, app)
    assert str(blocked) in box.text()
    assert "Nothing has been lost or deleted" in box.text()
    click(qtbot, _button(box, "Quit"))
    qtbot.waitUntil(lambda: app.exit_code == 1)


def test_a_damaged_database_can_be_replaced_by_its_newest_backup(start_app, data_dir, qtbot):
    """The damaged file is kept aside untouched; choosing the newest backup brings back
    the pair that was in it, and the window opens on it."""
    first = start_app(data_dir)
    begin_conversation(qtbot, window_of(first))
    window_of(first).close()
    second = start_app(data_dir)  # this start makes today's backup
    window_of(second).close()
    db_file = database_path(data_dir)
    damaged_bytes = b"\x00garbage, not SQLite at all" * 100
    db_file.write_bytes(damaged_bytes)
    for sidecar in data_dir.glob(db_file.name + "-*"):
        sidecar.unlink()

    third = start_app(data_dir, wait=False)
    box = _dialog(qtbot, third)
    assert "Nothing has been deleted" in box.informativeText()
    assert _button(box, "Start with no notes")
    click(qtbot, _button(box, "Restore the backup of"))
    qtbot.waitUntil(lambda: third.window is not None, timeout=10_000)
    qtbot.addWidget(third.window)
    qtbot.waitUntil(lambda: third.navigator.home.loaded)
    assert "Your notes are back" in third.dialog.text()
    kept = [p for p in data_dir.iterdir() if "damaged" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged_bytes]
    click(qtbot, _button(third.dialog, "OK"))
    window = window_of(third)
    assert window.current_page() is Page.HOME
    assert window.setup is not None
    qtbot.waitUntil(lambda: {"Sam's one-on-ones", "Alex"} <= set(_home_texts(window)))


def test_a_log_garbled_after_a_crash_is_kept_aside_and_said(start_app, data_dir, qtbot):
    """After a crash whose log of the last saves was damaged, the window says the last words
    may be missing and where the log is kept; the log kept is the damaged one, byte for
    byte, and the saves before the damage are there."""
    db_file = database_path(data_dir)
    seed_database(db_file, texts=())
    texts = tuple(f"note {index}: " + "the words of a conversation " * 30 for index in range(40))
    crash_after_saving(db_file, texts)
    garbled = garble_log_frame(db_file.with_name(db_file.name + "-wal"))
    app = start_app(data_dir)
    box = _dialog(qtbot, app)
    assert "its record of the last changes was damaged" in box.text()
    (kept,) = data_dir.glob("belonging-damaged-log-*")
    assert str(kept) in box.text() and kept.read_bytes() == garbled
    assert 0 < len(read_notes(db_file)) < len(texts)
    click(qtbot, _button(box, "OK"))
    window_of(app).close()
    again = start_app(data_dir)
    assert again.dialog is None  # said once


def _home_texts(window) -> list[str]:
    return [label.text() for label in window.home.findChildren(type(window.home.title_label))]


def test_script_problems_are_shown_on_home_and_the_rest_works(start_app, data_dir, qtbot):
    """A user script with no levels and one reusing a built-in id are named on Home; the
    library still offers the good script."""
    scripts = user_scripts_dir(data_dir)
    scripts.mkdir(parents=True)
    (scripts / "empty.md").write_text("# Nothing here\n\nNo levels at all.\n", encoding="utf-8")
    (scripts / "twin.md").write_text(
        "---\nid: test-walk\ntitle: Twin\n---\n\n## One\n\n- A prompt?\n", encoding="utf-8"
    )
    app = start_app(data_dir)
    home = window_of(app).home
    assert home.problems_label.isVisible()
    problems = home.problems_label.text()
    assert "empty.md" in problems and "twin.md" in problems
    assert "test-walk" in problems
    assert [s.id for s in app.workspace.library.scripts] == ["test-walk"]


def test_run_app_opens_the_real_window_and_closes_cleanly(qapp, data_dir, theme, qtbot):
    """`belonging --data-dir DIR` as the command runs it: the window opens on Home over the
    folder's database, and closing it ends the event loop with exit code 0."""
    from PySide6.QtCore import QTimer

    from belonging.ui.app import run_app
    from belonging.ui.main_window import MainWindow

    seen: list[Page] = []

    def look() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.current_page())
                widget.close()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    QTimer.singleShot(20_000, qapp.quit)  # a safety net: the test fails below, never hangs
    assert run_app(str(data_dir), []) == 0
    assert seen == [Page.HOME]
    assert database_path(data_dir).is_file()


# Storage that cannot simply open --------------------------------------------------------------


def _type_passphrase(qtbot, app, passphrase: str) -> None:
    qtbot.waitUntil(
        lambda: app.unlock is not None and app.unlock.prompt.isVisible(), timeout=10_000
    )
    qtbot.keyClicks(app.unlock.prompt.passphrase_field, passphrase)
    click(qtbot, app.unlock.prompt.open_button)


def _encrypted_folder(folder, passphrase: str) -> None:
    """Encrypted notes with one person, opened yesterday and today: two encrypted backups."""
    from datetime import date, timedelta

    from belonging.storage.database import session_scope
    from belonging.storage.opening.startup import open_data_folder
    from belonging.storage.repositories import add_person

    today = date.today()
    opened = open_data_folder(folder, today=today - timedelta(days=1), passphrase=passphrase)
    with session_scope(opened.engine) as session:
        add_person(session=session, name="Marguerite")
    opened.close()
    open_data_folder(folder, today=today, passphrase=passphrase).close()


def test_a_cut_encrypted_database_asks_the_passphrase_then_offers_the_backup(
    start_app, tmp_path, qtbot, quick_keys
):
    """An encrypted file cut short (not whole pages) is asked its passphrase, then the
    damaged-file choice offers the newest encrypted backup, which brings the notes back."""
    folder = tmp_path / "data"
    _encrypted_folder(folder, "the lighthouse at dawn")
    db_file = database_path(folder)
    db_file.write_bytes(db_file.read_bytes()[:5000])
    app = start_app(folder, wait=False)
    _type_passphrase(qtbot, app, "the lighthouse at dawn")
    box = _dialog(qtbot, app)
    assert box.objectName() == "damaged"
    assert "There is no good backup" not in box.informativeText()
    click(qtbot, _button(box, "Restore the backup of"))
    qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: app.dialog.objectName() == "recovered", timeout=10_000)
    assert "Your notes are back" in app.dialog.text()
    assert app.workspace.encrypted
    click(qtbot, _button(app.dialog, "OK"))


_CHANGE_CUT_AFTER_THE_DATABASE_SWAP = """
import os, signal, sys
from pathlib import Path
from belonging.storage.encryption import keys, passphrase
from belonging.storage.opening.startup import open_data_folder
keys.KDF_ITERATIONS = 1_000
real = passphrase.swap_in
def swap_then_die(partial, path):
    old = real(partial, path)
    os.kill(os.getpid(), signal.SIGKILL)  # right after the database is swapped in
passphrase.swap_in = swap_then_die
opened = open_data_folder(Path(sys.argv[1]), passphrase=sys.argv[2])
passphrase.change_passphrase(opened, sys.argv[2], sys.argv[3])
"""


def test_a_change_of_passphrase_cut_short_is_finished_and_told_once(
    start_app, tmp_path, qtbot, quick_keys
):
    """Killed right after the database took the new passphrase, the change is finished at
    the next start: the passphrase prompt says, before anything is typed, that the new
    passphrase opens the notes; it does, and nothing says it again."""
    import subprocess
    import sys

    folder = tmp_path / "data"
    _encrypted_folder(folder, "old words")
    killed = subprocess.run(
        [sys.executable, "-c", _CHANGE_CUT_AFTER_THE_DATABASE_SWAP, str(folder), "old words",
         "new words"],
        capture_output=True,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    first = start_app(folder, wait=False)
    qtbot.waitUntil(lambda: first.unlock is not None and first.unlock.prompt.isVisible())
    note = first.unlock.prompt.note_label
    assert note.isVisible() and "open with the new passphrase" in note.text()
    assert note.accessibleName() == note.text()
    _type_passphrase(qtbot, first, "new words")
    qtbot.waitUntil(lambda: first.window is not None, timeout=10_000)
    qtbot.addWidget(first.window)
    qtbot.waitUntil(lambda: first.navigator is not None and first.navigator.home.loaded)
    assert first.dialog is None  # already told, in the prompt
    first.window.close()
    first.close()
    second = start_app(folder, wait=False)
    _type_passphrase(qtbot, second, "new words")
    qtbot.waitUntil(lambda: second.window is not None, timeout=10_000)
    qtbot.addWidget(second.window)
    qtbot.waitUntil(lambda: second.navigator is not None and second.navigator.home.loaded)
    assert second.dialog is None  # told once


def test_run_app_on_a_folder_that_cannot_be_made_private_explains_and_quits(
    qapp, tmp_path, theme, qtbot
):
    """`belonging --data-dir DIR` on a folder open to others that cannot be changed shows
    the "cannot open" dialog in plain words (no traceback) and ends with exit code 1."""
    from PySide6.QtCore import QTimer

    from belonging.ui.app import run_app
    from support.unwritable import immutable

    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o755)
    seen: list[str] = []

    def look() -> None:
        for widget in qapp.topLevelWidgets():
            named = isinstance(widget, QMessageBox) and widget.objectName() == "cannot_open"
            if named and widget.isVisible():
                seen.append(widget.text())
                widget.buttons()[0].click()
                return
        QTimer.singleShot(20, look)

    with immutable(folder):
        QTimer.singleShot(0, look)
        QTimer.singleShot(20_000, qapp.quit)  # a safety net: the test fails below, never hangs
        assert run_app(str(folder), []) == 1
    assert len(seen) == 1
    assert str(folder) in seen[0] and "Traceback" not in seen[0]
    assert "you do not have permission" in seen[0]
