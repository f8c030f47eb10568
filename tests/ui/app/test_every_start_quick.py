"""Every kind of start shows Home before the full check and the day's backup are done — the
first of the day, after a crash, after an update, with a conversation to continue, with a
passphrase — nothing is written to the database before the check, and damage the check
finds after Home is shown leads to the usual recovery, losing nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.files.locations import daily_backup_path
from belonging.storage.opening import startup
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.main_window import Page
from support.flow import click
from support.known_pairs import add_pair

PASSPHRASE = "the lighthouse at dawn"


class HeldCheck:
    """The start's full check, made to wait until the test lets it go, and its daily
    backup, noted when made; the database's files are noted as the check begins."""

    def __init__(self, monkeypatch, folder: Path) -> None:
        self.monkeypatch = monkeypatch
        self.folder = folder
        self.release = threading.Event()
        self.entered = threading.Event()
        self.files_at_check: dict | None = None
        self.backups_made = 0

    def arm(self) -> None:
        """Holds the checks from now on (the data folder is ready)."""
        folder, monkeypatch = self.folder, self.monkeypatch
        real_check, real_backup = startup.check_database, startup.rotate_daily_backup

        def check(db_path, **options):
            if self.files_at_check is None:
                self.files_at_check = database_files(folder)
            self.entered.set()
            self.release.wait(60)
            return real_check(db_path, **options)

        def backup(*args, **options):
            made = real_backup(*args, **options)
            self.backups_made += 1
            return made

        monkeypatch.setattr(startup, "check_database", check)
        monkeypatch.setattr(startup, "rotate_daily_backup", backup)


@pytest.fixture
def held_check(monkeypatch, tmp_path):
    """A `HeldCheck` on the test's data folder, always let go at the end."""
    held = HeldCheck(monkeypatch, tmp_path / "data")
    yield held
    held.release.set()


def database_files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """The database and the files SQLite keeps beside it: bytes and time of change."""
    name = database_path(folder).name
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(name)
    }


def used_yesterday(folder: Path, *, ended: bool = True, passphrase: str | None = None) -> Path:
    """A data folder last used yesterday: a pair with a conversation, closed cleanly, and
    yesterday's backup, none of today's (so this start is the first of the day)."""
    yesterday = date.today() - timedelta(days=1)
    opened = open_data_folder(folder, today=yesterday, passphrase=passphrase)
    with session_scope(opened.engine) as session:
        add_pair(session, "Ben", ended=ended)
    opened.close()
    open_data_folder(folder, today=yesterday, passphrase=passphrase).close()
    assert not daily_backup_path(folder, date.today()).exists()
    return folder


_CRASH = """
import os, sys
from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.opening.startup import open_data_folder
opened = open_data_folder(sys.argv[1])
with session_scope(opened.engine) as session:
    a = repo.add_person(session=session, name="Ada")
    b = repo.add_person(session=session, name="Cy")
    repo.create_pair(session=session, owner_id=a.id, partner_id=b.id)
os._exit(0)  # no clean close: the -wal and -shm stay, holding the last save
"""


def _crashed(folder: Path) -> None:
    subprocess.run([sys.executable, "-c", _CRASH, str(folder)], check=True, timeout=120)


def _older_schema(folder: Path) -> None:
    """As the version before the last left the file (the app has been updated since): taken
    back to revision 0002 by the migrations' own downgrades."""
    from alembic import command

    from belonging.storage.migrations import _config

    engine = create_database_engine(database_path(folder))
    try:
        with engine.begin() as connection:
            command.downgrade(_config(connection), "0002")
    finally:
        engine.dispose()


def _home_text(window) -> str:
    return " ".join(
        label.text() for label in window.home.findChildren(type(window.home.pairs_heading))
    )


def _lists(window, name: str) -> bool:
    """Home names Ada once, above her pairs, and lists `name` among them."""
    words = _home_text(window)
    return "Ada's one-on-ones" in words and f" {name} " in f" {words} "


def _home_shown_before_the_check(app, held: HeldCheck, qtbot, names: list[str]) -> None:
    """Home lists `names` while the check is still held, and nothing else is open yet."""
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=10_000)
    qtbot.addWidget(app.window)
    for name in names:
        assert _lists(app.window, name)
    qtbot.waitUntil(held.entered.is_set, timeout=30_000)  # the opening began after Home
    assert app.navigator is None  # the check is still running: the rest waits for it
    assert held.backups_made == 0


def _fully_open(app, qtbot) -> None:
    qtbot.waitUntil(lambda: app.navigator is not None and app.navigator.home.loaded, timeout=20_000)


