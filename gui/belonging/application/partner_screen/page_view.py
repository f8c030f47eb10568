"""What the partner's page shows, as one JSON snapshot made from the conversation: never
more than the shared screen shows.

The snapshot holds the stage, the level, the prompt's words and whose turn it is, which of
the page's buttons apply, the private question open on the page (if any), a ballot's
outcome, and at the wrap-up the shared notes read back. It holds no private note, nothing of
another conversation or pair, no history, and no word chosen here: the page says everything
in its own catalogue; only the script's words and the people's names travel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from belonging.application.live_conversation import LiveConversation
from belonging.application.opening_round import needs_start_consent
from belonging.application.partner_screen.protocol import Question, QuestionKind
from belonging.core.engine import Action, ConversationState
from belonging.core.markdown_render import plain_text
from belonging.core.scripts.model import TurnMode

_S = ConversationState
#: The stage of the conversation each private question belongs to.
QUESTION_STATES = {
    QuestionKind.OPENING: _S.NOT_STARTED,
    QuestionKind.BALLOT: _S.AWAITING_CONSENT,
    QuestionKind.CLOSING: _S.WRAP_UP,
}
_STAGES = {
    _S.NOT_STARTED: "opening",
    _S.PROMPT: "prompt",
    _S.PAUSED: "paused",
    _S.AWAITING_CONSENT: "crossroads",
    _S.WRAP_UP: "wrap_up",
    _S.ENDED: "ended",
}


@dataclass(frozen=True)
class ReadBackLine:
    """A shared note read back at the wrap-up, with its marks; `about` is the prompt it was
    written at, as the shared screen shows it (empty: the whole conversation)."""

    note_id: int
    text: str
    about: str
    struck: bool = False
    confidential: bool = False


@dataclass
class PageState:
    """What the page shows beyond the engine: the open question and whether the partner
    has answered it, a ballot's outcome, the read-back, and whether the shared screen holds
    the prompt back behind its thank-you after "Too much?"."""

    question: Question | None = None
    answered: bool = False
    outcome: bool | None = None
    read_back: dict[int, ReadBackLine] = field(default_factory=dict)
    held: bool = False
    ended: str | None = None


def question_details(live: LiveConversation, kind: QuestionKind) -> dict[str, Any]:
    """What the page needs to ask `kind`, as the window's own question asks it."""
    engine = live.engine
    script = live.script
    if kind is QuestionKind.OPENING:
        levels = [[level.depth, level.title] for level in script.levels]
        return {
            "levels": levels,
            "default_deepest": engine.setup.today_cap or len(levels),
            "start_depth": engine.setup.starting_depth if needs_start_consent(live) else None,
        }
    if kind is QuestionKind.BALLOT:
        target = engine.deeper_level
        level = script.level(target) if target is not None else None
        return {
            "depth": None if level is None else level.depth,
            "count": len(script.levels),
            "title": "" if level is None else level.title,
        }
    return {"ask_to_keep": True}


def controls(live: LiveConversation, state: PageState) -> dict[str, bool]:
    """Which of the page's buttons apply now: as on the shared screen, Pause and "Too
    much?" while a prompt is up (only Pause behind the thank-you), Resume while paused."""
    engine = live.engine
    allowed = engine.allowed_actions() if state.ended is None else frozenset()
    prompt = engine.state is _S.PROMPT
    return {
        "pause": prompt and Action.PAUSE in allowed,
        "resume": engine.state is _S.PAUSED and Action.RESUME in allowed,
        "too_much": prompt and not state.held and Action.TOO_MUCH in allowed,
    }


def snapshot(live: LiveConversation, state: PageState) -> dict[str, Any]:
    """The page's whole picture now (see the module docstring)."""
    engine = live.engine
    partner_key = live.pairing.partner_key
    people = engine.setup.participants
    you = next((p.name for p in people if p.key == partner_key), people[-1].name)
    other = next((p.name for p in people if p.key != partner_key), people[0].name)
    stage = "ended" if state.ended is not None else _STAGES[engine.state]
    level = engine.level
    shown: dict[str, Any] = {
        "t": "state",
        "stage": stage,
        "ended": state.ended,
        "you": you,
        "other": other,
        "level": {"depth": level.depth, "count": level.level_count, "title": level.title},
        "can": controls(live, state),
        "held": state.held,
        "prompt": None,
        "turn": None,
        "question": None,
        "answered": False,
        "outcome": None,
        "crossroads": None,
        "read_back": None,
    }
    if stage in ("prompt", "wrap_up") and not (stage == "prompt" and state.held):
        shown.update(_prompt(live))
    question = state.question
    if question is not None and stage != "ended" and QUESTION_STATES[question.kind] is engine.state:
        shown["question"] = {"q": question.number, "kind": question.kind.value, **question.details}
        shown["answered"] = state.answered
        shown["outcome"] = state.outcome
    crossroads = engine.crossroads
    if stage == "crossroads" and crossroads is not None:
        shown["crossroads"] = {"reason": crossroads.reason, "can_stay": crossroads.can_stay}
    if stage == "wrap_up":
        shown["read_back"] = [
            {
                "id": line.note_id,
                "text": line.text,
                "about": line.about,
                "struck": line.struck,
                "confidential": line.confidential,
            }
            for line in state.read_back.values()
        ]
    return shown


def _prompt(live: LiveConversation) -> dict[str, Any]:
    engine = live.engine
    prompt = engine.current_prompt
    if prompt is None:
        return {}
    turn = engine.turn
    shown_turn = None
    if turn is not None and not prompt.is_closing:
        one_way = turn.mode is TurnMode.ONE_WAY
        shown_turn = {
            "first": (turn.second if one_way else turn.first).name,
            "second": None if one_way else turn.second.name,
            "leader_rule": turn.leader_first_rule,
        }
    return {
        "prompt": {
            "text": "" if prompt.is_default_closing else plain_text(prompt.text),
            "lighter": prompt.is_lighter,
            "closing": prompt.is_closing,
            "default_closing": prompt.is_default_closing,
        },
        "turn": shown_turn,
    }
