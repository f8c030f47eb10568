"""Building exports from the database: only what was asked for goes out, in every format.

The seeded history (export_support.seed_history) gives each kind of note a word of its own,
so each test can say exactly which kinds an export holds. PDF bytes are checked through
`pdf_text`, which inflates Qt's compressed page streams and maps its glyphs back to
letters: a search of the raw file would find no word at all, present or not, so every
absence is checked next to a presence found the same way.
"""

from __future__ import annotations

import os
import time
from datetime import UTC

import pytest
from sqlalchemy import event

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.export import (
    SHARED_ONLY,
    ExportScope,
    IncludeOptions,
    LeftOut,
    Outcome,
    PromptCounts,
    to_html,
    to_markdown,
)
from belonging.storage import repositories as repo
from belonging.storage.database import new_session
from belonging.storage.export_source import (
    SUMMARY_PROMPT_ID,
    build_conversation_export,
    build_pair_export,
    note_census,
)
from belonging.storage.repositories import NotFoundError
from support.export import (
    BOTH_WORD,
    CONFIDENTIAL_WORD,
    PAIR_FOLLOW_UP_WORD,
    PARKED_WORD,
    PRIVATE_WORD,
    SECOND,
    SECOND_WORD,
    SHARED_WORD,
    SHARED_WORDS,
    UNSAID_WORDS,
    bulk_seed,
    pdf_streams,
    pdf_text,
    seed_history,
)

ASKED_FOR = {
    "nothing": (IncludeOptions(), set()),
    "private": (IncludeOptions(include_private=True), {PRIVATE_WORD}),
    "confidential": (IncludeOptions(include_confidential=True), {CONFIDENTIAL_WORD}),
    "both": (
        IncludeOptions(include_private=True, include_confidential=True),
        {PRIVATE_WORD, CONFIDENTIAL_WORD, BOTH_WORD},
    ),
}
WITHHELD = {PRIVATE_WORD, CONFIDENTIAL_WORD, BOTH_WORD}


@pytest.fixture
def history(engine):
    """The worded history of Ada and Ben."""
    return seed_history(engine)


def _pair_doc(engine, history, options=SHARED_ONLY, **kwargs):
    with new_session(engine) as session:
        return build_pair_export(
            session=session, pair_id=history.pair_id, options=options, tz=UTC, **kwargs
        )


def _pdf(qapp, doc) -> bytes:
    from belonging.ui.export.pdf_writer import html_to_pdf

    return html_to_pdf(to_html(doc), title="export")


def _words_in(text: str) -> set[str]:
    return {word for word in (*SHARED_WORDS, *WITHHELD, *UNSAID_WORDS) if word in text}


@pytest.mark.parametrize("asked", list(ASKED_FOR))
def test_each_format_holds_the_shared_words_and_exactly_the_kinds_asked_for(
    engine, history, qapp, asked
):
    """Markdown, HTML and PDF bytes: every shared word, each withheld kind only when its
    switch (or both switches, for a note that is both) is on, and never a skipped or
    too-much prompt."""
    options, expected_extra = ASKED_FOR[asked]
    doc = _pair_doc(engine, history, options)
    expected = set(SHARED_WORDS) | expected_extra
    markdown_bytes = to_markdown(doc).encode()
    html_bytes = to_html(doc).encode()
    assert _words_in(markdown_bytes.decode()) == expected
    assert _words_in(html_bytes.decode()) == expected
    assert _words_in(pdf_text(_pdf(qapp, doc))) == expected


def test_withheld_words_appear_nowhere_in_the_pdf_file_in_any_encoding(engine, history, qapp):
    """Not in the title, the metadata or any stream, compressed or not, as UTF-8 or UTF-16."""
    data = _pdf(qapp, _pair_doc(engine, history))
    blobs = [data, *pdf_streams(data).values()]
    for word in WITHHELD:
        for encoded in (word.encode(), word.encode("utf-16-be")):
            assert not any(encoded in blob for blob in blobs), word
    assert SHARED_WORD in pdf_text(data)


def test_private_and_confidential_text_is_never_read_from_the_database_unless_asked(
    engine, history
):
    """Every query the export runs, run again, returns none of the withheld words: the
    switches work inside the queries, not after them."""
    statements = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        _pair_doc(engine, history)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert any("FROM note" in statement for statement, _ in statements)
    with engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql(statement, parameters).fetchall()
            fetched = repr(rows)
            assert not any(word in fetched for word in WITHHELD), statement


