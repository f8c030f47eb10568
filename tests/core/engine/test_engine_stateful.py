"""Random conversations, driven action by action, keep the engine's promises at every step.

Hypothesis builds a random script and setup, then presses random buttons (including ones that
do not apply, and a stranger's key) with time passing in between. After every step the events
are checked against the rules read straight from the issue, by a small independent model.
"""

import json

import hypothesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from belonging.core.conversation_events import EventKind
from belonging.core.engine import (
    TRANSITIONS,
    Action,
    Conversation,
    ConversationSetup,
    ConversationState,
    EngineError,
    ManualClock,
    rebuild,
)
from support.engine_builders import (
    ANA,
    BEN,
    NEVER_NAMED,
    lender_scripts,
    observable,
    scripts,
    setups,
    through_json,
)

S = ConversationState
TALKING = {S.PROMPT, S.AWAITING_CONSENT, S.WRAP_UP}
# Moving-on actions come up more often than ending ones, so conversations get somewhere.
ACTIONS = [
    *[Action.NEXT, Action.GO_DEEPER, Action.SKIP] * 8,
    *[Action.TOO_MUCH, Action.PARK, Action.PAUSE, Action.RESUME, Action.STAY] * 3,
    *[Action.ASK_DEEPER, Action.START, Action.MORE_HERE] * 2,
    Action.WRAP_UP,
    Action.BACK_TO_PROMPTS,
    *[Action.BACK] * 3,
    Action.END,
]


