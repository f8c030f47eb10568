"""What every controller of the window shares once the data folder is open."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from belonging.core.engine import Clock, Conversation
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.autosave import NoteAutosaver
from belonging.ui.controllers.active_conversation import ActiveConversation, Pairing
from belonging.ui.controllers.background_writer import BackgroundWriter
from belonging.ui.controllers.note_keeper import NoteKeeper
from belonging.ui.controllers.write_queue import WriteQueue
from belonging.ui.settings import Settings


@dataclass
class Services:
    """The open database (`db`), its one writer thread, the scripts, the clock the engine
    reads (a `ManualClock` in tests), the window's settings and the data folder."""

    data_dir: Path
    db: Engine
    writer: BackgroundWriter
    library: ScriptLibrary
    clock: Clock
    settings: Settings

    def new_active(
        self,
        engine_conversation: Conversation,
        pairing: Pairing,
        conversation_id: int | None = None,
    ) -> ActiveConversation:
        """An `ActiveConversation` over an engine conversation, with its own queue and notes."""
        queue = WriteQueue(self.writer, self.db, conversation_id=conversation_id)
        notes = NoteKeeper(self.writer, NoteAutosaver(self.db))
        return ActiveConversation(engine_conversation, pairing, queue, notes)
