"""Keys derived from the passphrase: the same as SQLCipher's own, salted per file, never shown."""

from __future__ import annotations

import os
import sqlite3
import unicodedata

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.storage.encryption import keys
from belonging.storage.encryption.drivers import connect
from belonging.storage.encryption.keys import (
    SALT_BYTES,
    DatabaseKey,
    PassphraseKeys,
    WrongPassphraseError,
    derive_key,
    key_for_file,
    looks_encrypted,
    new_key,
    read_salt,
)
from belonging.storage.opening.integrity import key_opens


def _encrypted_file(path, key):
    connection = connect(path, key=key)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES ('kept safe')")
    connection.commit()
    connection.close()
    return path


def test_the_key_is_the_one_sqlcipher_derives_from_the_passphrase_itself(tmp_path):
    """A file made with our derived key opens in any SQLCipher 4 tool with the passphrase
    typed as is (`PRAGMA key = '...'`), so the notes never depend on this app to be read."""
    key = new_key("correct horse battery staple")
    path = _encrypted_file(tmp_path / "notes.sqlite3", key)
    other = sqlcipher3.connect(str(path))
    other.execute("PRAGMA key = 'correct horse battery staple'")
    assert other.execute("SELECT x FROM t").fetchall() == [("kept safe",)]
    other.close()


def test_the_salt_is_the_first_sixteen_bytes_of_the_file(tmp_path):
    """The file carries its own salt, so the passphrase alone derives its key again."""
    key = new_key(
        "a passphrase",
    )
    path = _encrypted_file(tmp_path / "notes.sqlite3", key)
    assert read_salt(path) == key.salt
    assert key_for_file(path, "a passphrase") == key


def test_each_new_key_has_its_own_random_salt():
    """Two databases encrypted with the same passphrase do not share a key."""
    first, second = new_key("same words"), new_key("same words")
    assert first.salt != second.salt
    assert first.raw != second.raw


def test_a_wrong_passphrase_does_not_open_the_file(tmp_path):
    """A key from another passphrase is refused with a typed error, not garbage data."""
    path = _encrypted_file(
        tmp_path / "notes.sqlite3",
        new_key(
            "right",
        ),
    )
    wrong = key_for_file(path, "wrong")
    assert not key_opens(path, wrong)
    with pytest.raises(WrongPassphraseError, match="cannot be recovered"):
        connect(path, key=wrong)


def test_a_passphrase_typed_composed_or_decomposed_opens_the_same_notes(quick_keys):
    """ "é" typed as one character or as "e" and an accent gives the same key (NFC)."""
    salt = os.urandom(SALT_BYTES)
    composed = unicodedata.normalize("NFC", "café crème")
    decomposed = unicodedata.normalize("NFD", "café crème")
    assert composed != decomposed
    assert derive_key(composed, salt) == derive_key(decomposed, salt)


@settings(max_examples=60, deadline=None)
@given(passphrase=st.text(min_size=1, max_size=40), other=st.text(min_size=1, max_size=40))
def test_a_key_matches_its_own_passphrase_and_no_other(passphrase, other):
    """`matches` (used to unlock a locked window) says yes to the passphrase and no to any
    passphrase that normalizes differently."""
    iterations = keys.KDF_ITERATIONS
    keys.KDF_ITERATIONS = 1_000
    try:
        key = derive_key(passphrase, b"\x01" * SALT_BYTES)
        assert key.matches(passphrase)
        same = unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", passphrase)
        assert key.matches(other) is same
        assert not key.matches("")
    finally:
        keys.KDF_ITERATIONS = iterations


def test_an_empty_passphrase_is_refused():
    """No one can set, or be asked to type, an empty passphrase."""
    with pytest.raises(ValueError, match="empty"):
        new_key("")
    with pytest.raises(ValueError, match="empty"):
        PassphraseKeys("")


def test_the_key_never_shows_in_its_repr():
    """Logging or printing a key (or an error holding one) does not write it out."""
    key = DatabaseKey(raw=b"\xab" * 32, salt=b"\x01" * 16)
    assert "ab" * 4 not in repr(key)
    assert "raw" not in repr(key)


def test_passphrase_keys_derive_once_per_salt(monkeypatch):
    """Backups sharing the database's salt cost no second derivation."""
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)
    calls = []
    real = keys.derive_key
    monkeypatch.setattr(keys, "derive_key", lambda p, s: calls.append(s) or real(p, s))
    ring = PassphraseKeys("words")
    salt = os.urandom(SALT_BYTES)
    assert ring.for_salt(salt) is ring.for_salt(salt)
    ring.fresh()
    assert len(calls) == 2


def test_an_encrypted_database_looks_encrypted(tmp_path):
    """A real SQLCipher file is recognized as possibly encrypted; a plain one is not."""
    encrypted = _encrypted_file(tmp_path / "secret.sqlite3", new_key("words"))
    plain = tmp_path / "plain.sqlite3"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert looks_encrypted(encrypted)
    assert not looks_encrypted(plain)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        (b"Notes I typed into a text editor.\n" * 200)[:4096],
        b"\0" * 8192,
        os.urandom(20_000),
        b"SQLite format 3\x00" + os.urandom(4080),
    ],
    ids=["empty", "text of whole pages", "zeroed pages", "garbage not of whole pages", "plain"],
)
def test_damage_is_not_mistaken_for_encryption(tmp_path, content):
    """Text, zeros, odd-sized garbage and plain headers are not taken for an encrypted file,
    so the user is offered a backup instead of being asked for a passphrase they never set."""
    path = tmp_path / "belonging.sqlite3"
    path.write_bytes(content)
    assert not looks_encrypted(path)