class RulesModel:
    """The issue's rules, followed event by event, independently of the engine's own code."""

    def __init__(self, the_script, setup, lenders=()):
        self.script = the_script
        self.setup = setup
        self.lenders = {lender.id: lender for lender in lenders}
        self.borrowing = False
        count = len(the_script.levels)
        self.ceiling = min(setup.depth_ceiling or count, count)
        self.cap = min(setup.today_cap or count, count)
        self.depth = None
        self.agreed = False
        self.after_too_much = None  # (prompt id, its level) until the next prompt or wrap-up
        self.shown = set()
        self.too_much = set()
        self.talking = 0
        self.paused = 0

    def check(self, event):
        """Checks one new event against the rules and updates what the model knows."""
        kind = EventKind(event.kind)
        if kind in NEVER_NAMED:
            assert event.actor is None, f"{kind} names someone"
        assert kind is not EventKind.READY_DEEPER, "nobody's yes is recorded by name"
        if kind is EventKind.MORE_HERE:
            self.borrowing = True
        if kind is EventKind.DEEPER_AGREED:
            self.agreed = True
        elif kind is EventKind.TOO_MUCH and event.prompt_id != "closing":
            self.too_much.add(event.prompt_id)
            where = self._depth_of(event.prompt_id)
            self.after_too_much = (event.prompt_id, where)
            self.ceiling = min(self.ceiling, max(1, where - 1))
        elif kind is EventKind.LEVEL_ENTERED:
            self._check_level_entered(event)
        elif kind is EventKind.PROMPT_SHOWN:
            self._check_prompt_shown(event)
        elif kind is EventKind.WENT_BACK:
            self._check_went_back(event)
        if kind not in (EventKind.TOO_MUCH, EventKind.LEVEL_ENTERED):
            self.after_too_much = None

    def _check_level_entered(self, event):
        if event.data["reason"] == "start":
            assert event.depth == self.setup.starting_depth
        elif self.depth is not None and event.depth > self.depth:
            # A deeper level is entered only after the pair agreed, and never past today's.
            assert self.agreed and event.data["reason"] == "deeper"
            assert event.depth <= self.cap
            self.ceiling = max(self.ceiling, event.depth)
        else:
            assert self.after_too_much is not None, "a step back only follows too much"
            assert event.depth == self.ceiling
        self.depth = event.depth
        self.agreed = False
        self.borrowing = False

    def _check_prompt_shown(self, event):
        lender_id, _, lent_prompt_id = event.prompt_id.rpartition(":")
        if lender_id:
            found = self.lenders[lender_id].find_prompt(lent_prompt_id)
            assert found is not None
            was = self.after_too_much
            if was is not None and event.prompt_id == f"{was[0]}~lighter":
                # A lent prompt found too much: its lighter version comes at once, a level
                # lighter, as a script's own prompt's does.
                assert found[1].lighter is not None
            else:
                # Lent: only once the pair chose "More at this depth", at this very depth.
                assert self.borrowing, "a lent prompt only after More at this depth"
                assert found[0].depth == self.depth
            assert not set(found[1].topics) & set(self.setup.off_limits_topics)
            assert event.prompt_id not in self.shown, "no prompt is shown twice"
            self.shown.add(event.prompt_id)
            return
        found = self.script.find_prompt(event.prompt_id)
        assert found is not None, "every shown prompt exists in the script"
        prompt_level, the_prompt = found
        lighter = event.prompt_id.endswith("~lighter")
        assert not lighter or the_prompt.lighter is not None
        assert not set(the_prompt.topics) & set(self.setup.off_limits_topics)
        assert event.prompt_id not in self.setup.do_not_show_prompt_ids
        assert event.prompt_id not in self.shown, "no prompt is shown twice"
        if self.after_too_much is not None:
            was_id, was_depth = self.after_too_much
            is_its_lighter = lighter and event.prompt_id == f"{was_id}~lighter"
            assert is_its_lighter or prompt_level.depth <= max(1, was_depth - 1)
            assert is_its_lighter or prompt_level.depth <= self.ceiling
        else:
            assert prompt_level.depth <= self.ceiling, "no prompt above the ceiling"
        assert prompt_level.depth <= self.cap, "no prompt deeper than today's limit"
        self.shown.add(event.prompt_id)

    def _check_went_back(self, event):
        # Back returns to a prompt shown before, never one found too much, never above the
        # ceiling; the prompt it leaves may be shown again (it was not moved on from).
        assert event.prompt_id in self.shown, "Back returns only to a prompt already shown"
        assert event.prompt_id not in self.too_much, "nothing found too much comes back"
        depth = self._depth_of(event.prompt_id)
        assert depth <= self.ceiling and depth <= self.cap
        self.shown.discard(event.data["left"])

    def _depth_of(self, prompt_id):
        """The depth of a shown prompt's level: in the script, or in its lender when lent."""
        lender_id, _, lent_prompt_id = prompt_id.rpartition(":")
        if lender_id:
            return self.lenders[lender_id].find_prompt(lent_prompt_id)[0].depth
        return self.script.find_prompt(prompt_id)[0].depth


