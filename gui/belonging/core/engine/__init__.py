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
  `turn.second` after (one-way turns: `turn.first` asks, `turn.second` answers). Who goes
  first is the level's `first` when the script says; otherwise the leader from
  `setup.leader_first_from` on (`turn.leader_first_rule`: leaders go first on the deep ones),
  or every time with `leader_always_first`; else it alternates, leader first. A prompt
  `Asked by:` someone is one-way. `next()` (answered), `skip()` and `park()` move on.
  `too_much()`, `ask_deeper()`, `pause()`, `wrap_up()` and `end()` apply here too.
- Each level offers up to `level.prompt_budget` prompts (from the level's minutes, or the
  planned length spread over the levels). When they are used, or the level runs out, the
  engine waits at a crossroads (AWAITING_CONSENT).
- AWAITING_CONSENT, a crossroads (`crossroads`: the deeper level on offer, whether anything
  is left to stay with, and why it waits): nothing on screen but the choice. Going deeper is
  a secret ballot the screens hold — each person says yes or not yet privately — and only
  its outcome reaches the engine: `go_deeper()` when both said yes, `stay()` ("not today —
  staying here") otherwise. `wrap_up()` and `pause()` apply too. "Not today" after the pair
  asked returns to the prompt they were at, as they left it; otherwise staying goes on with
  the rest of this level, then lighter prompts not yet had, then ones already had; when truly
  nothing is left at this depth the engine waits at a crossroads again (deeper or wrap up),
  never wrapping up by itself.
- Nobody is named for what could reveal who hesitated: `too_much`, `ask_deeper`,
  `go_deeper` and `stay` take no participant, and their events record none.
- "Too much?" (`too_much()`, no reason asked): the prompt leaves at once and is listed in
  `summary.too_much_prompt_ids`. The ceiling drops below the prompt's level (never below 1)
  and the conversation steps back to it, staying; what comes next is that prompt's lighter
  alternative when it has one (`current_prompt.is_lighter`), otherwise a lighter prompt, or a
  crossroads if none is left. `just_stepped_back` is True until the pair moves on, for a calm
  thank-you line. The pair goes deeper again only by saying so: `ask_deeper()` (always
  available while a deeper level is within today's limit) leads to the crossroads and its
  ballot.
- Ceiling: no prompt deeper than `ceiling` is ever shown, the lighter alternative offered
  straight after "too much?" excepted (it is the step back). It starts at
  `setup.depth_ceiling` (None: the script's deepest level) and rises only when the pair goes
  deeper together. `today_cap` (`setup.today_cap`: the lower of the two people's private
  choices) is never passed today, whatever is agreed.
- `park()`: the prompt is kept for next time (`summary.parked_prompt_ids`) and the pair
  moves on; storage offers it back, and ids the pair takes up go in
  `setup.taken_up_prompt_ids`, offered first at their level.
- `back()`: to the prompt the pair moved on from last, as it was (same turn), its answer,
  skip or park undone; the prompt that was on screen is the next one offered again. It also
  applies at a crossroads reached by moving on (the Undo of a last "Park it" or "Skip"). The
  way back is a straight run: it closes at the first prompt, when a level is entered, at
  "too much?" (nothing found too much comes back) and at a crossroads choice other than
  "not today"; it never leads above the ceiling. Notes stay with their prompt's id, so
  nothing written is lost on the way back or forward.
- PAUSED: `pause()` stops the clock and hides the prompt (`current_prompt` is None);
  `resume()` returns to the same state, prompt and turn. `wrap_up()` and `end()` also apply.
- WRAP_UP, reached only by asking: `current_prompt` is the closing prompt (`is_closing`):
  the script's `closing`, or `DEFAULT_CLOSING_TEXT` (`is_default_closing`: translate it in
  the UI). `too_much()` puts it away too; `back_to_prompts()` returns to where the pair was.
  Then `end()`.
- ENDED: nothing applies.

Reading at any moment: `state`, `current_prompt` (`ShownPrompt`), `turn` (`Turn`), `level`
(`LevelInfo`: depth, n of m levels, title, guidance, prompts shown and planned), `depth`,
`ceiling`, `today_cap`, `staying`, `deeper_level`, `crossroads` (`Crossroads`),
`just_stepped_back`, `pacing` (`Pacing`: talking and paused seconds, `level_time_up`,
`near_planned_end` — only suggestions, never enforced), `summary` (`ConversationSummary`),
`allowed_actions()` (to enable buttons) and `refusal(action, by)` (why one is disabled).

Every action returns the new `ConversationState` or raises `EngineError` saying why it does
not apply; nothing is silently ignored. `by` is a participant key, or None when nobody is
named (always, for the actions above that could reveal who hesitated).

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
    Crossroads,
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
    "Conversation",
    "ConversationSetup",
    "ConversationState",
    "ConversationSummary",
    "Crossroads",
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
