"""Shared by the export tests: a pair's history whose every kind of note carries its own word,
a quick bulk seeding of long histories, and the text of a PDF written by Qt.

Each kind of content has a word found nowhere else, so a test can say exactly which kinds an
export holds: `SHARED_WORDS` must always be there, `PRIVATE_WORD`, `CONFIDENTIAL_WORD` and
`BOTH_WORD` (private and confidential) only when asked for.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, insert
from sqlmodel import Session

from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.models import (
    CheckIn,
    CheckInMoment,
    ConversationRecord,
    FollowUp,
    Note,
    ShownPromptRecord,
    Visibility,
)

FIRST = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)
SECOND = datetime(2024, 6, 10, 14, 0, tzinfo=UTC)

#: Words that go out in every export, one per kind of shared content.
PROMPT_WORD = "lighthouse"
SHARED_WORD = "bakery"
CONVERSATION_WORD = "tramline"
SUMMARY_WORD = "harbour"
FOLLOW_UP_WORD = "article"
PAIR_FOLLOW_UP_WORD = "bookshelf"
SECOND_WORD = "orchard"
PARKED_WORD = "teacher"
SHARED_WORDS = (
    PROMPT_WORD,
    SHARED_WORD,
    CONVERSATION_WORD,
    SUMMARY_WORD,
    FOLLOW_UP_WORD,
    PAIR_FOLLOW_UP_WORD,
    SECOND_WORD,
    PARKED_WORD,
)
#: Words that must stay out unless asked for by name.
PRIVATE_WORD = "quince"
CONFIDENTIAL_WORD = "saffron"
BOTH_WORD = "juniper"
#: Prompts that were skipped or "too much": counted, never named.
TOO_MUCH_WORD = "heartbreak"
SKIPPED_WORD = "weekend"
UNSAID_WORDS = (TOO_MUCH_WORD, SKIPPED_WORD)


@dataclass(frozen=True)
class History:
    """Ids of the seeded rows."""

    pair_id: int
    owner_id: int
    partner_id: int
    first_id: int
    second_id: int


def finished_summary() -> dict:
    """A summary as the wrap-up writes it, for the first conversation."""
    return {
        "outcome": "finished",
        "depth_reached": 2,
        "comfortable_depth": 1,
        "prompts_answered": 1,
        "prompts_skipped": 1,
        "prompts_too_much": 1,
        "prompts_parked": 1,
        "answered_prompt_ids": ["p1"],
        "too_much_prompt_ids": ["p2"],
        "parked_prompt_ids": ["p3"],
        "talking_seconds": 1860.0,
        "paused_seconds": 0.0,
        "wrap_up_seconds": 300.0,
    }


def seed_history(engine: Engine, owner: str = "Ada", partner: str = "Ben") -> History:
    """Two conversations of one pair: a finished one with every kind of note, follow-ups
    and check-ins, and an unfinished one with a note on an answered prompt."""
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name=owner, role="manager")
        ben = repo.add_person(session=session, name=partner, role="report")
        pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
        first = _conversation(session, pair.id, FIRST)
        prompts = [
            ("p1", 1, f"What did you want to be when you were ten, a *{PROMPT_WORD}* keeper?"),
            ("p2", 2, f"Tell of a {TOO_MUCH_WORD} you still carry."),
            ("p3", 1, f"Which {PARKED_WORD} changed your mind?"),
            ("p4", 1, f"What was your best {SKIPPED_WORD}?"),
            ("closing", 2, "What did you appreciate today?"),
        ]
        for minutes, (prompt_id, depth, text) in enumerate(prompts):
            repo.record_shown_prompt(
                session=session,
                conversation_id=first.id,
                prompt_id=prompt_id,
                text=text,
                depth=depth,
                shown_at=FIRST + timedelta(minutes=minutes),
            )
        notes = [
            ("p1", Visibility.SHARED, False, f"Ben: the summer at the **{SHARED_WORD}**."),
            (None, Visibility.PRIVATE, False, f"Ask HR about the {PRIVATE_WORD} matter."),
            ("p1", Visibility.SHARED, True, f"The {CONFIDENTIAL_WORD} story stays here."),
            (None, Visibility.PRIVATE, True, f"My own {BOTH_WORD} worry."),
            (None, Visibility.SHARED, False, f"We both rode the {CONVERSATION_WORD} to school."),
            ("wrap-up-summary", Visibility.SHARED, False, f"A {SUMMARY_WORD} of a talk."),
            ("p1", Visibility.SHARED, False, "  \n "),
        ]
        for minutes, (prompt_id, visibility, confidential, text) in enumerate(notes):
            repo.add_note(
                session=session,
                conversation_id=first.id,
                text=text,
                prompt_id=prompt_id,
                visibility=visibility,
                confidential=confidential,
                at=FIRST + timedelta(minutes=10 + minutes),
            )
        repo.add_follow_up(
            session=session,
            pair_id=pair.id,
            conversation_id=first.id,
            owner_id=ada.id,
            text=f"Send Ben the {FOLLOW_UP_WORD} on career changes",
            due=date(2024, 5, 20),
            at=FIRST + timedelta(minutes=40),
        )
        done = repo.add_follow_up(
            session=session,
            pair_id=pair.id,
            conversation_id=first.id,
            text="Book a room with a window",
            at=FIRST + timedelta(minutes=41),
        )
        repo.complete_follow_up(session=session, follow_up_id=done.id, at=SECOND)
        repo.add_follow_up(
            session=session,
            pair_id=pair.id,
            owner_id=ben.id,
            text=f"Lend Ada the {PAIR_FOLLOW_UP_WORD} book",
            at=SECOND + timedelta(days=1),
        )
        for person, before, after in ((ada, 3, 5), (ben, 4, 4)):
            for moment, value in ((CheckInMoment.BEFORE, before), (CheckInMoment.AFTER, after)):
                repo.record_check_in(
                    session=session,
                    conversation_id=first.id,
                    person_id=person.id,
                    moment=moment,
                    closeness=value,
                    at=FIRST,
                )
        repo.finish_conversation(
            session=session,
            conversation_id=first.id,
            summary=finished_summary(),
            ended_at=FIRST + timedelta(minutes=45),
            depth_reached=2,
        )
        second = _conversation(session, pair.id, SECOND)
        _second_conversation(session, second.id)
        return History(pair.id, ada.id, ben.id, first.id, second.id)


def _conversation(session: Session, pair_id: int, started: datetime) -> ConversationRecord:
    return repo.start_conversation(
        session=session,
        pair_id=pair_id,
        script_id="defining-moments",
        script_sha256="ab" * 32,
        script_title="Defining moments",
        planned_minutes=40,
        setup={},
        started_at=started,
    )


def _second_conversation(session: Session, conversation_id: int) -> None:
    from belonging.core.conversation_events import ConversationEvent, EventKind

    repo.record_shown_prompt(
        session=session,
        conversation_id=conversation_id,
        prompt_id="p5",
        text="Where did you grow up?",
        depth=1,
        shown_at=SECOND,
    )
    repo.append_events(
        session=session,
        conversation_id=conversation_id,
        events=[
            ConversationEvent(1, EventKind.STARTED, SECOND, depth=1),
            ConversationEvent(2, EventKind.PROMPT_SHOWN, SECOND, depth=1, prompt_id="p5"),
            ConversationEvent(3, EventKind.ANSWERED, SECOND, depth=1, prompt_id="p5"),
        ],
    )
    repo.add_note(
        session=session,
        conversation_id=conversation_id,
        prompt_id="p5",
        text=f"Ben grew up near an {SECOND_WORD}.",
        at=SECOND + timedelta(minutes=5),
    )


def bulk_seed(engine: Engine, conversations: int, owner: str = "Ada", partner: str = "Ben") -> int:
    """A pair with `conversations` finished conversations, each with five shown prompts, two
    shared notes, one private, one confidential, a follow-up and four check-ins, inserted
    in bulk (seconds, not minutes). Returns the pair's id."""
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name=owner)
        ben = repo.add_person(session=session, name=partner)
        pair_id = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id).id
        first_id = (session.exec(_max_id()).one() or 0) + 1
        starts = [FIRST + timedelta(days=7 * n) for n in range(conversations)]
        session.execute(
            insert(ConversationRecord),
            [
                {
                    "pair_id": pair_id,
                    "script_id": "defining-moments",
                    "script_sha256": "ab" * 32,
                    "script_title": "Defining moments",
                    "setup": {},
                    "started_at": start,
                    "ended_at": start + timedelta(minutes=40),
                    "summary": finished_summary() | {"answered_prompt_ids": ["p1", "p2", "p3"]},
                    "depth_reached": 2,
                }
                for start in starts
            ],
        )
        ids = range(first_id, first_id + conversations)
        session.execute(
            insert(ShownPromptRecord),
            [
                {
                    "conversation_id": cid,
                    "prompt_id": f"p{n}",
                    "depth": 1 + n // 3,
                    "text": f"Prompt number {n}: what *shaped* you in year {cid}?",
                    "shown_at": start + timedelta(minutes=n),
                }
                for cid, start in zip(ids, starts, strict=True)
                for n in range(1, 6)
            ],
        )
        note_kinds = [
            ("p1", Visibility.SHARED.value, False, "A shared note with **some** words " * 4),
            ("p2", Visibility.SHARED.value, False, "Another shared line, longer, " * 6),
            (None, Visibility.PRIVATE.value, False, f"A {PRIVATE_WORD} private reflection."),
            ("p3", Visibility.SHARED.value, True, f"A {CONFIDENTIAL_WORD} confidence."),
        ]
        session.execute(
            insert(Note),
            [
                {
                    "conversation_id": cid,
                    "prompt_id": prompt_id,
                    "visibility": visibility,
                    "confidential": confidential,
                    "text": text,
                    "created_at": start + timedelta(minutes=10 + n),
                    "updated_at": start + timedelta(minutes=10 + n),
                }
                for cid, start in zip(ids, starts, strict=True)
                for n, (prompt_id, visibility, confidential, text) in enumerate(note_kinds)
            ],
        )
        session.execute(
            insert(FollowUp),
            [
                {"pair_id": pair_id, "conversation_id": cid, "text": "Follow up", "done": False}
                for cid in ids
            ],
        )
        session.execute(
            insert(CheckIn),
            [
                {
                    "conversation_id": cid,
                    "person_id": person,
                    "moment": moment.value,
                    "closeness": 4,
                    "recorded_at": FIRST,
                }
                for cid in ids
                for person in (ada.id, ben.id)
                for moment in CheckInMoment
            ],
        )
        return pair_id


