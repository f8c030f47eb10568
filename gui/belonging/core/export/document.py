"""What an export holds: a pair's conversations as a reader of the exported file will see them.

The document is built by storage (only from what the user chose to include) and turned into
text by the renderers; it holds no ids and no database rows, so the renderers can be tested
with a document written by hand. Which notes may go out is decided by `IncludeOptions`, and
what stayed behind is counted (never quoted) in `LeftOut`, so the reader knows the export
is partial.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class IncludeOptions:
    """What the user asked for by name, beyond the shared notes that always go out.

    The two switches are separate: a note both private and confidential needs both.
    """

    include_private: bool = False
    include_confidential: bool = False

    def allows(self, *, private: bool, confidential: bool) -> bool:
        """Whether a note with these flags may go into the export."""
        return (not private or self.include_private) and (
            not confidential or self.include_confidential
        )


#: The default: shared notes only, nothing asked for by name.
SHARED_ONLY = IncludeOptions()


@dataclass(frozen=True)
class LeftOut:
    """How many notes of each kind stayed out of an export (counts only, never text).

    A note kept out for two reasons is counted once, under the first switch that keeps it
    out: private, then confidential. Ticking "Include private notes" then moves a private
    confidential note from the private count to the confidential one, as it is still out.
    """

    private_notes: int = 0
    confidential_notes: int = 0

    @property
    def total(self) -> int:
        """How many notes are left out, all kinds together."""
        return self.private_notes + self.confidential_notes


@dataclass(frozen=True)
class NoteCensus:
    """How many (non-empty) notes of each kind a conversation or a history holds.

    Counted without reading any text, so the export dialog can say what a choice would
    leave out before anything is exported.
    """

    shared: int = 0
    private: int = 0
    confidential: int = 0
    private_confidential: int = 0

    def left_out(self, options: IncludeOptions) -> LeftOut:
        """What an export made with `options` leaves out (see `LeftOut` for the counting)."""
        private = self.private + self.private_confidential if not options.include_private else 0
        confidential = 0
        if not options.include_confidential:
            confidential = self.confidential + (
                self.private_confidential if options.include_private else 0
            )
        return LeftOut(private_notes=private, confidential_notes=confidential)


class ExportScope(enum.StrEnum):
    """Whether the export is one conversation or the pair's whole history."""

    CONVERSATION = "conversation"
    PAIR = "pair"


class Outcome(enum.StrEnum):
    """How a conversation ended."""

    FINISHED = "finished"
    #: Still open (the app is in the middle of it, or it was interrupted).
    UNFINISHED = "unfinished"
    #: Interrupted, and the pair chose not to carry on with it.
    NOT_CONTINUED = "not_continued"


@dataclass(frozen=True)
class ExportNote:
    """A note as it goes out: its Markdown text, and whether it is private or confidential
    (only present when the user asked for that kind, and then labelled as such)."""

    text: str
    private: bool = False
    confidential: bool = False


@dataclass(frozen=True)
class ExportPrompt:
    """A prompt the pair discussed, in Markdown as it was shown, with its notes."""

    text: str
    depth: int | None = None
    notes: tuple[ExportNote, ...] = ()


@dataclass(frozen=True)
class ExportFollowUp:
    """Something one of the pair said they would do; `owner` None means both of them."""

    text: str
    owner: str | None = None
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class ExportCheckIn:
    """How close one person felt, 1 to 7, before and after (None: not asked or not given)."""

    person: str
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True)
class PromptCounts:
    """How the prompts of a conversation went, as the wrap-up told the pair."""

    answered: int = 0
    skipped: int = 0
    parked: int = 0


@dataclass(frozen=True)
class ExportConversation:
    """One conversation: its shape, what was said that may go out, and what comes next.

    Skipped prompts are only counted, never named, and prompts found "too much" are neither
    named nor counted: nobody owes an explanation for them, and an export should not give
    one. Parked prompts are named, since the pair chose to come back to them.
    """

    started_at: datetime
    script_title: str = ""
    outcome: Outcome = Outcome.FINISHED
    depth_reached: int | None = None
    talking_minutes: int | None = None
    counts: PromptCounts | None = None
    check_ins: tuple[ExportCheckIn, ...] = ()
    prompts: tuple[ExportPrompt, ...] = ()
    notes: tuple[ExportNote, ...] = ()
    summary: tuple[ExportNote, ...] = ()
    follow_ups: tuple[ExportFollowUp, ...] = ()
    parked: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportDocument:
    """Everything one export holds, ready for `to_markdown` or `to_html`.

    `follow_ups` are the pair's follow-ups that came from no conversation (pair exports
    only). `exported_at` is shown at the top when given; leaving it None keeps the output
    independent of the clock.
    """

    owner: str
    partner: str
    scope: ExportScope
    conversations: tuple[ExportConversation, ...] = ()
    follow_ups: tuple[ExportFollowUp, ...] = ()
    options: IncludeOptions = SHARED_ONLY
    left_out: LeftOut = LeftOut()
    exported_at: datetime | None = None