@pytest.mark.parametrize(
    ("asked", "left_out"),
    [
        ("nothing", LeftOut(private_notes=2, confidential_notes=1)),
        ("private", LeftOut(private_notes=0, confidential_notes=2)),
        ("confidential", LeftOut(private_notes=2, confidential_notes=0)),
        ("both", LeftOut()),
    ],
)
def test_what_was_left_out_is_counted_and_listed_at_the_end(engine, history, asked, left_out):
    """Counts by kind (the blank note not counted), written after everything else."""
    doc = _pair_doc(engine, history, ASKED_FOR[asked][0])
    assert doc.left_out == left_out
    text = to_markdown(doc)
    left_out_at = text.index("## Left out of this export")
    assert all(text.index(word) < left_out_at for word in SHARED_WORDS)


def test_the_census_counts_notes_without_reading_them(engine, history):
    """The dialog's counts for the pair and for one conversation."""
    with new_session(engine) as session:
        pair = note_census(session=session, pair_id=history.pair_id)
        second = note_census(session=session, conversation_id=history.second_id)
    assert (pair.shared, pair.private, pair.confidential, pair.private_confidential) == (
        4,
        1,
        1,
        1,
    )
    assert (second.shared, second.private) == (1, 0)


def test_a_pair_export_has_every_conversation_oldest_first(engine, history):
    """Date order, the pair's names, and follow-ups from outside any conversation."""
    doc = _pair_doc(engine, history)
    assert doc.scope is ExportScope.PAIR
    assert (doc.owner, doc.partner) == ("Ada", "Ben")
    assert [c.started_at.month for c in doc.conversations] == [5, 6]
    assert [f.text for f in doc.follow_ups] == [f"Lend Ada the {PAIR_FOLLOW_UP_WORD} book"]
    assert doc.follow_ups[0].owner == "Ben"


def test_a_finished_conversation_keeps_its_shape(engine, history):
    """Check-ins per person, the engine's counts, prompts discussed (answered, and the
    closing one), the parked prompt by name, follow-ups, and the written summary apart."""
    first = _pair_doc(engine, history).conversations[0]
    assert first.outcome is Outcome.FINISHED
    assert first.depth_reached == 2 and first.talking_minutes == 31
    assert first.counts == PromptCounts(answered=1, skipped=1, parked=1)
    assert [(c.person, c.before, c.after) for c in first.check_ins] == [
        ("Ada", 3, 5),
        ("Ben", 4, 4),
    ]
    assert [p.text.split()[0] for p in first.prompts] == ["What", "What"]
    assert first.prompts[-1].text == "What did you appreciate today?"
    assert [n.text for n in first.prompts[0].notes] == [
        f"Ben: the summer at the **{SHARED_WORD}**."
    ]
    assert first.parked == (f"Which {PARKED_WORD} changed your mind?",)
    assert len(first.summary) == 1 and len(first.notes) == 1
    assert [(f.owner, f.done) for f in first.follow_ups] == [("Ada", False), (None, True)]


def test_an_unfinished_conversation_is_counted_from_its_events(engine, history):
    """No summary yet: the answered prompt comes from the events, and it says unfinished."""
    second = _pair_doc(engine, history).conversations[1]
    assert second.outcome is Outcome.UNFINISHED
    assert second.counts == PromptCounts(answered=1)
    assert [n.text for p in second.prompts for n in p.notes] == [
        f"Ben grew up near an {SECOND_WORD}."
    ]


def test_going_back_in_an_unfinished_conversation_undoes_what_it_went_back_over(engine, history):
    """A park undone by going back is not listed as parked; the prompt answered after is."""
    with new_session(engine) as session:
        repo.append_events(
            session=session,
            conversation_id=history.second_id,
            events=[
                ConversationEvent(4, EventKind.PROMPT_SHOWN, SECOND, depth=1, prompt_id="p6"),
                ConversationEvent(5, EventKind.PARKED, SECOND, depth=1, prompt_id="p6"),
                ConversationEvent(6, EventKind.WENT_BACK, SECOND, depth=1, prompt_id="p6"),
                ConversationEvent(7, EventKind.ANSWERED, SECOND, depth=1, prompt_id="p6"),
                ConversationEvent(8, EventKind.PROMPT_SHOWN, SECOND, depth=1, prompt_id="p7"),
                ConversationEvent(9, EventKind.SKIPPED, SECOND, depth=1, prompt_id="p7"),
                ConversationEvent(10, EventKind.WENT_BACK, SECOND, depth=1, prompt_id="p7"),
            ],
        )
        for prompt_id in ("p6", "p7"):
            repo.record_shown_prompt(
                session=session,
                conversation_id=history.second_id,
                prompt_id=prompt_id,
                text=f"Prompt {prompt_id}?",
            )
        session.commit()
    second = _pair_doc(engine, history).conversations[1]
    assert second.counts == PromptCounts(answered=2)
    assert second.parked == ()


