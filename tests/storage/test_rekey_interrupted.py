"""A change of passphrase cut short anywhere (a kill, a disk error after any file operation)
ends, at the next start, with every file under one passphrase and the person told which."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from belonging.storage.encryption.keys import (
    PassphraseKeys,
    PassphraseNotSetError,
    PassphraseRequiredError,
    WrongPassphraseError,
    has_sqlite_header,
)
from belonging.storage.encryption.reencrypt import database_copies
from belonging.storage.encryption.rekey_plan import RekeyKind, plan_path
from belonging.storage.files.backups import make_backup
from belonging.storage.files.copying import content_digest
from belonging.storage.opening.integrity import aside_path, key_opens
from belonging.storage.opening.startup import open_data_folder
from support.encryption import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    quick_key_derivation,
    words,
    write_session,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the re-keying is forked")

DAY = date(2026, 5, 9)
KILLER = Path(__file__).parents[1] / "support" / "rekey_killer.py"
#: What each re-keying starts from and goes to: (passphrase before, passphrase after).
PASSPHRASES = {
    RekeyKind.SET: (None, PASSPHRASE),
    RekeyKind.CHANGE: (PASSPHRASE, OTHER_PASSPHRASE),
    RekeyKind.REMOVE: (PASSPHRASE, None),
}


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`), as the killer process uses."""
    quick_key_derivation(monkeypatch)


