"""A writer killed outright while saving notes, over and over, loses nothing it committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from belonging.storage.database import create_database_engine, database_path
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.opening.integrity import DatabaseState, check_database
from support.durability import integrity_check, new_conversation, read_notes
from support.note_writer import note_text

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the writer forks; SIGKILL is POSIX only"
)

KILLS = 25
WRITER = Path(__file__).parents[1] / "support" / "note_writer.py"


@dataclass
class _Reports:
    """What the writers said they committed: note id -> (round, index, last version)."""

    notes: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    first_id_of_round: dict[int, int] = field(default_factory=dict)

    def saved(self, round_number: int, note_id: int, version: int) -> None:
        first = self.first_id_of_round.setdefault(round_number, note_id)
        # Ids of one writer rise by one per note, so the index is recovered from the id.
        self.notes[note_id] = (round_number, note_id - first, version)


def _kill_one_writer(zygote: subprocess.Popen, round_number: int, kill_after: int, reports):
    zygote.stdin.write(f"go {round_number}\n")
    zygote.stdin.flush()
    pid, seen = None, 0
    while True:
        line = zygote.stdout.readline()
        assert line, "the writer's parent stopped unexpectedly"
        word, *rest = line.split()
        if word == "child":
            pid = int(rest[0])
        elif word == "saved":
            reports.saved(int(rest[0]), int(rest[1]), int(rest[2]))
            seen += 1
        elif word == "reaped":
            status = int(rest[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"the writer ended by itself (status {status}) instead of being killed"
            )
            return
        if pid is not None and seen >= kill_after:
            os.kill(pid, signal.SIGKILL)
            kill_after = float("inf")


def _assert_every_reported_note_is_intact(db_path: Path, reports: _Reports) -> None:
    stored = read_notes(db_path)
    for note_id, (round_number, index, version) in reports.notes.items():
        assert note_id in stored, f"note {note_id} was committed, then lost"
        # The writer may have committed version 1 and been killed before it could say so.
        allowed = {note_text(round_number, index, v) for v in range(version, 2)}
        assert stored[note_id] in allowed, f"note {note_id} does not hold its committed text"
    unreported = set(stored) - set(reports.notes)
    # Only the note being written at each kill may be there without having been reported.
    assert len(unreported) <= len(reports.first_id_of_round)


def test_killing_a_writer_mid_save_never_loses_a_committed_note(tmp_path):
    """25 SIGKILLs at random moments leave a sound database holding every committed note."""
    db_path = database_path(tmp_path)
    engine = create_database_engine(db_path)
    upgrade_to_head(engine)
    conversation_id = new_conversation(engine)
    engine.dispose()
    rng = random.Random(20260509)
    reports = _Reports()
    zygote = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(conversation_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        for round_number in range(KILLS):
            _kill_one_writer(zygote, round_number, rng.randint(0, 12), reports)
            assert check_database(db_path).state is DatabaseState.OK
            assert integrity_check(db_path) == "ok"
            _assert_every_reported_note_is_intact(db_path, reports)
    finally:
        zygote.stdin.close()
        zygote.wait()
    assert len(reports.notes) >= KILLS
