"""The one save loop: steps saved at once, typing saved within a second of its first unsaved
key however steady, and a refused save kept, told and tried again until it goes in."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.application.pending_writes import PendingWrites
from belonging.application.runner import ImmediateRunner
from belonging.application.save_problems import SaveProblem
from belonging.application.saving import MAX_WAIT_S, RETRY_S, Saver, SaveState, SaveStatus
from belonging.storage import repositories as repo
from belonging.storage.database import new_session
from belonging.storage.models import Visibility

SHARED = {"prompt_id": None, "visibility": Visibility.SHARED}


class RecordingWrites(PendingWrites):
    """Pending writes that remember when each flush ran and what note text it took."""

    def __init__(self, runner: ImmediateRunner, **kwargs) -> None:
        super().__init__(**kwargs)
        self.runner = runner
        self.flushed: list[tuple[float, str | None]] = []

    def flush(self, engine):
        self.flushed.append((self.runner.now, self.pending_text("n")))
        return super().flush(engine)


@pytest.fixture
def runner() -> ImmediateRunner:
    """Jobs run at once; time moves only when the test says."""
    return ImmediateRunner()


def _saver(engine, seed, runner):
    writes = RecordingWrites(runner, conversation_id=seed.conversation.id)
    saver = Saver(writes, runner, lambda: engine, now=lambda: runner.now)
    heard: list[SaveStatus] = []
    saver.on_status.append(heard.append)
    return writes, saver, heard


def _type(writes, saver, text: str) -> None:
    writes.put_note("n", text, **SHARED)
    saver.typed()


def _stored(engine, seed) -> list[str]:
    with new_session(engine) as session:
        return [
            n.text
            for n in repo.notes_for_conversation(
                session=session, conversation_id=seed.conversation.id, include_private=True
            )
        ]


def test_a_pause_in_typing_saves_half_a_second_later(engine, seed, runner):
    """Typing that stops is saved shortly after, once, and the line says Saved."""
    writes, saver, heard = _saver(engine, seed, runner)
    _type(writes, saver, "Hello")
    assert heard[-1].state is SaveState.SAVING and _stored(engine, seed) == []
    runner.advance(0.6)
    assert _stored(engine, seed) == ["Hello"]
    assert heard[-1].state is SaveState.SAVED and len(writes.flushed) == 1


def test_steady_typing_is_saved_within_the_longest_wait(engine, seed, runner):
    """Someone typing a key every 0.3 s for 5 s never waits more than `MAX_WAIT_S` for a key
    to be saved, although the typing never pauses."""
    writes, saver, _heard = _saver(engine, seed, runner)
    text = ""
    for _ in range(17):
        text += "x"
        _type(writes, saver, text)
        runner.advance(0.3)
    flush_times = [moment for moment, _text in writes.flushed]
    assert flush_times and flush_times[0] <= MAX_WAIT_S
    gaps = [later - earlier for earlier, later in itertools.pairwise(flush_times)]
    assert max(gaps) <= MAX_WAIT_S + 0.3


# Each example makes its own note in the shared database; they never meet.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gaps=st.lists(st.floats(min_value=0.01, max_value=1.5), min_size=1, max_size=40))
def test_every_key_is_saved_within_the_longest_wait(engine, seed, gaps):
    """Whatever the rhythm of the typing, each key is in a flush no later than `MAX_WAIT_S`
    after it was typed."""
    runner = ImmediateRunner()
    writes, saver, _heard = _saver(engine, seed, runner)
    typed: list[tuple[float, int]] = []
    text = ""
    for gap in gaps:
        text += "k"
        _type(writes, saver, text)
        typed.append((runner.now, len(text)))
        runner.advance(gap)
    runner.advance(MAX_WAIT_S + 0.01)
    for moment, length in typed:
        saved_at = next(
            when
            for when, flushed in writes.flushed
            if flushed is not None and len(flushed) >= length
        )
        assert saved_at - moment <= MAX_WAIT_S + 1e-9


def test_a_step_is_saved_at_once(engine, seed, runner):
    """A step of the conversation does not wait for any timer."""
    writes, saver, heard = _saver(engine, seed, runner)
    writes.add(lambda session, context: repo.add_follow_up(
        session=session, pair_id=seed.pair.id, text="Send the article",
        conversation_id=context.require_conversation(),
    ))  # fmt: skip
    saver.soon()
    assert writes.count == 0 and heard[-1].state is SaveState.SAVED
    assert runner.pending_timers() == 0


def test_a_refused_save_is_told_kept_and_tried_again(engine, seed, runner):
    """A read-only database: the line says why, nothing is lost, and the same words go in
    on a retry once writing works again."""
    writes, saver, heard = _saver(engine, seed, runner)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = ON")
    _type(writes, saver, "kept on screen")
    runner.advance(1.0)
    assert heard[-1] == SaveStatus(SaveState.NOT_SAVED, SaveProblem.READ_ONLY, heard[-1].detail)
    assert writes.pending_text("n") == "kept on screen"
    _type(writes, saver, "kept on screen, and more")
    runner.advance(RETRY_S)
    assert heard[-1].state is SaveState.NOT_SAVED  # still refused: tried again, kept
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = OFF")
    runner.advance(RETRY_S)
    assert heard[-1].state is SaveState.SAVED
    assert _stored(engine, seed) == ["kept on screen, and more"]


def test_after_next_flush_waits_for_the_words_typed_before(engine, seed, runner):
    """A read-back asked for while words are waiting hears back only after they are saved."""
    writes, saver, _heard = _saver(engine, seed, runner)
    _type(writes, saver, "the newest words")
    seen: list[list[str]] = []
    saver.after_next_flush(lambda ok: seen.append(_stored(engine, seed)))
    assert seen == [["the newest words"]]


def test_save_now_writes_everything_on_closing(engine, seed, runner):
    """Closing saves what waits at once, without waiting for the typing timer."""
    writes, saver, _heard = _saver(engine, seed, runner)
    _type(writes, saver, "last words before quitting")
    saver.stop()
    flushed = saver.save_now()
    assert flushed.ok and _stored(engine, seed) == ["last words before quitting"]
    assert runner.pending_timers() == 0
