"""A process that saves notes as fast as it can, for tests that kill it or copy under it.

Run as `python note_writer.py DB_PATH CONVERSATION_ID`. It imports the app's storage code
once, then for every `go ROUND` line on stdin forks a writer and reports `child PID`. The
writer saves notes through the real engine factory and repositories, each in its own unit of
work, and reports `saved ROUND ID VERSION` only after the commit returned. Every note is saved
once as version 0, then rewritten as version 1, as autosave does while someone types. When
the writer ends (killed, usually), the zygote reports `reaped PID STATUS`.

Forking from one warm process keeps dozens of kills within seconds; each writer is a real,
separate process with its own connections, and dies as abruptly as a crash.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

_ALPHABET = "abcdefghij klmnop qrstuvwxyz ÀÉÎõü ßø 私は 🌱 \n"
# Bounds a writer nobody kills, so a broken test cannot leave one running for ever.
_MAX_NOTES_PER_WRITER = 2000


def note_text(round_number: int, index: int, version: int) -> str:
    """The exact text a writer saves for note `index` of `round_number` at `version`.

    Lengths vary from a few words to several pages of the database, so commits span many
    pages and a kill can land in the middle of any of them.
    """
    rng = random.Random(f"{round_number}/{index}/{version}")
    length = rng.choice((12, 200, 1500, 9000))
    body = "".join(rng.choice(_ALPHABET) for _ in range(length))
    return f"round {round_number} note {index} v{version}: {body}"


def _say(line: str) -> None:
    # One unbuffered write per line: nothing sits in a buffer to be lost or duplicated by fork.
    os.write(1, (line + "\n").encode("utf-8"))


def _write_notes(db_path: Path, conversation_id: int, round_number: int) -> None:
    from belonging.storage.database import create_database_engine, session_scope
    from belonging.storage.repositories import save_note

    engine = create_database_engine(db_path)
    for index in range(_MAX_NOTES_PER_WRITER):
        note_id = None
        for version in (0, 1):
            with session_scope(engine) as session:
                note = save_note(
                    session=session,
                    note_id=note_id,
                    conversation_id=conversation_id,
                    text=note_text(round_number, index, version),
                )
                note_id = note.id
            _say(f"saved {round_number} {note_id} {version}")


def main() -> None:
    """Serve `go ROUND` requests until stdin closes."""
    db_path, conversation_id = Path(sys.argv[1]), int(sys.argv[2])
    import belonging.storage.database
    import belonging.storage.repositories  # noqa: F401  (warm the imports before forking)

    for line in sys.stdin:
        round_number = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                _write_notes(db_path, conversation_id, round_number)
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                os._exit(status)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
