"""Whether a list item from someone else's Markdown page reads as a conversation prompt.

Pages that publish question lists also carry tables of contents, links to apps, FAQs and
contributing steps. These rules tell the two apart from the words alone, in any section and in
English or Japanese, so the importer never needs to know a page's section names.
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
_BARE_URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]{1,31}://|\bwww\.)[^\s<>]*[^\s<>.,;:!?)\]'\"*_~？]"
)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_CODE_SPAN = re.compile(r"(?<!`)(`+)([^`]+)\1(?!`)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_EMPHASIS_MARKS = re.compile(r"[*_~]+")
#: What may sit between links in a link-only item: "[A](#a) · [B](#b)", "[A](x), [B](y)".
_SEPARATORS = re.compile(r"[\s\-–—|·•,;:./()\[\]]+")

_QUESTION_MARKS = ("?", "？", "¿", "؟")
_TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_TRAILING_PUNCTUATION = re.compile(r"[\s。．.!！…‥、,]+$")

#: Japanese questions often end in か (or かな, かしら) with a full stop instead of ？; the kana
#: before it tells "ありますか" from a word that merely ends in か, like 静か.
_JAPANESE_QUESTION_END = re.compile(r"[ぁ-ゖ]か(?:な|しら)?$")
#: Japanese requests to tell, describe or share something: 教えてください, 聞かせて下さい...
_JAPANESE_REQUEST_END = re.compile(
    r"(?:教え|聞かせ|話し|説明し|挙げ|共有し|述べ|想像し|思い出し|イメージし|紹介し)"
    r"(?:て|てください|て下さい|てくれ|てほしい|て欲しい|てもらえますか|てもらえませんか)$"
)

_LEADING_FILLER = r"(?:(?:please|now|so|and|ok|okay|then)[\s,]+|let['’]s\s+|let\s+us\s+)*"
#: English imperatives that invite a story rather than assign a task ("Fork repo").
_PROMPT_IMPERATIVE = re.compile(
    _LEADING_FILLER
    + r"""(?:tell|describe|share|explain|imagine|reflect|recount|talk
        |walk\s+(?:me|us)\s+through|think\s+(?:about|of|back)
        |recall|remember\s+(?!to\b)|picture\s+(?:yourself|a|an|the|your)
        |give\s+(?:me|us)|show\s+(?:me|us)|help\s+(?:me|us)\s+understand
        |name\s+(?:one|two|three|four|five|a|an|some|\d+)|introduce\s+yourself
        |(?:finish|complete)\s+(?:the|this)\s+sentence|paint\s+a\s+picture)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_AUX = (
    r"(?:is|are|am|was|were|do|does|did|can|could|would|will|should|shall|have|has|had"
    r"|may|might|must)(?:n['’]t)?"
)
_SUBJECT = r"(?:you|we|i|they|he|she|it|there|anyone|anybody|anything|everyone|everybody)"
#: "What are your goals", "Which areas would you like": a direct question missing its "?".
_WH_QUESTION = re.compile(
    r"(?:what|how|why|when|where|who|whom|whose|which)"
    rf"(?:['’](?:s|re|ve|d|ll)\b|\s+{_AUX}\b|\s+(?:about|if)\b|(?:\s+\S+){{0,4}}?\s+{_AUX}\s+{_SUBJECT}\b)",
    re.IGNORECASE,
)
#: "Do you feel...", "Is there anything...": a yes/no question missing its "?" ("Do it now"
#: is an order, so "it" does not count here).
_YES_NO_QUESTION = re.compile(
    rf"{_AUX}\s+(?:you|we|i|they|he|she|there|anyone|anybody|anything|everyone|everybody)\b",
    re.IGNORECASE,
)
#: A question without its mark must still address someone, so "What's new" stays a heading.
_ADDRESSES_SOMEONE = re.compile(r"\b(?:you|your|yours|we|our|us|i|me|my)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!:;。！])\s*|\s+[–—]\s+")

