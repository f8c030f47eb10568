"""What every controller of the window shares once the data folder is open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from belonging.application.workspace import Workspace
from belonging.ui.jobs import JobRunner
from belonging.ui.settings import Settings


@dataclass
class Services:
    """The open data folder (`workspace`: the database, the scripts, the clock), the one
    job runner that keeps its work off the UI thread, the window's settings, and whether
    the screen is shared now (private notes are then neither shown nor read)."""

    workspace: Workspace
    jobs: JobRunner
    settings: Settings
    is_shared_screen: Callable[[], bool] = lambda: True
