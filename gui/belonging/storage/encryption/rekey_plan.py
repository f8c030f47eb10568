"""A change of passphrase cut short is finished or undone at the next start, never left half
done, and the person is told which.

A re-keying (`passphrase`) writes a plan beside the database before it changes anything,
and works in two steps:

1. every file (the database, each backup, each database kept aside) is copied under the new
   key beside itself (`.NAME.rekeying`), checked and compared with its original, which is
   not touched;
2. the plan is marked committed, naming those copies, and only then is each renamed over
   its original.

At the next start (`settle`, before any passphrase is asked) a plan that was not committed
is undone: the copies are removed and every file is still under the passphrase from before.
A committed one is finished: the copies still waiting are renamed in and every file is under
the new passphrase (or plain, when it was being removed). Neither needs a key, so no file
is ever left under a passphrase the person was not told about.

Why this way round: the person typed the new passphrase and saw no "done", so either may be
what they type next. Step 1 is nearly all of the time, and until it ends the new passphrase
does not open every file: finishing would need the old one too. So the old one stays, as it
was before they asked. Once every copy exists, a few renames remain and the new one wins.
Either way the start says so once (`take_note`, `OpenedDataFolder.rekeying`), and a prompt for
the passphrase can say it before anything is typed (`pending_note`).
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from belonging.storage.files.durability import fsync_dir, fsync_file
from belonging.storage.files.locations import backups_dir

PLAN_FILE_NAME = ".belonging-rekeying.json"
PARTIAL_SUFFIX = ".rekeying"
OLD_SUFFIX = ".before-rekey"


class RekeyKind(enum.Enum):
    """What the re-keying was for."""

    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


class _Phase(enum.Enum):
    COPYING = "copying"
    COMMITTED = "committed"
    FINISHED = "finished"
    UNDONE = "undone"


@dataclass(frozen=True)
class SettledRekeying:
    """A change of passphrase a crash cut short, as the next start settled it: `finished`
    (every file under the new passphrase, or plain if it was being removed) or undone
    (every file as it was before)."""

    kind: RekeyKind
    finished: bool

    @property
    def encrypted(self) -> bool:
        """Whether the notes are protected by a passphrase now."""
        if self.kind is RekeyKind.CHANGE:
            return True
        return self.finished == (self.kind is RekeyKind.SET)


def partial_path(path: Path) -> Path:
    """Where the re-keyed copy of `path` is written before it replaces it."""
    return path.with_name(f".{path.name}{PARTIAL_SUFFIX}")


def old_path(path: Path) -> Path:
    """Where the original of `path` is kept for a moment after the copy replaced it."""
    return path.with_name(f".{path.name}{OLD_SUFFIX}")


class RekeyPlan:
    """The plan file of one re-keying of `data_dir` (see the module docstring)."""

    def __init__(self, data_dir: Path, kind: RekeyKind) -> None:
        self.data_dir = Path(data_dir)
        self.kind = kind

    def begin(self) -> None:
        """Before the first copy: a crash from here on is undone at the next start."""
        _write(self.data_dir, self.kind, _Phase.COPYING)

    def commit(self, files: Iterable[Path]) -> None:
        """Every copy of `files` is written and checked: a crash from here on is finished.

        The copies are flushed to the disk one by one as they are made; this makes their
        names durable first, so a plan never names a copy that a power cut could take away.
        """
        names = [Path(path).relative_to(self.data_dir).as_posix() for path in files]
        for folder in {self.data_dir / Path(name).parent for name in names}:
            fsync_dir(folder)
        _write(self.data_dir, self.kind, _Phase.COMMITTED, names)

    def end(self) -> None:
        """The re-keying is over (done or undone in this session): nothing to settle."""
        plan_path(self.data_dir).unlink(missing_ok=True)
        fsync_dir(self.data_dir)


def plan_path(data_dir: Path) -> Path:
    """The plan file of a re-keying under way in `data_dir`."""
    return Path(data_dir) / PLAN_FILE_NAME


def settle(data_dir: Path) -> None:
    """Finish or undo a re-keying a crash cut short; call it under the folder's lock, first.

    The outcome stays noted for `take_note`. Leftover originals (`.before-rekey`) are left
    for `reencrypt.clear_leftovers`, which overwrites them and removes them.
    """
    data_dir = Path(data_dir)
    kind, phase, names = _read(data_dir)
    if kind is None or phase in (_Phase.FINISHED, _Phase.UNDONE):
        return
    if phase is _Phase.COMMITTED:
        for name in names:
            _put_in_place(data_dir / name)
        for folder in (data_dir, backups_dir(data_dir)):
            if folder.is_dir():
                fsync_dir(folder)
        _write(data_dir, kind, _Phase.FINISHED)
        return
    _undo(data_dir)
    _write(data_dir, kind, _Phase.UNDONE)


def unsettled(data_dir: Path) -> bool:
    """Whether a re-keying is under way in `data_dir`, or was cut short and not yet settled:
    until the next start settles it, which passphrase each file will end under is open."""
    _kind, phase, _names = _read(Path(data_dir))
    return phase in (_Phase.COPYING, _Phase.COMMITTED)


def pending_note(data_dir: Path) -> SettledRekeying | None:
    """What `settle` made of a re-keying cut short, not yet told; None if nothing."""
    kind, phase, _names = _read(Path(data_dir))
    if kind is None or phase not in (_Phase.FINISHED, _Phase.UNDONE):
        return None
    return SettledRekeying(kind, finished=phase is _Phase.FINISHED)


def take_note(data_dir: Path) -> SettledRekeying | None:
    """`pending_note`, removed once read: the person is told once."""
    note = pending_note(data_dir)
    if note is not None:
        with contextlib.suppress(OSError):
            plan_path(data_dir).unlink()
    return note


def swap_in(partial: Path, path: Path) -> Path:
    """Put `partial` in place of `path`, keeping the original reachable under `old_path`.

    Returns that name; the original's bytes are there until `discard_old` overwrites them.
    """
    old = old_path(path)
    old.unlink(missing_ok=True)
    try:
        os.link(path, old)
    except OSError:
        # No hard links here (FAT, some network shares): a rename keeps the original
        # instead, and `clear_leftovers` puts it back should the next rename never happen.
        path.replace(old)
        try:
            partial.replace(path)
        except BaseException:
            old.replace(path)
            raise
        return old
    partial.replace(path)
    return old


def _put_in_place(path: Path) -> None:
    """Finish one swap of a committed plan, wherever the crash left it."""
    partial = partial_path(path)
    if not partial.exists():
        return  # swapped already
    if old_path(path).exists() or not path.exists():
        partial.replace(path)  # the original is kept (or was moved) already
    else:
        swap_in(partial, path)


def _undo(data_dir: Path) -> None:
    """Remove every re-keyed copy, and put back any original one had replaced already
    (only an unreadable plan can leave one: a readable one is undone before any swap)."""
    for folder in (data_dir, backups_dir(data_dir)):
        if not folder.is_dir():
            continue
        for partial in folder.glob(f".*{PARTIAL_SUFFIX}"):
            for suffix in ("", "-journal", "-wal", "-shm"):
                partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        for old in folder.glob(f".*{OLD_SUFFIX}"):
            old.replace(old.with_name(old.name[1 : -len(OLD_SUFFIX)]))
        fsync_dir(folder)


def _write(data_dir: Path, kind: RekeyKind, phase: _Phase, names: list[str] = ()) -> None:
    """Replace the plan file in one step, flushed, so a crash never leaves half a plan."""
    path = plan_path(data_dir)
    temporary = path.with_name(f"{path.name}.partial")
    text = json.dumps({"kind": kind.value, "phase": phase.value, "files": list(names)})
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
    fsync_file(temporary)
    temporary.replace(path)
    fsync_dir(data_dir)


def _read(data_dir: Path) -> tuple[RekeyKind | None, _Phase | None, list[str]]:
    try:
        plan = json.loads(plan_path(data_dir).read_text(encoding="utf-8"))
        names = [str(name) for name in plan["files"]]
        if any(Path(name).is_absolute() or ".." in Path(name).parts for name in names):
            raise ValueError("a plan names only files inside the data folder")
        return RekeyKind(plan["kind"]), _Phase(plan["phase"]), names
    except FileNotFoundError:
        return None, None, []
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable: undo, the one outcome that needs to know nothing of the copies.
        return RekeyKind.CHANGE, _Phase.COPYING, []
