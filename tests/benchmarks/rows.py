"""The rows of a large, realistic history: who met whom, when, what was said and kept.

One owner (the manager who runs the app) meets 50 people; one of them has met 1,000 times,
the others share the rest. Conversations copy engine walks of the built-in scripts (see
`walks`), get notes (one per prompt shown, the conversation's, the owner's private one and
the wrap-up summary), check-ins, follow-ups and prompt marks. Rows are plain tuples in the
column order of `generate.INSERTS`, written in the text forms SQLAlchemy writes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from belonging.core.engine import ConversationSetup, Participant
from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID

from .corpus import Corpus
from .walks import LEADER_KEY, PARTNER_KEY, Walk

#: The last day of the history: fixed, so a seed always makes the same folder.
HISTORY_END = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
#: What the partner is to the owner: reports and mentees, in turn.
_PARTNER_ROLES = ("Report", "Mentee")
_OFF_LIMITS = (["family"], ["health"], ["money", "family"])


def stamp(moment: datetime) -> str:
    """A time as SQLAlchemy's DateTime keeps it in SQLite (naive UTC text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class Scale:
    """How big the history is; the defaults are the benchmark's."""

    pairs: int = 50
    conversations: int = 10_000
    notes: int = 200_000
    follow_ups: int = 20_000
    big_pair_conversations: int = 1_000
    walks_per_script: int = 24
    seed: int = 20_250_602

    @property
    def key(self) -> str:
        """A short name of this scale for the cache folder."""
        return (
            f"p{self.pairs}-c{self.conversations}-n{self.notes}-f{self.follow_ups}"
            f"-b{self.big_pair_conversations}-w{self.walks_per_script}-s{self.seed}"
        )


@dataclass
class Rows:
    """Every table's rows, ready for executemany."""

    person: list[tuple] = field(default_factory=list)
    pair: list[tuple] = field(default_factory=list)
    conversation: list[tuple] = field(default_factory=list)
    conversation_event: list[tuple] = field(default_factory=list)
    shown_prompt: list[tuple] = field(default_factory=list)
    note: list[tuple] = field(default_factory=list)
    check_in: list[tuple] = field(default_factory=list)
    follow_up: list[tuple] = field(default_factory=list)
    pair_prompt_mark: list[tuple] = field(default_factory=list)


def _conversation_counts(scale: Scale, rng: random.Random) -> list[int]:
    """How many conversations each pair had: the first exactly `big_pair_conversations`."""
    rest = scale.conversations - scale.big_pair_conversations
    weights = [rng.uniform(0.3, 1.7) for _ in range(scale.pairs - 1)]
    counts = [max(1, int(rest * w / sum(weights))) for w in weights]
    counts[-1] += rest - sum(counts)
    return [scale.big_pair_conversations, *counts]


@dataclass
class _Meeting:
    pair_index: int
    started_at: datetime
    walk: Walk


def _meetings(scale: Scale, walks: list[Walk], rng: random.Random) -> list[_Meeting]:
    # Longer walks are drawn more often: weekly hour-long talks leave about 20 notes each.
    weights = [len(walk.note_prompt_ids) + 3 for walk in walks]
    meetings = []
    for pair_index, count in enumerate(_conversation_counts(scale, rng)):
        years = 10.0 if pair_index == 0 else rng.uniform(1.5, 8.0)
        span = timedelta(days=365 * years)
        step = span / count
        first = HISTORY_END - span
        for n in range(count):
            jitter = timedelta(hours=rng.uniform(-20, 20))
            start = first + step * n + jitter
            chosen = rng.choices(walks, weights)[0]
            meetings.append(_Meeting(pair_index, min(start, HISTORY_END), chosen))
    meetings.sort(key=lambda m: m.started_at)
    return meetings