@pytest.mark.parametrize(
    ("kind", "names"),
    [("first of the day", ["Ben"]), ("after a crash", ["Ben", "Cy"]), ("after an update", ["Ben"])],
)
def test_home_is_shown_before_the_check_and_nothing_is_written_first(
    start_app, tmp_path, qtbot, held_check, kind, names
):
    """Home lists the pairs while the full check is still running; the database's files
    are untouched until the check has said the file is sound; then the day's backup is made
    and the rest of the app joins the same window."""
    folder = used_yesterday(tmp_path / "data")
    if kind == "after a crash":
        _crashed(folder)
    if kind == "after an update":
        _older_schema(folder)
    before = database_files(folder)
    held_check.arm()
    app = start_app(folder, wait=False)
    _home_shown_before_the_check(app, held_check, qtbot, names)
    window = app.window
    assert held_check.files_at_check == before
    held_check.release.set()
    _fully_open(app, qtbot)
    assert app.window is window and window.current_page() is Page.HOME
    assert held_check.backups_made == 1
    assert daily_backup_path(folder, date.today()).is_file()
    for name in names:
        assert _lists(window, name)


def test_a_conversation_to_continue_is_offered_after_home_is_shown(
    start_app, tmp_path, qtbot, held_check
):
    """With a conversation left unfinished, Home appears at once and the offer to continue
    it comes once the check is done; a click made meanwhile does not start another behind
    the offer's back."""
    folder = used_yesterday(tmp_path / "data", ended=False)
    held_check.arm()
    app = start_app(folder, wait=False)
    _home_shown_before_the_check(app, held_check, qtbot, ["Ben"])
    window = app.window
    start = next(b for b in window.home.findChildren(QPushButton) if b.text() == "Start")
    click(qtbot, start)
    held_check.release.set()
    _fully_open(app, qtbot)
    qtbot.waitUntil(lambda: window.home.resume_banner.isVisible(), timeout=10_000)
    assert window.current_page() is Page.HOME


def test_encrypted_notes_show_home_once_the_passphrase_is_checked(
    start_app, tmp_path, qtbot, held_check, quick_keys
):
    """The passphrase is asked first; once it opens the notes, Home is shown at once, and
    the check and the day's backup follow."""
    folder = used_yesterday(tmp_path / "data", passphrase=PASSPHRASE)
    before = database_files(folder)
    held_check.arm()
    app = start_app(folder, wait=False)
    qtbot.waitUntil(
        lambda: app.unlock is not None and app.unlock.prompt.isVisible(), timeout=10_000
    )
    assert app.window is None
    qtbot.keyClicks(app.unlock.prompt.passphrase_field, PASSPHRASE)
    click(qtbot, app.unlock.prompt.open_button)
    _home_shown_before_the_check(app, held_check, qtbot, ["Ben"])
    assert not app.unlock.prompt.isVisible()
    assert held_check.files_at_check == before
    held_check.release.set()
    _fully_open(app, qtbot)
    assert app.workspace.encrypted
    assert held_check.backups_made == 1


def _damage_a_page_home_does_not_read(folder: Path) -> bytes:
    """Overwrites the page of the notes' index (Home lists no notes) with garbage; returns
    the damaged file's bytes."""
    db = database_path(folder)
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_note_conversation_id'"
    ).fetchone()
    connection.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\x5a" * page_size
    db.write_bytes(bytes(data))
    return bytes(data)


def test_damage_found_after_home_is_shown_leads_to_the_recovery_losing_nothing(
    start_app, tmp_path, qtbot, held_check
):
    """Home is shown, then the check finds the file damaged: the usual choice is offered
    over that same window, the damaged file is kept aside byte for byte, and the newest good
    backup brings the pair back."""
    folder = used_yesterday(tmp_path / "data")
    damaged = _damage_a_page_home_does_not_read(folder)
    held_check.arm()
    app = start_app(folder, wait=False)
    _home_shown_before_the_check(app, held_check, qtbot, ["Ben"])
    window = app.window
    held_check.release.set()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=20_000)
    box: QMessageBox = app.dialog
    assert box.objectName() == "damaged" and box.parent() is window
    (restore,) = [b for b in box.buttons() if b.text().startswith("Restore the backup of")]
    click(qtbot, restore)
    _fully_open(app, qtbot)
    assert app.window is window
    assert "Your notes are back" in app.dialog.text()
    kept = [p for p in folder.iterdir() if "damaged" in p.name and not p.name.endswith("-shm")]
    assert [p.read_bytes() for p in kept] == [damaged], [p.name for p in kept]
    assert _lists(window, "Ben")


def test_quitting_while_the_check_runs_ends_the_app_and_closes_the_folder_cleanly(
    start_app, tmp_path, qtbot, held_check
):
    """Ctrl+Q on the first look's Home, before the check is done: the window does not come
    back; once the opening finishes the app ends with code 0 and the folder is let go as
    after a clean close (no log left beside the database)."""
    folder = used_yesterday(tmp_path / "data")
    held_check.arm()
    app = start_app(folder, wait=False)
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=10_000)
    window = app.window
    qtbot.addWidget(window)
    qtbot.waitUntil(held_check.entered.is_set, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    with qtbot.waitSignal(app.failed, timeout=30_000) as ended:
        held_check.release.set()
    assert ended.args == [0] and app.exit_code == 0
    assert not window.isVisible() and app.navigator is None
    database = database_path(folder)
    assert not database.with_name(database.name + "-wal").exists()
