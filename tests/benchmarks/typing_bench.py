"""Typing 2,000 characters into a note with autosave on: UI stalls, and time to durable.

The note is the shared note of the first prompt of a new conversation with the pair of
1,000 conversations, in the real window, saved by the real autosave. Keys are sent one at a
time from a timer, so the event loop turns between them as it does for a person: quickly
(every `KEY_INTERVAL_MS`), with a pause just longer than the autosave's debounce every
`BURST` characters, so saves run while typing goes on. A 1 ms heartbeat timer records how
long the UI thread went without turning: the longest gap is the longest stall. After the
last key, a thread opens a fresh read-only connection every 2 ms until the note's text is
there in full: that is "durable".
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from belonging.application.saving import DEBOUNCE_S
from belonging.storage.database import database_path

from .app_driver import RunningApp
from .corpus import Corpus
from .heartbeat import Heartbeat

KEY_INTERVAL_MS = 8
BURST = 250
PAUSE_MS = round(DEBOUNCE_S * 1000) + 60
SCRIPT_ID = "defining-moments"


@dataclass
class TypingResult:
    """What typing showed: the longest UI stall, the gaps over a frame, time to durable."""

    characters: int
    longest_stall_ms: float
    p99_gap_ms: float
    gaps_over_16ms: int
    durable_ms: float
    typing_seconds: float
    #: Processor time the UI thread itself, and the whole process, spent in the longest gap.
    longest_stall_busy_ms: float
    longest_stall_process_ms: float
    gaps: list[float] = field(default_factory=list, repr=False)


def _wait_durable(db: Path, conversation_id: int, text: str, found: list[float]) -> None:
    uri = f"{db.resolve().as_uri()}?mode=ro"
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        connection = sqlite3.connect(uri, uri=True)
        try:
            rows = connection.execute(
                "SELECT text FROM note WHERE conversation_id = ?", (conversation_id,)
            ).fetchall()
        finally:
            connection.close()
        if any(row[0] == text for row in rows):
            found.append(time.perf_counter())
            return
        time.sleep(0.002)


def measure_typing(data_dir: Path, pair_id: int, characters: int = 2000) -> TypingResult:
    """Types `characters` into a new conversation's prompt note and measures (see above)."""
    app = RunningApp(data_dir)
    try:
        app.open_conversation(pair_id, SCRIPT_ID)
        editor = app.window.conversation.notes_panel.prompt_note.editor
        editor.setFocus()
        raw = Corpus(random.Random(9)).typing_text(characters + 200)
        # Keys as a US keyboard types them, cut at exactly `characters`.
        text = raw.encode("ascii", "ignore").decode()[:characters]
        return _type(app, editor, text)
    finally:
        app.close()


def _type(app: RunningApp, editor, text: str) -> TypingResult:
    heartbeat = Heartbeat()
    loop = QEventLoop()
    state = {"index": 0, "last_key": 0.0, "first_key": 0.0}
    durable: list[float] = []
    db = database_path(app.controller.data_dir)

    def next_key() -> None:
        index = state["index"]
        if index == 0:
            state["first_key"] = time.perf_counter()
        QTest.keyClicks(editor, text[index])
        state["index"] = index + 1
        if state["index"] < len(text):
            pause = PAUSE_MS if state["index"] % BURST == 0 else KEY_INTERVAL_MS
            key_timer.start(pause)
            return
        state["last_key"] = time.perf_counter()
        typed = editor.toPlainText()
        watcher = threading.Thread(
            target=_wait_durable, args=(db, app.conversation_id, typed, durable), daemon=True
        )
        watcher.start()
        check.start()

    def check_done() -> None:
        # A quarter of a second more after durable catches a stall the save itself causes.
        settled = durable and time.perf_counter() - durable[0] > 0.25
        if settled or time.perf_counter() - state["last_key"] > 30:
            loop.quit()

    key_timer = QTimer()
    key_timer.setSingleShot(True)
    key_timer.setTimerType(Qt.TimerType.PreciseTimer)
    key_timer.timeout.connect(next_key)
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(check_done)
    heartbeat.start()
    key_timer.start(KEY_INTERVAL_MS)
    loop.exec()
    heartbeat.stop()
    check.stop()
    if not durable:
        raise RuntimeError("the typed note was not found in the database within 30 s")
    if editor.toPlainText() != text:
        raise RuntimeError("the editor does not hold what was typed")
    gaps = heartbeat.gaps[1:]
    longest = heartbeat.longest()
    return TypingResult(
        characters=len(text),
        longest_stall_ms=heartbeat.gaps[longest],
        longest_stall_busy_ms=heartbeat.busy[longest],
        longest_stall_process_ms=heartbeat.process_busy[longest],
        p99_gap_ms=statistics.quantiles(gaps, n=100)[-1],
        gaps_over_16ms=sum(1 for gap in gaps if gap > 16),
        durable_ms=(durable[0] - state["last_key"]) * 1000,
        typing_seconds=state["last_key"] - state["first_key"],
        gaps=gaps,
    )
