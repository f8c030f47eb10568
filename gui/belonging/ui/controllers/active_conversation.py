"""One conversation in progress: the engine, what it has to keep, and its notes, together.

Every page of a conversation acts through `ActiveConversation.act`, so no action can forget
the rule that follows it: the engine's new events, and the text of any prompt it showed, are
queued for the database at once, in order, on the background writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine import (
    CLOSING_PROMPT_ID,
    DEFAULT_CLOSING_TEXT,
    Action,
    Conversation,
    ConversationState,
)
from belonging.core.scripts.model import Script
from belonging.storage.repositories import (
    append_events,
    record_shown_prompt,
    start_conversation,
)
from belonging.ui.controllers.note_keeper import NoteKeeper
from belonging.ui.controllers.write_queue import WriteContext, WriteQueue


def shown_text(script: Script, prompt_id: str) -> str:
    """The words of a prompt as shown under `prompt_id` (a lighter one, or the closing)."""
    if prompt_id == CLOSING_PROMPT_ID:
        return script.closing or DEFAULT_CLOSING_TEXT
    found = script.find_prompt(prompt_id)
    if found is None:
        return ""
    _level, prompt = found
    if prompt_id == prompt.lighter_id and prompt.lighter is not None:
        return prompt.lighter
    return prompt.text


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

    def person_id(self, key: str) -> int:
        """The person row of an engine participant key."""
        return int(key)


class ActiveConversation:
    """A running conversation: `engine` (the core `Conversation`), `queue` and `notes`.

    `act(action, by)` does an action and queues what it recorded. `conversation_id` is the
    stored row's id once the queue has made it.
    """

    def __init__(
        self,
        engine: Conversation,
        pairing: Pairing,
        queue: WriteQueue,
        notes: NoteKeeper,
    ) -> None:
        self.engine = engine
        self.pairing = pairing
        self.queue = queue
        self.notes = notes
        if queue.conversation_id is not None:
            notes.set_conversation_id(queue.conversation_id)

    @property
    def script(self) -> Script:
        """The script being walked through."""
        return self.engine.script

    @property
    def conversation_id(self) -> int | None:
        """The stored conversation's id, once it is stored."""
        return self.queue.conversation_id

    @property
    def state(self) -> ConversationState:
        """The engine's state."""
        return self.engine.state

    def store_new(self, *, started_at: datetime | None = None) -> None:
        """Queues the conversation's own row (its setup included), before any event."""
        setup = self.engine.setup
        script = self.script

        def write(session, context: WriteContext) -> int:
            row = start_conversation(
                session=session,
                pair_id=self.pairing.pair_id,
                script_id=script.id,
                script_sha256=script.sha256,
                setup=setup.to_dict(),
                script_title=script.title,
                planned_minutes=setup.planned_minutes,
                started_at=started_at,
            )
            context.conversation_id = int(row.id or 0)
            return context.conversation_id

        self.queue.add(write, on_done=self.notes.set_conversation_id)

    def act(self, action: Action, by: str | None = None) -> ConversationState:
        """Does `action` (EngineError if it does not apply) and queues its events."""
        state = self.engine.perform(action, by)
        self.record_new_events()
        return state

    def pause_as_of(self, moment: datetime) -> None:
        """Pauses as if at `moment`, already past (a conversation the app found unfinished
        after it ended without closing), and queues the event."""
        self.engine.pause_as_of(moment)
        self.record_new_events()

    def record_new_events(self) -> None:
        """Queues the events the engine has made since last asked, and the prompts shown."""
        events = self.engine.drain_new_events()
        if not events:
            return
        script = self.script
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
                    text=shown_text(script, event.prompt_id),
                    depth=event.data.get("prompt_depth", event.depth),
                    shown_at=event.at,
                )
            return len(events)

        self.queue.add(write)


def _shows_prompt(event: ConversationEvent) -> bool:
    return event.prompt_id is not None and event.kind in (
        EventKind.PROMPT_SHOWN,
        EventKind.WRAP_UP,
    )
