"""The passphrase and the key it opens: derived in memory, never written to disk.

A passphrase becomes a 256-bit key exactly as SQLCipher 4 itself would derive it: PBKDF2 with
HMAC-SHA512, 256,000 iterations, over the 16 random bytes of salt that SQLCipher keeps at the
start of every encrypted file. The app derives the key once, in Python, and hands SQLCipher
the raw key (`x'…'`) together with its salt, for three reasons:

- every file (the database and each backup) carries its own salt in its first 16 bytes, so any
  one of them opens with the passphrase alone, in Belonging or in the `sqlcipher` shell
  (`PRAGMA key = '…'`), years from now, with no key file beside it that could be lost;
- the slow derivation runs once per opening instead of once per database connection;
- what stays in memory while the app runs is the derived key, not the words typed.

Only the salt is on disk, as SQLCipher always keeps it; neither the passphrase nor the key is.
A forgotten passphrase cannot be recovered by anyone: there is no reset and no back door.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from belonging.storage.opening.file_state import SQLITE_HEADER

if TYPE_CHECKING:
    from belonging.storage.encryption.rekey_plan import SettledRekeying

# An encrypted database starts with its salt where a plain one has SQLITE_HEADER.

#: SQLCipher 4's own key derivation settings, so files stay readable by any SQLCipher 4 tool.
#: 256,000 iterations of PBKDF2-HMAC-SHA512 is above OWASP's 2023 advice (210,000).
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
#: SQLCipher encrypts whole pages; its smallest possible file is one page of at least 512 bytes.
_MIN_PAGE = 512
#: Every plain SQLite file has these payload fractions (64, 32, 32) at offset 21 of its header.
_PLAIN_FRACTIONS_AT = 21
_PLAIN_FRACTIONS = b"\x40\x20\x20"


class PassphraseError(Exception):
    """A problem with the passphrase (missing, wrong, or not set); the message can be shown.

    At start, `rekeying` is a change of passphrase that a crash cut short and this start
    finished or undid (`rekey_plan`): a prompt should say which passphrase opens the notes
    now, before the person types the other one.
    """

    rekeying: SettledRekeying | None = None


class PassphraseRequiredError(PassphraseError):
    """The notes are encrypted and no passphrase was given: ask for it, then open again."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.data_dir = self.database.parent
        super().__init__(
            f"The notes in {self.data_dir} are protected by a passphrase. Enter it to open them."
        )


class WrongPassphraseError(PassphraseError):
    """The passphrase does not open the file; nothing was changed. Ask again.

    A file damaged in its very first page cannot be told apart from a wrong passphrase, so the
    message mentions it; at start, a backup that opens with the same passphrase tells the two
    apart (see `startup.open_data_folder`).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(
            f"This passphrase does not open {self.path.name}. Check it (and the keyboard "
            "layout, and Caps Lock) and try again. Nothing has been changed. A forgotten "
            "passphrase cannot be recovered."
        )


class PassphraseNotSetError(PassphraseError):
    """A passphrase was given for notes that have none; set one first (`set_passphrase`)."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        super().__init__(
            f"The notes in {self.database.parent} are not protected by a passphrase, "
            "so there is none to enter. You can set one in the settings."
        )


def normalize_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: Unicode NFC, then UTF-8.

    Different keyboards and systems type "é" as one character or as "e" plus an accent;
    normalizing first makes both open the same notes. Raises ValueError for an empty one.
    """
    if not passphrase:
        raise ValueError("a passphrase cannot be empty")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class DatabaseKey:
    """The derived key of one set of files sharing a salt: the database and its backups.

    `raw` never leaves memory: it is passed to SQLCipher as a literal and never logged
    (it is hidden from `repr`). Python cannot wipe it from memory afterwards; the operating
    system's swap could hold it, which the README says plainly.
    """

    raw: bytes = field(repr=False)
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes of key and 16 bytes of salt")

    def sql_literal(self) -> str:
        """The key as SQLCipher's raw-key literal, salt included: `x'<key><salt>'`."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    def matches(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one this key came from (to unlock a locked window).

        Takes as long as one derivation (a fraction of a second); run it off the UI thread.
        """
        try:
            candidate = derive_key(passphrase, self.salt)
        except ValueError:
            return False
        return hmac.compare_digest(candidate.raw, self.raw)


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    """The key SQLCipher 4 derives from `passphrase` for a file with this `salt`."""
    raw = hashlib.pbkdf2_hmac(
        KDF_ALGORITHM, normalize_passphrase(passphrase), salt, KDF_ITERATIONS, KEY_BYTES
    )
    return DatabaseKey(raw=raw, salt=bytes(salt))


def new_key(passphrase: str) -> DatabaseKey:
    """A key with a fresh random salt, for files about to be encrypted."""
    return derive_key(passphrase, secrets.token_bytes(SALT_BYTES))


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher stores in the first 16 bytes of an encrypted file."""
    with Path(path).open("rb") as file:
        salt = file.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"{path} is too short to be an encrypted database")
    return salt


def key_for_file(path: Path, passphrase: str) -> DatabaseKey:
    """The key `passphrase` gives for the encrypted file at `path` (not yet checked)."""
    return derive_key(passphrase, read_salt(path))


def has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as every unencrypted SQLite database does."""
    try:
        with Path(path).open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def looks_encrypted(path: Path) -> bool:
    """Whether the file may be an SQLCipher database (and a passphrase should be asked for).

    Encrypted bytes cannot be told apart from random ones, by design. This says no for what
    damage usually leaves: a size that is not whole pages, text, one repeated byte (a zeroed
    page), or a plain SQLite first page whose header was hit (its fixed bytes at 21-23 are
    still there, or most of the header is). Random garbage of whole pages still says yes; the
    UI then asks for a passphrase, and offers "I never set one" (see `open_data_folder`).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(_PLAIN_FRACTIONS_AT + len(_PLAIN_FRACTIONS))
    except (FileNotFoundError, IsADirectoryError):
        return False
    salt = head[:SALT_BYTES]
    if size < _MIN_PAGE or size % _MIN_PAGE or salt == SQLITE_HEADER:
        return False
    if len(set(salt)) == 1 or head[_PLAIN_FRACTIONS_AT:] == _PLAIN_FRACTIONS:
        return False
    if sum(a == b for a, b in zip(salt, SQLITE_HEADER, strict=True)) >= len(SQLITE_HEADER) // 2:
        return False
    return not all(32 <= byte < 127 or byte in b"\t\n\r" for byte in salt)


class PassphraseKeys:
    """Derives the key of each file from one passphrase, once per salt, for one opening.

    Backups made by this app share the database's salt; a file from elsewhere has its own.
    Keep an instance only as long as the opening or re-keying that needs it: it holds the
    passphrase.
    """

    def __init__(self, passphrase: str) -> None:
        normalize_passphrase(passphrase)  # refuse an empty one at once
        self._passphrase = passphrase
        self._by_salt: dict[bytes, DatabaseKey] = {}

    def for_salt(self, salt: bytes) -> DatabaseKey:
        """The key for files with this salt."""
        key = self._by_salt.get(salt)
        if key is None:
            key = self._by_salt[salt] = derive_key(self._passphrase, salt)
        return key

    def for_file(self, path: Path) -> DatabaseKey:
        """The key for the encrypted file at `path`."""
        return self.for_salt(read_salt(path))

    def fresh(self) -> DatabaseKey:
        """A key with a new random salt, for a database being created or re-keyed."""
        return self.for_salt(os.urandom(SALT_BYTES))
