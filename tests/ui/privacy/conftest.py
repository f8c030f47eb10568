"""Fixtures of the privacy tests: a real data folder opened by storage, the app's database
thread, and quick key derivation."""

from __future__ import annotations

import pytest
from privacy_support import DAY, PASSPHRASE

from belonging.storage.encryption import keys
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.controllers.background_writer import BackgroundWriter


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    """1,000 PBKDF2 rounds instead of 256,000: the storage tests check the real count."""
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)


@pytest.fixture
def writer(qapp):
    """The app's one database thread, shut down after the test."""
    made = BackgroundWriter()
    yield made
    made.shutdown()


@pytest.fixture
def opened(tmp_path):
    """A plain data folder opened as the app opens it, closed after the test."""
    folder = open_data_folder(tmp_path / "data", today=DAY)
    yield folder
    folder.close()


@pytest.fixture
def protected(tmp_path):
    """A data folder whose notes have a passphrase, opened with it."""
    folder = open_data_folder(tmp_path / "secret", today=DAY, passphrase=PASSPHRASE)
    yield folder
    folder.close()
