"""What every controller of the window shares once the data folder is open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from belonging.application.workspace import Workspace
from belonging.ui.jobs import JobRunner
from belonging.ui.settings import Settings
from belonging.ui.undo_offers import UndoOffers


@dataclass
class Services:
    """The open data folder (`workspace`: the database, the scripts, the clock), the one
    job runner that keeps its work off the UI thread, the window's settings, whether the
    screen is shared now (private notes are then neither shown nor read), and the one offer
    to undo what was just done (`undo`, shown by the window's bar)."""

    workspace: Workspace
    jobs: JobRunner
    settings: Settings
    is_shared_screen: Callable[[], bool] = lambda: True
    undo: UndoOffers = field(default_factory=UndoOffers)
