"""Continuing a conversation that was interrupted: can it be rebuilt, and with what.

At start (and whenever Home is shown) the newest unfinished conversation is rebuilt in the
engine from its stored setup and events. A script edited since (its sha256 differs) is not a
dead end: if the recorded events still replay on the new text, the pair may carry on, told
that the script changed; if not, or if the script is gone, the conversation can be closed
with every note kept.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlmodel import Session

from belonging.application.live_conversation import LiveConversation, Pairing
from belonging.application.runner import Runner
from belonging.application.workspace import Workspace
from belonging.core.engine import (
    Action,
    Clock,
    Conversation,
    ConversationSetup,
    ConversationState,
    EngineError,
    rebuild,
)
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.models import Note
from belonging.storage.repositories import get_pair, notes_for_conversation
from belonging.storage.repositories.unfinished import (
    UnfinishedConversation,
    unfinished_conversations,
)


@dataclass(frozen=True)
class ResumeOffer:
    """The newest unfinished conversation and whether it can go on.

    `conversation` is the rebuilt engine conversation, or None when it cannot be rebuilt
    (`script_missing`, or the events no longer fit the script). `script_changed` says the
    script's text differs from the one the conversation started with.
    """

    unfinished: UnfinishedConversation
    setup: ConversationSetup | None
    script_title: str
    conversation: Conversation | None
    script_changed: bool = False
    script_missing: bool = False

    @property
    def can_continue(self) -> bool:
        """Whether the pair can carry on where they stopped."""
        return self.conversation is not None

    @property
    def partner_name(self) -> str:
        """The other person's name, as the setup recorded it."""
        return "" if self.setup is None else self.setup.participants[1].name


def assess(unfinished: UnfinishedConversation, library: ScriptLibrary, clock: Clock) -> ResumeOffer:
    """Rebuilds `unfinished` if its script (same or changed text) still fits its events."""
    title = unfinished.script_title or unfinished.script_id
    try:
        setup = ConversationSetup.from_dict(unfinished.setup)
    except ValueError:
        return ResumeOffer(unfinished, None, title, None)
    # The very text it began with first: the same script in the language it began in.
    script = library.exact(unfinished.script_id, unfinished.script_sha256) or library.get(
        unfinished.script_id
    )
    if script is None:
        return ResumeOffer(unfinished, setup, title, None, script_missing=True)
    changed = not unfinished.matches_script(script)
    replay_setup = dataclasses.replace(setup, script_sha256=script.sha256) if changed else setup
    try:
        conversation = rebuild(script, replay_setup, unfinished.events, clock, library.scripts)
    except (EngineError, ValueError, KeyError):
        conversation = None
    return ResumeOffer(unfinished, setup, script.title or title, conversation, changed)


def newest_offer(session: Session, library: ScriptLibrary, clock: Clock) -> ResumeOffer | None:
    """The offer for the most recently started unfinished conversation, if there is one."""
    found = unfinished_conversations(session=session)
    return assess(found[0], library, clock) if found else None


@dataclass(frozen=True)
class ResumeRecord:
    """What continuing needs from storage: who the pair is, and every note so far."""

    pairing: Pairing
    notes: tuple[Note, ...]


def read_for_resume(session: Session, offer: ResumeOffer) -> ResumeRecord:
    """The pair's rows and the conversation's notes (private ones too: this is the owner's
    computer, and the page keeps them hidden while the screen is shared)."""
    unfinished = offer.unfinished
    pair = get_pair(session=session, pair_id=unfinished.pair_id)
    pairing = Pairing(
        pair_id=unfinished.pair_id,
        owner_id=pair.owner_id,
        partner_id=pair.partner_id,
        comfortable_depth=pair.comfortable_depth,
    )
    notes = notes_for_conversation(
        session=session, conversation_id=unfinished.conversation_id, include_private=True
    )
    return ResumeRecord(pairing, tuple(notes))


def read_record(workspace: Workspace, offer: ResumeOffer) -> ResumeRecord:
    """`read_for_resume` in a session of its own (on the database thread)."""
    with workspace.session() as session:
        return read_for_resume(session, offer)


def continue_conversation(
    workspace: Workspace, offer: ResumeOffer, record: ResumeRecord, runner: Runner
) -> LiveConversation:
    """The interrupted conversation, live again where it stopped.

    Events the record stopped short of (a crash mid-action) are made again and kept. A
    conversation that was not paused when it stopped was interrupted by the app ending
    without closing (a crash, a power cut): the time since its last recorded step was not
    spent talking, so it counts as a pause. Then it resumes.
    """
    conversation = offer.conversation
    if conversation is None:
        raise EngineError("this conversation cannot go on")
    live = LiveConversation(
        conversation,
        record.pairing,
        runner,
        lambda: workspace.db,
        conversation_id=offer.unfinished.conversation_id,
        notes=record.notes,
    )
    live.record_new_events()
    if Action.PAUSE in live.engine.allowed_actions():
        live.pause_as_of(offer.unfinished.last_activity_at)
    if live.state is ConversationState.PAUSED:
        live.act(Action.RESUME)
    return live
