"""Nothing people shared can be read from the data folder once a passphrase is set, and every
file in it is private to this user."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from belonging.storage.database import create_database_engine, session_scope
from belonging.storage.encryption.passphrase import set_passphrase
from belonging.storage.files.backups import backups_dir, make_backup, manual_backup_path
from belonging.storage.files.file_modes import loose_modes, tighten_modes, use_private_umask
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Note
from belonging.storage.opening.startup import open_data_folder
from support.encryption import PASSPHRASE, quick_key_derivation, words, write_session
from support.privacy_scan import find_words, scanned_files

DAY = date(2026, 5, 9)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`)."""
    quick_key_derivation(monkeypatch)


def _realistic_history(folder, *, passphrase):
    """Two conversations before the passphrase, one after, over three days of starts, with a
    manual backup, and the database left open (its log full) for the caller to scan."""
    before, after = words("Alpha"), words("Omega")
    opened = open_data_folder(folder, today=DAY)
    write_session(opened.engine, before)
    opened.close()
    opened = open_data_folder(folder, today=date(2026, 5, 10))
    write_session(opened.engine, words("Beta"))
    make_backup(opened.database, manual_backup_path(folder, datetime(2026, 5, 10, 12)))
    if passphrase is not None:
        set_passphrase(opened, passphrase)
    write_session(opened.engine, after)
    opened.close()
    opened = open_data_folder(folder, today=date(2026, 5, 11), passphrase=passphrase)
    write_session(opened.engine, words("Gamma"))
    make_backup(
        opened.database, manual_backup_path(folder, datetime(2026, 5, 11, 12)), key=opened.key
    )
    return opened, [*before.all(), *words("Beta").all(), *after.all(), *words("Gamma").all()]


def test_with_a_passphrase_no_shared_word_is_in_any_file(tmp_path):
    """Names, topics, prompts, notes of every kind, follow-ups and summaries are in no byte of
    the database, its log, its index, the lock or any backup, open or closed."""
    folder = tmp_path / "data"
    opened, all_words = _realistic_history(folder, passphrase=PASSPHRASE)
    try:
        open_files = {path.name for path in scanned_files(folder)}
        assert {"belonging.sqlite3-wal", "belonging.sqlite3-shm", "belonging.lock"} <= open_files
        assert find_words(folder, all_words) == {}
    finally:
        opened.close()
    closed_files = scanned_files(folder)
    assert len([path for path in closed_files if path.parent == backups_dir(folder)]) >= 4
    assert find_words(folder, all_words) == {}


def test_without_a_passphrase_the_same_scan_finds_the_words(tmp_path):
    """The scan can fail: without a passphrase it finds every word, in the database and its
    backups (so the test above proves encryption, not a blind scan)."""
    folder = tmp_path / "data"
    opened, all_words = _realistic_history(folder, passphrase=None)
    opened.close()
    hits = find_words(folder, all_words)
    assert {word for found in hits.values() for word in found} == set(all_words)
    assert any(name.startswith("backups/") for name in hits)
    assert "belonging.sqlite3" in hits


@posix_only
def test_every_file_of_a_session_is_private_whatever_the_umask(tmp_path):
    """Folders 0700 and files 0600 after a whole session (notes, WAL, lock, daily, manual and
    re-encrypted backups), even when the process would let others read new files."""
    previous = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        opened, _ = _realistic_history(folder, passphrase=PASSPHRASE)
        try:
            names = _assert_private(folder)
            assert {"belonging.sqlite3-wal", "belonging.sqlite3-shm", "belonging.lock"} <= names
        finally:
            opened.close()
        names = _assert_private(folder)
        assert len([name for name in names if name.startswith("belonging-")]) >= 4
    finally:
        os.umask(previous)


def _assert_private(folder):
    """Every folder under `folder` is 0700 and every file 0600; returns the file names."""
    names = set()
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode == wanted, f"{path} is {oct(mode)}"
        if path.is_file():
            names.add(path.name)
    assert loose_modes(folder) == []
    return names


@posix_only
def test_a_loose_file_dropped_in_the_folder_is_made_private_at_the_next_start(tmp_path):
    """A settings file written 0644 by another library, or a folder 0755, is tightened when
    the data folder is next opened or closed."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY).close()
    settings = folder / "settings.ini"
    settings.write_text("[view]\nlarger_text=true\n")
    settings.chmod(0o644)
    scripts = folder / "scripts"
    scripts.mkdir(mode=0o755)
    scripts.chmod(0o755)
    assert {path for path, _ in loose_modes(folder)} == {settings, scripts}
    open_data_folder(folder, today=DAY).close()
    assert loose_modes(folder) == []
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(scripts.stat().st_mode) == 0o700


@posix_only
def test_tightening_never_follows_a_link_out_of_the_folder(tmp_path):
    """A symbolic link in the data folder is left alone, and so is what it points at."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    outside = tmp_path / "shared.txt"
    outside.write_text("not ours")
    outside.chmod(0o644)
    (folder / "link").symlink_to(outside)
    assert tighten_modes(folder) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


@posix_only
def test_the_private_umask_makes_new_files_private(tmp_path):
    """After `use_private_umask`, any file the process creates (Qt's settings included) is
    0600 and any folder 0700, without anyone asking for it."""
    previous = use_private_umask()
    try:
        (tmp_path / "new.ini").write_text("x")
        (tmp_path / "folder").mkdir()
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.ini").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o700


def test_a_database_error_never_repeats_what_was_typed(tmp_path):
    """A failed write names the SQL, not the note: tracebacks reach terminals and system logs."""
    engine = create_database_engine(tmp_path / "notes.sqlite3")
    upgrade_to_head(engine)
    try:
        with pytest.raises(IntegrityError) as failed, session_scope(engine) as session:
            session.add(Note(conversation_id=999, text="Thistlebrook confided in me"))
        assert "Thistlebrook" not in str(failed.value)
        assert "INSERT INTO note" in str(failed.value)
    finally:
        engine.dispose()