#: Verbs that start steps of a procedure; only used to word the reason for leaving one out.
_TASK_VERBS = frozenset(
    [
        "add",
        "build",
        "check",
        "clone",
        "click",
        "commit",
        "copy",
        "create",
        "delete",
        "download",
        "edit",
        "ensure",
        "fork",
        "go",
        "install",
        "make",
        "open",
        "push",
        "read",
        "remember",
        "remove",
        "run",
        "see",
        "send",
        "star",
        "submit",
        "update",
        "upload",
        "use",
        "visit",
        "write",
    ]
)

_LABEL = re.compile(r"^\s*(follow[- ]?up|lighter|topics)\s*:\s*", re.IGNORECASE)


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


def split_label(text: str) -> tuple[str | None, str]:
    """Our nested-item label ("Follow-up", "Lighter", "Topics") and the rest, if it has one."""
    match = _LABEL.match(text)
    if match is None:
        return None, text
    word = match.group(1).casefold().replace(" ", "-")
    label = {"follow-up": "Follow-up", "followup": "Follow-up"}.get(word, word.capitalize())
    return label, text[match.end() :].strip()


def link_only_reason(markdown: str) -> str | None:
    """Why an item is nothing but links or addresses, or None when it has words of its own."""
    targets = [m.group(2) for m in _INLINE_LINK.finditer(markdown)]
    rest = _INLINE_LINK.sub(" ", markdown)
    has_references = _REFERENCE_LINK.search(rest) is not None
    rest = _REFERENCE_LINK.sub(" ", rest)
    addresses = _AUTOLINK.findall(rest)
    rest = _AUTOLINK.sub(" ", rest)
    addresses += _BARE_URL.findall(rest)
    rest = _BARE_URL.sub(" ", rest)
    if _SEPARATORS.sub("", _EMPHASIS_MARKS.sub("", rest)):
        return None
    if targets and all(t.startswith("#") for t in targets) and not (addresses or has_references):
        return "a link to a heading on the same page (a table of contents), not a prompt"
    if targets or has_references:
        return "only a link, not a prompt"
    if addresses:
        return "only a web address, not a prompt"
    return None


def not_a_prompt_reason(markdown: str, *, ordered: bool = False) -> str | None:
    """None when a list item reads as a prompt; otherwise why it does not, for the author.

    A prompt asks (a question mark anywhere, a Japanese question ending, a question that lost
    its mark) or invites a story ("Tell me about...", "教えてください"). Link-only items, bare
    addresses, procedure steps, statements and prose do not.
    """
    if not markdown.strip():
        return "an empty list item"
    reason = link_only_reason(markdown)
    if reason is not None:
        return reason
    words = _BARE_URL.sub(" ", plain_text(markdown))
    if not re.search(r"[^\W_]", words):
        return "no words, not a prompt"
    if any(mark in words for mark in _QUESTION_MARKS):
        return None
    if _reads_as_question_or_invitation(words):
        return None
    first_word = re.split(r"[\s,.:;!]+", words.casefold(), maxsplit=1)[0]
    if ordered:
        return "a numbered step, not a prompt"
    if first_word in _TASK_VERBS:
        return "an instruction, not a prompt"
    if len(re.findall(r"[.!。！](?:\s|$)", words)) >= 2:
        return "prose, not a prompt"
    return "a statement, not a question or prompt"


def _reads_as_question_or_invitation(words: str) -> bool:
    """Whether any sentence of plain text asks or invites without a question mark."""
    tail = words
    while True:
        shorter = _TRAILING_ASIDE.sub("", tail)
        shorter = _TRAILING_PUNCTUATION.sub("", shorter)
        if shorter == tail:
            break
        tail = shorter
    if _JAPANESE_QUESTION_END.search(tail) or _JAPANESE_REQUEST_END.search(tail):
        return True
    for sentence in _SENTENCE_BREAK.split(words):
        sentence = sentence.strip(" \"'“”‘’*_([")
        if _PROMPT_IMPERATIVE.match(sentence):
            return True
        if _YES_NO_QUESTION.match(sentence):
            return True
        if _WH_QUESTION.match(sentence) and _ADDRESSES_SOMEONE.search(sentence):
            return True
    return False
