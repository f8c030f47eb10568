"""Whether a list item from someone else's Markdown page reads as a conversation prompt.

Pages that publish question lists also carry tables of contents, links to apps, FAQs and
contributing steps. These rules tell the two apart from the words alone, in any section, in
English, Spanish, Portuguese, French, German and Japanese, so the importer never needs to know
a page's section names. An item with a question mark is always a prompt.
"""

from __future__ import annotations

import re

from belonging.core.scripts.importing.language import (
    ADDRESS_WORDS,
    CONJUNCTION,
    INVITATION_VERBS,
    JOINED_INVITATION,
    LEADING_FILLER,
    PAIR_TASK_VERBS,
    PAIR_WORDS,
    QUESTION_WORDS,
    VERB_FIRST_QUESTION,
    fold,
)
from belonging.core.scripts.importing.markup import (
    link_only_reason,
    same_page_links_only,
    words_of,
)

QUESTION_MARKS = ("?", "？", "¿", "؟")
_TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_TRAILING_PUNCTUATION = re.compile(r"[\s。．.!！…‥、,]+$")

#: Japanese questions often end in か (or かな, かしら) with a full stop instead of ？; the kana
#: before it tells "ありますか" from a word that merely ends in か, like 静か.
_JAPANESE_QUESTION_END = re.compile(r"[ぁ-ゖ]か(?:な|しら)?$")
#: Japanese requests to tell, describe or share something: 教えてください, 話しましょう...
_JAPANESE_REQUEST_END = re.compile(
    r"(?:教え|聞かせ|話し|説明し|挙げ|共有し|述べ|想像し|思い出し|イメージし|紹介し)"
    r"(?:て|てください|て下さい|てくれ|てほしい|て欲しい|てもらえますか|てもらえませんか"
    r"|ましょう|よう)$"
)

#: Words before an invitation that leave it one: "Please", "If you're willing, tell me...".
_FILLER = rf"(?:(?:if|when|si|se|wenn|falls)\b[^,.;:]{{0,40}},\s*)?(?:(?:{LEADING_FILLER})[\s,]+)*"
_INVITATION = re.compile(rf"{_FILLER}(?:{INVITATION_VERBS})(?![\w-])")
_JOINED = re.compile(rf"\b(?:{CONJUNCTION})\s+(?:{JOINED_INVITATION})\b")
_PAIR_TASK = re.compile(rf"{_FILLER}(?:{PAIR_TASK_VERBS})\b")
_PAIR = re.compile(rf"(?<![\w'])(?:{PAIR_WORDS})(?![\w'])")
_AUX = (
    r"(?:is|are|am|was|were|do|does|did|can|could|would|will|should|shall|have|has|had"
    r"|may|might|must)(?:n't)?"
)
_SUBJECT = r"(?:you|we|i|they|he|she|it|there|anyone|anybody|anything|everyone|everybody)"
#: "What are your goals", "Which areas would you like": a direct question missing its "?".
_WH_QUESTION = re.compile(
    r"(?:what|how|why|when|where|who|whom|whose|which)"
    rf"(?:'(?:s|re|ve|d|ll)\b|\s+{_AUX}\b|\s+(?:about|if)\b|(?:\s+\S+){{0,4}}?\s+{_AUX}\s+{_SUBJECT}\b)"
)
#: "Do you feel...", "Is there anything...": a yes/no question missing its "?" ("Do it now"
#: is an order, so "it" does not count here).
_YES_NO_QUESTION = re.compile(
    rf"{_AUX}\s+(?:you|we|i|they|he|she|there|anyone|anybody|anything|everyone|everybody)\b"
)
_OTHER_QUESTION = re.compile(rf"(?:(?:{QUESTION_WORDS})\b|{VERB_FIRST_QUESTION})")
#: A question without its mark must still address someone, so "What's new" stays a heading.
_ADDRESSES_SOMEONE = re.compile(rf"(?<![\w'])(?:{ADDRESS_WORDS})(?![\w'])")
_SENTENCE_BREAK = re.compile(r"(?<=[.!:;。！])\s*|\s+[–—]\s+")

