"""One conversation in progress: the engine, what it has to keep, and its notes, together.

Every screen acts through `LiveConversation` — the window's pages, and the partner's own
screen — so no action can forget what follows it: the engine's new events, and the words of
any prompt it showed, are queued for the database at once, in order, and saved by the one
save loop (`Saver`) with the notes typed meanwhile. Listeners in `on_change` hear every
step, whoever took it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from belonging.application.note_keys import NoteKey, key_of, place_of
from belonging.application.pending_writes import PendingWrites, WriteContext
from belonging.application.runner import Runner
from belonging.application.saving import Saver
from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine import (
    CLOSING_PROMPT_ID,
    DEFAULT_CLOSING_TEXT,
    Action,
    Conversation,
    ConversationState,
)
from belonging.core.scripts.model import Script
from belonging.storage.models import CheckInMoment, Note
from belonging.storage.repositories import (
    append_events,
    record_check_in,
    record_shown_prompt,
    start_conversation,
)


def shown_text(engine: Conversation, prompt_id: str) -> str:
    """The words of a prompt as shown under `prompt_id` (a lighter one, a lent one, or the
    closing)."""
    if prompt_id == CLOSING_PROMPT_ID:
        return engine.script.closing or DEFAULT_CLOSING_TEXT
    return engine.prompt_text(prompt_id) or ""


@dataclass(frozen=True)
class Pairing:
    """Who is talking, as storage knows them: the pair's row and each person's row id.

    The engine's participant keys are the person ids as text, so one maps to the other.
    """

    pair_id: int
    owner_id: int
    partner_id: int
    #: The deepest level this pair was comfortable at before this conversation.
    comfortable_depth: int | None = None
    #: What kind of one-on-one it is (a `storage.models.Relationship` value).
    relationship: str = "other"

    def person_id(self, key: str) -> int:
        """The person row of an engine participant key."""
        return int(key)

    @property
    def partner_key(self) -> str:
        """The engine's key of the partner: the person who does not own the app."""
        return str(self.partner_id)


