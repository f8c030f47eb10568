"""A damaged encrypted database gets the care a plain one gets: the passphrase is asked for,
the file is kept aside byte for byte, and the newest good encrypted backup is offered."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from belonging.storage.database import database_path, session_scope
from belonging.storage.encryption.keys import PassphraseRequiredError, has_sqlite_header
from belonging.storage.files.backups import daily_backup_path, list_backups
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    RecoveryChoice,
    open_data_folder,
    recover_damaged,
)
from belonging.storage.repositories import list_people
from support.encryption import PASSPHRASE, quick_key_derivation, words, write_session

DAY = date(2026, 5, 9)
PAGE = 4096


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`)."""
    quick_key_derivation(monkeypatch)


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory) -> Path:
    """Encrypted notes of several sessions opened on four days: three good encrypted
    backups, the newest made today."""
    from belonging.storage.encryption import keys

    iterations, keys.KDF_ITERATIONS = keys.KDF_ITERATIONS, 1_000
    try:
        folder = tmp_path_factory.mktemp("encrypted") / "data"
        for days_ago in (3, 2, 1, 0):
            opened = open_data_folder(
                folder, today=DAY - timedelta(days=days_ago), passphrase=PASSPHRASE
            )
            if days_ago == 3:
                for tag in ("One", "Two", "Three", "Four"):
                    write_session(opened.engine, words(tag))
            opened.close()
    finally:
        keys.KDF_ITERATIONS = iterations
    assert len(list_backups(folder)) == 3
    return folder


def _cut_to_whole_pages(data: bytes) -> bytes:
    return data[: (len(data) // PAGE // 2) * PAGE]


def _cut_mid_page(data: bytes) -> bytes:
    return data[: len(data) // 2 + 1234]


def _flip_in_a_middle_page(data: bytes) -> bytes:
    damaged = bytearray(data)
    middle = (len(data) // PAGE // 2) * PAGE + 700
    for offset in range(0, 40, 7):
        damaged[middle + offset] ^= 0xA5
    return bytes(damaged)


DAMAGE = pytest.mark.parametrize(
    "damage",
    [_cut_to_whole_pages, _cut_mid_page, _flip_in_a_middle_page],
    ids=["cut-to-whole-pages", "cut-mid-page", "flipped-bytes"],
)


def _damaged_copy(template: Path, tmp_path: Path, damage: Callable[[bytes], bytes]) -> bytes:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    db_path = database_path(folder)
    damaged = damage(db_path.read_bytes())
    db_path.write_bytes(damaged)
    return damaged


@DAMAGE
def test_a_damaged_encrypted_database_asks_the_passphrase_then_offers_the_newest_backup(
    encrypted_template, tmp_path, damage
):
    """Whatever the damage, the start first asks for the passphrase (the backups are
    encrypted), then stops with the damaged-file choice and today's backup, not a "check
    the disk" message or "there is no good backup"."""
    _damaged_copy(encrypted_template, tmp_path, damage)
    folder = tmp_path / "data"
    with pytest.raises(PassphraseRequiredError):
        open_data_folder(folder, today=DAY)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    stopped.value.release()
    assert stopped.value.newest_backup == daily_backup_path(folder, DAY)
    assert "There is no good backup" not in str(stopped.value)


@DAMAGE
def test_restoring_keeps_the_damaged_file_byte_for_byte_and_the_notes_encrypted(
    encrypted_template, tmp_path, damage
):
    """The damaged file is kept aside exactly as it was, with nothing beside it; the
    restored notes are all there, still under the same passphrase."""
    damaged = _damaged_copy(encrypted_template, tmp_path, damage)
    folder = tmp_path / "data"
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    opened = recover_damaged(stopped.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    try:
        assert opened.encrypted
        assert opened.restored_from == daily_backup_path(folder, DAY)
        with session_scope(opened.engine) as session:
            names = {person.name for person in list_people(session=session)}
        assert f"Ada {words('Four').owner}" in names
        kept = opened.kept_aside
    finally:
        opened.close()
    assert kept is not None and kept.read_bytes() == damaged
    assert [path.name for path in folder.glob(kept.name + "*")] == [kept.name]
    assert not has_sqlite_header(database_path(folder))
    reopened = open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    reopened.close()


def test_a_cut_encrypted_database_with_no_encrypted_backup_is_still_offered_a_fresh_start(
    tmp_path,
):
    """With no encrypted copy to go by, a cut file that is neither plain nor whole pages is
    reported damaged as before (never asked for a passphrase no file could confirm)."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY, passphrase=PASSPHRASE).close()
    for backup in list_backups(folder):
        backup.unlink()
    db_path = database_path(folder)
    db_path.write_bytes(_cut_mid_page(db_path.read_bytes()))
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(folder, today=DAY)
    stopped.value.release()
    assert stopped.value.newest_backup is None


def test_random_bytes_of_an_odd_size_in_a_plain_folder_are_not_taken_for_encryption(tmp_path):
    """Plain notes whose file is overwritten by garbage of an odd size are not asked for a
    passphrase: their backups are plain, and the plain backup is offered."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY - timedelta(days=1)).close()
    open_data_folder(folder, today=DAY).close()
    database_path(folder).write_bytes(os.urandom(10_000))
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(folder, today=DAY)
    stopped.value.release()
    assert stopped.value.newest_backup == daily_backup_path(folder, DAY)