#: Verbs that start steps of a procedure; only used to word the reason for leaving one out.
_TASK_VERBS = frozenset([
    "add", "build", "check", "clone", "click", "commit", "copy", "create", "delete", "download",
    "edit", "ensure", "fork", "go", "install", "make", "open", "push", "read", "remember",
    "remove", "run", "see", "send", "star", "submit", "update", "upload", "use", "visit", "write",
])  # fmt: skip


def has_question_mark(markdown: str) -> bool:
    """Whether the words of an item (not a web address in it) carry a question mark."""
    words = words_of(markdown)
    return any(mark in words for mark in QUESTION_MARKS)


def not_a_prompt_reason(markdown: str, *, ordered: bool = False) -> str | None:
    """None when a list item reads as a prompt; otherwise why it does not, for the author.

    A prompt asks (a question mark anywhere, a Japanese question ending, a question that lost
    its mark), invites a story ("Tell me about...", "Cuéntame...", "教えてください") or sets the
    pair a task together. Link-only items, bare addresses, procedure steps, statements and
    prose do not; a link whose words ask or invite is a prompt all the same.
    """
    if not markdown.strip():
        return "an empty list item"
    if has_question_mark(markdown):
        return None
    words = words_of(markdown)
    reason = link_only_reason(markdown)
    if reason is not None:
        if not same_page_links_only(markdown) and reads_as_prompt(words):
            return None
        return reason
    if not re.search(r"[^\W_]", words):
        return "no words, not a prompt"
    if reads_as_prompt(words):
        return None
    first_word = re.split(r"[\s,.:;!]+", words.casefold(), maxsplit=1)[0]
    if ordered:
        return "a numbered step, not a prompt"
    if first_word in _TASK_VERBS:
        return "an instruction, not a prompt"
    if len(re.findall(r"[.!。！](?:\s|$)", words)) >= 2:
        return "prose, not a prompt"
    return "a statement, not a question or prompt"


def reads_as_question(words: str) -> bool:
    """Whether plain text asks: a question mark, or a question that lost its mark."""
    if any(mark in words for mark in QUESTION_MARKS):
        return True
    tail = _without_trailing_asides(words)
    if _JAPANESE_QUESTION_END.search(tail):
        return True
    return any(_asks(sentence) for sentence in _sentences(words))


def reads_as_prompt(words: str) -> bool:
    """Whether plain text asks, invites a story or sets the pair a task, without a `?`."""
    tail = _without_trailing_asides(words)
    if _JAPANESE_QUESTION_END.search(tail) or _JAPANESE_REQUEST_END.search(tail):
        return True
    for sentence in _sentences(words):
        if _INVITATION.match(sentence) or _JOINED.search(sentence) or _asks(sentence):
            return True
        if _PAIR_TASK.match(sentence) and _PAIR.search(sentence):
            return True
    return False


def is_invitation(words: str) -> bool:
    """Whether plain text opens by inviting a story ("Tell me...", "Erzähl mir...")."""
    return any(_INVITATION.match(sentence) for sentence in _sentences(words))


def _asks(sentence: str) -> bool:
    """Whether one folded sentence is a question that lost its mark."""
    if _YES_NO_QUESTION.match(sentence):
        return True
    if _WH_QUESTION.match(sentence) or _OTHER_QUESTION.match(sentence):
        return _ADDRESSES_SOMEONE.search(sentence) is not None
    return False


def _sentences(words: str) -> list[str]:
    """The folded sentences of plain text, without quotes or emphasis around them."""
    return [s.strip(" \"'“”‘’*_([¡") for s in _SENTENCE_BREAK.split(fold(words)) if s.strip()]


def _without_trailing_asides(words: str) -> str:
    """Plain text without trailing "(asides)" and closing punctuation."""
    tail = words
    while True:
        shorter = _TRAILING_PUNCTUATION.sub("", _TRAILING_ASIDE.sub("", tail))
        if shorter == tail:
            return tail
        tail = shorter
