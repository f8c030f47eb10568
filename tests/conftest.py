"""Settings every test shares: Qt draws offscreen, and no test touches the real user data."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the data folder at a temporary one, so no test reads or writes real notes."""
    data_dir = tmp_path_factory.mktemp("belonging-data")
    monkeypatch.setenv("BELONGING_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    return data_dir
