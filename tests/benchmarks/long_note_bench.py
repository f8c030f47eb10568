"""A past conversation with a note of a megabyte, opened as a person opens it.

A note that long (pasted, or written by another program) takes a second or more to format.
The app formats it where the conversation is read, off the UI thread; what stays on the UI
thread is laying the formatted note into its box. The app runs in this process and its own
`HistoryController` opens the conversation, as a click on it in the pair's page does; a
heartbeat on the UI thread measures the longest stall from asking to the page shown. The same
page is opened first with the note as it was written, so the figure is what the megabyte
adds to a page of twenty-odd notes.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from belonging.storage.database import database_path

from .app_driver import RunningApp, wait_until
from .heartbeat import Heartbeat

#: The size of the note, in characters.
NOTE_CHARS = 1_000_000
_PARAGRAPH = (
    "We talked about the year *everything* changed, and what it taught us; "
    "[the map](https://example.org) came out again. " * 6
)


@dataclass
class LongNoteResult:
    """The UI thread's longest stall from asking for the page to it shown (median of the
    openings), with the note a megabyte long and with it as written; milliseconds to the
    page shown with the long note."""

    long_stall_ms: float
    written_stall_ms: float
    long_shown_ms: float
    note_chars: int

    @property
    def added_ms(self) -> float:
        """The stall the megabyte adds to the same page."""
        return round(self.long_stall_ms - self.written_stall_ms, 1)


def measure_long_note(data_dir: Path, pair_id: int, runs: int = 3) -> LongNoteResult:
    """Opens the newest conversation of `pair_id` `runs` times with its newest note as
    written, then `runs` times with that note a megabyte long (see the module docstring)."""
    db_path = database_path(data_dir)
    conversation_id = _newest_conversation(db_path, pair_id)
    written = _open_times(data_dir, conversation_id, runs)
    text = _make_long_note(db_path, pair_id)
    long = _open_times(data_dir, conversation_id, runs)
    return LongNoteResult(
        long_stall_ms=round(statistics.median(stall for stall, _shown in long), 1),
        written_stall_ms=round(statistics.median(stall for stall, _shown in written), 1),
        long_shown_ms=round(statistics.median(shown for _stall, shown in long), 1),
        note_chars=len(text),
    )


def _open_times(data_dir: Path, conversation_id: int, runs: int) -> list[tuple[float, float]]:
    """(longest stall, time to shown) of each opening, in milliseconds."""
    app = RunningApp(data_dir)
    try:
        history = app.controller.navigator.history
        return [_open_once(app, history, conversation_id) for _ in range(runs)]
    finally:
        app.close()


def _open_once(app: RunningApp, history, conversation_id: int) -> tuple[float, float]:
    wait_until(lambda: not app.controller.jobs.busy, what="the job runner to be idle")
    heartbeat = Heartbeat()
    loop = QEventLoop()
    done: list[float] = []

    def on_opened(_record) -> None:
        # After the page's layout, which the next turn of the event loop carries out.
        QTimer.singleShot(0, lambda: (done.append(time.perf_counter()), loop.quit()))

    history.opened.connect(on_opened)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(120_000)
    heartbeat.start()
    started = time.perf_counter()
    history.open(conversation_id)
    loop.exec()
    heartbeat.stop()
    give_up.stop()
    history.opened.disconnect(on_opened)
    if not done:
        raise TimeoutError("waited 120 s for the conversation's page")
    stall = max(heartbeat.gaps)  # the first counts too: it starts as the page is asked for
    return stall, (done[0] - started) * 1000


def _newest_conversation(db_path: Path, pair_id: int) -> int:
    return _newest_note(db_path, pair_id)[0]


def _newest_note(db_path: Path, pair_id: int) -> tuple[int, int]:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(
            "SELECT c.id, n.id FROM conversation AS c JOIN note AS n "
            "ON n.conversation_id = c.id WHERE c.pair_id = ? "
            "ORDER BY c.started_at DESC, n.id DESC LIMIT 1",
            (pair_id,),
        ).fetchone()
    finally:
        connection.close()


def _make_long_note(db_path: Path, pair_id: int) -> str:
    text = (_PARAGRAPH + "\n\n") * (NOTE_CHARS // (len(_PARAGRAPH) + 2))
    _conversation_id, note_id = _newest_note(db_path, pair_id)
    connection = sqlite3.connect(db_path)
    try:
        with connection:
            connection.execute("UPDATE note SET text = ? WHERE id = ?", (text, note_id))
    finally:
        connection.close()
    return text
