"""One past conversation read back for its history page, and what the next one carries from
the pair's history (parked prompts of its script, open follow-ups). Runs on the writer thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.models import Note, Visibility
from belonging.storage.repositories import (
    follow_ups_for_conversation,
    get_conversation,
    get_pair,
    get_person,
    notes_for_conversation,
    shown_prompts,
)
from belonging.storage.repositories.timeline import open_follow_ups_with_origin, parked_prompts
from belonging.ui.controllers.pair_history import and_text, follow_up_item
from belonging.ui.views.continuity_rows import (
    CarryItem,
    CarryKind,
    FollowUpItem,
    HistoryNote,
    HistoryPrompt,
    PastConversation,
)
from belonging.ui.views.describe import short_date
from belonging.ui.views.timeline_model import minutes_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def _history_note(note: Note) -> HistoryNote:
    return HistoryNote(
        note_id=note.id,
        text=note.text,
        private=note.visibility == Visibility.PRIVATE.value,
        confidential=note.confidential,
    )


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
    prompts = tuple(
        HistoryPrompt(
            prompt_id=prompt.prompt_id,
            text=prompt.text,
            depth=prompt.depth,
            notes=tuple(by_prompt.get(prompt.prompt_id, ())),
        )
        for prompt in shown
    )
    follow_ups = tuple(
        FollowUpItem(
            item_id=item.id,
            text=item.text,
            owner_name=None if item.owner_id is None else people.get(item.owner_id),
            due=item.due,
        )
        for item in follow_ups_for_conversation(session=session, conversation_id=conversation_id)
    )
    script = library.get(conversation.script_id)
    facts = []
    if conversation.depth_reached:
        if script is not None:
            facts.append(
                _tr("Level {depth} of {count}").format(
                    depth=conversation.depth_reached, count=len(script.levels)
                )
            )
        else:
            facts.append(_tr("Level {depth}").format(depth=conversation.depth_reached))
    talking = (conversation.summary or {}).get("talking_seconds")
    if talking is not None:
        facts.append(_tr("talked {time}").format(time=minutes_text(float(talking) / 60)))
    if conversation.ended_at is None:
        facts.append(_tr("not finished"))
    return PastConversation(
        conversation_id=conversation_id,
        on=conversation.started_at.astimezone().date(),
        script_title=conversation.script_title,
        pair_names=and_text(people[pair.owner_id], people[pair.partner_id]),
        facts=" · ".join(facts),
        prompts=prompts,
        general_notes=tuple(by_prompt.get(None, ())),
        follow_ups=follow_ups,
    )


@dataclass(frozen=True)
class CarryForward:
    """What last time leaves for this conversation: parked prompts of its script (`prompt_ids`
    maps each mark id to its prompt) and the open follow-ups. Items are keyed by (kind, row
    id), since a mark and a follow-up may have the same row id."""

    parked: tuple[CarryItem, ...]
    follow_ups: tuple[CarryItem, ...]
    prompt_ids: dict[int, str]

    @property
    def empty(self) -> bool:
        """Whether there is nothing to offer."""
        return not self.parked and not self.follow_ups


def read_carry_forward(session: Session, pair_id: int, script_id: str) -> CarryForward:
    """The parked prompts of `script_id` still in force and the pair's open follow-ups."""
    marks = parked_prompts(session=session, pair_id=pair_id, script_id=script_id)
    parked = tuple(
        CarryItem(
            item_id=(CarryKind.PARKED, mark.mark_id),
            kind=CarryKind.PARKED,
            text=mark.text or mark.prompt_id,
            detail=_tr("Parked on {date}").format(
                date=short_date(mark.parked_at.astimezone().date())
            ),
        )
        for mark in marks
    )
    follow_ups = []
    for item in open_follow_ups_with_origin(session=session, pair_id=pair_id):
        row = follow_up_item(item)
        details = [row.owner_name or _tr("Both of you")]
        if row.due is not None:
            details.append(_tr("due {date}").format(date=short_date(row.due)))
        follow_ups.append(
            CarryItem(
                (CarryKind.FOLLOW_UP, row.item_id),
                CarryKind.FOLLOW_UP,
                row.text,
                " · ".join(details),
            )
        )
    return CarryForward(
        parked=parked,
        follow_ups=tuple(follow_ups),
        prompt_ids={mark.mark_id: mark.prompt_id.removesuffix("~lighter") for mark in marks},
    )
