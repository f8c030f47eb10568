"""The plain values the continuity pages take and give: a pair's page, search, what is
carried forward, and one past conversation. Like `rows.py`, no storage object crosses into
a screen, and no words are chosen here: names, dates and counts are given as they are, and
each screen says them in its own language. Ids are handed back untouched."""

from __future__ import annotations

import enum
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class FollowUpItem:
    """A follow-up: whose (None: both; `owner_key` is "owner" or "partner"), due when, from
    which conversation's day, and whether it is done (and on which day)."""

    item_id: Hashable
    text: str
    owner_name: str | None = None
    due: date | None = None
    from_on: date | None = None
    done: bool = False
    done_on: date | None = None
    owner_key: str | None = None

    def overdue(self, today: date) -> bool:
        """Whether it is still open after the day it was due."""
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class TimelineEntry:
    """One conversation of a pair's story. Minutes are None while it is unfinished;
    `level_count` is None when its script is no longer in the library. `summary` is the
    first line of what the wrap-up's summary says, `note_lines` the first lines of its first
    shared notes (`more_notes` more are not listed), `follow_ups` what it left to do."""

    conversation_id: Hashable
    on: date
    script_title: str
    depth_reached: int | None
    level_count: int | None
    talking_minutes: float | None
    paused_minutes: float | None
    finished: bool = True
    summary: str = ""
    note_lines: tuple[str, ...] = ()
    more_notes: int = 0
    follow_ups: tuple[FollowUpItem, ...] = ()


@dataclass(frozen=True)
class TalkingPointItem:
    """Something to bring up next time: whose it is (None: both's; `raised_by_key` is
    "owner" or "partner") and the day it was added."""

    item_id: Hashable
    text: str
    raised_by_name: str | None = None
    raised_by_key: str | None = None
    added_on: date | None = None


@dataclass(frozen=True)
class ParkedItem:
    """A prompt parked for a better moment, in the words that were shown, and the script it
    belongs to (`script_id` empty when not known)."""

    item_id: Hashable
    text: str
    script_title: str = ""
    parked_on: date | None = None
    script_id: str = ""


@dataclass(frozen=True)
class ClosenessReading:
    """One conversation's check-ins: its day, and (first person, second person) before and
    after, None where someone skipped it."""

    on: date
    before: tuple[int | None, int | None] = (None, None)
    after: tuple[int | None, int | None] = (None, None)


@dataclass(frozen=True)
class PairSettings:
    """What the pair's settings show and give back.

    `comfortable_depth` is the pair's setting (None: not known yet), `learned_depth` what its
    history suggests; `available_topics` are the `Topics:` tags of every script, of which
    `off_limits_topics` are never offered to this pair. `deepest_level` bounds the choice.
    """

    owner_name: str
    owner_role: str
    partner_name: str
    partner_role: str
    comfortable_depth: int | None = None
    learned_depth: int | None = None
    off_limits_topics: tuple[str, ...] = ()
    available_topics: tuple[str, ...] = ()
    deepest_level: int = 5


@dataclass(frozen=True)
class SearchLine:
    """One hit: a note (with its id) or a prompt, its snippet as safe HTML with matches in
    <b>, and the same snippet as plain text for a screen reader."""

    note_id: Hashable | None
    snippet_html: str
    snippet_text: str
    is_prompt: bool = False
    private: bool = False
    confidential: bool = False


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one conversation, with what names it: the day, the script, the pair."""

    conversation_id: Hashable
    on: date
    script_title: str
    owner_name: str
    partner_name: str
    lines: tuple[SearchLine, ...]


class CarryKind(enum.Enum):
    """What is carried from last time."""

    PARKED = "parked"
    FOLLOW_UP = "follow_up"
    TALKING_POINT = "talking_point"


class CarryChoice(enum.Enum):
    """What the pair does with something carried forward."""

    TAKE_UP = "take_up"
    KEEP = "keep"
    LET_GO = "let_go"


@dataclass(frozen=True)
class CarryItem:
    """A parked prompt, an open follow-up or a talking point offered at the start of the
    next conversation: a parked prompt says when it was parked (and from which script, when
    it is not this one's); a follow-up whose it is (None: both) and when it is due; a talking
    point whose it is."""

    item_id: Hashable
    kind: CarryKind
    text: str
    parked_on: date | None = None
    owner_name: str | None = None
    due: date | None = None
    script_title: str = ""


#: A note longer than this is shown first in part, the rest when asked for: a megabyte
#: pasted in takes the window a third of a second to lay out whole.
LONG_NOTE_CHARS = 20_000


def _beginning(text: str) -> str:
    """The start of a long note, ending at the last paragraph break before LONG_NOTE_CHARS
    (or there, if none comes after its first half)."""
    cut = text.rfind("\n\n", 0, LONG_NOTE_CHARS)
    return text[: cut if cut > LONG_NOTE_CHARS // 2 else LONG_NOTE_CHARS]


@dataclass(frozen=True)
class HistoryNote:
    """A note of a past conversation: its Markdown, whether it is private or confidential,
    and when it was corrected afterwards (None: as written then).

    `html` (the note formatted, safe to show) and `words` (its plain text, for a screen
    reader) are made with the note, where it is read: formatting a long note takes a second
    or more, which the screen's thread must not wait for. `beginning_html` is the part of a
    long note shown first (`is_long`); the whole `html` otherwise.
    """

    note_id: Hashable
    text: str
    private: bool = False
    confidential: bool = False
    edited_at: datetime | None = None
    html: str = field(init=False, repr=False, compare=False)
    words: str = field(init=False, repr=False, compare=False)
    beginning_html: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Imported here: Home's first look imports this module, and must not wait for
        # Python-Markdown.
        from belonging.core.markdown_render import render_markdown, text_of_html

        html = render_markdown(self.text)
        object.__setattr__(self, "html", html)
        object.__setattr__(self, "words", " ".join(text_of_html(html).split()))
        beginning = render_markdown(_beginning(self.text)) if self.is_long else html
        object.__setattr__(self, "beginning_html", beginning)

    @property
    def is_long(self) -> bool:
        """Whether the note is shown first in part (longer than LONG_NOTE_CHARS)."""
        return len(self.text) > LONG_NOTE_CHARS


class PromptPlace(enum.Enum):
    """Where in a conversation a prompt was asked."""

    LEVEL = "level"
    #: The lighter version offered after "too much?".
    LIGHTER = "lighter"
    #: The closing question of the wrap-up.
    CLOSING = "closing"


@dataclass(frozen=True)
class HistoryPrompt:
    """A prompt as it was shown, at which level (and that level's title, when its script is
    still in the library), with the notes taken on it; `place` says whether it was a level's
    prompt, its lighter version or the closing question."""

    prompt_id: str
    text: str
    depth: int | None = None
    notes: tuple[HistoryNote, ...] = ()
    level_title: str = ""
    place: PromptPlace = PromptPlace.LEVEL


@dataclass(frozen=True)
class PastConversation:
    """One past conversation, as its history page shows it: how deep it went (of
    `level_count` levels, None when its script is gone), how long the two talked, and
    whether it was finished."""

    conversation_id: Hashable
    on: date
    script_title: str
    owner_name: str
    partner_name: str
    depth_reached: int | None = None
    level_count: int | None = None
    talking_minutes: float | None = None
    finished: bool = True
    prompts: tuple[HistoryPrompt, ...] = ()
    general_notes: tuple[HistoryNote, ...] = ()
    follow_ups: tuple[FollowUpItem, ...] = field(default_factory=tuple)
