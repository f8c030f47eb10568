"""A pair's history at a glance: its conversations as timeline rows, the prompts it parked,
its open follow-ups and how close each person felt, before and after, over time.

The timeline is read in one query per page, whatever the length of the history: only the few
summary fields shown are taken out of each summary's JSON (and only for the page's rows), and
the event log is read only for conversations without a summary (at most the one in progress,
usually). A page starts after a given conversation, so pages read later never repeat or skip
a row, even if a conversation was added meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from belonging.core.comfort import DepthRecord
from belonging.storage.models import CheckInMoment, FollowUp, Pair, Person, PromptMark
from belonging.storage.repositories.follow_ups import open_follow_ups
from belonging.storage.repositories.lookup import get_existing

#: The closing prompt's id (the engine's CLOSING_PROMPT_ID): a "too much?" there puts the
#: wrap-up away, it says nothing about how deep the pair is comfortable going.
CLOSING_PROMPT_ID = "closing"


@dataclass(frozen=True)
class TimelineRow:
    """One conversation of a pair, as its timeline lists it.

    `depth_reached` is None before a first prompt; `level_count` is the script's number of
    levels when the caller knew it. `shallowest_too_much_depth` is the level of the lightest
    prompt taken away with "too much?" (the closing prompt aside), None when there was none:
    all the pair's comfort needs. How many there were is not read: nothing may count them.
    `talking_seconds` and `paused_seconds` (the time spent paused) come from the summary of a
    finished conversation, None otherwise. `outcome` is the summary's ("finished",
    "not_continued"), None while unfinished.
    """

    conversation_id: int
    started_at: datetime
    ended_at: datetime | None
    script_id: str
    script_title: str
    depth_reached: int | None
    level_count: int | None
    shallowest_too_much_depth: int | None
    talking_seconds: float | None
    paused_seconds: float | None
    outcome: str | None

    @property
    def finished(self) -> bool:
        """Whether the conversation has ended (finished, or closed after an interruption)."""
        return self.ended_at is not None

    def depth_record(self) -> DepthRecord:
        """What this conversation says about the pair's comfort (see `core.comfort`)."""
        too_much = self.shallowest_too_much_depth
        return DepthRecord(self.depth_reached, () if too_much is None else (too_much,))


@dataclass(frozen=True)
class ParkedPrompt:
    """A prompt the pair parked and has not taken up or let go: offered again next time.

    `text` is the prompt as it was shown (None if that conversation is gone); `mark_id`
    resolves the mark when it is taken up or let go.
    """

    mark_id: int
    script_id: str
    prompt_id: str
    text: str | None
    depth: int | None
    conversation_id: int | None
    parked_at: datetime


@dataclass(frozen=True)
class OpenFollowUp:
    """An open follow-up with where it came from: `owner_name` is None when it is both's,
    `from_conversation_at` is when the conversation that made it started, if known."""

    follow_up: FollowUp
    owner_name: str | None
    from_conversation_at: datetime | None


