"""Builds an `ExportDocument` from the database: one conversation, or a pair's whole history.

What may go out is decided in the queries, not after them: without `include_private` the
note query asks for shared notes only, and without `include_confidential` for notes not
marked confidential, so the words of a note the user did not ask for are never read from
the file at all. What stayed behind is counted by a separate query that reads no text.

Conversations are read in batches (`BATCH_SIZE` at a time, a handful of queries each), so a
history of a thousand conversations takes a few dozen queries, not thousands; `progress`
is called with (done, total) after each batch. It may raise to cancel the export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple
from datetime import datetime, tzinfo
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, select

from belonging.core.conversation_events import EventKind
from belonging.core.engine.snapshots import CLOSING_PROMPT_ID, SUMMARY_PROMPT_ID
from belonging.core.export.document import (
    SHARED_ONLY,
    ExportCheckIn,
    ExportConversation,
    ExportDocument,
    ExportFollowUp,
    ExportNote,
    ExportPrompt,
    ExportScope,
    IncludeOptions,
    NoteCensus,
    Outcome,
    PromptCounts,
)
from belonging.storage.models import (
    CheckIn,
    CheckInMoment,
    ConversationRecord,
    EventRecord,
    FollowUp,
    Note,
    Pair,
    Person,
    ShownPromptRecord,
    Visibility,
)
from belonging.storage.repositories.lookup import get_existing

#: Conversations read per round of queries: well under SQLite's limit on bound parameters.
BATCH_SIZE = 200
#: Characters a note may consist of and still count as empty.
_BLANK = " \t\r\n"
_COUNTED_KINDS = (EventKind.ANSWERED, EventKind.SKIPPED, EventKind.TOO_MUCH, EventKind.PARKED)
#: Going back to a prompt undoes how the pair moved on from it (answered, skipped, parked).
_UNDONE_BY_BACK = (EventKind.ANSWERED, EventKind.SKIPPED, EventKind.PARKED)

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")


def build_conversation_export(
    *,
    session: Session,
    conversation_id: int,
    options: IncludeOptions = SHARED_ONLY,
    progress: ProgressCallback | None = None,
    tz: tzinfo | None = None,
    exported_at: datetime | None = None,
) -> ExportDocument:
    """One conversation as an export; raises NotFoundError. Times are shown in `tz` (None:
    this computer's zone)."""
    conversation = get_existing(session, ConversationRecord, conversation_id)
    pair = get_existing(session, Pair, conversation.pair_id)
    census = note_census(session=session, conversation_id=conversation_id)
    scope = ExportScope.CONVERSATION
    return _build(session, pair, [conversation], scope, options, census, progress, tz, exported_at)


def build_pair_export(
    *,
    session: Session,
    pair_id: int,
    options: IncludeOptions = SHARED_ONLY,
    progress: ProgressCallback | None = None,
    tz: tzinfo | None = None,
    exported_at: datetime | None = None,
) -> ExportDocument:
    """Every conversation of a pair, oldest first, and the pair's follow-ups made outside a
    conversation; raises NotFoundError."""
    pair = get_existing(session, Pair, pair_id)
    conversations = list(
        session.exec(
            select(ConversationRecord)
            .where(ConversationRecord.pair_id == pair_id)
            .order_by(ConversationRecord.started_at, ConversationRecord.id)
        )
    )
    census = note_census(session=session, pair_id=pair_id)
    return _build(
        session, pair, conversations, ExportScope.PAIR, options, census, progress, tz, exported_at
    )


def note_census(
    *, session: Session, pair_id: int | None = None, conversation_id: int | None = None
) -> NoteCensus:
    """How many non-empty notes of each kind a pair's history (or one conversation) holds,
    counted without reading their text. Give exactly one of `pair_id`, `conversation_id`."""
    if (pair_id is None) == (conversation_id is None):
        raise ValueError("give either a pair or a conversation")
    statement = select(Note.visibility, Note.confidential, func.count()).where(_not_blank())
    if conversation_id is not None:
        statement = statement.where(Note.conversation_id == conversation_id)
    else:
        in_pair = select(ConversationRecord.id).where(ConversationRecord.pair_id == pair_id)
        statement = statement.where(Note.conversation_id.in_(in_pair))
    counts: dict[tuple[bool, bool], int] = defaultdict(int)
    for visibility, confidential, count in session.exec(
        statement.group_by(Note.visibility, Note.confidential)
    ):
        counts[(visibility == Visibility.PRIVATE.value, bool(confidential))] += count
    return NoteCensus(
        shared=counts[(False, False)],
        private=counts[(True, False)],
        confidential=counts[(False, True)],
        private_confidential=counts[(True, True)],
    )


def _build(
    session: Session,
    pair: Pair,
    conversations: Sequence[ConversationRecord],
    scope: ExportScope,
    options: IncludeOptions,
    census: NoteCensus,
    progress: ProgressCallback | None,
    tz: tzinfo | None,
    exported_at: datetime | None,
) -> ExportDocument:
    people = {
        person.id: person.name
        for person in session.exec(
            select(Person).where(Person.id.in_((pair.owner_id, pair.partner_id)))
        )
    }
    total = len(conversations)
    if progress is not None:
        progress(0, total)
    exported: list[ExportConversation] = []
    for batch in _batches(conversations, BATCH_SIZE):
        exported += _read_batch(session, batch, pair, people, options, tz)
        if progress is not None:
            progress(len(exported), total)
    pair_follow_ups: tuple[ExportFollowUp, ...] = ()
    if scope is ExportScope.PAIR:
        rows = session.exec(
            select(FollowUp)
            .where(FollowUp.pair_id == pair.id, FollowUp.conversation_id == None)  # noqa: E711
            .order_by(FollowUp.created_at, FollowUp.id)
        )
        pair_follow_ups = tuple(_follow_up(row, people) for row in rows)
    return ExportDocument(
        owner=people[pair.owner_id],
        partner=people[pair.partner_id],
        scope=scope,
        conversations=tuple(exported),
        follow_ups=pair_follow_ups,
        options=options,
        left_out=census.left_out(options),
        exported_at=exported_at,
    )


def _read_batch(
    session: Session,
    batch: Sequence[ConversationRecord],
    pair: Pair,
    people: dict[int | None, str],
    options: IncludeOptions,
    tz: tzinfo | None,
) -> list[ExportConversation]:
    """A few queries for the whole batch, then each conversation assembled in memory."""
    ids = [conversation.id for conversation in batch]
    shown = _grouped(
        session.exec(
            select(ShownPromptRecord)
            .where(ShownPromptRecord.conversation_id.in_(ids))
            .order_by(ShownPromptRecord.shown_at, ShownPromptRecord.id)
        ),
        lambda row: row.conversation_id,
    )
    note_rows = session.exec(
        select(Note.conversation_id, Note.prompt_id, Note.visibility, Note.confidential, Note.text)
        .where(Note.conversation_id.in_(ids), *_allowed(options))
        .order_by(Note.created_at, Note.id)
    )
    notes = _grouped(note_rows, lambda row: row[0])
    follow_ups = _grouped(
        session.exec(
            select(FollowUp)
            .where(FollowUp.conversation_id.in_(ids))
            .order_by(FollowUp.created_at, FollowUp.id)
        ),
        lambda row: row.conversation_id,
    )
    check_ins = _grouped(
        session.exec(select(CheckIn).where(CheckIn.conversation_id.in_(ids))),
        lambda row: row.conversation_id,
    )
    # Finished conversations carry the engine's own counts; only the others need their events.
    needs_events = [c.id for c in batch if "answered_prompt_ids" not in (c.summary or {})]
    events = _grouped(
        session.exec(
            select(EventRecord.conversation_id, EventRecord.kind, EventRecord.prompt_id)
            .where(
                EventRecord.conversation_id.in_(needs_events),
                EventRecord.kind.in_(
                    [kind.value for kind in (*_COUNTED_KINDS, EventKind.WENT_BACK)]
                ),
            )
            .order_by(EventRecord.seq)
        )
        if needs_events
        else [],
        lambda row: row[0],
    )
    return [
        _conversation(
            conversation,
            pair,
            people,
            tz,
            shown=shown.get(conversation.id, []),
            notes=notes.get(conversation.id, []),
            follow_ups=follow_ups.get(conversation.id, []),
            check_ins=check_ins.get(conversation.id, []),
            events=events.get(conversation.id, []),
        )
        for conversation in batch
    ]


def _conversation(
    conversation: ConversationRecord,
    pair: Pair,
    people: dict[int | None, str],
    tz: tzinfo | None,
    *,
    shown: list[ShownPromptRecord],
    notes: list[Any],
    follow_ups: list[FollowUp],
    check_ins: list[CheckIn],
    events: list[Any],
) -> ExportConversation:
    summary = conversation.summary or {}
    outcome = _outcome(conversation)
    ids = _prompt_ids(summary, events)
    by_prompt: dict[str | None, list[ExportNote]] = defaultdict(list)
    for _, prompt_id, visibility, confidential, text in notes:
        by_prompt[prompt_id].append(
            ExportNote(
                text=text,
                private=visibility == Visibility.PRIVATE.value,
                confidential=bool(confidential),
            )
        )
    discussed = set(ids[EventKind.ANSWERED]) | {
        pid for pid in by_prompt if pid is not None and pid != SUMMARY_PROMPT_ID
    }
    if outcome is Outcome.FINISHED and CLOSING_PROMPT_ID not in ids[EventKind.TOO_MUCH]:
        discussed.add(CLOSING_PROMPT_ID)
    texts = {row.prompt_id: row for row in shown}
    prompts = [
        ExportPrompt(text=row.text, depth=row.depth, notes=tuple(by_prompt.get(row.prompt_id, ())))
        for row in shown
        if row.prompt_id in discussed
    ]
    # A note on a prompt whose text was not kept still goes out, under a plain heading.
    prompts += [
        ExportPrompt(text="", notes=tuple(by_prompt[pid]))
        for pid in sorted(discussed - texts.keys())
        if by_prompt.get(pid)
    ]
    parked = tuple(
        texts[pid].text for pid in ids[EventKind.PARKED] if pid in texts and pid not in discussed
    )
    return ExportConversation(
        started_at=conversation.started_at.astimezone(tz),
        script_title=conversation.script_title,
        outcome=outcome,
        depth_reached=conversation.depth_reached,
        talking_minutes=_minutes(summary.get("talking_seconds")),
        counts=_counts(summary, ids),
        check_ins=_check_ins(check_ins, pair, people),
        prompts=tuple(prompts),
        notes=tuple(by_prompt.get(None, ())),
        summary=tuple(by_prompt.get(SUMMARY_PROMPT_ID, ())),
        follow_ups=tuple(_follow_up(row, people) for row in follow_ups),
        parked=parked,
    )


def _outcome(conversation: ConversationRecord) -> Outcome:
    if conversation.ended_at is None:
        return Outcome.UNFINISHED
    if (conversation.summary or {}).get("outcome") == Outcome.NOT_CONTINUED.value:
        return Outcome.NOT_CONTINUED
    return Outcome.FINISHED


def _prompt_ids(summary: dict[str, Any], events: list[Any]) -> dict[EventKind, list[str]]:
    """Prompt ids by what happened to them: from the summary when the engine wrote one,
    else from the events (first time each, in order)."""
    if "answered_prompt_ids" in summary:
        return {
            EventKind.ANSWERED: list(summary.get("answered_prompt_ids", [])),
            EventKind.SKIPPED: [],
            EventKind.TOO_MUCH: list(summary.get("too_much_prompt_ids", [])),
            EventKind.PARKED: list(summary.get("parked_prompt_ids", [])),
        }
    found: dict[EventKind, dict[str, None]] = {kind: {} for kind in _COUNTED_KINDS}
    for _, kind, prompt_id in events:
        if prompt_id is None:
            continue
        if kind == EventKind.WENT_BACK:
            for undone in _UNDONE_BY_BACK:
                found[undone].pop(prompt_id, None)
        else:
            found[EventKind(kind)].setdefault(prompt_id)
    return {kind: list(seen) for kind, seen in found.items()}


def _counts(summary: dict[str, Any], ids: dict[EventKind, list[str]]) -> PromptCounts | None:
    # "Too much?" is not counted: in a pair, a count says who it was to the one who knows
    # it wasn't them.
    if "prompts_answered" in summary:
        return PromptCounts(
            answered=int(summary.get("prompts_answered", 0)),
            skipped=int(summary.get("prompts_skipped", 0)),
            parked=int(summary.get("prompts_parked", 0)),
        )
    counts = PromptCounts(
        answered=len(ids[EventKind.ANSWERED]),
        skipped=len(ids[EventKind.SKIPPED]),
        parked=len(ids[EventKind.PARKED]),
    )
    return counts if any(astuple(counts)) else None


def _minutes(seconds: object) -> int | None:
    if not isinstance(seconds, int | float) or seconds < 60:
        return None
    return int(seconds // 60)


def _check_ins(
    rows: list[CheckIn], pair: Pair, people: dict[int | None, str]
) -> tuple[ExportCheckIn, ...]:
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        found[row.person_id][row.moment] = row.closeness
    return tuple(
        ExportCheckIn(
            person=people[person_id],
            before=found[person_id].get(CheckInMoment.BEFORE.value),
            after=found[person_id].get(CheckInMoment.AFTER.value),
        )
        for person_id in (pair.owner_id, pair.partner_id)
        if person_id in found
    )


def _follow_up(row: FollowUp, people: dict[int | None, str]) -> ExportFollowUp:
    owner = people.get(row.owner_id) if row.owner_id is not None else None
    return ExportFollowUp(text=row.text, owner=owner, due=row.due, done=row.done)


def _not_blank() -> ColumnElement[bool]:
    return func.trim(Note.text, _BLANK) != ""


def _allowed(options: IncludeOptions) -> list[ColumnElement[bool]]:
    """The conditions that keep notes the user did not ask for out of the query itself."""
    conditions = [_not_blank()]
    if not options.include_private:
        conditions.append(Note.visibility == Visibility.SHARED.value)
    if not options.include_confidential:
        conditions.append(Note.confidential == False)  # noqa: E712  (SQL, not a Python test)
    return conditions


def _grouped(rows: Iterable[T], key: Callable[[T], int | None]) -> dict[int | None, list[T]]:
    groups: dict[int | None, list[T]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return groups


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
