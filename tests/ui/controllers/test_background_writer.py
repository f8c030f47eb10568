"""The one database thread: jobs run in order, off the UI thread, and report back on it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from belonging.storage.database import create_database_engine, session_scope
from belonging.ui.controllers.background_writer import BackgroundWriter
from belonging.ui.controllers.write_queue import WriteQueue


@pytest.fixture
def writer(qapp):
    """A writer, shut down after the test."""
    made = BackgroundWriter()
    yield made
    made.shutdown()


def test_jobs_run_in_order_off_the_ui_thread_and_report_on_it(writer, qtbot):
    """Each job runs on the worker, in the order given; callbacks run on the UI thread."""
    ran: list[tuple[int, str]] = []
    reported: list[tuple[int, str]] = []
    for number in range(20):
        writer.submit(
            lambda number=number: ran.append((number, threading.current_thread().name)) or number,
            on_result=lambda value: reported.append((value, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: not writer.busy)
    assert [n for n, _ in ran] == list(range(20))
    assert all(name.startswith("belonging-db") for _, name in ran)
    assert reported == [(n, threading.main_thread().name) for n in range(20)]


def test_a_failing_job_reports_its_error_and_the_next_still_runs(writer, qtbot):
    """An exception goes to `on_error`; it does not stop the jobs after it."""
    errors: list[BaseException] = []
    results: list[int] = []
    writer.submit(lambda: 1 / 0, on_error=errors.append)
    writer.submit(lambda: 7, on_result=results.append)
    qtbot.waitUntil(lambda: not writer.busy)
    assert [type(e) for e in errors] == [ZeroDivisionError]
    assert results == [7]


def test_wait_idle_delivers_everything_at_once(writer):
    """Quitting waits for the queue and runs the callbacks without an event loop turn."""
    results: list[int] = []
    for number in range(5):
        writer.submit(lambda number=number: number, on_result=results.append)
    assert writer.wait_idle()
    assert results == list(range(5)) and not writer.busy


def test_the_write_queue_keeps_order_through_a_failure(writer, qtbot, tmp_path):
    """A batch that fails is retried whole, with later writes behind it, and each write's
    callback runs once, after its commit."""
    engine = create_database_engine(tmp_path / "queue.sqlite3")
    with session_scope(engine) as session:
        session.execute(text("CREATE TABLE line (n INTEGER PRIMARY KEY)"))
    queue = WriteQueue(writer, engine, retry_ms=50)
    failing = {"on": True}
    done: list[int] = []

    def insert(n: int):
        def write(session, _context):
            if failing["on"] and n == 2:
                raise OSError(28, "No space left on device")
            session.execute(text("INSERT INTO line (n) VALUES (:n)"), {"n": n})
            return n

        return write

    failures: list[str] = []
    queue.failed.connect(failures.append)
    for n in (1, 2, 3):
        queue.add(insert(n), on_done=done.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0] == "the disk is full"
    with session_scope(engine) as session:
        stored = [row[0] for row in session.execute(text("SELECT n FROM line ORDER BY n"))]
    assert 2 not in stored and 3 not in stored
    failing["on"] = False
    queue.add(insert(4), on_done=done.append)
    qtbot.waitUntil(lambda: queue.pending_count == 0 and not writer.busy)
    with session_scope(engine) as session:
        stored = [row[0] for row in session.execute(text("SELECT n FROM line ORDER BY n"))]
    assert stored == [1, 2, 3, 4]
    assert done == [1, 2, 3, 4]
    engine.dispose()
