"""The SQLModel tables of Belonging's database, one module per idea, all importable from here.

Importing this package registers every table on `SQLModel.metadata`.
"""

from belonging.storage.models.columns import (
    CheckInMoment,
    PromptMark,
    UtcDateTime,
    Visibility,
    utc_now,
)
from belonging.storage.models.conversations import (
    ConversationRecord,
    EventRecord,
    ShownPromptRecord,
)
from belonging.storage.models.marks import PairPromptMark
from belonging.storage.models.notes import CheckIn, FollowUp, Note
from belonging.storage.models.people import Pair, Person, Relationship
from belonging.storage.models.talking_points import TalkingPoint

__all__ = [
    "CheckIn",
    "CheckInMoment",
    "ConversationRecord",
    "EventRecord",
    "FollowUp",
    "Note",
    "Pair",
    "PairPromptMark",
    "Person",
    "PromptMark",
    "Relationship",
    "ShownPromptRecord",
    "TalkingPoint",
    "UtcDateTime",
    "Visibility",
    "utc_now",
]
