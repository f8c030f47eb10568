"""The words an export is written in, and how it writes dates and counts.

Core has no Qt, so it cannot call `tr()`: the English words live here as defaults, and the
UI passes an `ExportLabels` with its translations (`belonging.ui.export.labels`). Dates are
written with these month names, never with the computer's locale, so the same document
always gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from belonging.core.export.document import LeftOut


@dataclass(frozen=True)
class ExportLabels:
    """Every piece of fixed text an export uses; `{name}` fields are filled in."""

    lang: str = "en"
    document_title: str = "{owner} & {partner}"
    pair_subtitle: str = "Conversations kept in Belonging"
    conversation_subtitle: str = "A conversation kept in Belonging"
    exported_on: str = "Exported on {date}."
    includes_private: str = (
        "This export includes private notes: reflections never shown on a shared screen."
    )
    includes_confidential: str = "This export includes notes marked confidential."
    no_conversations: str = "No conversations yet."
    untitled_script: str = "A conversation"
    depth: str = "as deep as level {depth}"
    talked: str = "talked for {minutes} min"
    unfinished: str = "not finished"
    not_continued: str = "interrupted and not continued"
    answered: tuple[str, str] = ("{n} prompt answered", "{n} prompts answered")
    skipped: tuple[str, str] = ("{n} skipped", "{n} skipped")
    parked_count: tuple[str, str] = ("{n} parked", "{n} parked")
    check_ins_heading: str = "Check-ins"
    check_ins_intro: str = "How close each felt, from 1 (far apart) to 7 (almost one)."
    check_in_line: str = "{person}: {values}"
    before: str = "{n} before"
    after: str = "{n} after"
    prompts_heading: str = "Prompts discussed"
    level: str = "Level {depth}"
    unknown_prompt: str = "A prompt whose text was not kept"
    conversation_notes_heading: str = "Notes on the whole conversation"
    summary_heading: str = "Summary"
    follow_ups_heading: str = "Follow-ups"
    other_follow_ups_heading: str = "Follow-ups from outside a conversation"
    both: str = "both"
    due: str = "by {date}"
    done: str = "done"
    parked_heading: str = "Parked for another time"
    private_note: str = "Private note"
    confidential_note: str = "Confidential note"
    private_confidential_note: str = "Private and confidential note"
    left_out_heading: str = "Left out of this export"
    left_out_private: tuple[str, str] = ("{n} private note", "{n} private notes")
    left_out_confidential: tuple[str, str] = ("{n} confidential note", "{n} confidential notes")
    left_out_hint: str = (
        "They stay in Belonging on this computer. To include them, ask for them by name "
        "when exporting."
    )
    nothing_left_out: str = "Nothing was left out."
    left_out_line: str = "Left out: {items}"
    nothing_will_be_left_out: str = "Nothing will be left out."
    list_separator: str = ", "
    months: tuple[str, ...] = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    date_format: str = "{day} {month} {year}"
    time_format: str = "{date}, {hour:02d}:{minute:02d}"


DEFAULT_LABELS = ExportLabels()


def plural(forms: tuple[str, str], n: int) -> str:
    """The singular or plural form of a count, filled in."""
    return (forms[0] if n == 1 else forms[1]).format(n=n)


def format_date(day: date, labels: ExportLabels = DEFAULT_LABELS) -> str:
    """A date as people write it, e.g. "6 May 2024"."""
    return labels.date_format.format(day=day.day, month=labels.months[day.month - 1], year=day.year)


def format_datetime(moment: datetime, labels: ExportLabels = DEFAULT_LABELS) -> str:
    """A date and time as shown (in the time zone `moment` carries), e.g. "6 May 2024, 09:30"."""
    return labels.time_format.format(
        date=format_date(moment.date(), labels), hour=moment.hour, minute=moment.minute
    )


def left_out_items(left_out: LeftOut, labels: ExportLabels = DEFAULT_LABELS) -> list[str]:
    """One phrase per kind left out, e.g. ["3 private notes", "1 confidential note"]."""
    items = []
    if left_out.private_notes:
        items.append(plural(labels.left_out_private, left_out.private_notes))
    if left_out.confidential_notes:
        items.append(plural(labels.left_out_confidential, left_out.confidential_notes))
    return items


def describe_left_out(left_out: LeftOut, labels: ExportLabels = DEFAULT_LABELS) -> str:
    """The export dialog's line, e.g. "Left out: 3 private notes, 2 confidential notes"."""
    items = left_out_items(left_out, labels)
    if not items:
        return labels.nothing_will_be_left_out
    return labels.left_out_line.format(items=labels.list_separator.join(items))