def test_a_conversation_export_holds_that_conversation_only(engine, history):
    """One conversation, its own left-out counts, and no pair-wide follow-ups."""
    with new_session(engine) as session:
        doc = build_conversation_export(session=session, conversation_id=history.second_id, tz=UTC)
    assert doc.scope is ExportScope.CONVERSATION
    assert len(doc.conversations) == 1 and doc.follow_ups == ()
    assert doc.left_out == LeftOut()
    assert SHARED_WORD not in to_markdown(doc) and SECOND_WORD in to_markdown(doc)


def test_a_missing_pair_or_conversation_is_reported(engine, history):
    """An id that names nothing raises NotFoundError instead of exporting nothing."""
    with new_session(engine) as session:
        with pytest.raises(NotFoundError):
            build_pair_export(session=session, pair_id=999)
        with pytest.raises(NotFoundError):
            build_conversation_export(session=session, conversation_id=999)


def test_progress_counts_conversations_up_to_the_total_and_can_stop_the_export(engine):
    """(done, total) rises to (total, total); raising from it stops the export."""
    pair_id = bulk_seed(engine, 450)
    seen = []
    with new_session(engine) as session:
        build_pair_export(session=session, pair_id=pair_id, progress=lambda *p: seen.append(p))
    assert seen[0] == (0, 450) and seen[-1] == (450, 450)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    class StopError(Exception):
        pass

    def stop(done, total):
        if done:
            raise StopError

    with new_session(engine) as session, pytest.raises(StopError):
        build_pair_export(session=session, pair_id=pair_id, progress=stop)


def test_a_long_history_is_read_in_a_few_batched_queries(engine):
    """No query per conversation: 450 conversations take a few dozen queries at most."""
    pair_id = bulk_seed(engine, 450)
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with new_session(engine) as session:
        doc = build_pair_export(session=session, pair_id=pair_id)
    assert len(doc.conversations) == 450
    assert len(statements) < 30
    assert doc.left_out == LeftOut(private_notes=450, confidential_notes=450)


def test_the_summary_note_id_is_the_one_the_wrap_up_writes():
    """The export reads the summary under the prompt id the wrap-up writes it under."""
    from belonging.application.note_keys import SUMMARY_NOTE, place_of

    assert place_of(SUMMARY_NOTE).prompt_id == SUMMARY_PROMPT_ID


@pytest.mark.benchmark
def test_exporting_a_thousand_conversations_to_pdf(engine, qapp, request, capsys):
    """A measurement, not a check: reading, rendering and the PDF for 1,000 conversations."""
    asked = "benchmark" in (request.config.getoption("markexpr") or "")
    if not asked and not os.environ.get("BELONGING_BENCHMARK"):
        pytest.skip("a measurement: run with -m benchmark or BELONGING_BENCHMARK=1")
    from belonging.ui.export.pdf_writer import html_to_pdf, page_count

    pair_id = bulk_seed(engine, 1000)
    started = time.perf_counter()
    with new_session(engine) as session:
        doc = build_pair_export(session=session, pair_id=pair_id)
    read = time.perf_counter()
    html = to_html(doc)
    rendered = time.perf_counter()
    pdf = html_to_pdf(html)
    finished = time.perf_counter()
    with capsys.disabled():
        print(
            f"\n1,000 conversations: read {read - started:.2f} s, HTML {rendered - read:.2f} s "
            f"({len(html) / 1e6:.1f} MB), PDF {finished - rendered:.2f} s "
            f"({page_count(pdf)} pages, {len(pdf) / 1e6:.1f} MB), total {finished - started:.2f} s"
        )
    assert pdf.startswith(b"%PDF")
