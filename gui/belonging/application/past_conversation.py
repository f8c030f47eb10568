"""One past conversation read back for its history page: its prompts as shown, with the
notes taken on each, the notes on the whole of it, and its follow-ups."""

from __future__ import annotations

from sqlmodel import Session

from belonging.application.continuity_rows import (
    HistoryNote,
    HistoryPrompt,
    PastConversation,
    PromptPlace,
)
from belonging.application.pair_story import any_follow_up_item
from belonging.application.workspace import Workspace
from belonging.core.engine.snapshots import CLOSING_PROMPT_ID
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import Script
from belonging.storage.models import Note, Visibility
from belonging.storage.repositories import (
    follow_ups_for_conversation,
    get_conversation,
    get_pair,
    get_person,
    notes_for_conversation,
    shown_prompts,
)


def _history_note(note: Note) -> HistoryNote:
    return HistoryNote(
        note_id=note.id,
        text=note.text,
        private=note.visibility == Visibility.PRIVATE.value,
        confidential=note.confidential,
        edited_at=note.edited_at,
    )


def prompt_place(prompt_id: str) -> PromptPlace:
    """Whether a shown prompt was a level's, its lighter version or the closing question."""
    if prompt_id == CLOSING_PROMPT_ID:
        return PromptPlace.CLOSING
    if prompt_id.endswith("~lighter"):
        return PromptPlace.LIGHTER
    return PromptPlace.LEVEL


def level_title(script: Script | None, depth: int | None) -> str:
    """The title of the script's level at `depth` ("" when either is gone)."""
    if script is None or not depth or depth > len(script.levels):
        return ""
    return script.level(depth).title


def read_conversation_record(
    session: Session, conversation_id: int, library: ScriptLibrary, *, include_private: bool
) -> PastConversation:
    """A past conversation: its prompts as shown with their notes, the notes on the whole of
    it, its follow-ups. Private notes only with `include_private` (never on a shared screen).
    """
    conversation = get_conversation(session=session, conversation_id=conversation_id)
    pair = get_pair(session=session, pair_id=conversation.pair_id)
    people = {
        person_id: get_person(session=session, person_id=person_id).name
        for person_id in (pair.owner_id, pair.partner_id)
    }
    notes = notes_for_conversation(
        session=session, conversation_id=conversation_id, include_private=include_private
    )
    shown = shown_prompts(session=session, conversation_id=conversation_id)
    shown_ids = {prompt.prompt_id for prompt in shown}
    by_prompt: dict[str | None, list[HistoryNote]] = {}
    for note in notes:
        key = note.prompt_id if note.prompt_id in shown_ids else None
        by_prompt.setdefault(key, []).append(_history_note(note))
    script = library.get(conversation.script_id)
    prompts = tuple(
        HistoryPrompt(
            prompt_id=prompt.prompt_id,
            text=prompt.text,
            depth=prompt.depth,
            notes=tuple(by_prompt.get(prompt.prompt_id, ())),
            level_title=level_title(script, prompt.depth),
            place=prompt_place(prompt.prompt_id),
        )
        for prompt in shown
    )
    follow_ups = tuple(
        any_follow_up_item(item, pair, people)
        for item in follow_ups_for_conversation(session=session, conversation_id=conversation_id)
    )
    talking = (conversation.summary or {}).get("talking_seconds")
    return PastConversation(
        conversation_id=conversation_id,
        on=conversation.started_at.astimezone().date(),
        script_title=conversation.script_title,
        owner_name=people[pair.owner_id],
        partner_name=people[pair.partner_id],
        depth_reached=conversation.depth_reached,
        level_count=None if script is None else len(script.levels),
        talking_minutes=None if talking is None else float(talking) / 60,
        finished=conversation.ended_at is not None,
        prompts=prompts,
        general_notes=tuple(by_prompt.get(None, ())),
        follow_ups=follow_ups,
    )


def read_past_conversation(
    workspace: Workspace, conversation_id: int, *, include_private: bool
) -> PastConversation:
    """`read_conversation_record` in a session of its own."""
    with workspace.session() as session:
        return read_conversation_record(
            session, conversation_id, workspace.library, include_private=include_private
        )
