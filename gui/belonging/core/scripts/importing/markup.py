"""The words of an item from someone else's page: links, code and emphasis set aside.

Pages that publish question lists wrap questions in links, list links to apps, and open with a
table of contents of links to their own headings. These helpers tell what a reader sees from
what only points elsewhere, and read our own nested-item labels where a page already has them.
"""

from __future__ import annotations

import re

# Addresses and titles stop at the next parenthesis and titles are bounded, so a line full of
# unclosed links costs linear time rather than quadratic.
_INLINE_LINK = re.compile(
    r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^()\s<>]*)>?(?:\s+[^()]{0,300})?\)"
)
_REFERENCE_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[([^\[\]]*)\]")
_AUTOLINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:|www\.)[^\s<>]*)>")
#: As GitHub reads them: trailing punctuation ends a sentence, not the address.
BARE_URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]{1,31}://|\bwww\.)[^\s<>]*[^\s<>.,;:!?)\]'\"*_~？]"
)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_CODE_SPAN = re.compile(r"(?<!`)(`+)([^`]+)\1(?!`)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_EMPHASIS_MARKS = re.compile(r"[*_~]+")
#: What may sit between links in a link-only item: "[A](#a) · [B](#b)", "[A](x), [B](y)".
_SEPARATORS = re.compile(r"[\s\-–—|·•,;:./()\[\]]+")

_LABEL = re.compile(r"^\s*(follow[- ]?up|lighter|topics|asked\s+by)\s*:\s*", re.IGNORECASE)
_LABEL_NAMES = {"follow-up": "Follow-up", "followup": "Follow-up", "asked by": "Asked by"}


def plain_text(markdown: str) -> str:
    """The words a reader sees: links reduced to their text, code, emphasis and tags dropped."""
    text = _INLINE_LINK.sub(r"\1", markdown)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    text = _CODE_SPAN.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS_MARKS.sub("", text)
    return " ".join(text.split())


def words_of(markdown: str) -> str:
    """The words a reader sees, without bare web addresses (whose `?` asks nothing)."""
    return " ".join(BARE_URL.sub(" ", plain_text(markdown)).split())


def split_label(text: str) -> tuple[str | None, str]:
    """Our nested-item label (Follow-up, Lighter, Topics, Asked by) and the rest, if any."""
    match = _LABEL.match(text)
    if match is None:
        return None, text
    word = " ".join(match.group(1).casefold().split()).replace("follow up", "follow-up")
    label = _LABEL_NAMES.get(word, word.capitalize())
    return label, text[match.end() :].strip()


def link_only_reason(markdown: str) -> str | None:
    """Why an item is nothing but links or addresses, or None when it has words of its own."""
    targets = [m.group(2) for m in _INLINE_LINK.finditer(markdown)]
    rest = _INLINE_LINK.sub(" ", markdown)
    has_references = _REFERENCE_LINK.search(rest) is not None
    rest = _REFERENCE_LINK.sub(" ", rest)
    addresses = _AUTOLINK.findall(rest)
    rest = _AUTOLINK.sub(" ", rest)
    addresses += BARE_URL.findall(rest)
    rest = BARE_URL.sub(" ", rest)
    if _SEPARATORS.sub("", _EMPHASIS_MARKS.sub("", rest)):
        return None
    if same_page_links_only(markdown):
        return "a link to a heading on the same page (a table of contents), not a prompt"
    if targets or has_references:
        return "only a link, not a prompt"
    if addresses:
        return "only a web address, not a prompt"
    return None


def same_page_links_only(markdown: str) -> bool:
    """Whether every link of an item points at a heading of the same page (`#anchor`)."""
    targets = [m.group(2) for m in _INLINE_LINK.finditer(markdown)]
    rest = _INLINE_LINK.sub(" ", markdown)
    others = _REFERENCE_LINK.search(rest) or _AUTOLINK.search(rest) or BARE_URL.search(rest)
    return bool(targets) and all(t.startswith("#") for t in targets) and not others
