"""`belonging backup` and `belonging restore` on notes protected by a passphrase."""

from __future__ import annotations

import io
import os
import pty
import select
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from belonging.cli.main import main
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.encryption import keys
from belonging.storage.encryption.keys import has_sqlite_header, key_for_file
from belonging.storage.opening.startup import open_data_folder
from belonging.storage.repositories import add_person

PASSPHRASE = "our words stay here"
DAY = date(2026, 5, 9)


@pytest.fixture
def quick_keys(monkeypatch):
    """1,000 PBKDF2 rounds instead of 256,000 for in-process runs (see the storage tests)."""
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)


def _encrypted_folder(folder: Path, name: str = "Hortensia") -> Path:
    opened = open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    try:
        with session_scope(opened.engine) as session:
            add_person(session=session, name=name)
    finally:
        opened.close()
    return folder


def _names(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    engine = create_database_engine(path, key=key_for_file(path, passphrase), read_only=True)
    try:
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text("SELECT name FROM person"))]
    finally:
        engine.dispose()


def _run(data_dir: Path, *args: str, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(data_dir), *args])


def test_backup_reads_the_passphrase_from_stdin_and_writes_it_encrypted(
    tmp_path, quick_keys, monkeypatch, capsys
):
    """`--passphrase-stdin` takes the first line; the copy is encrypted and holds the notes."""
    folder = _encrypted_folder(tmp_path / "data")
    dest = tmp_path / "copy.sqlite3"
    code = _run(
        folder,
        "backup",
        "--passphrase-stdin",
        str(dest),
        stdin=PASSPHRASE + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert "encrypted" in capsys.readouterr().out
    assert not has_sqlite_header(dest)
    assert b"Hortensia" not in dest.read_bytes()
    assert _names(dest) == ["Hortensia"]


def test_backup_with_a_wrong_passphrase_writes_nothing(tmp_path, quick_keys, monkeypatch, capsys):
    """A wrong passphrase is a clear message and no file."""
    folder = _encrypted_folder(tmp_path / "data")
    before = sorted(folder.rglob("*"))
    code = _run(folder, "backup", "--passphrase-stdin", stdin="not it\n", monkeypatch=monkeypatch)
    assert code == 1
    assert "does not open" in capsys.readouterr().err
    assert sorted(folder.rglob("*")) == before


def test_without_a_terminal_or_the_option_the_passphrase_is_not_guessed(
    tmp_path, quick_keys, monkeypatch, capsys
):
    """A script that pipes nothing is told how to give the passphrase, and nothing is done."""
    folder = _encrypted_folder(tmp_path / "data")
    code = _run(folder, "backup", str(tmp_path / "x.sqlite3"), stdin="", monkeypatch=monkeypatch)
    assert code == 1
    assert "--passphrase-stdin" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_passphrase_is_never_taken_from_the_environment(tmp_path, quick_keys, monkeypatch):
    """There is no environment variable for it: setting one changes nothing."""
    folder = _encrypted_folder(tmp_path / "data")
    monkeypatch.setenv("BELONGING_PASSPHRASE", PASSPHRASE)
    code = _run(folder, "backup", str(tmp_path / "x.sqlite3"), stdin="", monkeypatch=monkeypatch)
    assert code == 1


def test_restoring_an_encrypted_backup_asks_for_its_passphrase(
    tmp_path, quick_keys, monkeypatch, capsys
):
    """The restored notes are encrypted and open with the backup's passphrase; the data that
    was there is kept aside."""
    source = _encrypted_folder(tmp_path / "source", name="Backupina")
    backup = tmp_path / "backup.sqlite3"
    assert (
        _run(
            source,
            "backup",
            "--passphrase-stdin",
            str(backup),
            stdin=PASSPHRASE + "\n",
            monkeypatch=monkeypatch,
        )
        == 0
    )
    target = _encrypted_folder(tmp_path / "target", name="Currentia")
    code = _run(
        target,
        "restore",
        "--yes",
        "--passphrase-stdin",
        str(backup),
        stdin=PASSPHRASE + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert "backup's passphrase" in capsys.readouterr().out
    assert _names(database_path(target)) == ["Backupina"]
    [kept] = list(target.glob("belonging-before-restore-*.sqlite3"))
    assert _names(kept) == ["Currentia"]


def test_restore_with_a_wrong_passphrase_changes_nothing(tmp_path, quick_keys, monkeypatch):
    """The current notes stay exactly as they were."""
    source = _encrypted_folder(tmp_path / "source")
    backup = tmp_path / "backup.sqlite3"
    _run(
        source,
        "backup",
        "--passphrase-stdin",
        str(backup),
        stdin=PASSPHRASE + "\n",
        monkeypatch=monkeypatch,
    )
    target = _encrypted_folder(tmp_path / "target", name="Currentia")
    before = database_path(target).read_bytes()
    code = _run(
        target,
        "restore",
        "--yes",
        "--passphrase-stdin",
        str(backup),
        stdin="wrong\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    assert database_path(target).read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_at_a_terminal_the_passphrase_is_typed_without_echo(tmp_path):
    """With no option, the passphrase is asked at the terminal and never shown as typed."""
    folder = _encrypted_folder(tmp_path / "data")
    dest = tmp_path / "typed.sqlite3"
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command, with the pseudo-terminal as its own
        os.execv(
            sys.executable,
            [sys.executable, "-m", "belonging", "--data-dir", str(folder), "backup", str(dest)],
        )
    shown = _read_until(terminal, b"Passphrase")
    os.write(terminal, PASSPHRASE.encode() + b"\n")
    shown += _read_until(terminal, None)
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, shown.decode(errors="replace")
    assert PASSPHRASE.encode() not in shown
    assert _names(dest) == ["Hortensia"]


def _read_until(fd: int, marker: bytes | None, timeout: float = 60.0) -> bytes:
    """What the terminal shows until `marker` appears (or, for None, until it closes);
    gives up after `timeout` seconds without output, so a stuck child cannot hang the suite."""
    seen = b""
    while marker is None or marker not in seen:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise AssertionError(f"the command stopped answering; it showed {seen!r}")
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal (Linux gives EIO)
            break
        if not chunk:
            break
        seen += chunk
    return seen
