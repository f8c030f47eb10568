"""A pair's history read from storage as the continuity pages show it, and their few writes.

Everything here runs on the database thread inside one `session_scope` and returns plain rows
(`views/continuity_rows.py`); nothing here touches a widget. The page reads only what its
first screenfuls show: the newest `TIMELINE_PAGE` conversations of its story, each with the
first lines of its shared notes and its follow-ups (older ones a page at a time, when asked
for), and the comfort from the few recent ones its rule looks at. Private notes are never
read for the story.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from belonging.application.continuity_rows import (
    ClosenessReading,
    FollowUpItem,
    PairSettings,
    ParkedItem,
    TalkingPointItem,
    TimelineEntry,
)
from belonging.application.follow_ups import owner_key
from belonging.application.next_conversation import suggested_next
from belonging.application.pair_story import story_entries
from belonging.application.talking_points import read_talking_points
from belonging.application.workspace import Workspace
from belonging.core.comfort import COMFORT_WINDOW, DepthRecord, learn_comfort
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.models import Pair
from belonging.storage.repositories import (
    complete_follow_up,
    get_pair,
    get_person,
    rename_person,
    reopen_follow_up,
    resolve_mark,
    set_comfortable_depth,
    set_off_limits_topics,
)
from belonging.storage.repositories.timeline import (
    OpenFollowUp,
    TimelineRow,
    closeness_by_conversation,
    conversation_count,
    open_follow_ups_with_origin,
    pair_timeline,
    parked_prompts,
)

#: Conversations read at a time for the story: a screenful or two of cards (older ones
#: come a page at a time when asked for).
TIMELINE_PAGE = 10


@dataclass(frozen=True)
class PairPage:
    """Everything the pair page shows, read in one go: `timeline` is the newest page of the
    `timeline_total` conversations."""

    pair_id: int
    owner_name: str
    partner_name: str
    owner_role: str
    partner_role: str
    timeline: tuple[TimelineEntry, ...]
    timeline_total: int
    follow_ups: tuple[FollowUpItem, ...]
    parked: tuple[ParkedItem, ...]
    readings: tuple[ClosenessReading, ...]
    settings: PairSettings
    #: The partner's person id (what deleting them removes) and, for a pair put away,
    #: the day it was archived (None: on Home).
    partner_id: int | None = None
    archived_on: date | None = None
    talking_points: tuple[TalkingPointItem, ...] = ()
    next_conversation_at: datetime | None = None
    suggested_next_at: datetime | None = None
    today: date | None = None


def level_counts(library: ScriptLibrary) -> dict[str, int]:
    """Each script's number of levels, by id."""
    return {script.id: len(script.levels) for script in library.scripts}


def library_topics(library: ScriptLibrary) -> tuple[str, ...]:
    """Every `Topics:` tag of every script, sorted."""
    topics = {
        topic
        for script in library.scripts
        for level in script.levels
        for prompt in level.prompts
        for topic in prompt.topics
    }
    return tuple(sorted(topics, key=str.casefold))


def learned_comfort(
    session: Session, pair_id: int, newest: Sequence[TimelineRow] = (), page: int = TIMELINE_PAGE
) -> int | None:
    """The comfort the pair's recent finished conversations suggest (`core.comfort`'s rule,
    as the wrap-up keeps it on the pair).

    The rule looks at the last few conversations that reached a level, so the history is
    read newest first, a `page` at a time, only until it has them; `newest` is a first page
    already read (of `page` rows, or fewer when that was all)."""
    recent: list[DepthRecord] = []
    rows = list(newest) or pair_timeline(session=session, pair_id=pair_id, limit=page)
    while True:
        records = (row.depth_record() for row in rows if row.finished)
        recent.extend(record for record in records if record.counts)
        if len(recent) >= COMFORT_WINDOW or len(rows) < page:
            return learn_comfort(reversed(recent))
        rows = pair_timeline(
            session=session, pair_id=pair_id, limit=page, after_id=rows[-1].conversation_id
        )


def follow_up_item(item: OpenFollowUp, pair: Pair | None = None) -> FollowUpItem:
    """An open follow-up as the pages list it (whose, as a key, when `pair` is given)."""
    origin = item.from_conversation_at
    return FollowUpItem(
        item_id=item.follow_up.id,
        text=item.follow_up.text,
        owner_name=item.owner_name,
        due=item.follow_up.due,
        from_on=None if origin is None else origin.astimezone().date(),
        owner_key=None if pair is None else owner_key(pair, item.follow_up.owner_id),
    )


def read_timeline_page(
    session: Session,
    pair_id: int,
    library: ScriptLibrary,
    after_id: int | None = None,
    limit: int = TIMELINE_PAGE,
) -> tuple[TimelineEntry, ...]:
    """The pair's next `limit` conversations after conversation `after_id` (None: the
    newest), most recent first, as the story's cards."""
    rows = pair_timeline(
        session=session,
        pair_id=pair_id,
        level_counts=level_counts(library),
        limit=limit,
        after_id=after_id,
    )
    return story_entries(session, get_pair(session=session, pair_id=pair_id), rows)


