"""What the page may say, checked before anything acts on it, and how often.

Every message from the page is a small JSON object with its kind in `t`, its connection's
challenge in `c` and a sequence number in `n` (both checked by the server, against
replays). The kinds: `hello` (first, once), `act` (pause, resume, too much), `answer` (to
the private question on the page), `mark` (strike a line of the read-back or mark it
confidential). Anything else, or anything out of range, is refused whole.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Any

from belonging.application.opening_round import PrivateAnswer
from belonging.core.engine import Action

#: At most this many messages from the page in `RATE_WINDOW` seconds; more closes the
#: connection (a person pressing buttons never comes near it).
RATE_LIMIT = 30
RATE_WINDOW = 10.0
#: New connections (the page's and anyone else's) allowed in `RATE_WINDOW` seconds.
CONNECTION_LIMIT = 20
#: Seconds a new connection has to say hello before it is closed.
HELLO_SECONDS = 10.0

#: What the page's buttons may ask the conversation to do: nothing else.
PAGE_ACTIONS = {"pause": Action.PAUSE, "resume": Action.RESUME, "too_much": Action.TOO_MUCH}
_CLOSENESS = range(1, 8)


class RefusedError(Exception):
    """A message the page must not send: it is not acted on, and the connection closes."""


class QuestionKind(enum.StrEnum):
    """The private questions the partner may answer on their own screen."""

    #: Before the first prompt: closeness, how deep today, a deeper start all right?
    OPENING = "opening"
    #: At a crossroads: ready to go deeper? (a secret ballot)
    BALLOT = "ballot"
    #: At the wrap-up: closeness now, and keep my check-ins?
    CLOSING = "closing"


@dataclass(frozen=True)
class Question:
    """The question open on the page: its `number` (answers name it), `kind`, and what the
    page needs to ask it (`details`, plain JSON)."""

    number: int
    kind: QuestionKind
    details: dict[str, Any]


@dataclass(frozen=True)
class ActRequest:
    """A button of the page: the engine action it stands for."""

    action: Action


@dataclass(frozen=True)
class AnswerGiven:
    """The partner's answer to question `number`, as the window's question would give it:
    a `PrivateAnswer`, a bool, or (closeness, keep)."""

    number: int
    kind: QuestionKind
    answer: Any


@dataclass(frozen=True)
class MarkGiven:
    """A read-back line struck or marked confidential (`mark` is "struck" or
    "confidential"), or that undone."""

    note_id: int
    mark: str
    on: bool


PageRequest = ActRequest | AnswerGiven | MarkGiven


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise RefusedError("expected true or false")
    return value


def _closeness(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in _CLOSENESS:
        raise RefusedError("closeness is 1 to 7, or nothing")
    return value


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RefusedError("expected a whole number")
    return value


def read_request(
    message: dict[str, Any], question: Question | None, note_ids: frozenset[int]
) -> PageRequest:
    """The request in a page's message, checked against what is on the page now: the open
    `question`, the read-back's `note_ids`. Raises `RefusedError` for anything else."""
    kind = message.get("t")
    if kind == "act":
        action = PAGE_ACTIONS.get(message.get("a"))  # type: ignore[arg-type]
        if action is None:
            raise RefusedError("not an action of the page")
        return ActRequest(action)
    if kind == "answer":
        return _answer(message, question)
    if kind == "mark":
        note_id = _whole(message.get("note"))
        mark = message.get("mark")
        if note_id not in note_ids or mark not in ("struck", "confidential"):
            raise RefusedError("no such line to mark")
        return MarkGiven(note_id, mark, _flag(message.get("on")))  # type: ignore[arg-type]
    raise RefusedError("not a message the page sends")


def _answer(message: dict[str, Any], question: Question | None) -> AnswerGiven:
    if question is None or message.get("q") != question.number:
        raise RefusedError("no such question open")
    details = question.details
    if question.kind is QuestionKind.OPENING:
        deepest = _whole(message.get("deepest"))
        if deepest not in [depth for depth, _title in details["levels"]]:
            raise RefusedError("no such level")
        start_ok = None
        if details.get("start_depth") is not None:
            start_ok = _flag(message.get("start_ok"))
        answer: Any = PrivateAnswer(_closeness(message.get("closeness")), deepest, start_ok)
    elif question.kind is QuestionKind.BALLOT:
        answer = _flag(message.get("yes"))
    else:
        keep = _flag(message.get("keep")) if details.get("ask_to_keep") else False
        answer = (_closeness(message.get("closeness")), keep)
    return AnswerGiven(question.number, question.kind, answer)


class RateLimit:
    """At most `limit` events in any `window` seconds (a sliding window)."""

    def __init__(self, limit: int, window: float, clock=time.monotonic) -> None:
        self._limit = limit
        self._window = window
        self._clock = clock
        self._times: list[float] = []

    def allow(self) -> bool:
        """Counts one event now; False when it is one too many."""
        now = self._clock()
        self._times = [moment for moment in self._times if now - moment < self._window]
        if len(self._times) >= self._limit:
            return False
        self._times.append(now)
        return True
