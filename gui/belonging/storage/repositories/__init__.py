"""Repository functions: small, keyword-only `session`, one idea per module.

None of them commits: wrap the calls of one unit of work in `database.session_scope(engine)`.
They flush, so new rows have their ids on return. Missing rows raise `NotFoundError`.
"""

from belonging.storage.repositories.check_ins import check_ins_for_conversation, record_check_in
from belonging.storage.repositories.conversations import (
    append_events,
    conversations_for_pair,
    event_from_record,
    finish_conversation,
    get_conversation,
    last_event_seq,
    load_events,
    record_from_event,
    record_shown_prompt,
    shown_prompts,
    start_conversation,
)
from belonging.storage.repositories.follow_ups import (
    add_follow_up,
    complete_follow_up,
    delete_follow_up,
    follow_ups_for_conversation,
    open_follow_ups,
    reopen_follow_up,
)
from belonging.storage.repositories.lookup import NotFoundError
from belonging.storage.repositories.marks import (
    mark_prompt,
    marks_for_pair,
    parked_prompt_ids,
    resolve_mark,
    withheld_prompt_ids,
)
from belonging.storage.repositories.notes import (
    add_note,
    correct_note,
    get_note,
    notes_for_conversation,
    save_note,
    set_confidential,
    strike_note,
    update_note_text,
)
from belonging.storage.repositories.pairs import (
    PairOverview,
    create_pair,
    get_pair,
    list_pairs_with_last_conversation,
    set_archived,
    set_comfortable_depth,
    set_off_limits_topics,
    set_relationship,
)
from belonging.storage.repositories.people import add_person, get_person, list_people, rename_person
from belonging.storage.repositories.removal import (
    Removed,
    remove_conversation,
    remove_pair,
    remove_person,
    restore_removed,
    scrub_after_removal,
)

__all__ = [
    "NotFoundError",
    "PairOverview",
    "Removed",
    "add_follow_up",
    "add_note",
    "add_person",
    "append_events",
    "check_ins_for_conversation",
    "complete_follow_up",
    "conversations_for_pair",
    "correct_note",
    "create_pair",
    "delete_follow_up",
    "event_from_record",
    "finish_conversation",
    "follow_ups_for_conversation",
    "get_conversation",
    "get_note",
    "get_pair",
    "get_person",
    "last_event_seq",
    "list_pairs_with_last_conversation",
    "list_people",
    "load_events",
    "mark_prompt",
    "marks_for_pair",
    "notes_for_conversation",
    "open_follow_ups",
    "parked_prompt_ids",
    "record_check_in",
    "record_from_event",
    "record_shown_prompt",
    "remove_conversation",
    "remove_pair",
    "remove_person",
    "rename_person",
    "reopen_follow_up",
    "resolve_mark",
    "restore_removed",
    "save_note",
    "scrub_after_removal",
    "set_archived",
    "set_comfortable_depth",
    "set_confidential",
    "set_off_limits_topics",
    "set_relationship",
    "shown_prompts",
    "start_conversation",
    "strike_note",
    "update_note_text",
    "withheld_prompt_ids",
]
