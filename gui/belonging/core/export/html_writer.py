"""An export as one self-contained HTML page: calm to read, printable, and inert.

The page carries its own style sheet and nothing else: no script, no remote font or image,
and a Content-Security-Policy that forbids them even if something slipped through. Notes
and prompts are rendered by `render_markdown`, which escapes raw HTML and drops images;
everything else is escaped text. Only tags and CSS that Qt's rich text also understands are
used, so the same page makes the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

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
from belonging.core.markdown_render import render_markdown

_CSP = "default-src 'none'; style-src 'unsafe-inline'"

#: Quiet greys on white and one serif for reading. Margins are in px, the one unit Qt's rich
#: text (which makes the PDF) reads for them. Qt also applies a body margin to every
#: paragraph, and reads plain `@media screen` rules but stops reading at a media feature
#: test: the centred column for browsers sits behind one, last, and the PDF takes its
#: margins from the page instead.
STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.5;
  color: #222222; background: #ffffff; margin: 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 0 0 6px 0; }
h2 { font-size: 15pt; font-weight: normal; margin: 30px 0 6px 0; padding-top: 10px;
  border-top: 1px solid #cccccc; }
h3 { font-size: 12pt; font-weight: bold; margin: 18px 0 6px 0; color: #444444; }
h4 { font-size: 11pt; font-weight: bold; margin: 14px 0 2px 0; }
p { margin: 0 0 8px 0; }
ul { margin: 0 0 8px 0; }
.subtitle, .facts, .level, .details, .hint { color: #555555; }
.notice { font-weight: bold; }
.level { font-style: italic; margin: 0 0 6px 0; }
blockquote.note { margin: 6px 0 10px 20px; padding: 2px 0 2px 12px;
  border-left: 3px solid #d0d0d0; }
.note-label { font-weight: bold; color: #555555; margin: 0 0 2px 0; }
@media print { blockquote.note { page-break-inside: avoid; } }
@media screen and (min-width: 1px) { body { max-width: 42em; margin: 2em auto;
  padding: 0 1em; } }
""".strip()


def to_html(
    doc: ExportDocument,
    labels: ExportLabels = DEFAULT_LABELS,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The whole export as a complete HTML page, ending with what was left out of it.

    `progress(done, total)` is called after each conversation (a long history takes
    seconds); it may raise to stop.
    """
    title = document_title(doc, labels)
    body: list[str] = [
        f"<h1>{escape(title)}</h1>",
        _paragraph(subtitle(doc, labels), "subtitle"),
    ]
    body += [_paragraph(notice, "notice") for notice in notices(doc, labels)]
    if not doc.conversations:
        body.append(_paragraph(labels.no_conversations))
    total = len(doc.conversations)
    for done, conversation in enumerate(doc.conversations, start=1):
        body += _conversation(conversation, labels)
        if progress is not None:
            progress(done, total)
    if doc.scope is ExportScope.PAIR and doc.follow_ups:
        body.append(f"<h2>{escape(labels.other_follow_ups_heading)}</h2>")
        body.append(_follow_up_list(doc.follow_ups, labels))
    body += _left_out(doc, labels)
    head = [
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Belonging">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{STYLE}\n</style>",
    ]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(labels.lang)}">\n<head>\n'
        + "\n".join(head)
        + "\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _paragraph(text: str, css_class: str | None = None) -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{escape(text)}</p>"


def _note(note: ExportNote, labels: ExportLabels) -> str:
    label = note_label(note, labels)
    parts = ['<blockquote class="note">']
    if label is not None:
        parts.append(_paragraph(label, "note-label"))
    parts.append(render_markdown(note.text))
    parts.append("</blockquote>")
    return "\n".join(parts)


def _conversation(conversation: ExportConversation, labels: ExportLabels) -> list[str]:
    parts = [f"<h2>{escape(conversation_title(conversation, labels))}</h2>"]
    facts = conversation_facts(conversation, labels)
    if facts:
        parts.append(_paragraph(facts, "facts"))
    if conversation.check_ins:
        parts.append(f"<h3>{escape(labels.check_ins_heading)}</h3>")
        parts.append(_paragraph(labels.check_ins_intro, "hint"))
        items = "".join(
            f"<li>{escape(check_in_line(c, labels))}</li>" for c in conversation.check_ins
        )
        parts.append(f"<ul>{items}</ul>")
    if conversation.prompts:
        parts.append(f"<h3>{escape(labels.prompts_heading)}</h3>")
    for prompt in conversation.prompts:
        text = one_line(prompt.text)
        heading = render_markdown(text, inline=True) if text else escape(labels.unknown_prompt)
        parts.append(f"<h4>{heading}</h4>")
        if prompt.depth is not None:
            parts.append(_paragraph(labels.level.format(depth=prompt.depth), "level"))
        parts += [_note(note, labels) for note in prompt.notes]
    for heading, notes in (
        (labels.conversation_notes_heading, conversation.notes),
        (labels.summary_heading, conversation.summary),
    ):
        if notes:
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [_note(note, labels) for note in notes]
    if conversation.follow_ups:
        parts.append(f"<h3>{escape(labels.follow_ups_heading)}</h3>")
        parts.append(_follow_up_list(conversation.follow_ups, labels))
    if conversation.parked:
        parts.append(f"<h3>{escape(labels.parked_heading)}</h3>")
        items = "".join(
            f"<li>{render_markdown(one_line(text), inline=True)}</li>"
            for text in conversation.parked
        )
        parts.append(f"<ul>{items}</ul>")
    return parts


def _follow_up_list(follow_ups: tuple[ExportFollowUp, ...], labels: ExportLabels) -> str:
    items = []
    for follow_up in follow_ups:
        mark = "☑" if follow_up.done else "☐"
        details = follow_up_details(follow_up, labels)
        items.append(
            f"<li>{mark} {escape(one_line(follow_up.text))} "
            f'<span class="details">({escape(details)})</span></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


def _left_out(doc: ExportDocument, labels: ExportLabels) -> list[str]:
    parts = [
        '<div class="left-out">',
        f"<h2>{escape(labels.left_out_heading)}</h2>",
    ]
    items = left_out_items(doc.left_out, labels)
    if items:
        parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
        parts.append(_paragraph(labels.left_out_hint, "hint"))
    else:
        parts.append(_paragraph(labels.nothing_left_out))
    parts.append("</div>")
    return parts