# A finished conversation's summary lists its "too much" prompts, so only the few without one
# (unfinished, or closed after an interruption) have their events counted: CASE evaluates
# just the branch it takes, so a long finished history never touches the event log.
_SUMMARY_LISTS_TOO_MUCH = "json_type(c.summary, '$.too_much_prompt_ids') = 'array'"
# The page's ids are chosen first (a LIMIT in a CTE keeps SQLite from flattening it), so the
# JSON and the correlated subqueries run for the rows returned, not for the whole history.
_TIMELINE_SQL = f"""
WITH page AS (
    SELECT id FROM conversation
    WHERE pair_id = :pair_id
      AND (:after_id IS NULL
           OR (started_at, id) < (SELECT started_at, id FROM conversation WHERE id = :after_id))
    ORDER BY started_at DESC, id DESC
    LIMIT :limit
)
SELECT c.id, c.started_at, c.ended_at, c.script_id, c.script_title, c.depth_reached,
       json_extract(c.summary, '$.talking_seconds') AS talking_seconds,
       json_extract(c.summary, '$.paused_seconds') AS paused_seconds,
       json_extract(c.summary, '$.outcome') AS outcome,
       CASE WHEN {_SUMMARY_LISTS_TOO_MUCH}
            THEN (SELECT min(sp.depth)
                  FROM json_each(c.summary, '$.too_much_prompt_ids') AS listed
                  JOIN shown_prompt AS sp
                    ON sp.conversation_id = c.id AND sp.prompt_id = listed.value)
            ELSE (SELECT min(coalesce(sp.depth, e.depth))
                  FROM conversation_event AS e
                  LEFT JOIN shown_prompt AS sp
                         ON sp.conversation_id = e.conversation_id
                        AND sp.prompt_id = e.prompt_id
                  WHERE e.conversation_id = c.id AND e.kind = 'too_much'
                    AND coalesce(e.prompt_id, '') != :closing)
       END AS too_much_depth
FROM page JOIN conversation AS c ON c.id = page.id
ORDER BY c.started_at DESC, c.id DESC
"""


def pair_timeline(
    *,
    session: Session,
    pair_id: int,
    level_counts: Mapping[str, int] | None = None,
    limit: int | None = None,
    after_id: int | None = None,
) -> list[TimelineRow]:
    """A pair's conversations, the most recent first, in one query: all of them, or at most
    `limit`, starting with the one that comes after conversation `after_id` (the last row
    of the previous page) when given.

    `level_counts` maps script ids to their number of levels (storage does not keep the
    scripts); rows of scripts it does not name have `level_count` None.
    """
    counts = level_counts or {}
    rows = session.connection().execute(
        text(_TIMELINE_SQL),
        {
            "pair_id": pair_id,
            "closing": CLOSING_PROMPT_ID,
            # SQLite reads a negative LIMIT as none.
            "limit": -1 if limit is None else limit,
            "after_id": after_id,
        },
    )
    return [
        TimelineRow(
            conversation_id=row.id,
            started_at=_utc(row.started_at),
            ended_at=None if row.ended_at is None else _utc(row.ended_at),
            script_id=row.script_id,
            script_title=row.script_title,
            depth_reached=row.depth_reached,
            level_count=counts.get(row.script_id),
            shallowest_too_much_depth=row.too_much_depth,
            talking_seconds=_seconds(row.talking_seconds),
            paused_seconds=_seconds(row.paused_seconds),
            outcome=row.outcome,
        )
        for row in rows
    ]


_PARKED_SQL = """
SELECT m.id, m.script_id, m.prompt_id, m.conversation_id, m.created_at,
       coalesce(sp.text, (
           SELECT later.text FROM shown_prompt AS later
           JOIN conversation AS other ON other.id = later.conversation_id
           WHERE other.pair_id = m.pair_id AND other.script_id = m.script_id
             AND later.prompt_id = m.prompt_id
           ORDER BY later.shown_at DESC LIMIT 1)) AS text,
       sp.depth
FROM pair_prompt_mark AS m
LEFT JOIN shown_prompt AS sp
       ON sp.conversation_id = m.conversation_id AND sp.prompt_id = m.prompt_id
WHERE m.pair_id = :pair_id AND m.mark = :parked AND m.resolved_at IS NULL
  AND (:script_id IS NULL OR m.script_id = :script_id)
ORDER BY m.created_at DESC, m.id DESC
"""


