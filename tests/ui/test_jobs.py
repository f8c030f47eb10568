"""The one job runner: writes run one at a time in order, reads beside them but never before
a write given earlier, a newer search makes an older one's result unwanted, and every result
comes back on the UI thread."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from belonging.application.pending_writes import PendingWrites
from belonging.application.save_problems import SaveProblem
from belonging.application.saving import Saver, SaveState
from belonging.storage.database import create_database_engine, session_scope
from belonging.ui.jobs import JobRunner


@pytest.fixture
def jobs(qapp):
    """A job runner, shut down after the test."""
    made = JobRunner()
    yield made
    made.shutdown()


def test_writes_run_in_order_off_the_ui_thread_and_report_on_it(jobs, qtbot):
    """Each write runs on the database thread, in the order given; callbacks on the UI thread."""
    ran: list[tuple[int, str]] = []
    reported: list[tuple[int, str]] = []
    for number in range(20):
        jobs.write(
            lambda number=number: ran.append((number, threading.current_thread().name)) or number,
            on_result=lambda value: reported.append((value, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: not jobs.busy)
    assert [n for n, _ in ran] == list(range(20))
    assert all(name.startswith("belonging-db") for _, name in ran)
    assert reported == [(n, threading.main_thread().name) for n in range(20)]


def test_a_failing_job_reports_its_error_and_the_next_still_runs(jobs, qtbot):
    """An exception goes to `on_error`; it does not stop the jobs after it."""
    errors: list[BaseException] = []
    results: list[int] = []
    jobs.write(lambda: 1 / 0, on_error=errors.append)
    jobs.write(lambda: 7, on_result=results.append)
    qtbot.waitUntil(lambda: not jobs.busy)
    assert [type(e) for e in errors] == [ZeroDivisionError]
    assert results == [7]


def test_a_read_runs_beside_a_long_write_when_it_was_asked_first(jobs, qtbot):
    """A search asked for while nothing waits to be written runs at once on the read pool,
    even while a write given after it is still running: typing in search never waits for a
    save."""
    release = threading.Event()
    order: list[str] = []
    jobs.read(lambda: order.append(threading.current_thread().name))
    qtbot.waitUntil(lambda: bool(order))
    jobs.write(lambda: release.wait(5))
    jobs.read(lambda: order.append("after the write"))
    qtbot.waitUntil(lambda: len(order) == 1 or len(order) == 2, timeout=2000)
    assert order[0].startswith("belonging-read")
    assert "after the write" not in order  # given after a write: it waits for it
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy)
    assert order[-1] == "after the write"


def test_a_read_never_overtakes_a_write_given_before_it(jobs, qtbot, tmp_path):
    """A read asked for after a save sees that save, however slow the save."""
    engine = create_database_engine(tmp_path / "order.sqlite3")
    with session_scope(engine) as session:
        session.execute(text("CREATE TABLE line (n INTEGER)"))

    def slow_insert() -> None:
        with session_scope(engine) as session:
            session.execute(text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                 "FROM c WHERE x < 200000) SELECT count(*) FROM c"))  # fmt: skip
            session.execute(text("INSERT INTO line VALUES (1)"))

    def count() -> int:
        with session_scope(engine) as session:
            return session.execute(text("SELECT count(*) FROM line")).scalar_one()

    seen: list[int] = []
    jobs.write(slow_insert)
    jobs.read(count, on_result=seen.append)
    qtbot.waitUntil(lambda: not jobs.busy)
    assert seen == [1]
    engine.dispose()


def test_only_the_latest_read_of_a_name_reports_back(jobs, qtbot):
    """Of three searches asked for in a row, only the last one's result comes back."""
    gate = threading.Event()
    results: list[str] = []
    jobs.read(lambda: gate.wait(5) and "first", on_result=results.append, latest="search")
    jobs.read(lambda: "second", on_result=results.append, latest="search")
    jobs.read(lambda: "third", on_result=results.append, latest="search")
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy)
    assert results == ["third"]


def test_relay_and_wait_idle_deliver_on_the_ui_thread(jobs):
    """A call relayed from a job (an export's progress) and every result are delivered by
    `wait_idle`, on the calling thread, with no turn of the event loop."""
    heard: list[tuple[object, str]] = []

    def hear(value: object) -> None:
        heard.append((value, threading.current_thread().name))

    progress = jobs.relay(hear)
    for number in range(3):
        jobs.write(lambda number=number: progress(number) or number, on_result=lambda v: hear(-v))
    assert jobs.wait_idle()
    assert [value for value, _ in heard] == [0, 0, 1, -1, 2, -2]
    assert {name for _, name in heard} == {threading.main_thread().name}
    assert not jobs.busy


def test_the_save_loop_keeps_order_through_a_failure(jobs, qtbot, seed, engine):
    """Run by the real job runner: a step refused by the disk is kept, the line says why,
    later steps wait behind it, and each step's callback runs once, after its commit."""
    with session_scope(engine) as session:
        session.execute(text("CREATE TABLE line (n INTEGER PRIMARY KEY)"))
    writes = PendingWrites(conversation_id=seed.conversation.id)
    saver = Saver(writes, jobs, lambda: engine)
    failing = {"on": True}
    done: list[int] = []
    states = []
    saver.on_status.append(states.append)

    def insert(n: int):
        def write(session, _context):
            if failing["on"] and n == 2:
                raise OSError(28, "No space left on device")
            session.execute(text("INSERT INTO line (n) VALUES (:n)"), {"n": n})
            return n

        return write

    for n in (1, 2, 3):
        writes.add(insert(n), on_done=done.append)
        saver.soon()
    qtbot.waitUntil(lambda: any(s.state is SaveState.NOT_SAVED for s in states))
    assert next(s for s in states if s.state is SaveState.NOT_SAVED).problem is (
        SaveProblem.DISK_FULL
    )
    with session_scope(engine) as session:
        stored = [row[0] for row in session.execute(text("SELECT n FROM line ORDER BY n"))]
    assert 2 not in stored and 3 not in stored
    failing["on"] = False
    writes.add(insert(4), on_done=done.append)
    saver.soon()
    qtbot.waitUntil(lambda: saver.status.state is SaveState.SAVED, timeout=10_000)
    with session_scope(engine) as session:
        stored = [row[0] for row in session.execute(text("SELECT n FROM line ORDER BY n"))]
    assert stored == [1, 2, 3, 4]
    assert done == [1, 2, 3, 4]
