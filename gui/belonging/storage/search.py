"""Full-text search over notes and the prompt texts conversations showed.

Two FTS5 indexes (`note_fts`, `shown_prompt_fts`) follow their tables through triggers; a
search asks both, ranks every hit with bm25 and returns a snippet with the matched words
between `HIGHLIGHT_START` and `HIGHLIGHT_END`. Whatever a person types is searched as plain
words, each a prefix (results appear while typing): FTS5's own syntax is never exposed, so
no input can make a search fail.
"""

from __future__ import annotations

import enum
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from belonging.storage.models import Visibility

#: Private-use characters around each matched word: they cannot clash with typed text.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
ELLIPSIS = "…"
#: Words of context a snippet holds.
SNIPPET_TOKENS = 12
_WORD = re.compile(r"\w")


class HitKind(enum.StrEnum):
    """Where a hit was found."""

    NOTE = "note"
    PROMPT = "prompt"


@dataclass(frozen=True)
class SearchHit:
    """One match: which conversation, which note or prompt, and a highlighted snippet.

    `note_id` is set for note hits; `visibility` too (prompt hits have none). `rank` is
    bm25's score: lower is better, and hits come sorted by it.
    """

    kind: HitKind
    conversation_id: int
    pair_id: int
    conversation_started_at: datetime
    prompt_id: str | None
    note_id: int | None
    visibility: Visibility | None
    confidential: bool
    snippet: str
    rank: float


def fts_query(typed: str) -> str | None:
    """The FTS5 query for what a person typed, or None when it holds no word to look for.

    Each space-separated chunk becomes a quoted phrase (quotes doubled) with a prefix star,
    so `self-doubt"` is searched as the words "self doubt…", never as FTS syntax. Control
    and other invisible characters (a NUL would end the query early) become spaces.
    """
    visible = "".join(" " if unicodedata.category(c).startswith("C") else c for c in typed)
    phrases = [
        '"' + chunk.replace('"', '""') + '"*' for chunk in visible.split() if _WORD.search(chunk)
    ]
    return " ".join(phrases) or None


#: Each index is ranked, filtered and cut to `limit` on its own, and only then are the two
#: merged: a snippet is made for the rows kept, not for every hit. (Asked as one UNION of
#: every hit, a common word's 25,000 notes each had a snippet made before the sort: a
#: search's 95th percentile was 200 ms of processor time over 200,000 notes, now 60.)
_SEARCH_SQL = """
SELECT * FROM (
    SELECT * FROM (
        SELECT 'note' AS kind, n.conversation_id AS conversation_id,
               n.prompt_id AS prompt_id, n.id AS note_id, n.visibility AS visibility,
               n.confidential AS confidential,
               snippet(note_fts, 0, :start, :end, :ellipsis, :tokens) AS snippet,
               bm25(note_fts) AS rank, c.pair_id AS pair_id, c.started_at AS started_at
        FROM note_fts
        JOIN note AS n ON n.id = note_fts.rowid
        JOIN conversation AS c ON c.id = n.conversation_id
        WHERE note_fts MATCH :query AND (:include_private OR n.visibility = 'shared')
              AND {within}
        ORDER BY {inner_order}
        LIMIT :limit
    )
    UNION ALL
    SELECT * FROM (
        SELECT 'prompt', p.conversation_id, p.prompt_id, NULL, NULL, 0,
               snippet(shown_prompt_fts, 0, :start, :end, :ellipsis, :tokens),
               bm25(shown_prompt_fts) AS rank, c.pair_id, c.started_at AS started_at
        FROM shown_prompt_fts
        JOIN shown_prompt AS p ON p.id = shown_prompt_fts.rowid
        JOIN conversation AS c ON c.id = p.conversation_id
        WHERE shown_prompt_fts MATCH :query AND {within}
        ORDER BY {inner_order}
        LIMIT :limit
    )
)
ORDER BY {outer_order}
LIMIT :limit
"""
#: The conversations a search may look in: one pair's, begun within the days asked.
_WITHIN = (
    "(:pair_id IS NULL OR c.pair_id = :pair_id)"
    " AND (:started_from IS NULL OR c.started_at >= :started_from)"
    " AND (:started_before IS NULL OR c.started_at < :started_before)"
)
#: Best first, then newest; each index is cut in the order the merged list is.
_BEST_FIRST = {
    "inner_order": "rank, c.started_at DESC",
    "outer_order": "rank, started_at DESC, kind",
}
# Newest conversation first; within one, its best hits first.
_NEWEST_FIRST = {
    "inner_order": "c.started_at DESC, c.id DESC, rank",
    "outer_order": "started_at DESC, conversation_id DESC, rank, kind",
}


def search(
    *,
    session: Session,
    query: str,
    include_private: bool,
    pair_id: int | None = None,
    limit: int = 50,
    started_from: datetime | None = None,
    started_before: datetime | None = None,
    newest_first: bool = False,
) -> list[SearchHit]:
    """Notes and shown prompts matching `query`, best first (or those of the newest
    conversations first), at most `limit` of them.

    Pass `include_private=False` whenever the screen is shared: private notes are then
    neither found nor hinted at. `pair_id` keeps the search to one pair's history;
    `started_from` and `started_before` (timezone-aware) to conversations begun from the one
    and before the other.
    """
    match = fts_query(query)
    if match is None:
        return []
    order = _NEWEST_FIRST if newest_first else _BEST_FIRST
    rows = session.connection().execute(
        text(_SEARCH_SQL.format(within=_WITHIN, **order)),
        {
            "query": match,
            "include_private": include_private,
            "pair_id": pair_id,
            "started_from": _stored(started_from),
            "started_before": _stored(started_before),
            "limit": limit,
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "ellipsis": ELLIPSIS,
            "tokens": SNIPPET_TOKENS,
        },
    )
    return [_hit(row._mapping) for row in rows]


def _hit(row: object) -> SearchHit:
    values = dict(row)  # type: ignore[call-overload]
    visibility = values["visibility"]
    return SearchHit(
        kind=HitKind(values["kind"]),
        conversation_id=values["conversation_id"],
        pair_id=values["pair_id"],
        conversation_started_at=_utc(values["started_at"]),
        prompt_id=values["prompt_id"],
        note_id=values["note_id"],
        visibility=Visibility(visibility) if visibility is not None else None,
        confidential=bool(values["confidential"]),
        snippet=values["snippet"],
        rank=float(values["rank"]),
    )


def _stored(moment: datetime | None) -> str | None:
    """A time in the text form `UtcDateTime` stores, for comparing in raw SQL."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError(f"search needs a timezone-aware time, got {moment!r}")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _utc(stored: str) -> datetime:
    # Raw SQL bypasses the column type, so read SQLite's text form the way UtcDateTime does.
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def plain_snippet(snippet: str) -> str:
    """A snippet with its highlight markers removed, for a screen reader or plain text."""
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def snippet_html(snippet: str) -> str:
    """A snippet as safe HTML: its text escaped, each matched word in <b>…</b>."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")
