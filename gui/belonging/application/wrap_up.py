"""The wrap-up: what it reads back, and what "Save and finish" keeps.

Reading back gathers the shared notes, follow-ups and second check-ins of a conversation,
after the newest typed words are saved. As the pair decides, a confidential mark, a
follow-up or a check-in is kept at once, so quitting here loses nothing.
Finishing does, in one go, everything "Save and finish" promises: struck lines deleted (not
flagged), confidential marks set, "too much" and parked prompts remembered for the pair, the
conversation closed with its summary (in the form the pair's timeline reads), the talking
points taken up into it marked used, and the pair's comfortable depth learned again with this
conversation counted (`core.comfort`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from belonging.application.live_conversation import LiveConversation, Pairing, shown_text
from belonging.application.note_keys import SUMMARY_NOTE
from belonging.application.pair_page import learned_comfort, lift_parked_marks_shown
from belonging.application.pending_writes import WriteContext
from belonging.application.rows import FollowUpDraft
from belonging.application.saving import SaveStatus
from belonging.application.talking_points import mark_used
from belonging.core.engine import Action, ConversationState, ConversationSummary
from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID
from belonging.core.markdown_render import plain_text
from belonging.storage.database import session_scope, truncate_wal
from belonging.storage.models import CheckIn, CheckInMoment, FollowUp, Note, PromptMark
from belonging.storage.repositories import (
    add_follow_up,
    check_ins_for_conversation,
    delete_follow_up,
    finish_conversation,
    follow_ups_for_conversation,
    mark_prompt,
    notes_for_conversation,
    set_comfortable_depth,
    set_confidential,
    strike_note,
)


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


def finish_in(
    session: Session,
    *,
    conversation_id: int,
    pairing: Pairing,
    script_id: str,
    summary: ConversationSummary,
    struck_note_ids: Iterable[int],
    confidential: Mapping[int, bool],
    talking_point_ids: Iterable[int] = (),
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
    mark_used(session, talking_point_ids, conversation_id)
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


@dataclass(frozen=True)
class ReadBackNote:
    """A shared note read back: its words, and the words of the prompt it was taken on
    (None when it is about the whole conversation)."""

    note_id: int
    text: str
    prompt_text: str | None
    confidential: bool = False


@dataclass(frozen=True)
class ReadBack:
    """What the wrap-up page shows of what is stored: the shared notes, the follow-ups,
    and each person's closeness after (by participant key)."""

    notes: tuple[ReadBackNote, ...]
    follow_ups: tuple[FollowUpDraft, ...]
    closeness_after: dict[str, int]


def read_back(
    live: LiveConversation,
    on_result: Callable[[ReadBack], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Reads back what is stored, once the newest words are saved (the conversation's row
    too, if it is still on its way)."""
    engine, db = live.engine, live.db

    def read() -> ReadBack:
        conversation_id = live.conversation_id
        if conversation_id is None:
            return ReadBack((), (), {})
        with session_scope(db()) as session:
            record = read_wrap_up(session, conversation_id)
        notes = tuple(
            ReadBackNote(
                note_id=int(note.id or 0),
                text=note.text,
                prompt_text=None
                if note.prompt_id is None
                else plain_text(shown_text(engine, note.prompt_id)),
                confidential=note.confidential,
            )
            for note in record.shared_notes
        )
        follow_ups = tuple(
            FollowUpDraft(("stored", f.id), f.text, str(f.owner_id or ""), f.due)
            for f in record.follow_ups
        )
        closeness = {str(c.person_id): c.closeness for c in record.after_check_ins}
        return ReadBack(notes, follow_ups, closeness)

    live.saver.after_next_flush(lambda _ok: live.runner.write(read, on_result, on_error))


def keep_confidential(live: LiveConversation, note_id: int, confidential: bool) -> None:
    """Marks a note confidential, or not."""
    live.keep(lambda session, _context: set_confidential_if_kept(session, note_id, confidential))


def keep_follow_up(live: LiveConversation, draft: FollowUpDraft) -> None:
    """Keeps a follow-up written at the wrap-up."""
    pair_id = live.pairing.pair_id
    owner_id = live.pairing.person_id(draft.owner_key) if draft.owner_key else None

    def write(session, context: WriteContext) -> int:
        row = add_follow_up(
            session=session,
            pair_id=pair_id,
            text=draft.text,
            conversation_id=context.require_conversation(),
            owner_id=owner_id,
            due=draft.due,
        )
        context.ids[draft.draft_id] = int(row.id or 0)
        return context.ids[draft.draft_id]

    live.keep(write)


def drop_follow_up(live: LiveConversation, draft_id: Hashable) -> None:
    """Removes a follow-up written at the wrap-up (kept already, or still on its way)."""

    def write(session, context: WriteContext) -> None:
        stored = draft_id[1] if isinstance(draft_id, tuple) else context.ids.get(draft_id)
        if stored is not None:
            delete_follow_up(session=session, follow_up_id=int(stored))

    live.keep(write)


def finish(
    live: LiveConversation,
    *,
    struck_note_ids: Iterable[int],
    confidential: Mapping[int, bool],
    keep_partner_check_ins: bool = False,
    talking_point_ids: Iterable[int] = (),
    on_finished: Callable[[int], None],
    on_not_saved: Callable[[SaveStatus], None],
) -> None:
    """Ends the conversation and keeps everything "Save and finish" promises (the partner's
    check-ins only when they agreed, the talking points taken up marked used); then empties
    the database's write-ahead log, so the struck words are nowhere in the files.

    `on_finished(conversation_id)` once all is saved. Until then a failure calls
    `on_not_saved(status)` and the save loop keeps trying: nothing is lost.
    """
    if live.state is ConversationState.PAUSED:
        live.act(Action.RESUME)
    if live.state is not ConversationState.ENDED:
        live.act(Action.END)
    if keep_partner_check_ins:
        live.keep_held_check_ins()
    live.held_check_ins.clear()
    struck = {int(note_id) for note_id in struck_note_ids}
    summary_id = live.note_id(SUMMARY_NOTE)
    if summary_id is not None and not live.note_text(SUMMARY_NOTE).strip():
        struck.add(summary_id)
    for note_id in struck:
        key = live.key_for_note_id(note_id)
        if key is not None:
            live.discard_note(key)
    summary = live.engine.summary
    pairing, script_id = live.pairing, live.script.id
    kept = {note_id: flag for note_id, flag in confidential.items() if note_id not in struck}
    used = tuple(talking_point_ids)
    live.keep(
        lambda session, context: finish_in(
            session,
            conversation_id=context.require_conversation(),
            pairing=pairing,
            script_id=script_id,
            summary=summary,
            struck_note_ids=struck,
            confidential=kept,
            talking_point_ids=used,
        )
    )

    def when_flushed(ok: bool) -> None:
        if not ok:
            on_not_saved(live.saver.status)
            live.saver.after_next_flush(when_flushed)
            return
        live.stop()
        conversation_id = int(live.conversation_id or 0)
        live.runner.write(
            lambda: truncate_wal(live.db()),
            lambda _result: on_finished(conversation_id),
            lambda _error: on_finished(conversation_id),  # the log empties at the next close
        )

    live.saver.after_next_flush(when_flushed)
