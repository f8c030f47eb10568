"""What each action does to a conversation, and when it does not apply.

`HANDLERS` maps every action of the transition table (`states.TRANSITIONS`) to the function
that carries it out on a `Walk`; `refusal` says why an action would be refused now, beyond
the table. Each handler records what happened as events, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from belonging.core.conversation_events import EventKind
from belonging.core.engine.going_back import back_refusal, go_back, remember_leaving
from belonging.core.engine.states import Action, ConversationState, not_applicable_message
from belonging.core.engine.summary import ConsentMoment
from belonging.core.engine.walk import WRAP_UP_ASKED, Walk

_S = ConversationState

Handler = Callable[[Walk, "str | None"], None]

#: Said by either person, or by one on both's behalf after a secret ballot: the engine never
#: records who. ("Too much?" above all: stepping back must never be anyone's.)
_NOBODY_NAMED = frozenset(
    {Action.TOO_MUCH, Action.ASK_DEEPER, Action.GO_DEEPER, Action.STAY, Action.MORE_HERE}
)


def _start(walk: Walk, by: str | None) -> None:
    walk.started_at = walk.now
    walk.emit(
        EventKind.STARTED,
        actor=by,
        data={"ceiling": walk.ceiling, "turns": str(walk.script.turns)},
    )
    walk.enter_level(walk.setup.starting_depth, "start")
    walk.advance()


def _next(walk: Walk, by: str | None) -> None:
    remember_leaving(walk, EventKind.ANSWERED)
    walk.answered.append(walk.prompt_on_screen().id)
    walk.emit(EventKind.ANSWERED, prompt_id=walk.prompt_on_screen().id, actor=by)
    walk.advance()


def _skip(walk: Walk, by: str | None) -> None:
    remember_leaving(walk, EventKind.SKIPPED)
    walk.skipped.append(walk.prompt_on_screen().id)
    walk.emit(EventKind.SKIPPED, prompt_id=walk.prompt_on_screen().id, actor=by)
    walk.advance()


def _park(walk: Walk, by: str | None) -> None:
    remember_leaving(walk, EventKind.PARKED)
    walk.parked.append(walk.prompt_on_screen().id)
    walk.emit(EventKind.PARKED, prompt_id=walk.prompt_on_screen().id, actor=by)
    walk.advance()


def _too_much(walk: Walk, by: str | None) -> None:
    shown = walk.prompt_on_screen()
    walk.just_stepped_back = True
    # Nothing found too much is ever brought back by "Back", nor anything before it.
    walk.behind.clear()
    if shown.is_closing:
        walk.emit(EventKind.TOO_MUCH, prompt_id=shown.id, actor=by)
        walk.current = None
        return
    candidate = walk.candidate
    assert candidate is not None
    where = candidate.level.depth
    walk.ceiling = min(walk.ceiling, max(1, where - 1))
    walk.too_much.append(shown.id)
    walk.emit(EventKind.TOO_MUCH, prompt_id=shown.id, actor=by, data={"ceiling": walk.ceiling})
    walk.staying = True
    if walk.depth > walk.ceiling:
        walk.enter_level(walk.ceiling, "stepped_back", staying=True)
    lighter = None
    if not candidate.lighter:
        lighter = walk.picker.lighter_of(candidate.level, candidate.prompt, walk.used)
    following = lighter or walk.picker.staying(walk.depth, walk.used)
    if following is None:
        walk.to_crossroads("nothing_left")
    else:
        walk.show(following)
    walk.just_stepped_back = True


def _pause(walk: Walk, by: str | None) -> None:
    prompt_id = None if walk.current is None else walk.current.id
    walk.emit(EventKind.PAUSED, prompt_id=prompt_id, actor=by)
    walk.paused_from = walk.state
    walk.state = _S.PAUSED


def _resume(walk: Walk, by: str | None) -> None:
    prompt_id = None if walk.current is None else walk.current.id
    walk.emit(EventKind.RESUMED, prompt_id=prompt_id, actor=by)
    assert walk.paused_from is not None
    walk.state, walk.paused_from = walk.paused_from, None


def _ask_deeper(walk: Walk, by: str | None) -> None:
    walk.before_asking = (walk.current, walk.candidate, walk.turn)
    walk.to_crossroads("asked", actor=by)


def _go_deeper(walk: Walk, by: str | None) -> None:
    target = walk.deeper_target()
    assert target is not None
    walk.emit(EventKind.DEEPER_AGREED, actor=by, data={"target": target})
    walk.consents.append(ConsentMoment(at=walk.now, target_depth=target, agreed=True))
    walk.crossroads_reason = None
    walk.before_asking = None
    walk.enter_level(target, "deeper")
    walk.advance()


def _stay(walk: Walk, by: str | None) -> None:
    if walk.crossroads_reason == "asked":
        target = walk.deeper_target()
        walk.consents.append(ConsentMoment(at=walk.now, target_depth=target, agreed=False))
    walk.emit(EventKind.STAYED, actor=by)
    walk.crossroads_reason = None
    walk.staying = True
    asked_at, walk.before_asking = walk.before_asking, None
    if asked_at is not None and asked_at[0] is not None:
        # Not today: back to the prompt they were at, as they left it (and the way back
        # from it too).
        walk.current, walk.candidate, walk.turn = asked_at
        walk.state = _S.PROMPT
        return
    walk.behind.clear()
    walk.advance()


def _more_here(walk: Walk, by: str | None) -> None:
    walk.emit(EventKind.MORE_HERE, actor=by)
    walk.crossroads_reason = None
    walk.staying = True
    walk.borrowing = True
    walk.behind.clear()  # a crossroads choice other than "not today" closes the way back
    walk.advance()


def _wrap_up(walk: Walk, by: str | None) -> None:
    walk.begin_wrap_up(WRAP_UP_ASKED, actor=by)
    walk.paused_from = None


def _back_to_prompts(walk: Walk, by: str | None) -> None:
    assert walk.before_wrap_up is not None
    state, current, candidate, turn, turn_number = walk.before_wrap_up
    walk.before_wrap_up = None
    walk.state, walk.current, walk.candidate, walk.turn = state, current, candidate, turn
    walk.turn_number = turn_number
    prompt_id = None if current is None else current.id
    walk.emit(EventKind.BACK_TO_PROMPTS, prompt_id=prompt_id, actor=by)


def _back(walk: Walk, by: str | None) -> None:
    go_back(walk, by)


def _end(walk: Walk, by: str | None) -> None:
    walk.emit(EventKind.ENDED, actor=by)
    walk.ended_at = walk.now
    walk.state = _S.ENDED
    walk.paused_from = None
    walk.current = walk.candidate = walk.turn = None


#: What each action does; every action of `TRANSITIONS` has one (a test keeps it so).
HANDLERS: Mapping[Action, Handler] = {
    Action.START: _start,
    Action.NEXT: _next,
    Action.SKIP: _skip,
    Action.TOO_MUCH: _too_much,
    Action.PARK: _park,
    Action.PAUSE: _pause,
    Action.RESUME: _resume,
    Action.ASK_DEEPER: _ask_deeper,
    Action.GO_DEEPER: _go_deeper,
    Action.STAY: _stay,
    Action.MORE_HERE: _more_here,
    Action.WRAP_UP: _wrap_up,
    Action.BACK_TO_PROMPTS: _back_to_prompts,
    Action.BACK: _back,
    Action.END: _end,
}


def refusal(walk: Walk, action: Action, by: str | None) -> str | None:
    """Why `action` by participant `by` would be refused now, or None if it applies."""
    problem = not_applicable_message(walk.state, action)
    if problem is not None:
        return problem
    keys = {p.key for p in walk.setup.participants}
    if by is not None and by not in keys:
        return f"{by!r} is not a participant in this conversation"
    if by is not None and action in _NOBODY_NAMED:
        return "this is never said in someone's name: nobody learns who said it"
    if action in (Action.ASK_DEEPER, Action.GO_DEEPER) and walk.deeper_target() is None:
        return "there is no deeper level left to go to today"
    if action is Action.STAY and not walk.stay_possible():
        return "nothing is left at this depth"
    if action is Action.MORE_HERE and not walk.more_possible():
        return "no other script has a prompt left at this depth"
    if action is Action.BACK_TO_PROMPTS and walk.before_wrap_up is None:
        return "there is no prompt to go back to"
    if action is Action.BACK:
        return back_refusal(walk)
    if action is Action.TOO_MUCH and walk.current is None:
        return "the closing prompt has already been put away"
    if action is Action.WRAP_UP and walk.paused_from is _S.WRAP_UP:
        return "the conversation is already wrapping up; resume to carry on"
    return None
