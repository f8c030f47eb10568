"""When a pair plans to talk next: planned at the wrap-up or on the pair's page, shown on
Home, and written as a calendar file for any calendar app.

The calendar file names the pair's next conversation and its time, nothing more (the screen
chooses the title's words): it leaves the data folder, so it carries no note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from belonging.application.workspace import Workspace
from belonging.core.calendar_file import calendar_bytes, event_uid
from belonging.core.export.files import write_export_file
from belonging.storage.repositories import get_pair, set_next_conversation


def plan_next(workspace: Workspace, pair_id: int, at: datetime | None) -> None:
    """Keeps when the pair plans to talk next (None: nothing planned)."""
    with workspace.session() as session:
        set_next_conversation(session=session, pair_id=pair_id, at=at)


def suggested_next(last_at: datetime | None, now: datetime) -> datetime:
    """A first suggestion for the next conversation: a week after the last one (or from
    now), on the hour, and never in the past."""
    start = (last_at or now).astimezone()
    suggestion = (start + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
    while suggestion <= now:
        suggestion += timedelta(days=7)
    return suggestion


def usual_minutes(session: Session, pair_id: int) -> int | None:
    """How long the pair's last planned conversation was meant to last (None: unknown)."""
    return (
        session.connection()
        .execute(
            text(
                "SELECT planned_minutes FROM conversation WHERE pair_id = :pair_id "
                "AND planned_minutes IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1"
            ),
            {"pair_id": pair_id},
        )
        .scalar()
    )


def calendar_file_bytes(workspace: Workspace, pair_id: int, title: str) -> bytes:
    """The pair's next conversation as the bytes of an `.ics` file named `title`; raises
    ValueError when none is planned."""
    with workspace.session() as session:
        pair = get_pair(session=session, pair_id=pair_id)
        start = pair.next_conversation_at
        minutes = usual_minutes(session, pair_id)
    if start is None:
        raise ValueError("no next conversation is planned for this pair")
    return calendar_bytes(
        title=title,
        start=start,
        minutes=minutes,
        uid=event_uid(f"pair{pair_id}", start),
        made_at=workspace.clock.now(),
    )


def write_calendar_file(workspace: Workspace, pair_id: int, title: str, path: Path) -> Path:
    """Writes the pair's next conversation to `path` (replacing a file the person chose to
    replace), readable by its owner only; returns the path."""
    return write_export_file(path, calendar_file_bytes(workspace, pair_id, title), overwrite=True)


@dataclass(frozen=True)
class NextPlan:
    """A pair's next conversation as planned (None: nothing), a suggestion for when none is,
    and today."""

    at: datetime | None
    suggested: datetime
    today: date


def read_next_plan(workspace: Workspace, pair_id: int) -> NextPlan:
    """When the pair plans to talk next, and what to suggest otherwise (a week after their
    last conversation)."""
    now = workspace.clock.now()
    with workspace.session() as session:
        pair = get_pair(session=session, pair_id=pair_id)
        last = (
            session.connection()
            .execute(
                text("SELECT max(started_at) FROM conversation WHERE pair_id = :pair_id"),
                {"pair_id": pair_id},
            )
            .scalar()
        )
    last_at = None if last is None else datetime.fromisoformat(str(last)).replace(tzinfo=UTC)
    return NextPlan(
        pair.next_conversation_at, suggested_next(last_at, now), now.astimezone().date()
    )
