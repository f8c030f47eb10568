"""Deleting a conversation, a pair or a person, for good — and, for a few seconds, not.

A deletion takes every row that belongs to what is deleted (a conversation's events, prompts shown,
notes, follow-ups, check-ins and the talking points brought up in it; a pair's conversations,
follow-ups, talking points and prompt marks; the people left in no pair), deletes them all in one
transaction and hands back a copy (`Removed`) that only ever lives in memory. While the app offers
Undo it can put the very same rows back (`restore_removed`); afterwards the copy is dropped, and the
words are gone: `secure_delete` overwrites the freed pages, the search index is merged so the words
do not linger in it, and the write-ahead log is emptied (`scrub_after_removal`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, or_, select
from sqlmodel import Session, SQLModel

from belonging.storage.migrations.search_schema import SEARCH_TABLES
from belonging.storage.models import (
    CheckIn,
    ConversationRecord,
    EventRecord,
    FollowUp,
    Note,
    Pair,
    PairPromptMark,
    Person,
    ShownPromptRecord,
    TalkingPoint,
)
from belonging.storage.repositories.lookup import get_existing

#: Tables in the order rows are put back: each after the rows it points to.
_PARENTS_FIRST = (
    Person,
    Pair,
    ConversationRecord,
    EventRecord,
    ShownPromptRecord,
    Note,
    FollowUp,
    CheckIn,
    TalkingPoint,
    PairPromptMark,
)


@dataclass(frozen=True)
class Removed:
    """The rows one deletion took, by table, parents first; what Undo puts back.

    `counts` says how many of each kind went (by table name), for the words of a screen.
    """

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]

    @property
    def counts(self) -> dict[str, int]:
        """How many rows of each table went."""
        return {name: len(rows) for name, rows in self.rows}


def remove_conversation(*, session: Session, conversation_id: int) -> Removed:
    """Deletes one conversation and everything kept from it, its follow-ups included."""
    get_existing(session, ConversationRecord, conversation_id)
    return _remove(session, _conversation_rows(ConversationRecord.id == conversation_id))


def remove_pair(*, session: Session, pair_id: int) -> Removed:
    """Deletes a pair, every conversation of it, and the people it leaves in no pair."""
    get_existing(session, Pair, pair_id)
    return _remove(session, _pairs_rows(session, [pair_id]))


def remove_person(*, session: Session, person_id: int) -> Removed:
    """Deletes a person, every pair they are in (with its conversations), and whoever those
    pairs leave in no pair."""
    get_existing(session, Person, person_id)
    pair_ids = session.exec(
        select(Pair.id).where(or_(Pair.owner_id == person_id, Pair.partner_id == person_id))
    ).all()
    wanted = _pairs_rows(session, [int(row[0]) for row in pair_ids])
    wanted[Person] = or_(wanted.get(Person, Person.id.in_([])), Person.id == person_id)
    return _remove(session, wanted)


def restore_removed(*, session: Session, removed: Removed) -> None:
    """Puts back exactly the rows a deletion took (Undo), with their ids; the search index
    follows through its triggers."""
    for name, rows in removed.rows:
        if rows:
            session.execute(insert(_table(name)), list(rows))
    session.flush()


def scrub_after_removal(*, session: Session) -> None:
    """Merges the search index, so deleted words do not linger in its segments (the freed
    pages are overwritten: `secure_delete` is on for every connection)."""
    for fts, _content in SEARCH_TABLES:
        session.connection().exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


def _conversation_rows(which: ColumnElement[bool]) -> dict[type[SQLModel], ColumnElement[bool]]:
    """What belongs to the conversations `which` selects, by table."""
    ids = select(ConversationRecord.id).where(which).scalar_subquery()
    return {
        ConversationRecord: which,
        EventRecord: EventRecord.conversation_id.in_(ids),
        ShownPromptRecord: ShownPromptRecord.conversation_id.in_(ids),
        Note: Note.conversation_id.in_(ids),
        FollowUp: FollowUp.conversation_id.in_(ids),
        CheckIn: CheckIn.conversation_id.in_(ids),
        # Brought up in it, so part of what was said there (the foreign key would otherwise
        # only forget where, and Undo could not say it again).
        TalkingPoint: TalkingPoint.used_in_conversation_id.in_(ids),
    }


def _pairs_rows(session: Session, pair_ids: list[int]) -> dict[type[SQLModel], ColumnElement[bool]]:
    """What belongs to these pairs, by table, and the people they leave in no pair."""
    wanted = _conversation_rows(ConversationRecord.pair_id.in_(pair_ids))
    wanted[FollowUp] = or_(wanted[FollowUp], FollowUp.pair_id.in_(pair_ids))
    wanted[TalkingPoint] = or_(wanted[TalkingPoint], TalkingPoint.pair_id.in_(pair_ids))
    wanted[PairPromptMark] = PairPromptMark.pair_id.in_(pair_ids)
    wanted[Pair] = Pair.id.in_(pair_ids)
    wanted[Person] = Person.id.in_(_left_alone(session, pair_ids))
    return wanted


def _left_alone(session: Session, pair_ids: list[int]) -> list[int]:
    """The people of these pairs who are in no other pair."""
    pairs = session.exec(select(Pair.id, Pair.owner_id, Pair.partner_id)).all()
    going = set(pair_ids)
    people = {p for pair_id, *both in pairs if pair_id in going for p in both}
    staying = {p for pair_id, *both in pairs if pair_id not in going for p in both}
    return sorted(people - staying)


def _remove(session: Session, wanted: dict[type[SQLModel], ColumnElement[bool]]) -> Removed:
    """Copies the rows `wanted` names, parents first, then deletes them, children first."""
    taken: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    for model in _PARENTS_FIRST:
        if model not in wanted:
            continue
        table = _table(model.__tablename__)
        rows = session.execute(select(table).where(wanted[model])).mappings().all()
        taken.append((table.name, tuple(dict(row) for row in rows)))
    for name, rows in reversed(taken):
        table = _table(name)
        ids = [row["id"] for row in rows]
        for chunk in _chunks(ids):
            session.execute(delete(table).where(table.c.id.in_(chunk)))
    session.flush()
    return Removed(tuple(taken))


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _chunks(ids: list[Any], size: int = 500) -> Iterable[list[Any]]:
    """Ids a few hundred at a time: well under SQLite's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
