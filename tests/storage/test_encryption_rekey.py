"""Setting, changing and removing the passphrase re-key every file without losing a word."""

from __future__ import annotations

import errno
import os
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.storage.database import session_scope
from belonging.storage.encryption import keys, reencrypt
from belonging.storage.encryption.keys import WrongPassphraseError, has_sqlite_header, new_key
from belonging.storage.encryption.passphrase import (
    RekeyProgress,
    change_passphrase,
    remove_passphrase,
    set_passphrase,
)
from belonging.storage.files.backups import backups_dir, list_backups, make_backup
from belonging.storage.files.copying import content_digest, copy_database
from belonging.storage.opening.integrity import key_opens
from belonging.storage.opening.startup import open_data_folder
from belonging.storage.repositories import add_note, add_person, notes_for_conversation
from belonging.storage.search import search
from support.durability import folder_snapshot
from support.encryption import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    quick_key_derivation,
    words,
    write_session,
)
from support.privacy_scan import find_words

DAY = date(2026, 5, 9)


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`)."""
    quick_key_derivation(monkeypatch)


@pytest.fixture
def opened(tmp_path):
    """A plain data folder opened on its third day: a full session, two daily backups."""
    folder = tmp_path / "data"
    first = open_data_folder(folder, today=DAY - timedelta(days=2))
    write_session(first.engine, words("One"))
    first.close()
    open_data_folder(folder, today=DAY - timedelta(days=1)).close()
    folder_open = open_data_folder(folder, today=DAY)
    yield folder_open
    folder_open.close()


def _plain_digest(opened):
    return content_digest(opened.database, key=opened.key)


def test_setting_a_passphrase_keeps_every_row_and_encrypts_every_file(opened):
    """The same data, byte for byte in meaning, now under the key: database and backups."""
    before = _plain_digest(opened)
    backups = list_backups(opened.data_dir)
    result = set_passphrase(opened, PASSPHRASE)
    assert opened.encrypted and result.encrypted
    assert content_digest(opened.database, key=opened.key) == before
    assert set(result.rekeyed_copies) == set(backups)
    assert result.left_unchanged == () and result.left_plaintext == ()
    for path in [opened.database, *backups]:
        assert not has_sqlite_header(path)
        assert key_opens(path, opened.key)
    assert find_words(opened.data_dir, words("One").all()) == {}


def test_the_app_goes_on_writing_and_searching_after_a_passphrase_is_set(opened):
    """`opened.engine` is replaced by one on the encrypted file; writes and search work."""
    set_passphrase(opened, PASSPHRASE)
    with session_scope(opened.engine) as session:
        add_note(session=session, conversation_id=1, text="after the passphrase: Hollowbrine")
    with session_scope(opened.engine) as session:
        hits = search(session=session, query="Hollowbrine", include_private=True)
    assert len(hits) == 1
    assert find_words(opened.data_dir, ["Hollowbrine"]) == {}


def test_progress_is_reported_file_by_file_up_to_the_total(opened):
    """The UI can show a progress bar: from 0 to the total, every step in order."""
    seen: list[RekeyProgress] = []
    set_passphrase(opened, PASSPHRASE, progress=seen.append)
    total = 1 + len(list_backups(opened.data_dir))
    assert [step.done for step in seen] == list(range(total + 1))
    assert {step.total for step in seen} == {total}


def test_changing_the_passphrase_locks_out_the_old_one_everywhere(opened):
    """After a change the old passphrase opens neither the database nor any backup."""
    set_passphrase(opened, PASSPHRASE)
    old_key = opened.key
    before = content_digest(opened.database, key=old_key)
    result = change_passphrase(opened, PASSPHRASE, OTHER_PASSPHRASE)
    assert content_digest(opened.database, key=opened.key) == before
    assert opened.key != old_key and opened.key.salt != old_key.salt
    for path in [opened.database, *list_backups(opened.data_dir)]:
        assert not key_opens(path, keys.key_for_file(path, PASSPHRASE))
        assert key_opens(path, keys.key_for_file(path, OTHER_PASSPHRASE))
    assert len(result.rekeyed_copies) == len(list_backups(opened.data_dir))


def test_removing_the_passphrase_gives_back_plain_sqlite_files(opened):
    """Every file is plain SQLite again, holding the same data; no passphrase is asked."""
    before = _plain_digest(opened)
    set_passphrase(opened, PASSPHRASE)
    result = remove_passphrase(opened, PASSPHRASE)
    assert not opened.encrypted and not result.encrypted
    assert content_digest(opened.database) == before
    for path in [opened.database, *list_backups(opened.data_dir)]:
        assert has_sqlite_header(path)
    opened.close()
    reopened = open_data_folder(opened.data_dir, today=DAY)
    reopened.close()


@pytest.mark.parametrize("action", ["change", "remove"])
def test_a_wrong_current_passphrase_changes_nothing(opened, action):
    """Someone at an unlocked computer cannot change or remove the passphrase without it."""
    set_passphrase(opened, PASSPHRASE)
    opened.engine.dispose()
    before = folder_snapshot(opened.data_dir)
    with pytest.raises(WrongPassphraseError):
        if action == "change":
            change_passphrase(opened, "not it", OTHER_PASSPHRASE)
        else:
            remove_passphrase(opened, "not it")
    assert folder_snapshot(opened.data_dir) == before


def test_setting_a_passphrase_twice_or_an_empty_one_is_refused(opened):
    """Only a real passphrase, and only over plain notes; nothing changes otherwise."""
    with pytest.raises(ValueError, match="empty"):
        set_passphrase(opened, "")
    assert not opened.encrypted
    with pytest.raises(ValueError, match="no passphrase"):
        remove_passphrase(opened, PASSPHRASE)
    set_passphrase(opened, PASSPHRASE)
    with pytest.raises(ValueError, match="already"):
        set_passphrase(opened, OTHER_PASSPHRASE)
    assert opened.key is not None and opened.key.matches(PASSPHRASE)


def test_a_backup_under_another_passphrase_is_left_as_it_was_and_named(opened, tmp_path):
    """A copy this passphrase cannot open is neither lost nor rewritten; it is reported."""
    set_passphrase(opened, PASSPHRASE)
    foreign = backups_dir(opened.data_dir) / "belonging-2026-01-01-120000.sqlite3"
    copy_database(opened.database, foreign, source_key=opened.key, dest_key=new_key("theirs"))
    before = foreign.read_bytes()
    result = change_passphrase(opened, PASSPHRASE, OTHER_PASSPHRASE)
    assert result.left_unchanged == (foreign,)
    assert result.left_plaintext == ()
    assert foreign.read_bytes() == before


def test_a_damaged_plain_backup_is_kept_and_named_as_still_plain(opened):
    """A plain backup too damaged to encrypt stays where it is, and the UI can name it."""
    broken = backups_dir(opened.data_dir) / "belonging-2026-01-01-120000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8176)
    result = set_passphrase(opened, PASSPHRASE)
    assert result.left_plaintext == (broken,)
    assert broken.exists()


def test_a_database_kept_aside_is_encrypted_too(opened):
    """A database kept aside after a restore holds notes too; it is encrypted with the rest."""
    aside = opened.data_dir / "belonging-before-restore-2026-01-01-120000.sqlite3"
    make_backup(opened.database, aside)
    result = set_passphrase(opened, PASSPHRASE)
    assert aside in result.rekeyed_copies
    assert not has_sqlite_header(aside)


def test_a_reencrypted_backup_keeps_its_place_among_the_newest(opened):
    """Backups are listed newest first by time; re-encrypting one does not make it newest."""
    order = list_backups(opened.data_dir)
    oldest = order[-1]
    os.utime(oldest, (1_000_000, 1_000_000))
    order = list_backups(opened.data_dir)
    set_passphrase(opened, PASSPHRASE)
    assert list_backups(opened.data_dir) == order


def test_a_failed_rekeying_leaves_the_notes_open_under_the_old_key(opened, monkeypatch):
    """If the copy cannot be made (full disk), the notes stay as they were and usable."""

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reencrypt, "copy_database", full_disk)
    before = _plain_digest(opened)
    with pytest.raises(OSError):
        set_passphrase(opened, PASSPHRASE)
    assert not opened.encrypted
    assert content_digest(opened.database) == before
    with session_scope(opened.engine) as session:
        add_person(session=session, name="Still writable")
    assert not list(opened.data_dir.glob(".*rekeying*"))


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5))
def test_any_notes_survive_set_change_and_remove(tmp_path_factory, texts):
    """Whatever people typed (any Unicode), a round of set, change and remove loses none of
    it."""
    iterations = keys.KDF_ITERATIONS
    keys.KDF_ITERATIONS = 1_000
    folder = tmp_path_factory.mktemp("round")
    opened = open_data_folder(folder, today=DAY)
    try:
        conversation_id = write_session(opened.engine, words("Round"))
        with session_scope(opened.engine) as session:
            for value in texts:
                add_note(session=session, conversation_id=conversation_id, text=value)
        before = content_digest(opened.database)
        set_passphrase(opened, PASSPHRASE)
        change_passphrase(opened, PASSPHRASE, OTHER_PASSPHRASE)
        remove_passphrase(opened, OTHER_PASSPHRASE)
        assert content_digest(opened.database) == before
        with session_scope(opened.engine) as session:
            saved = notes_for_conversation(
                session=session, conversation_id=conversation_id, include_private=True
            )
        assert [note.text for note in saved][-len(texts) :] == texts
    finally:
        opened.close()
        keys.KDF_ITERATIONS = iterations


def test_a_file_system_without_hard_links_still_rekeys(opened, monkeypatch):
    """On FAT or a network share (no hard links; injected here) the original is kept by
    renaming instead, and the result is the same: encrypted, complete, nothing left over."""

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(reencrypt.os, "link", no_links)
    before = _plain_digest(opened)
    set_passphrase(opened, PASSPHRASE)
    assert content_digest(opened.database, key=opened.key) == before
    leftovers = [p for p in opened.data_dir.rglob(".*") if p.is_file()]
    assert leftovers == []
