"""A pair's story: each conversation of a page as a card, with the first line of its summary,
the first lines of its first shared notes and its follow-ups. Private notes are never read
for it; the whole page takes two queries besides the timeline's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlmodel import Session

from belonging.application.continuity_rows import FollowUpItem, TimelineEntry
from belonging.application.follow_ups import owner_key
from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID
from belonging.core.markdown_render import plain_text
from belonging.storage.models import FollowUp, Pair
from belonging.storage.repositories import get_person
from belonging.storage.repositories.story import follow_ups_of, shared_notes_of
from belonging.storage.repositories.timeline import TimelineRow

#: First lines of notes a card shows before "and N more".
NOTE_LINES = 3
#: A first line longer than this is cut (with an ellipsis): a card is a glance, not a read.
LINE_CHARACTERS = 140


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60


def timeline_entry(row: TimelineRow) -> TimelineEntry:
    """A conversation as the story lists it, before its notes and follow-ups are added."""
    return TimelineEntry(
        conversation_id=row.conversation_id,
        on=row.started_at.astimezone().date(),
        script_title=row.script_title,
        depth_reached=row.depth_reached,
        level_count=row.level_count,
        talking_minutes=_minutes(row.talking_seconds),
        paused_minutes=_minutes(row.paused_seconds),
        finished=row.finished,
    )


def any_follow_up_item(follow_up: FollowUp, pair: Pair, names: dict[int, str]) -> FollowUpItem:
    """A follow-up, done or not, as a conversation's card lists it."""
    owner = follow_up.owner_id
    return FollowUpItem(
        item_id=follow_up.id,
        text=follow_up.text,
        owner_name=None if owner is None else names.get(owner),
        due=follow_up.due,
        done=follow_up.done,
        done_on=None if follow_up.done_at is None else follow_up.done_at.astimezone().date(),
        owner_key=owner_key(pair, owner),
    )


def first_line(markdown: str) -> str:
    """The first line of a note's words, without markup, cut at `LINE_CHARACTERS`."""
    words = plain_text(markdown)
    line = next((part.strip() for part in words.splitlines() if part.strip()), "")
    if len(line) > LINE_CHARACTERS:
        line = line[: LINE_CHARACTERS - 1].rstrip() + "…"
    return line


def story_entries(
    session: Session, pair: Pair, rows: Sequence[TimelineRow]
) -> tuple[TimelineEntry, ...]:
    """The conversations of `rows` as the story's cards: each with its summary, the first
    lines of its shared notes and its follow-ups (two queries for the whole page)."""
    ids = [row.conversation_id for row in rows]
    notes = shared_notes_of(session=session, conversation_ids=ids)
    follow_ups = follow_ups_of(session=session, conversation_ids=ids)
    names = {
        person_id: get_person(session=session, person_id=person_id).name
        for person_id in (pair.owner_id, pair.partner_id)
    }
    entries = []
    for row in rows:
        own = notes.get(row.conversation_id, [])
        summary = next((n for n in own if n.prompt_id == SUMMARY_PROMPT_ID), None)
        others = [first_line(n.text) for n in own if n.prompt_id != SUMMARY_PROMPT_ID]
        others = [line for line in others if line]
        entry = timeline_entry(row)
        entries.append(
            replace(
                entry,
                summary="" if summary is None else first_line(summary.text),
                note_lines=tuple(others[:NOTE_LINES]),
                more_notes=max(0, len(others) - NOTE_LINES),
                follow_ups=tuple(
                    any_follow_up_item(f, pair, names)
                    for f in follow_ups.get(row.conversation_id, [])
                ),
            )
        )
    return tuple(entries)
