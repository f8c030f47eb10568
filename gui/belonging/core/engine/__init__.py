"""The conversation engine: the rules by which two people move through a script.

Plain Python (no Qt, no database). The UI drives a `Conversation` with actions and reads
what to show from it; storage saves the events it records and the `ConversationSetup` it was
made from, and makes it again with `rebuild` after a crash.

Making one::

    setup = ConversationSetup(
        script_id=script.id, script_sha256=script.sha256,
        participants=(Participant("p1", "Ana", "manager"), Participant("p2", "Ben", "report")),
        leader_key="p1", planned_minutes=40, depth_ceiling=pair_comfort,
        off_limits_topics=("family",), already_had_prompt_ids=..., do_not_show_prompt_ids=...,
        taken_up_prompt_ids=..., leader_always_first=False,
    )
    conversation = Conversation(script, setup, SystemClock())   # ManualClock() in tests
    conversation.start()

How a conversation unfolds (states in capitals, actions as methods):

- NOT_STARTED: introduction, ground rules, check-in. `start()` starts the clock and shows the
  first prompt of `setup.starting_depth`.
- PROMPT: one prompt on screen (`current_prompt`), with `turn.first` answering first and
  `turn.second` after (one-way scripts: `turn.first` asks, `turn.second` answers). Who goes
  first alternates, starting with the leader, unless `leader_always_first`.
  `next()` (answered), `skip()` and `park(by)` move on to the next prompt of the level.
  `too_much(by)` takes the prompt away at once and steps back (below). `pause(by)`,
  `ready_deeper(by)`, `wrap_up(by)` and `end()` apply here too.
- Each level offers up to `level.prompt_budget` prompts (from the level's minutes, or the
  planned length spread over the levels). When they are used, or the level runs out, the
  engine asks "deeper?" (AWAITING_CONSENT) if a deeper level has prompts to offer, else it
  goes to WRAP_UP.
- AWAITING_CONSENT: nothing on screen but the question. Each person says `ready_deeper(key)`
  separately (`consent` shows who has); once both have, the next level starts at once.
  `stay()` keeps going at this depth instead: the rest of this level, then shallower prompts
  not yet had, then ones already had, and the wrap-up when truly nothing is left (the engine
  does not ask "deeper?" again, but both may still say ready during a prompt).
  `wrap_up()` and `pause()` apply too.
- Saying `ready_deeper(key)` while a prompt is showing is allowed: once both have, the pair
  goes deeper after this prompt (on Next, Skip or Park it) instead of at the level's end.
- "Too much?" (`too_much(by)`, no reason asked): the prompt leaves at once and is listed in
  `summary.too_much_prompt_ids`. The ceiling drops below the prompt's level (never below 1)
  and the conversation steps back to it; what comes next is that prompt's lighter
  alternative when it has one (`current_prompt.is_lighter`), otherwise a prompt from the
  shallower level (at level 1, another level-1 prompt), or the wrap-up if none is left.
  `just_stepped_back` is True until the pair moves on, for a calm thank-you line. The engine
  never asks "deeper?" on its own after stepping back; only both saying ready raises the
  ceiling again, one level at a time.
- Ceiling: no prompt deeper than `ceiling` is ever shown, the lighter alternative offered
  straight after "too much?" excepted (it is the step back). It starts at
  `setup.depth_ceiling` (None: the script's deepest level) and rises only when both consent
  to a level beyond it. Going deeper always needs both, whatever the ceiling.
- `park(by)`: the prompt is kept for next time (`summary.parked_prompt_ids`) and the pair
  moves on; storage offers it back, and ids the pair takes up go in
  `setup.taken_up_prompt_ids`, offered first at their level.
- PAUSED: `pause(by)` stops the clock and hides the prompt (`current_prompt` is None);
  `resume(by)` returns to the same state, prompt and turn. `wrap_up()` and `end()` also apply.
- WRAP_UP, always reachable: `current_prompt` is the closing prompt (`is_closing`): the
  script's `closing`, or `DEFAULT_CLOSING_TEXT` (`is_default_closing`: translate it in the UI).
  `too_much()` puts it away too. Then `end()`.
- ENDED: nothing applies.

Reading at any moment: `state`, `current_prompt` (`ShownPrompt`), `turn` (`Turn`), `level`
(`LevelInfo`: depth, n of m levels, title, guidance, prompts shown and planned), `depth`,
`ceiling`, `consent` (`ConsentStatus`: who is ready for which depth), `just_stepped_back`,
`pacing` (`Pacing`: talking and paused seconds, `level_time_up`, `near_planned_end` — only
suggestions, never enforced), `summary` (`ConversationSummary`), `allowed_actions()` (to
enable buttons) and `refusal(action, by)` (why one is disabled).

Every action returns the new `ConversationState` or raises `EngineError` saying why it does
not apply; nothing is silently ignored. `by` is a participant key, or None when the app does
not know who pressed (everything but `ready_deeper` accepts None).

Events: each action appends `ConversationEvent`s (`seq` from 1, `at` from the clock in UTC,
`depth`, `prompt_id` as shown, `actor`, JSON `data`). `events` holds them all;
`drain_new_events()` returns those not yet taken, and each callable in `on_event` gets each
new event once its action is complete. `rebuild(script, setup, events, clock)`
rebuilds the same conversation from them, or raises `EngineError` if they do not fit.
"""

from belonging.core.engine.clock import Clock, ManualClock, SystemClock
from belonging.core.engine.conversation import Conversation
from belonging.core.engine.conversation_setup import ConversationSetup, Participant
from belonging.core.engine.pacing import Pacing
from belonging.core.engine.replay import rebuild
from belonging.core.engine.snapshots import (
    CLOSING_PROMPT_ID,
    DEFAULT_CLOSING_TEXT,
    ConsentStatus,
    LevelInfo,
    ShownPrompt,
    Turn,
)
from belonging.core.engine.states import TRANSITIONS, Action, ConversationState, EngineError
from belonging.core.engine.summary import ConsentMoment, ConversationSummary

__all__ = [
    "CLOSING_PROMPT_ID",
    "DEFAULT_CLOSING_TEXT",
    "TRANSITIONS",
    "Action",
    "Clock",
    "ConsentMoment",
    "ConsentStatus",
    "Conversation",
    "ConversationSetup",
    "ConversationState",
    "ConversationSummary",
    "EngineError",
    "LevelInfo",
    "ManualClock",
    "Pacing",
    "Participant",
    "ShownPrompt",
    "SystemClock",
    "Turn",
    "rebuild",
]
