"""The importer's reasons in the window's language.

The importer (in `core`, which has no translations) says why it left something out or what
it made of a heading in fixed English phrases; this table gives each its translatable words.
A phrase the table does not know is shown as the importer wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ImportReasons"

_EXACT = {
    "a heading with no prompts under it": QT_TRANSLATE_NOOP(
        "ImportReasons", "a heading with nothing to ask under it"
    ),
    "a label over the prompts under it": QT_TRANSLATE_NOOP(
        "ImportReasons", "a label over the questions under it"
    ),
    "a note under a prompt (such as a hint or a to-do), not a question": QT_TRANSLATE_NOOP(
        "ImportReasons", "a note under a question (a hint or a to-do), not a question"
    ),
    "a second Lighter alternative; a prompt has only one": QT_TRANSLATE_NOOP(
        "ImportReasons", "a second lighter alternative; a prompt has one"
    ),
    "a second Asked by; a prompt has only one": QT_TRANSLATE_NOOP(
        "ImportReasons", "a second 'Asked by'; a prompt has one"
    ),
    'an Asked by that names neither "leader" nor "partner"': QT_TRANSLATE_NOOP(
        "ImportReasons", "an 'Asked by' that names neither leader nor partner"
    ),
    "a title heading; the title in the front matter is used": QT_TRANSLATE_NOOP(
        "ImportReasons", "a second title; the one at the top is used"
    ),
    "an empty nested item": QT_TRANSLATE_NOOP("ImportReasons", "an empty line of a list"),
    "an empty list item": QT_TRANSLATE_NOOP("ImportReasons", "an empty line of a list"),
    "front matter other than the title": QT_TRANSLATE_NOOP(
        "ImportReasons", "details at the top other than the title"
    ),
    "section left out: every prompt in it repeats an earlier one": QT_TRANSLATE_NOOP(
        "ImportReasons", "every question here repeats an earlier one"
    ),
    "no words, not a prompt": QT_TRANSLATE_NOOP("ImportReasons", "no words"),
    "a numbered step, not a prompt": QT_TRANSLATE_NOOP(
        "ImportReasons", "a numbered step, not a question"
    ),
    "an instruction, not a prompt": QT_TRANSLATE_NOOP(
        "ImportReasons", "an instruction, not a question"
    ),
    "prose, not a prompt": QT_TRANSLATE_NOOP("ImportReasons", "prose, not a question"),
    "a statement, not a question or prompt": QT_TRANSLATE_NOOP(
        "ImportReasons", "a statement, not a question"
    ),
    "a link to a heading on the same page (a table of contents), not a prompt": (
        QT_TRANSLATE_NOOP("ImportReasons", "a table of contents, not a question")
    ),
    "only a link, not a prompt": QT_TRANSLATE_NOOP("ImportReasons", "only a link"),
    "only a web address, not a prompt": QT_TRANSLATE_NOOP("ImportReasons", "only a web address"),
    # What a heading became, and why.
    "names a depth": QT_TRANSLATE_NOOP("ImportReasons", "it names a depth"),
    "names a topic, not a depth": QT_TRANSLATE_NOOP("ImportReasons", "it names a topic"),
    "names a depth, but the headings beside it do not": QT_TRANSLATE_NOOP(
        "ImportReasons", "a guess: it names a depth, but the headings beside it do not"
    ),
    "taken as a level: the headings beside it name depths": QT_TRANSLATE_NOOP(
        "ImportReasons", "a guess: the headings beside it name depths"
    ),
    "the only heading over the prompts names the level": QT_TRANSLATE_NOOP(
        "ImportReasons", "the only heading over the questions"
    ),
    "chosen by hand": QT_TRANSLATE_NOOP("ImportReasons", "chosen by you"),
    "a level of a page already written as a Belonging script": QT_TRANSLATE_NOOP(
        "ImportReasons", "a level of a Belonging script"
    ),
}

_KINDS = {
    "a paragraph": QT_TRANSLATE_NOOP("ImportReasons", "a paragraph, not a list of questions"),
    "a code block": QT_TRANSLATE_NOOP("ImportReasons", "code, not a question"),
    "an HTML comment": QT_TRANSLATE_NOOP("ImportReasons", "a hidden comment"),
    "an HTML block": QT_TRANSLATE_NOOP("ImportReasons", "web page markup"),
    "a block quote": QT_TRANSLATE_NOOP("ImportReasons", "a quotation, not a list of questions"),
    "a table": QT_TRANSLATE_NOOP("ImportReasons", "a table, not a list of questions"),
}

_PATTERNS = [
    (
        re.compile(r"duplicate of line (\d+)"),
        QT_TRANSLATE_NOOP("ImportReasons", "the same as line {0}"),
    ),
    (
        re.compile(r"nested under line (\d+), which was left out"),
        QT_TRANSLATE_NOOP("ImportReasons", "under line {0}, which was left out"),
    ),
    (
        re.compile(r"section left out: only (\d+) of (\d+) list items read as prompts"),
        QT_TRANSLATE_NOOP(
            "ImportReasons", "mostly not questions: only {0} of {1} lines here ask something"
        ),
    ),
    (re.compile(r"(.+), not a list item"), None),
]


def reason_text(reason: str) -> str:
    """The importer's `reason` in the window's language (as written when it is not known)."""
    known = _EXACT.get(reason)
    if known is not None:
        return QCoreApplication.translate(_CONTEXT, known)
    for pattern, words in _PATTERNS:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        if words is None:  # "<kind>, not a list item"
            kind = _KINDS.get(match.group(1))
            return QCoreApplication.translate(_CONTEXT, kind) if kind else reason
        return QCoreApplication.translate(_CONTEXT, words).format(*match.groups())
    return reason
