"""How an import is told in words: counts with the right plural, and the summary of a result.

The command line prints `describe_import`; a window shows the same facts from `ImportResult`
in its own translated words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from belonging.core.scripts.importing.language import fold

if TYPE_CHECKING:
    from belonging.core.scripts.importing.result import ImportResult

#: The name of the level a page that names no depth is imported into, in the page's language.
_LEVEL_TITLES = {
    "en": "Questions",
    "es": "Preguntas",
    "pt": "Perguntas",
    "fr": "Questions",
    "de": "Fragen",
    "ja": "質問",
}
_COMMON_WORDS = {
    "en": "you your the what how is do are a of to and have would",
    "es": "tu te que el la de es los las por como cual qué cómo una",
    "pt": "voce seu sua o que de nao uma e do da em como qual",
    "fr": "tu vous le la les de est que ton ta votre quel quelle une",
    "de": "du dich dein deine der die das ist und was wie nicht ein eine",
}
_JAPANESE = re.compile(r"[\u3040-\u30ff]")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its noun in the right number: "1 level", "2 levels", "1 entry"/"3 entries"."""
    if n == 1:
        return f"{n} {noun}"
    if plural is None:
        plural = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{n} {plural}"


def default_level_title(prompts: Iterable[str]) -> str:
    """A title for the one level of a page that names no depth, in the prompts' language."""
    votes: Counter[str] = Counter()
    for text in prompts:
        if _JAPANESE.search(text):
            votes["ja"] += 1
            continue
        words = re.findall(r"[a-z']+", fold(text))
        scores = {
            language: sum(1 for w in words if w in common.split())
            for language, common in _COMMON_WORDS.items()
        }
        best = max(scores, key=scores.__getitem__)
        if scores[best]:
            votes[best] += 1
    language = votes.most_common(1)[0][0] if votes else "en"
    return _LEVEL_TITLES[language]


def describe_import(result: ImportResult) -> list[str]:
    """What an import made of its source, as lines for a terminal: levels, topics, guesses."""
    lines = [
        f"{counted(result.level_count, 'level')}, {counted(result.prompt_count, 'prompt')}, "
        f"{counted(len(result.topics), 'topic')}."
    ]
    if result.level_count > 1:
        guess = " (the order is a guess; check it)" if result.level_order_guessed else ""
        lines.append(f"Levels, from light to deep{guess}:")
    else:
        lines.append("Level:")
    for depth, level in enumerate(result.levels, start=1):
        minutes = f", {level.minutes} min" if level.minutes else ""
        lines.append(f"  {depth}. {level.title} ({counted(len(level.prompts), 'prompt')}{minutes})")
    taken = [use for use in result.headings if use.role != "title"]
    if taken:
        lines.append("Headings:")
    for use in taken:
        why = f"a guess: {use.reason}" if not use.sure else use.reason
        lines.append(f'  line {use.line}: {use.text} → {use.role} "{use.name}" ({why})')
    lines += result.notes
    if result.one_way_count:
        count = counted(result.one_way_count, "prompt")
        verb = "is" if result.one_way_count == 1 else "are"
        lines.append(f"{count} {verb} asked by the leader only (Asked by: leader).")
    return lines
