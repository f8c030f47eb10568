"""What the wrap-up reads and keeps: run on the writer thread, inside one transaction each.

Reading back gathers the shared notes, follow-ups and second check-ins of a conversation.
Finishing does, in one go, everything "Save and finish" promises: struck lines deleted (not
flagged), confidential marks set, "too much" and parked prompts remembered for the pair, the
conversation closed with its summary (in the form the pair's timeline reads), and the pair's
comfortable depth learned again with this conversation counted (`core.comfort`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from belonging.core.engine import ConversationSummary
from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID
from belonging.storage.models import CheckIn, CheckInMoment, FollowUp, Note, PromptMark
from belonging.storage.repositories import (
    check_ins_for_conversation,
    finish_conversation,
    follow_ups_for_conversation,
    mark_prompt,
    notes_for_conversation,
    set_comfortable_depth,
    set_confidential,
    strike_note,
)
from belonging.ui.controllers.active_conversation import Pairing
from belonging.ui.controllers.pair_history import learned_comfort, lift_parked_marks_shown


@dataclass(frozen=True)
class WrapUpRecord:
    """What is stored of a conversation so far, for the wrap-up page."""

    shared_notes: tuple[Note, ...]
    follow_ups: tuple[FollowUp, ...]
    after_check_ins: tuple[CheckIn, ...]


def read_wrap_up(session: Session, conversation_id: int) -> WrapUpRecord:
    """The shared notes to read back (not the wrap-up summary, not empty ones), the
    follow-ups and the check-ins after."""
    notes = tuple(
        note
        for note in notes_for_conversation(
            session=session, conversation_id=conversation_id, include_private=False
        )
        if note.prompt_id != SUMMARY_PROMPT_ID and note.text.strip()
    )
    return WrapUpRecord(
        shared_notes=notes,
        follow_ups=tuple(
            follow_ups_for_conversation(session=session, conversation_id=conversation_id)
        ),
        after_check_ins=tuple(
            check_in
            for check_in in check_ins_for_conversation(
                session=session, conversation_id=conversation_id
            )
            if check_in.moment == CheckInMoment.AFTER.value
        ),
    )


def summary_record(summary: ConversationSummary) -> dict[str, Any]:
    """The engine's summary as the JSON the conversation row keeps."""
    return {
        "outcome": "finished",
        "depth_reached": summary.depth_reached,
        "comfortable_depth": summary.comfortable_depth,
        "prompts_answered": summary.prompts_answered,
        "prompts_skipped": summary.prompts_skipped,
        "prompts_too_much": summary.prompts_too_much,
        "prompts_parked": summary.prompts_parked,
        "answered_prompt_ids": list(summary.answered_prompt_ids),
        "too_much_prompt_ids": list(summary.too_much_prompt_ids),
        "parked_prompt_ids": list(summary.parked_prompt_ids),
        "talking_seconds": round(summary.talking_seconds, 1),
        "paused_seconds": round(summary.paused_seconds, 1),
        "wrap_up_seconds": round(summary.wrap_up_seconds, 1),
    }


def set_confidential_if_kept(session: Session, note_id: int, confidential: bool) -> None:
    """Marks a note confidential or not; a note struck meanwhile is left gone."""
    if session.get(Note, note_id) is not None:
        set_confidential(session=session, note_id=note_id, confidential=confidential)


def finish(
    session: Session,
    *,
    conversation_id: int,
    pairing: Pairing,
    script_id: str,
    summary: ConversationSummary,
    struck_note_ids: Iterable[int],
    confidential: Mapping[int, bool],
) -> None:
    """Everything "Save and finish" keeps, and what it lets go (see the module docstring)."""
    struck = set(struck_note_ids)
    for note_id in sorted(struck):
        strike_note(session=session, note_id=note_id)
    for note_id, flag in confidential.items():
        if note_id not in struck:
            set_confidential_if_kept(session, note_id, flag)
    # Parked prompts taken up and shown today are done with; lifted before today's marks,
    # so one parked again today stays parked.
    lift_parked_marks_shown(session, pairing.pair_id, script_id, summary.shown_prompt_ids)
    marks = [(pid, PromptMark.TOO_MUCH) for pid in summary.too_much_prompt_ids]
    marks += [(pid, PromptMark.PARKED) for pid in summary.parked_prompt_ids]
    for prompt_id, mark in marks:
        mark_prompt(
            session=session,
            pair_id=pairing.pair_id,
            script_id=script_id,
            prompt_id=prompt_id,
            mark=mark,
            conversation_id=conversation_id,
            at=summary.ended_at,
        )
    finish_conversation(
        session=session,
        conversation_id=conversation_id,
        summary=summary_record(summary),
        ended_at=summary.ended_at,
        depth_reached=summary.depth_reached or None,
    )
    update_comfort(session, pairing.pair_id)


def update_comfort(session: Session, pair_id: int) -> int | None:
    """Learns the pair's comfortable depth again from its finished conversations (the
    rule is `core.comfort`'s) and keeps it on the pair; returns it (None: not known)."""
    # Only the last few finished conversations count: read newest first until they are in,
    # not the pair's whole history at every wrap-up.
    learned = learned_comfort(session, pair_id)
    if learned is None:
        return None
    # Storage counts levels from 1: "too much" even at level 1 still starts there next time.
    depth = max(1, learned)
    set_comfortable_depth(session=session, pair_id=pair_id, depth=depth)
    return depth