def read_pair_page(
    session: Session, pair_id: int, library: ScriptLibrary, now: datetime | None = None
) -> PairPage:
    """The pair, its newest conversations, open follow-ups, talking points, parked prompts,
    check-ins, settings and next conversation (`now` gives today and a suggested next one)."""
    pair = get_pair(session=session, pair_id=pair_id)
    owner = get_person(session=session, person_id=pair.owner_id)
    partner = get_person(session=session, person_id=pair.partner_id)
    rows = pair_timeline(
        session=session, pair_id=pair_id, level_counts=level_counts(library), limit=TIMELINE_PAGE
    )
    total = len(rows)
    if total == TIMELINE_PAGE:
        total = conversation_count(session=session, pair_id=pair_id)
    titles = {script.id: script.title for script in library.scripts}
    parked = tuple(
        ParkedItem(
            item_id=mark.mark_id,
            text=mark.text or mark.prompt_id,
            script_title=titles.get(mark.script_id, ""),
            parked_on=mark.parked_at.astimezone().date(),
            script_id=mark.script_id,
        )
        for mark in parked_prompts(session=session, pair_id=pair_id)
    )
    deepest = max((len(s.levels) for s in library.scripts), default=1)
    settings = PairSettings(
        owner_name=owner.name,
        owner_role=owner.role,
        partner_name=partner.name,
        partner_role=partner.role,
        comfortable_depth=pair.comfortable_depth,
        learned_depth=learned_comfort(session, pair_id, rows),
        off_limits_topics=tuple(pair.off_limits_topics),
        available_topics=library_topics(library),
        deepest_level=deepest,
    )
    return PairPage(
        pair_id=pair_id,
        owner_name=owner.name,
        partner_name=partner.name,
        owner_role=owner.role,
        partner_role=partner.role,
        timeline=story_entries(session, pair, rows),
        timeline_total=total,
        follow_ups=tuple(
            follow_up_item(item, pair)
            for item in open_follow_ups_with_origin(session=session, pair_id=pair_id)
        ),
        parked=parked,
        readings=closeness_readings(session, pair_id, (pair.owner_id, pair.partner_id)),
        settings=settings,
        partner_id=pair.partner_id,
        archived_on=None if pair.archived_at is None else pair.archived_at.astimezone().date(),
        talking_points=read_talking_points(session, pair_id),
        next_conversation_at=pair.next_conversation_at,
        suggested_next_at=None
        if now is None
        else suggested_next(rows[0].started_at if rows else None, now),
        today=None if now is None else now.astimezone().date(),
    )


def closeness_readings(
    session: Session, pair_id: int, people: tuple[int, int]
) -> tuple[ClosenessReading, ...]:
    """The pair's check-ins per conversation, oldest first, (owner, partner) in each."""
    return tuple(
        ClosenessReading(
            on=point.started_at.astimezone().date(), before=point.before, after=point.after
        )
        for point in closeness_by_conversation(session=session, pair_id=pair_id, people=people)
    )


def save_pair_settings(session: Session, pair_id: int, settings: PairSettings) -> None:
    """Keeps the names and roles, the comfortable depth and the off-limits topics."""
    pair = get_pair(session=session, pair_id=pair_id)
    rename_person(
        session=session,
        person_id=pair.owner_id,
        name=settings.owner_name,
        role=settings.owner_role,
    )
    rename_person(
        session=session,
        person_id=pair.partner_id,
        name=settings.partner_name,
        role=settings.partner_role,
    )
    set_comfortable_depth(session=session, pair_id=pair_id, depth=settings.comfortable_depth)
    set_off_limits_topics(session=session, pair_id=pair_id, topics=settings.off_limits_topics)


def set_follow_up_done(session: Session, follow_up_id: int, done: bool) -> None:
    """Ticks a follow-up off, or opens it again."""
    if done:
        complete_follow_up(session=session, follow_up_id=follow_up_id)
    else:
        reopen_follow_up(session=session, follow_up_id=follow_up_id)


def lift_parked_marks_shown(
    session: Session, pair_id: int, script_id: str, shown_prompt_ids: Iterable[str]
) -> int:
    """Lifts the parked marks of prompts this conversation showed (taken up at last), before
    the wrap-up marks what was parked today; returns how many were lifted."""
    shown = {prompt_id.removesuffix("~lighter") for prompt_id in shown_prompt_ids}
    lifted = 0
    for mark in parked_prompts(session=session, pair_id=pair_id, script_id=script_id):
        if mark.prompt_id.removesuffix("~lighter") in shown:
            resolve_mark(session=session, mark_id=mark.mark_id)
            lifted += 1
    return lifted


def open_pair_page(workspace: Workspace, pair_id: int) -> PairPage:
    """`read_pair_page` in a session of its own."""
    with workspace.session() as session:
        return read_pair_page(session, pair_id, workspace.library, workspace.clock.now())


def more_timeline(workspace: Workspace, pair_id: int, after_id: int) -> tuple[TimelineEntry, ...]:
    """The pair's next page of conversations after conversation `after_id`."""
    with workspace.session() as session:
        return read_timeline_page(session, pair_id, workspace.library, after_id)


def keep_pair_settings(workspace: Workspace, pair_id: int, settings: PairSettings) -> None:
    """`save_pair_settings` in a transaction of its own."""
    with workspace.session() as session:
        save_pair_settings(session, pair_id, settings)


def mark_follow_up_done(workspace: Workspace, follow_up_id: int, done: bool) -> None:
    """Ticks a follow-up off, or opens it again, in a transaction of its own."""
    with workspace.session() as session:
        set_follow_up_done(session, follow_up_id, done)
