"""The plain-text sentences both renderers write, so Markdown and HTML always say the same.

Everything here returns unescaped text; each renderer escapes it for its own format.
"""

from __future__ import annotations

from belonging.core.export.document import (
    ExportCheckIn,
    ExportConversation,
    ExportDocument,
    ExportFollowUp,
    ExportNote,
    ExportScope,
    Outcome,
)
from belonging.core.export.labels import (
    ExportLabels,
    format_date,
    format_datetime,
    plural,
)


def document_title(doc: ExportDocument, labels: ExportLabels) -> str:
    """The pair's names as the document's title, e.g. "Ada & Ben"."""
    return labels.document_title.format(owner=doc.owner, partner=doc.partner)


def subtitle(doc: ExportDocument, labels: ExportLabels) -> str:
    """What the document is, with the day it was exported when known."""
    text = labels.pair_subtitle if doc.scope is ExportScope.PAIR else labels.conversation_subtitle
    if doc.exported_at is not None:
        text += ". " + labels.exported_on.format(date=format_date(doc.exported_at.date(), labels))
    else:
        text += "."
    return text


def notices(doc: ExportDocument, labels: ExportLabels) -> list[str]:
    """Warnings at the top when the export holds more than the shared notes."""
    found = []
    if doc.options.include_private:
        found.append(labels.includes_private)
    if doc.options.include_confidential:
        found.append(labels.includes_confidential)
    return found


def conversation_title(conversation: ExportConversation, labels: ExportLabels) -> str:
    """The script's title (or a plain stand-in) and when the conversation took place."""
    title = " ".join(conversation.script_title.split()) or labels.untitled_script
    return f"{title} — {format_datetime(conversation.started_at, labels)}"


def conversation_facts(conversation: ExportConversation, labels: ExportLabels) -> str:
    """One line of how it went: depth, length, prompt counts and how it ended."""
    parts = []
    if conversation.depth_reached:
        parts.append(labels.depth.format(depth=conversation.depth_reached))
    if conversation.talking_minutes is not None:
        parts.append(labels.talked.format(minutes=conversation.talking_minutes))
    counts = conversation.counts
    if counts is not None:
        for forms, n in (
            (labels.answered, counts.answered),
            (labels.skipped, counts.skipped),
            (labels.parked_count, counts.parked),
        ):
            if n:
                parts.append(plural(forms, n))
    if conversation.outcome is Outcome.UNFINISHED:
        parts.append(labels.unfinished)
    elif conversation.outcome is Outcome.NOT_CONTINUED:
        parts.append(labels.not_continued)
    if not parts:
        return ""
    line = " · ".join(parts)
    return line[0].upper() + line[1:] + "."


def check_in_line(check_in: ExportCheckIn, labels: ExportLabels) -> str:
    """E.g. "Ada: 3 before, 5 after" (a moment with no answer is left out)."""
    values = []
    if check_in.before is not None:
        values.append(labels.before.format(n=check_in.before))
    if check_in.after is not None:
        values.append(labels.after.format(n=check_in.after))
    return labels.check_in_line.format(person=check_in.person, values=", ".join(values))


def follow_up_details(follow_up: ExportFollowUp, labels: ExportLabels) -> str:
    """Who will do it and by when, e.g. "Ada, by 19 March 2025" ("" when neither applies)."""
    parts = [follow_up.owner or labels.both]
    if follow_up.due is not None:
        parts.append(labels.due.format(date=format_date(follow_up.due, labels)))
    if follow_up.done:
        parts.append(labels.done)
    return ", ".join(parts)


def note_label(note: ExportNote, labels: ExportLabels) -> str | None:
    """The label that marks a note that is not simply shared, or None for a shared one."""
    if note.private and note.confidential:
        return labels.private_confidential_note
    if note.private:
        return labels.private_note
    if note.confidential:
        return labels.confidential_note
    return None


def one_line(text: str) -> str:
    """`text` with every run of white space (line breaks too) made one space."""
    return " ".join(text.split())