class RowBuilder:
    """Builds `Rows` for a `Scale` from engine walks, deterministically from the seed."""

    def __init__(self, scale: Scale, walks: list[Walk]) -> None:
        self.scale = scale
        self.walks = walks
        self.rng = random.Random(scale.seed)
        self.corpus = Corpus(self.rng)
        self.rows = Rows()
        self.big_pair_id = 1
        self._names: dict[int, str] = {}
        self._marks_in_force: set[tuple[int, str, str, str]] = set()

    def build(self) -> Rows:
        """Every row of the history."""
        self._people_and_pairs()
        meetings = _meetings(self.scale, self.walks, self.rng)
        notes_to_drop = self._notes_to_drop(meetings)
        already_had: dict[tuple[int, str], list[str]] = {}
        for conversation_id, meeting in enumerate(meetings, start=1):
            pair_id = meeting.pair_index + 1
            key = (pair_id, meeting.walk.script.id)
            self._conversation(conversation_id, meeting, already_had.get(key, []))
            self._notes(conversation_id, meeting, notes_to_drop)
            already_had.setdefault(key, []).extend(meeting.walk.note_prompt_ids)
        self._follow_ups(meetings)
        return self.rows

    def _people_and_pairs(self) -> None:
        created = stamp(HISTORY_END - timedelta(days=3700))
        owner_name = self.corpus.full_name(0)
        self._names[1] = owner_name
        self.rows.person.append((1, owner_name, "Manager", created))
        for index in range(self.scale.pairs):
            person_id = index + 2
            partner_role = _PARTNER_ROLES[index % 2]
            name = self.corpus.full_name(index + 1)
            self._names[person_id] = name
            self.rows.person.append((person_id, name, partner_role, created))
            topics = self.rng.choice(_OFF_LIMITS) if self.rng.random() < 0.2 else []
            depth = self.rng.randint(2, 4)
            self.rows.pair.append((index + 1, 1, person_id, depth, json.dumps(topics), created))

    def _notes_to_drop(self, meetings: list[_Meeting]) -> set[tuple[int, int]]:
        """(conversation number, slot) pairs left without a note, so the total is exact."""
        slots = [len(m.walk.note_prompt_ids) + 3 for m in meetings]
        excess = sum(slots) - self.scale.notes
        if excess < 0:
            raise ValueError(f"the walks hold {sum(slots)} note slots, fewer than the notes asked")
        every = [(n, slot) for n, count in enumerate(slots, start=1) for slot in range(count)]
        return set(self.rng.sample(every, excess))

    def _setup(self, pair_id: int, walk: Walk, already_had: list[str]) -> dict:
        partner_id = pair_id + 1
        setup = ConversationSetup(
            script_id=walk.script.id,
            script_sha256=walk.script.sha256,
            participants=(
                Participant("1", self._names[1], "Manager"),
                Participant(str(partner_id), self._names[partner_id]),
            ),
            leader_key="1",
            planned_minutes=walk.planned_minutes,
            already_had_prompt_ids=tuple(already_had[-40:]),
        )
        return setup.to_dict()

    def _conversation(self, conversation_id: int, meeting: _Meeting, already_had: list[str]):
        walk, start = meeting.walk, meeting.started_at
        pair_id = meeting.pair_index + 1
        keys = {LEADER_KEY: "1", PARTNER_KEY: str(pair_id + 1)}
        ended = start + timedelta(seconds=walk.duration)
        summary = json.dumps(walk.summary)
        self.rows.conversation.append(
            (
                conversation_id,
                pair_id,
                walk.script.id,
                walk.script.sha256,
                walk.script.title,
                walk.planned_minutes,
                json.dumps(self._setup(pair_id, walk, already_had)),
                stamp(start),
                stamp(ended),
                summary,
                walk.depth_reached or None,
            )
        )
        for offset, event in walk.events:
            data = json.dumps(dict(event.data))
            for placeholder, person in keys.items():
                data = data.replace(placeholder, person)
            self.rows.conversation_event.append(
                (
                    conversation_id,
                    event.seq,
                    str(event.kind),
                    stamp(start + timedelta(seconds=offset)),
                    event.depth,
                    event.prompt_id,
                    keys.get(event.actor, event.actor) if event.actor else None,
                    data,
                )
            )
        for shown in walk.shown:
            at = stamp(start + timedelta(seconds=shown.offset))
            self.rows.shown_prompt.append(
                (conversation_id, shown.prompt_id, shown.depth, shown.text, at)
            )
        self._check_ins_and_marks(conversation_id, pair_id, start, ended, walk)

    def _check_ins_and_marks(self, conversation_id, pair_id, start, ended, walk: Walk) -> None:
        if self.rng.random() < 0.7:
            for person_id in (1, pair_id + 1):
                for moment, at in (("before", start), ("after", ended)):
                    closeness = self.rng.randint(3, 7)
                    self.rows.check_in.append(
                        (conversation_id, person_id, moment, closeness, stamp(at))
                    )
        marks = [(pid, "too_much") for pid in walk.too_much_ids]
        marks += [(pid, "parked") for pid in walk.parked_ids]
        for prompt_id, mark in marks:
            key = (pair_id, walk.script.id, prompt_id, mark)
            if key in self._marks_in_force:
                continue  # as `mark_prompt` does: a mark in force is not repeated
            resolved = None
            if self.rng.random() < 0.5:  # taken up or let go a month later
                resolved = stamp(ended + timedelta(days=30))
            else:
                self._marks_in_force.add(key)
            self.rows.pair_prompt_mark.append(
                (pair_id, walk.script.id, prompt_id, mark, conversation_id, stamp(ended), resolved)
            )

    def _notes(self, number: int, meeting: _Meeting, drop: set[tuple[int, int]]) -> None:
        walk, start = meeting.walk, meeting.started_at
        partner = self._names[meeting.pair_index + 2].split()[0]
        slots: list[tuple[str | None, str, str]] = [
            (pid, "shared", self.corpus.note(partner)) for pid in walk.note_prompt_ids
        ]
        slots.append((None, "shared", self.corpus.note(partner)))
        slots.append((None, "private", self.corpus.private_note(partner)))
        slots.append(
            (SUMMARY_PROMPT_ID, "shared", self.corpus.summary_note(partner, walk.script.title))
        )
        for slot, (prompt_id, visibility, text) in enumerate(slots):
            if (number, slot) in drop:
                continue
            confidential = visibility == "shared" and self.rng.random() < 0.08
            at = start + timedelta(seconds=walk.duration * slot / len(slots))
            self.rows.note.append(
                (number, prompt_id, visibility, int(confidential), text, stamp(at), stamp(at))
            )

    def _follow_ups(self, meetings: list[_Meeting]) -> None:
        latest: dict[int, int] = {}
        for number, meeting in enumerate(meetings, start=1):
            latest[meeting.pair_index] = number
        for number in sorted(
            self.rng.choices(range(1, len(meetings) + 1), k=self.scale.follow_ups)
        ):
            meeting = meetings[number - 1]
            pair_id = meeting.pair_index + 1
            created = meeting.started_at + timedelta(seconds=meeting.walk.duration)
            recent = latest[meeting.pair_index] - number < 3
            done_at = None if recent else stamp(created + timedelta(days=self.rng.randint(1, 20)))
            due = (
                (created + timedelta(days=14)).date().isoformat()
                if self.rng.random() < 0.6
                else None
            )
            owner = self.rng.choice((1, pair_id + 1, None))
            partner = self._names[pair_id + 1].split()[0]
            self.rows.follow_up.append(
                (
                    pair_id,
                    number,
                    owner,
                    self.corpus.follow_up(partner),
                    due,
                    0 if done_at is None else 1,
                    done_at,
                    stamp(created),
                )
            )


def iter_counts(rows: Rows) -> Iterator[tuple[str, int]]:
    """(table, number of rows) for every table."""
    for name, values in vars(rows).items():
        yield name, len(values)
