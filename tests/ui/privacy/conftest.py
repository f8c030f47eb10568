"""Fixtures of the privacy tests: a real data folder opened as the app opens it, the app's
job runner, and quick key derivation."""

from __future__ import annotations

import pytest

from belonging.application.workspace import Workspace
from belonging.core.engine import ManualClock
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.jobs import JobRunner
from support.privacy import DAY, PASSPHRASE


@pytest.fixture(autouse=True)
def _quick(quick_keys):
    """Every privacy test derives its keys quickly (see the root `quick_keys`)."""


@pytest.fixture
def jobs(qapp):
    """The app's job runner (its database thread), shut down after the test."""
    made = JobRunner()
    yield made
    made.shutdown()


@pytest.fixture
def opened(tmp_path):
    """A plain data folder opened as the app opens it (as the workspace the app holds),
    closed after the test."""
    folder = open_data_folder(tmp_path / "data", today=DAY)
    yield Workspace(folder, ScriptLibrary(None), ManualClock())
    folder.close()


@pytest.fixture
def protected(tmp_path):
    """A data folder whose notes have a passphrase, opened with it."""
    folder = open_data_folder(tmp_path / "secret", today=DAY, passphrase=PASSPHRASE)
    yield Workspace(folder, ScriptLibrary(None), ManualClock())
    folder.close()
