"""`belonging backup` and `belonging restore`, as a user runs them."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from belonging.cli.main import main
from belonging.storage import repositories as repo
from belonging.storage.database import database_path, session_scope
from belonging.storage.files.backups import backups_dir
from belonging.storage.models import ConversationRecord
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.opening.startup import open_data_folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _notes(db_path: Path) -> list[str]:
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM note ORDER BY id")]
    finally:
        connection.close()


def _add_note(data_dir: Path, text: str) -> None:
    """Save a note the way the app does: through start-up, the engine and the repositories."""
    opened = open_data_folder(data_dir, today=date(2026, 5, 9))
    try:
        with session_scope(opened.engine) as session:
            conversation = session.exec(select(ConversationRecord)).first()
            if conversation is None:
                owner = repo.add_person(session=session, name="Ada")
                partner = repo.add_person(session=session, name="Ben")
                pair = repo.create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
                conversation = repo.start_conversation(
                    session=session,
                    pair_id=pair.id,
                    script_id="defining-moments",
                    script_sha256="0" * 64,
                    setup={},
                )
            repo.add_note(session=session, conversation_id=conversation.id, text=text)
    finally:
        opened.close()


@pytest.fixture
def data_dir(tmp_path):
    """A data folder holding one note."""
    folder = tmp_path / "data"
    _add_note(folder, "Ben wanted to be a lighthouse keeper.")
    return folder


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_backup_without_a_file_goes_to_the_backups_folder(data_dir, capsys):
    """A plain `belonging backup` writes a dated private file in backups/ and says where."""
    assert _run(data_dir, "backup") == 0
    printed = capsys.readouterr().out
    made = [p for p in backups_dir(data_dir).glob("belonging-2*.sqlite3")]
    assert len(made) == 1
    assert str(made[0]) in printed
    assert _notes(made[0]) == ["Ben wanted to be a lighthouse keeper."]
    if os.name == "posix":
        assert stat.S_IMODE(made[0].stat().st_mode) == 0o600


def test_backup_to_a_named_file_and_into_a_folder(data_dir, tmp_path, capsys):
    """A named file is written as named; a named folder gets a dated file inside it."""
    named = tmp_path / "my-backup.sqlite3"
    assert _run(data_dir, "backup", str(named)) == 0
    assert _notes(named) == ["Ben wanted to be a lighthouse keeper."]
    folder = tmp_path / "usb"
    folder.mkdir()
    assert _run(data_dir, "backup", str(folder)) == 0
    [inside] = list(folder.iterdir())
    assert str(inside) in capsys.readouterr().out


def test_backup_never_overwrites_a_file(data_dir, tmp_path, capsys):
    """An existing file is left alone and the user is told to choose another name."""
    existing = tmp_path / "precious.sqlite3"
    existing.write_bytes(b"someone's only copy")
    assert _run(data_dir, "backup", str(existing)) == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"someone's only copy"


def test_backup_works_while_the_app_is_open(data_dir, tmp_path):
    """The app holding the data folder does not stop a backup."""
    with InstanceLock(data_dir):
        assert _run(data_dir, "backup", str(tmp_path / "while-open.sqlite3")) == 0
    assert _notes(tmp_path / "while-open.sqlite3") == ["Ben wanted to be a lighthouse keeper."]


def test_backup_with_no_notes_yet_says_so(tmp_path, capsys):
    """Backing up an empty data folder is refused with a plain message, not a traceback."""
    assert _run(tmp_path / "empty", "backup") == 1
    assert "no notes to back up" in capsys.readouterr().err


def test_backup_of_a_damaged_database_is_refused_and_changes_nothing(data_dir, capsys):
    """A damaged database is not copied, and the message says it was not changed."""
    db_path = database_path(data_dir)
    db_path.write_bytes(b"garbage" * 1000)
    assert _run(data_dir, "backup") == 1
    assert "is damaged" in capsys.readouterr().err
    assert db_path.read_bytes() == b"garbage" * 1000


def test_restore_with_yes_keeps_the_current_data_aside(data_dir, tmp_path, capsys):
    """`restore --yes` puts the backup in place and says where the previous data is kept."""
    backup = tmp_path / "backup.sqlite3"
    assert _run(data_dir, "backup", str(backup)) == 0
    _add_note(data_dir, "written after the backup")
    current = _digest(database_path(data_dir))
    capsys.readouterr()
    assert _run(data_dir, "restore", "--yes", str(backup)) == 0
    printed = capsys.readouterr().out
    assert _notes(database_path(data_dir)) == ["Ben wanted to be a lighthouse keeper."]
    [kept] = list(data_dir.glob("belonging-before-restore-*.sqlite3"))
    assert str(kept) in printed
    assert _digest(kept) == current


def test_restore_without_a_terminal_or_yes_is_refused(data_dir, tmp_path, monkeypatch, capsys):
    """From a pipe or a script, a restore without --yes changes nothing and says why."""
    backup = tmp_path / "backup.sqlite3"
    _run(data_dir, "backup", str(backup))
    before = _digest(database_path(data_dir))
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    assert _run(data_dir, "restore", str(backup)) == 1
    assert "--yes" in capsys.readouterr().err
    assert _digest(database_path(data_dir)) == before
    assert not list(data_dir.glob("belonging-before-restore-*"))


def test_restore_is_refused_while_the_app_is_open(data_dir, tmp_path, capsys):
    """With the app holding the data folder, a restore is refused and nothing changes."""
    backup = tmp_path / "backup.sqlite3"
    _run(data_dir, "backup", str(backup))
    before = _digest(database_path(data_dir))
    with InstanceLock(data_dir):
        assert _run(data_dir, "restore", "--yes", str(backup)) == 1
    assert "Close it" in capsys.readouterr().err
    assert _digest(database_path(data_dir)) == before


def test_restoring_something_else_is_refused(data_dir, tmp_path, capsys):
    """A file that is not a Belonging backup is refused before anything changes."""
    text = tmp_path / "notes.txt"
    text.write_text("just text", encoding="utf-8")
    before = _digest(database_path(data_dir))
    assert _run(data_dir, "restore", "--yes", str(text)) == 1
    assert "not a Belonging backup" in capsys.readouterr().err
    assert _digest(database_path(data_dir)) == before


def test_restore_onto_a_new_computer(data_dir, tmp_path):
    """Restoring into a data folder that does not exist yet creates it with the backup."""
    backup = tmp_path / "backup.sqlite3"
    _run(data_dir, "backup", str(backup))
    fresh = tmp_path / "new-computer"
    assert _run(fresh, "restore", "--yes", str(backup)) == 0
    assert _notes(database_path(fresh)) == ["Ben wanted to be a lighthouse keeper."]


def _restore_in_a_terminal(data_dir: Path, backup: Path, answer: str) -> tuple[int, str]:
    """Run the real `belonging restore` with a terminal on stdin, answering `answer`."""
    import pty  # POSIX only; the one test that calls this is skipped elsewhere

    controller, terminal = pty.openpty()
    command = ["--data-dir", str(data_dir), "restore", str(backup)]
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "belonging", *command],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        os.write(controller, f"{answer}\n".encode())
        output, _ = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    return process.returncode, output


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal (POSIX)")
def test_restore_asks_in_a_terminal_and_does_what_is_answered(data_dir, tmp_path):
    """In a real terminal the question names both files; "n" changes nothing, "y" restores."""
    backup = tmp_path / "backup.sqlite3"
    _run(data_dir, "backup", str(backup))
    _add_note(data_dir, "written after the backup")
    before = _digest(database_path(data_dir))

    code, output = _restore_in_a_terminal(data_dir, backup, "n")
    assert code == 1
    assert f"Restore {backup}? The current data will be kept aside as" in output
    assert "[y/N]" in output
    assert _digest(database_path(data_dir)) == before

    code, output = _restore_in_a_terminal(data_dir, backup, "y")
    assert code == 0, output
    assert _notes(database_path(data_dir)) == ["Ben wanted to be a lighthouse keeper."]
    [kept] = list(data_dir.glob("belonging-before-restore-*.sqlite3"))
    assert _digest(kept) == before