@pytest.fixture(scope="module")
def killer():
    """The warm process that forks each re-keying to be cut short."""
    process = subprocess.Popen(
        [sys.executable, str(KILLER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    yield process
    process.stdin.close()
    process.wait(timeout=30)


def _prepared(folder: Path, kind: RekeyKind) -> Path:
    """A data folder on its third day: a session of notes, two daily backups and a
    database kept aside, under the passphrase the re-keying starts from."""
    before, _after = PASSPHRASES[kind]
    first = open_data_folder(folder, today=DAY - timedelta(days=2), passphrase=before)
    write_session(first.engine, words("Kept"))
    first.close()
    open_data_folder(folder, today=DAY - timedelta(days=1), passphrase=before).close()
    opened = open_data_folder(folder, today=DAY, passphrase=before)
    make_backup(opened.database, aside_path(opened.database, "before-restore"), key=opened.key)
    opened.close()
    return folder


def _ask(killer, word: str, folder: Path, kind: RekeyKind, limit: int) -> str:
    killer.stdin.write(f"{word} {folder} {kind.value} {limit} {DAY.isoformat()}\n")
    killer.stdin.flush()
    answer = killer.stdout.readline().strip()
    assert answer, "the killer process stopped"
    assert not answer.startswith("crashed"), answer
    return answer


def _open_as_the_person_would(folder: Path, kind: RekeyKind):
    """Opens with the passphrase just typed, else the one from before: what they try."""
    before, after = PASSPHRASES[kind]
    told_before_typing = None
    for passphrase in (after, before):
        try:
            opened = open_data_folder(folder, today=DAY, passphrase=passphrase)
            return opened, passphrase, told_before_typing
        except (PassphraseRequiredError, WrongPassphraseError) as error:
            told_before_typing = getattr(error, "rekeying", None)
        except PassphraseNotSetError:
            continue
    raise AssertionError("neither passphrase opens the notes")


def _assert_one_passphrase(folder: Path, passphrase: str | None) -> None:
    """The database and every copy open with `passphrase` (plain SQLite when None)."""
    keys = PassphraseKeys(passphrase) if passphrase is not None else None
    files = [folder / "belonging.sqlite3", *database_copies(folder)]
    assert len(files) == 4  # the database, two daily backups, one kept aside
    for path in files:
        if keys is None:
            assert has_sqlite_header(path), f"{path.name} is still encrypted"
        else:
            assert not has_sqlite_header(path), f"{path.name} is still plain"
            assert key_opens(path, keys.for_file(path)), f"{path.name} is under another key"
    leftovers = [p.name for p in folder.rglob(".*") if p.name != ".belonging.sqlite3.closed"]
    assert leftovers == []


def _digest(folder: Path, passphrase: str | None) -> str:
    path = folder / "belonging.sqlite3"
    key = PassphraseKeys(passphrase).for_file(path) if passphrase is not None else None
    return content_digest(path, key=key)


@pytest.mark.parametrize("kind", list(RekeyKind))
def test_a_rekeying_killed_after_any_file_operation_is_settled_and_told(killer, tmp_path, kind):
    """Killed after each file operation in turn, the re-keying is finished or undone at the
    next start: every file opens with the one passphrase that opened the notes, no note is
    lost, nothing half done is left, and the start says which passphrase it is."""
    template = _prepared(tmp_path / "template", kind)
    before, after = PASSPHRASES[kind]
    original = _digest(template, before)
    outcomes = set()
    limit = 0
    while True:
        limit += 1
        folder = tmp_path / f"killed-{limit}"
        shutil.copytree(template, folder)
        if _ask(killer, "go", folder, kind, limit) == "finished":
            break
        planned = plan_path(folder).exists()
        opened, passphrase, told_before = _open_as_the_person_would(folder, kind)
        try:
            note = opened.rekeying
            if planned:
                assert note is not None and note.kind is kind
                assert note.finished == (passphrase == after)
                assert note.encrypted == opened.encrypted
                if told_before is not None:  # the prompt could say so before they typed
                    assert told_before == note
            else:
                # Killed before the plan was written (nothing had changed), or after it was
                # removed (everything had): there is nothing to settle, or to tell.
                assert note is None
            outcomes.add("finished" if passphrase == after else "undone")
        finally:
            opened.close()
        _assert_one_passphrase(folder, passphrase)
        assert _digest(folder, passphrase) == original
        reopened = open_data_folder(folder, today=DAY, passphrase=passphrase)
        assert reopened.rekeying is None  # told once
        reopened.close()
        shutil.rmtree(folder)
    assert limit > 20  # every file operation of a real re-keying was a kill point
    assert outcomes == {"finished", "undone"}


@pytest.mark.parametrize("kind", list(RekeyKind))
def test_a_disk_error_after_any_file_operation_leaves_one_passphrase(killer, tmp_path, kind):
    """A disk error at any file operation is undone before it is reported (or, past the
    point of no return, the change is simply done): the open folder goes on working, and
    every file is under the passphrase it holds."""
    template = _prepared(tmp_path / "template", kind)
    before, after = PASSPHRASES[kind]
    original = _digest(template, before)
    limit = 0
    while True:
        limit += 1
        folder = tmp_path / f"failed-{limit}"
        shutil.copytree(template, folder)
        answer = _ask(killer, "fail", folder, kind, limit)
        if answer == "finished":
            break
        held = after if answer == "failed new" else before
        # The passphrase the open folder held opens everything at the next start.
        open_data_folder(folder, today=DAY, passphrase=held).close()
        _assert_one_passphrase(folder, held)
        assert _digest(folder, held) == original
        shutil.rmtree(folder)
    assert limit > 20


def _cut_before_the_database_swap(killer, template: Path, tmp_path: Path) -> Path:
    """A copy of `template` whose change of passphrase was killed once committed, before the
    database itself was swapped: the next start would put the new copy in its place."""
    for limit in range(1, 200):
        folder = tmp_path / f"cut-{limit}"
        shutil.copytree(template, folder)
        assert _ask(killer, "go", folder, RekeyKind.CHANGE, limit) == "killed"
        plan = plan_path(folder)
        waiting = folder / ".belonging.sqlite3.rekeying"
        if plan.exists() and '"committed"' in plan.read_text() and waiting.exists():
            return folder
        shutil.rmtree(folder)
    raise AssertionError("no kill point between the commit and the database swap")


def test_a_restore_before_the_next_start_is_not_replaced_by_the_settling(killer, tmp_path):
    """`belonging restore` run before the app starts again settles the cut-short change
    first, so the restored notes stay in place; `belonging backup` waits for the app."""
    from belonging.application.backups import BackupRefusedError, back_up, restore

    template = _prepared(tmp_path / "template", RekeyKind.CHANGE)
    other = open_data_folder(tmp_path / "other", today=DAY, passphrase=PASSPHRASE)
    write_session(other.engine, words("Restored"))
    backup = make_backup(other.database, tmp_path / "restore-me.sqlite3", key=other.key)
    other.close()
    folder = _cut_before_the_database_swap(killer, template, tmp_path)
    with pytest.raises(BackupRefusedError, match="interrupted"):
        back_up(folder, None, lambda path: None, encrypted=True)
    key = PassphraseKeys(PASSPHRASE).for_file(backup)
    restore(folder, backup, lambda path: key, lambda *args: None, encrypted=True)
    opened = open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    try:
        assert opened.rekeying is not None and opened.rekeying.finished
        with opened.engine.connect() as connection:
            names = connection.exec_driver_sql("SELECT name FROM person").scalars().all()
        assert f"Ada {words('Restored').owner}" in names
    finally:
        opened.close()