class ConversationMachine(RuleBasedStateMachine):
    """Drives one random conversation and checks it after every step."""

    @initialize(data=st.data())
    def make_conversation(self, data):
        the_script = data.draw(scripts())
        lenders = data.draw(st.lists(lender_scripts(the_script.turns), max_size=2, unique_by=id))
        setup = data.draw(setups(the_script, lenders=lenders))
        self.clock = ManualClock()
        self.conversation = Conversation(the_script, setup, self.clock, lenders)
        self.model = RulesModel(the_script, setup, lenders)
        self.checked = 0
        # Most runs start at once; the rest try actions before the start too.
        if data.draw(st.integers(0, 4)) < 4:
            self.conversation.start()
        #: The state a pause would resume to: the last one before it.
        self.paused_from = self.conversation.state

    @rule(
        seconds=st.sampled_from([0, 0, 5, 60, 300, 900]),
        action=st.sampled_from(ACTIONS),
        by=st.sampled_from([ANA.key, BEN.key, ANA.key, BEN.key, None, "stranger"]),
        crash=st.integers(0, 7),
    )
    def act(self, seconds, action, by, crash):
        """Time passes, someone presses a button, and now and then the app crashes."""
        self.time_passes(seconds)
        conversation = self.conversation
        state, before = conversation.state, conversation.events
        refusal = conversation.refusal(action, by)
        allowed = action in conversation.allowed_actions()
        try:
            new_state = conversation.perform(action, by)
        except EngineError as error:
            assert refusal == str(error)
            assert conversation.events == before and conversation.state is state
            return
        assert refusal is None and (allowed or by is not None)
        assert new_state in TRANSITIONS[(state, action)]
        if new_state is S.WRAP_UP and state is not S.WRAP_UP:
            assert action is Action.WRAP_UP or (
                action is Action.RESUME and self.paused_from is S.WRAP_UP
            ), "nothing but asking for it leads to the wrap-up"
        assert new_state is not S.ENDED or action is Action.END, "only asking ends it"
        if new_state is not S.PAUSED:
            self.paused_from = new_state
        new_events = conversation.events[len(before) :]
        assert new_events, "every transition is recorded"
        assert all(event.at == self.clock.now() for event in new_events)
        if crash == 7:
            self.crash_and_replay()

    def time_passes(self, seconds):
        """Moves the clock on, noting whether that time was talking or paused."""
        state = self.conversation.state
        self.clock.advance(seconds)
        if state in TALKING:
            self.model.talking += seconds
        elif state is S.PAUSED:
            self.model.paused += seconds

    @rule(away=st.sampled_from([0, 60, 3600, 36000]))
    def dies_and_starts_again(self, away):
        """The app dies mid-conversation; `away` seconds later the next start rebuilds it
        from its record and pauses it as of its last step: the time since is paused, not
        talking, even the part that had already passed before it died."""
        conversation = self.conversation
        if Action.PAUSE not in conversation.allowed_actions():
            return
        state, last = conversation.state, conversation.events[-1].at
        since_last = (self.clock.now() - last).total_seconds()
        self.clock.advance(away)
        self.crash_and_replay()
        self.conversation.pause_as_of(last)
        assert self.conversation.events[-1].at == last
        if state in TALKING:
            self.model.talking -= since_last
        self.model.paused += since_last + away

    def crash_and_replay(self):
        """Storage's record (JSON) rebuilds the same conversation, which then carries on."""
        conversation = self.conversation
        setup = ConversationSetup.from_dict(json.loads(json.dumps(conversation.setup.to_dict())))
        rebuilt = rebuild(
            conversation.script,
            setup,
            through_json(conversation.events),
            self.clock,
            conversation.lenders,
        )
        assert observable(rebuilt) == observable(conversation)
        hypothesis.event("replayed")
        self.conversation = rebuilt

    def teardown(self):
        """Notes what the run reached, so `--hypothesis-show-statistics` shows the coverage."""
        if not hasattr(self, "conversation"):
            return
        for kind in sorted({str(e.kind) for e in self.conversation.events}):
            hypothesis.event(f"had {kind}")
        hypothesis.event(f"depth reached {self.conversation.summary.depth_reached}")

    @invariant()
    def events_follow_the_rules(self):
        events = self.conversation.events
        assert [event.seq for event in events] == list(range(1, len(events) + 1))
        for event in events[self.checked :]:
            self.model.check(event)
        self.checked = len(events)
        if self.conversation.state is not S.NOT_STARTED:
            assert self.conversation.ceiling == self.model.ceiling
            assert self.conversation.depth <= self.conversation.ceiling

    @invariant()
    def paused_time_is_never_talking_time(self):
        pacing = self.conversation.pacing
        assert pacing.talking_seconds == self.model.talking
        assert pacing.paused_seconds == self.model.paused
        summary = self.conversation.summary
        assert sum(summary.seconds_per_level.values()) + summary.wrap_up_seconds == (
            self.model.talking
        )

    @invariant()
    def what_is_on_screen_fits_the_state(self):
        conversation = self.conversation
        shown = conversation.current_prompt
        if conversation.state is S.PROMPT:
            assert shown is not None and not shown.is_closing
            assert conversation.turn is not None
        elif conversation.state is not S.WRAP_UP:
            assert shown is None


ConversationMachine.TestCase.settings = settings(
    max_examples=200,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_conversation_rules_hold_for_random_event_sequences = ConversationMachine.TestCase
