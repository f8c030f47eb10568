"""An export as a Markdown file: readable as plain text, and safe when a viewer renders it.

Notes and prompts are Markdown already and go out as written, with changes that keep a
viewer from loading or running anything: `<` is written `&lt;` (so no raw HTML, and no
`<https://…>` autolink either), an image `![…](…)` is turned into a plain link, and a link
to anything but a web or mail address (`javascript:`, `data:`) loses its link syntax. Each
note is a block quote, so a heading typed inside a note cannot break the file's outline.
Names, titles and follow-ups are plain text: their Markdown characters are escaped.
"""

from __future__ import annotations

import re

from belonging.core.export.document import (
    ExportConversation,
    ExportDocument,
    ExportFollowUp,
    ExportNote,
    ExportScope,
)
from belonging.core.export.labels import DEFAULT_LABELS, ExportLabels, left_out_items
from belonging.core.export.phrases import (
    check_in_line,
    conversation_facts,
    conversation_title,
    document_title,
    follow_up_details,
    note_label,
    notices,
    one_line,
    subtitle,
)

_PLAIN_SPECIALS = re.compile(r"([\\`*_\[\]~|])")
_LINE_START_SPECIALS = re.compile(r"^([#+\-=>])")
_ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")
_IMAGE = re.compile(r"!(?=\[)")
#: A link or link definition whose target has a scheme other than web or mail addresses.
_UNSAFE_LINK = re.compile(r"\](?=\(\s*<?\s*(?!(?:https?|mailto):)[a-z][a-z0-9+.\-]*:)", re.I)
_UNSAFE_DEFINITION = re.compile(
    r"^(\s{0,3})\[(?=[^\]]*\]:\s*<?\s*(?!(?:https?|mailto):)[a-z][a-z0-9+.\-]*:)", re.I | re.M
)


def to_markdown(doc: ExportDocument, labels: ExportLabels = DEFAULT_LABELS) -> str:
    """The whole export as Markdown text, ending with what was left out of it."""
    blocks: list[str] = [f"# {plain(document_title(doc, labels))}", plain(subtitle(doc, labels))]
    blocks += [f"**{plain(notice)}**" for notice in notices(doc, labels)]
    if not doc.conversations:
        blocks.append(plain(labels.no_conversations))
    for conversation in doc.conversations:
        blocks += _conversation_blocks(conversation, labels)
    if doc.scope is ExportScope.PAIR and doc.follow_ups:
        blocks.append(f"## {plain(labels.other_follow_ups_heading)}")
        blocks.append(_follow_up_list(doc.follow_ups, labels))
    blocks += _left_out_blocks(doc, labels)
    return "\n\n".join(blocks) + "\n"


def plain(text: str) -> str:
    """Plain text on one line, with everything Markdown would read as markup escaped."""
    text = one_line(text).replace("<", "&lt;")
    text = _PLAIN_SPECIALS.sub(r"\\\1", text)
    text = _ORDERED_LIST_START.sub(r"\1\\\2", text)
    return _LINE_START_SPECIALS.sub(r"\\\1", text)


def safe_markdown(text: str) -> str:
    """Markdown typed by people, kept as written except for raw HTML, images, and links
    to anything but web and mail addresses (`javascript:` and the like), which become text."""
    text = _IMAGE.sub(r"\\!", text.replace("<", "&lt;"))
    text = _UNSAFE_LINK.sub(r"\\]", text)
    return _UNSAFE_DEFINITION.sub(r"\1\\[", text)


def _quote(text: str) -> str:
    lines = safe_markdown(text.strip()).splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines)


def _note_block(note: ExportNote, labels: ExportLabels) -> str:
    label = note_label(note, labels)
    body = _quote(note.text)
    if label is None:
        return body
    return f"> **{plain(label)}**\n>\n{body}"


def _conversation_blocks(conversation: ExportConversation, labels: ExportLabels) -> list[str]:
    blocks = [f"## {plain(conversation_title(conversation, labels))}"]
    facts = conversation_facts(conversation, labels)
    if facts:
        blocks.append(plain(facts))
    if conversation.check_ins:
        blocks.append(f"### {plain(labels.check_ins_heading)}")
        blocks.append(plain(labels.check_ins_intro))
        blocks.append(
            "\n".join(f"- {plain(check_in_line(c, labels))}" for c in conversation.check_ins)
        )
    if conversation.prompts:
        blocks.append(f"### {plain(labels.prompts_heading)}")
    for prompt in conversation.prompts:
        text = one_line(prompt.text)
        heading = safe_markdown(text) if text else plain(labels.unknown_prompt)
        blocks.append(f"#### {heading}")
        if prompt.depth is not None:
            blocks.append(f"*{plain(labels.level.format(depth=prompt.depth))}*")
        blocks += [_note_block(note, labels) for note in prompt.notes]
    for heading, notes in (
        (labels.conversation_notes_heading, conversation.notes),
        (labels.summary_heading, conversation.summary),
    ):
        if notes:
            blocks.append(f"### {plain(heading)}")
            blocks += [_note_block(note, labels) for note in notes]
    if conversation.follow_ups:
        blocks.append(f"### {plain(labels.follow_ups_heading)}")
        blocks.append(_follow_up_list(conversation.follow_ups, labels))
    if conversation.parked:
        blocks.append(f"### {plain(labels.parked_heading)}")
        blocks.append("\n".join(f"- {safe_markdown(one_line(p))}" for p in conversation.parked))
    return blocks


def _follow_up_list(follow_ups: tuple[ExportFollowUp, ...], labels: ExportLabels) -> str:
    lines = []
    for follow_up in follow_ups:
        box = "[x]" if follow_up.done else "[ ]"
        details = follow_up_details(follow_up, labels)
        lines.append(f"- {box} {plain(follow_up.text)} ({plain(details)})")
    return "\n".join(lines)


def _left_out_blocks(doc: ExportDocument, labels: ExportLabels) -> list[str]:
    blocks = ["---", f"## {plain(labels.left_out_heading)}"]
    items = left_out_items(doc.left_out, labels)
    if not items:
        blocks.append(plain(labels.nothing_left_out))
        return blocks
    blocks.append("\n".join(f"- {plain(item)}" for item in items))
    blocks.append(plain(labels.left_out_hint))
    return blocks