def _max_id():
    from sqlalchemy import func
    from sqlmodel import select

    return select(func.max(ConversationRecord.id))


# --- PDF -----------------------------------------------------------------------------------

_STREAM = re.compile(
    rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n(.*?)\r?\nendstream", re.S
)
_FONT_RESOURCE = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"(\d+) 0 obj\s*<<[^>]*?/ToUnicode (\d+) 0 R", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_TEXT_OP = re.compile(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\[(.*?)\] TJ|(ET)", re.S)


def pdf_streams(data: bytes) -> dict[int, bytes]:
    """Every stream of a PDF by object number, inflated when it is Flate-compressed."""
    streams = {}
    for match in _STREAM.finditer(data):
        number, dictionary, raw = int(match[1]), match[2], match[3]
        if b"/FlateDecode" in dictionary:
            raw = zlib.decompressobj().decompress(raw)
        streams[number] = raw
    return streams


def pdf_text(data: bytes) -> str:
    """The text a PDF written by Qt shows, word for word.

    Qt compresses each page's drawing commands and draws text as glyph numbers of a
    subset font, so searching the file's bytes for a word finds nothing either way. This
    inflates the streams, reads each font's ToUnicode map, and decodes the glyphs drawn
    with each font; runs of text end with a newline.
    """
    streams = pdf_streams(data)
    maps = {
        int(font): _unicode_map(streams.get(int(cmap), b""))
        for font, cmap in _TO_UNICODE.findall(data)
    }
    resources = {name.decode(): int(number) for name, number in _FONT_RESOURCE.findall(data)}
    pieces: list[str] = []
    for stream in streams.values():
        if b"Tf" not in stream:
            continue
        font_map: dict[int, str] = {}
        for match in _TEXT_OP.finditer(stream):
            if match[1]:
                font_map = maps.get(resources.get(match[1].decode(), -1), {})
            elif match[2] is not None:
                pieces.append(_decode(match[2], font_map))
            elif match[3] is not None:
                pieces += [_decode(h, font_map) for h in _HEX.findall(match[3])]
            elif match[4]:
                pieces.append("\n")
    # Qt draws "ff", "fi"… as one ligature glyph; NFKC spells them out again.
    return unicodedata.normalize("NFKC", "".join(pieces)).replace("\t", " ")


def _unicode_map(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in _BFCHAR.findall(cmap):
        values = _HEX.findall(block)
        for glyph, text in zip(values[::2], values[1::2], strict=False):
            mapping[int(glyph, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in _BFRANGE.findall(cmap):
        for line in block.strip().splitlines():
            values = _HEX.findall(line)
            if len(values) < 3:
                continue
            low, high = int(values[0], 16), int(values[1], 16)
            targets = values[2:]
            start = int(targets[0], 16)
            for offset, glyph in enumerate(range(low, high + 1)):
                if len(targets) > 1:
                    mapping[glyph] = bytes.fromhex(targets[offset].decode()).decode("utf-16-be")
                else:
                    mapping[glyph] = chr(start + offset)
    return mapping


def _decode(hex_glyphs: bytes, font_map: dict[int, str]) -> str:
    glyphs = bytes.fromhex(hex_glyphs.decode())
    return "".join(
        font_map.get(int.from_bytes(glyphs[i : i + 2], "big"), "\ufffd")
        for i in range(0, len(glyphs), 2)
    )