def parked_prompts(
    *, session: Session, pair_id: int, script_id: str | None = None
) -> list[ParkedPrompt]:
    """The prompts a pair parked and has not taken up or let go, the most recent first, with
    the words that were shown (any of its conversations with that script will do)."""
    rows = session.connection().execute(
        text(_PARKED_SQL),
        {"pair_id": pair_id, "parked": PromptMark.PARKED.value, "script_id": script_id},
    )
    return [
        ParkedPrompt(
            mark_id=row.id,
            script_id=row.script_id,
            prompt_id=row.prompt_id,
            text=row.text,
            depth=row.depth,
            conversation_id=row.conversation_id,
            parked_at=_utc(row.created_at),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class ConversationCloseness:
    """One conversation's check-ins: when it started, and (first person, second person)
    before and after it, None where someone skipped one."""

    conversation_id: int
    started_at: datetime
    before: tuple[int | None, int | None]
    after: tuple[int | None, int | None]


# One row per conversation, folded in SQL: a long history hands Python a quarter of the rows
# and no regrouping to do.
_CLOSENESS_BY_CONVERSATION_SQL = """
SELECT c.id, c.started_at,
       max(CASE WHEN ci.moment = :before AND ci.person_id = :first THEN ci.closeness END) AS b1,
       max(CASE WHEN ci.moment = :before AND ci.person_id = :second THEN ci.closeness END) AS b2,
       max(CASE WHEN ci.moment = :after AND ci.person_id = :first THEN ci.closeness END) AS a1,
       max(CASE WHEN ci.moment = :after AND ci.person_id = :second THEN ci.closeness END) AS a2
FROM conversation AS c
JOIN check_in AS ci ON ci.conversation_id = c.id
WHERE c.pair_id = :pair_id
GROUP BY c.id
ORDER BY c.started_at, c.id
"""


def closeness_by_conversation(
    *, session: Session, pair_id: int, people: tuple[int, int]
) -> list[ConversationCloseness]:
    """The check-ins of each of a pair's conversations that has any, oldest first, with
    `people` (first, second) in that order in each."""
    rows = session.connection().execute(
        text(_CLOSENESS_BY_CONVERSATION_SQL),
        {
            "pair_id": pair_id,
            "first": people[0],
            "second": people[1],
            "before": CheckInMoment.BEFORE.value,
            "after": CheckInMoment.AFTER.value,
        },
    )
    # Unpacked by position: a long history has hundreds of rows, and Row's attribute access
    # costs a quarter of this read.
    return [
        ConversationCloseness(
            conversation_id=conversation_id,
            started_at=_utc(started_at),
            before=(before_first, before_second),
            after=(after_first, after_second),
        )
        for conversation_id, started_at, before_first, before_second, after_first, after_second in (
            rows.all()
        )
    ]


def conversation_count(*, session: Session, pair_id: int) -> int:
    """How many conversations a pair has had (finished or not)."""
    return (
        session.connection()
        .execute(
            text("SELECT count(*) FROM conversation WHERE pair_id = :pair_id"), {"pair_id": pair_id}
        )
        .scalar_one()
    )


def open_follow_ups_with_origin(*, session: Session, pair_id: int) -> list[OpenFollowUp]:
    """A pair's open follow-ups (soonest due first), each with its owner's name and the day
    of the conversation that made it."""
    pair = get_existing(session, Pair, pair_id)
    names = {
        person_id: get_existing(session, Person, person_id).name
        for person_id in (pair.owner_id, pair.partner_id)
    }
    follow_ups = open_follow_ups(session=session, pair_id=pair_id)
    starts = _conversation_starts(session, {f.conversation_id for f in follow_ups})
    return [
        OpenFollowUp(
            follow_up=follow_up,
            owner_name=None if follow_up.owner_id is None else names.get(follow_up.owner_id),
            from_conversation_at=starts.get(follow_up.conversation_id),
        )
        for follow_up in follow_ups
    ]


def _conversation_starts(session: Session, ids: set[int | None]) -> dict[int | None, datetime]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    placeholders = ", ".join(f":id{n}" for n in range(len(wanted)))
    rows = session.connection().execute(
        text(f"SELECT id, started_at FROM conversation WHERE id IN ({placeholders})"),
        {f"id{n}": value for n, value in enumerate(wanted)},
    )
    return {row.id: _utc(row.started_at) for row in rows}


def _utc(stored: str | datetime) -> datetime:
    # Raw SQL bypasses UtcDateTime, so read SQLite's text form the way that column type does.
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return moment.replace(tzinfo=UTC)


def _seconds(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]
