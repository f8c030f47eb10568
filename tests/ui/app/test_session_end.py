"""Logging out, shutting down, Ctrl+C: the app closes as its window would — the words typed a
moment before saved, the conversation paused, the database closed cleanly — instead of
stopping where it stands as after a crash."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from belonging.storage.database import database_path
from belonging.storage.opening.file_state import (
    clean_close_path,
    sidecar_paths,
    untouched_since_close,
)
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.ui.app import end_with_the_session
from support.driven_app import DrivenApp
from support.flow import begin_conversation, window_of

WORDS = "Said just before the logout."


def _stored(data_dir: Path) -> tuple[list[str], str]:
    """The notes' texts, and the kind of the conversation's last event (read without
    writing anything beside the database, so as not to hide a -wal left behind)."""
    if sidecar_paths(database_path(data_dir)):
        connection = sqlite3.connect(database_path(data_dir))  # reads the log too
    else:
        connection = sqlite3.connect(f"file:{database_path(data_dir)}?immutable=1", uri=True)
    try:
        notes = [row[0] for row in connection.execute("SELECT text FROM note")]
        (last,) = connection.execute(
            "SELECT kind FROM conversation_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return notes, last


def _assert_closed_cleanly(data_dir: Path) -> None:
    db_path = database_path(data_dir)
    assert sidecar_paths(db_path) == []  # no -wal, no -shm: every connection closed
    # The app's own note of a clean close, which vouches for the file as it is now.
    assert clean_close_path(db_path).is_file() and untouched_since_close(db_path)
    lock = InstanceLock(data_dir)
    lock.acquire()  # nothing holds the data folder any more
    lock.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda signum: signum.name
)
def test_a_signal_to_end_saves_the_last_words_pauses_and_closes(tmp_path, signum):
    """SIGTERM (logout, shutdown), SIGINT (Ctrl+C), SIGHUP (the terminal closed) arriving
    while a note's last words are unsaved: the app saves them, pauses the conversation,
    closes the database cleanly and exits 0."""
    data_dir = tmp_path / "data"
    app = DrivenApp(data_dir, "words", WORDS, log=tmp_path / "app.log")
    try:
        assert app.wait_for("typed") == ["typed", "saving"]  # the words wait for the saver
        app.signal(signum)
        assert app.ended() == 0, app.errors()
    finally:
        app.stop()
    notes, last_event = _stored(data_dir)
    assert notes == [WORDS]
    assert last_event == "paused"  # the next start offers to continue it, the gap not counted
    _assert_closed_cleanly(data_dir)


@pytest.fixture
def joined(qapp, start_app, data_dir):
    """The app started on a data folder and joined to the end of the session as `run_app`
    joins it; the signals given back after the test."""
    app = start_app(data_dir)
    session = end_with_the_session(qapp, app)
    yield app, session
    session.uninstall()


def test_the_session_managers_request_to_save_saves_every_word(joined, qapp, data_dir, qtbot):
    """When the session manager asks to save before a logout, the words typed a moment ago
    are in the database at once, and the conversation goes on (the logout may be cancelled).
    The quit that follows pauses it and closes the database cleanly."""
    app, session = joined
    window = window_of(app)
    begin_conversation(qtbot, window)
    qtbot.keyClicks(window.conversation.notes_panel.prompt_note.editor, WORDS)
    assert app.navigator.live.writes.notes_waiting == 1
    # What Qt runs on `commitDataRequest` (a QSessionManager cannot be made in a test).
    session._on_commit_data_request(None)
    assert _stored(data_dir)[0] == [WORDS]
    assert window.isVisible() and not window.conversation.is_paused()
    qapp.aboutToQuit.emit()  # the quit of a logout that went ahead
    notes, last_event = _stored(data_dir)
    assert notes == [WORDS] and last_event == "paused"
    _assert_closed_cleanly(data_dir)
