"""Topic tags in words: a pair's off-limits topics are chosen by name, in the window's language.

A prompt's tags are ids, the same English words in every translation of a script, so a topic
kept off limits stays off limits whatever language the script is offered in; the window
shows each built-in tag in its translated name and a user's own tags as they are written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Topics"

#: Every tag the built-in scripts use (a test keeps the list complete).
TOPIC_NAMES = {
    "belonging": QT_TRANSLATE_NOOP("Topics", "belonging"),
    "career": QT_TRANSLATE_NOOP("Topics", "career"),
    "change": QT_TRANSLATE_NOOP("Topics", "change"),
    "childhood": QT_TRANSLATE_NOOP("Topics", "childhood"),
    "conflict": QT_TRANSLATE_NOOP("Topics", "conflict"),
    "failure": QT_TRANSLATE_NOOP("Topics", "failure"),
    "faith": QT_TRANSLATE_NOOP("Topics", "faith"),
    "family": QT_TRANSLATE_NOOP("Topics", "family"),
    "fear": QT_TRANSLATE_NOOP("Topics", "fear"),
    "feedback": QT_TRANSLATE_NOOP("Topics", "feedback"),
    "health": QT_TRANSLATE_NOOP("Topics", "health"),
    "home": QT_TRANSLATE_NOOP("Topics", "home"),
    "identity": QT_TRANSLATE_NOOP("Topics", "identity"),
    "loss": QT_TRANSLATE_NOOP("Topics", "loss"),
    "mentors": QT_TRANSLATE_NOOP("Topics", "mentors"),
    "money": QT_TRANSLATE_NOOP("Topics", "money"),
    "pride": QT_TRANSLATE_NOOP("Topics", "pride"),
    "recognition": QT_TRANSLATE_NOOP("Topics", "recognition"),
    "relationships": QT_TRANSLATE_NOOP("Topics", "relationships"),
    "school": QT_TRANSLATE_NOOP("Topics", "school"),
    "values": QT_TRANSLATE_NOOP("Topics", "values"),
    "work": QT_TRANSLATE_NOOP("Topics", "work"),
}


def topic_name(tag: str) -> str:
    """How the window names `tag`: translated when it is a built-in one, else as written."""
    source = TOPIC_NAMES.get(tag)
    return tag if source is None else QCoreApplication.translate(_CONTEXT, source)
