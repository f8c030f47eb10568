"""Search hits from storage, grouped by conversation as the search page shows them: the
newest conversation first, narrowed to one pair and to a range of days when asked.

It opens its own short session, reads the hits and names each
conversation (its script, day and pair) without touching a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from belonging.application.continuity_rows import SearchGroup, SearchLine
from belonging.application.workspace import Workspace
from belonging.storage.models import Visibility
from belonging.storage.repositories import get_conversation, get_pair, get_person
from belonging.storage.search import HitKind, SearchHit, plain_snippet, search, snippet_html

#: Most hits a search shows: enough to find a note, few enough to read the list.
HIT_LIMIT = 60


def search_line(hit: SearchHit) -> SearchLine:
    """One hit as the view shows it."""
    return SearchLine(
        note_id=hit.note_id,
        snippet_html=snippet_html(hit.snippet),
        snippet_text=plain_snippet(hit.snippet),
        is_prompt=hit.kind is HitKind.PROMPT,
        private=hit.visibility is Visibility.PRIVATE,
        confidential=hit.confidential,
    )


@dataclass(frozen=True)
class SearchScope:
    """What a search looks through: one pair's conversations (None: everyone's) begun from
    `since` to `until`, both days included (None: no bound)."""

    pair_id: int | None = None
    since: date | None = None
    until: date | None = None


def _day_start(day: date) -> datetime:
    """The first moment of `day` on this computer."""
    return datetime.combine(day, time()).astimezone()


def search_groups(
    session: Session,
    query: str,
    include_private: bool,
    pair_id: int | None = None,
    scope: SearchScope | None = None,
) -> list[SearchGroup]:
    """The hits for `query` within `scope`, grouped by conversation, the newest first."""
    scope = scope or SearchScope(pair_id=pair_id)
    hits = search(
        session=session,
        query=query,
        include_private=include_private,
        pair_id=scope.pair_id,
        limit=HIT_LIMIT,
        started_from=None if scope.since is None else _day_start(scope.since),
        started_before=None if scope.until is None else _day_start(scope.until + timedelta(1)),
        newest_first=True,
    )
    grouped: dict[int, list[SearchHit]] = {}
    for hit in hits:
        grouped.setdefault(hit.conversation_id, []).append(hit)
    names: dict[int, tuple[str, str]] = {}
    groups = []
    for conversation_id, conversation_hits in grouped.items():
        conversation = get_conversation(session=session, conversation_id=conversation_id)
        if conversation.pair_id not in names:
            pair = get_pair(session=session, pair_id=conversation.pair_id)
            owner = get_person(session=session, person_id=pair.owner_id)
            partner = get_person(session=session, person_id=pair.partner_id)
            names[conversation.pair_id] = (owner.name, partner.name)
        owner_name, partner_name = names[conversation.pair_id]
        groups.append(
            SearchGroup(
                conversation_id=conversation_id,
                on=conversation.started_at.astimezone().date(),
                script_title=conversation.script_title,
                owner_name=owner_name,
                partner_name=partner_name,
                lines=tuple(search_line(hit) for hit in conversation_hits),
            )
        )
    return groups


def search_notes(
    workspace: Workspace,
    query: str,
    *,
    include_private: bool,
    pair_id: int | None = None,
    scope: SearchScope | None = None,
) -> list[SearchGroup]:
    """`search_groups` in a session of its own; it only reads, so it may run beside saves."""
    with workspace.session() as session:
        return search_groups(session, query, include_private, pair_id, scope)