class LiveConversation:
    """A running conversation: `engine` (the core `Conversation`), its `writes` and `saver`.

    `act(action, by)` does an action and queues what it recorded; `edit_note` keeps typing.
    `conversation_id` is the stored row's id once it has been saved.
    """

    def __init__(
        self,
        engine: Conversation,
        pairing: Pairing,
        runner: Runner,
        db: Callable[[], object],
        *,
        conversation_id: int | None = None,
        notes: Iterable[Note] = (),
    ) -> None:
        self.engine = engine
        self.pairing = pairing
        self.runner = runner
        self.db = db
        self.writes = PendingWrites(conversation_id=conversation_id)
        self.saver = Saver(self.writes, runner, db)  # type: ignore[arg-type]
        self._texts: dict[NoteKey, str] = {}
        #: The partner's check-ins (moment -> closeness), held in memory and kept only if the
        #: partner agrees at the wrap-up; lost, as agreed by default, if the app ends first.
        self.held_check_ins: dict[CheckInMoment, int] = {}
        for note in notes:
            key = key_of(note)
            self._texts[key] = note.text
            if note.id is not None:
                self.writes.adopt_note(key, note.id)
        #: Called with no arguments after every step, whoever took it.
        self.on_change: list[Callable[[], None]] = []

    # --- what it is ---------------------------------------------------------------------------

    @property
    def script(self) -> Script:
        """The script being walked through."""
        return self.engine.script

    @property
    def conversation_id(self) -> int | None:
        """The stored conversation's id, once it is stored."""
        return self.writes.conversation_id

    @property
    def state(self) -> ConversationState:
        """The engine's state."""
        return self.engine.state

    # --- steps ------------------------------------------------------------------------------

    def begin(self, check_ins: Mapping[str, int | None]) -> ConversationState:
        """Starts the conversation: its row (if new), the check-ins before, its first steps."""
        # The engine starts first so the row's start time is the engine's; its events are
        # queued after the row and the check-ins they belong to.
        self.engine.perform(Action.START)
        if self.conversation_id is None:
            self._store_new(self.engine.summary.started_at)
        self.record_check_ins(check_ins, CheckInMoment.BEFORE)
        self.record_new_events()
        return self.state

    def act(self, action: Action, by: str | None = None) -> ConversationState:
        """Does `action` (EngineError if it does not apply) and queues its events."""
        state = self.engine.perform(action, by)
        self.record_new_events()
        return state

    def pause_as_of(self, moment: datetime) -> None:
        """Pauses as if at `moment`, already past (a conversation found unfinished after the
        app ended without closing), and queues the event."""
        self.engine.pause_as_of(moment)
        self.record_new_events()

    def record_new_events(self) -> None:
        """Queues the events the engine has made since last asked, and the prompts shown."""
        events = self.engine.drain_new_events()
        if not events:
            return
        engine = self.engine
        shown = [event for event in events if _shows_prompt(event)]

        def write(session, context: WriteContext) -> int:
            conversation_id = context.require_conversation()
            append_events(session=session, conversation_id=conversation_id, events=events)
            for event in shown:
                assert event.prompt_id is not None
                record_shown_prompt(
                    session=session,
                    conversation_id=conversation_id,
                    prompt_id=event.prompt_id,
                    text=shown_text(engine, event.prompt_id),
                    depth=event.data.get("prompt_depth", event.depth),
                    shown_at=event.at,
                )
            return len(events)

        self.keep(write)
        self._changed()

    def keep(self, write, on_done: Callable[[object], None] | None = None) -> None:
        """Queues one write of this conversation and saves it at once."""
        self.writes.add(write, on_done)
        self.saver.soon()

    def record_check_ins(self, values: Mapping[str, int | None], moment: CheckInMoment) -> None:
        """Keeps the owner's closeness, and holds the partner's until they agree to keep it
        (a person may leave theirs blank)."""
        for key, closeness in values.items():
            if key == self.pairing.partner_key:
                if closeness is None:
                    self.held_check_ins.pop(moment, None)
                else:
                    self.held_check_ins[moment] = closeness
                continue
            if closeness is None:
                continue
            person_id = self.pairing.person_id(key)

            def write(session, context: WriteContext, person_id=person_id, closeness=closeness):
                record_check_in(
                    session=session,
                    conversation_id=context.require_conversation(),
                    person_id=person_id,
                    moment=moment,
                    closeness=closeness,
                )

            self.keep(write)

    def record_closeness_after(self, values: Mapping[str, int | None]) -> None:
        """The wrap-up's check-in: how close each feels now (the partner's held)."""
        self.record_check_ins(values, CheckInMoment.AFTER)

    def keep_held_check_ins(self) -> None:
        """The partner agreed: their check-ins are kept with the conversation."""
        person_id = self.pairing.partner_id
        for moment, closeness in sorted(self.held_check_ins.items()):

            def write(session, context: WriteContext, moment=moment, closeness=closeness):
                record_check_in(
                    session=session,
                    conversation_id=context.require_conversation(),
                    person_id=person_id,
                    moment=moment,
                    closeness=closeness,
                )

            self.keep(write)
        self.held_check_ins.clear()

    # --- notes -------------------------------------------------------------------------------

    def note_text(self, key: NoteKey) -> str:
        """The latest text of note `key`, saved or not; empty if nothing was typed."""
        return self._texts.get(key, "")

    def note_texts(self) -> dict[NoteKey, str]:
        """Every note of this conversation that holds words, saved or not, in the order
        they were first written: what a screen can hand back when the database is lost."""
        return {key: text for key, text in self._texts.items() if text.strip()}

    def edit_note(self, key: NoteKey, text: str) -> None:
        """A keystroke in note `key`: remembered now, saved behind the typing."""
        self._texts[key] = text
        place = place_of(key)
        self.writes.put_note(key, text, prompt_id=place.prompt_id, visibility=place.visibility)
        self.saver.typed()

    def note_id(self, key: NoteKey) -> int | None:
        """The stored id of note `key`, once it has one."""
        return self.writes.note_id(key)

    def key_for_note_id(self, note_id: int) -> NoteKey | None:
        """The key of the stored note `note_id`, if it is one of this conversation's."""
        return self.writes.key_for_note_id(note_id)

    def discard_note(self, key: NoteKey) -> None:
        """Forgets note `key` and any unsaved text of it (it is being struck)."""
        self._texts.pop(key, None)
        self.writes.discard_note(key)

    def stop(self) -> None:
        """Stops the save loop's timers (the conversation is over, or the app closes)."""
        self.saver.stop()

    def _store_new(self, started_at: datetime | None) -> None:
        """Queues the conversation's own row (its setup included), before any event."""
        setup = self.engine.setup
        script = self.script
        pair_id = self.pairing.pair_id

        def write(session, context: WriteContext) -> int:
            row = start_conversation(
                session=session,
                pair_id=pair_id,
                script_id=script.id,
                script_sha256=script.sha256,
                setup=setup.to_dict(),
                script_title=script.title,
                planned_minutes=setup.planned_minutes,
                started_at=started_at,
            )
            context.conversation_id = int(row.id or 0)
            return context.conversation_id

        self.keep(write)

    def _changed(self) -> None:
        for listener in list(self.on_change):
            listener()


def _shows_prompt(event: ConversationEvent) -> bool:
    return event.prompt_id is not None and event.kind in (
        EventKind.PROMPT_SHOWN,
        EventKind.WRAP_UP,
    )
