"""The command line on a data folder it cannot write to, or cannot read at all: what can be
done is done, and the rest is said in plain words, never a traceback or a library's link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from belonging.cli.main import main
from belonging.storage.database import database_path
from belonging.storage.opening.startup import open_data_folder
from support.durability import read_only_folder
from support.export import SHARED_WORD, seed_history
from support.unwritable import run_as_nobody

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folder permissions are POSIX only")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder made by the app, holding the worded history of Ada and Ben."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder)
    try:
        seed_history(opened.engine)
    finally:
        opened.close()
    return folder


def _assert_plain(text: str) -> None:
    assert "Traceback" not in text
    assert "sqlalche.me" not in text and "Background on this error" not in text


def test_export_from_a_read_only_folder_works(data_dir, tmp_path, capsys):
    """Exporting only reads: a read-only data folder exports as any other."""
    out = tmp_path / "ada.md"
    with read_only_folder(data_dir):
        code = main(["--data-dir", str(data_dir), "export", "--pair", "Ada", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert SHARED_WORD in out.read_text(encoding="utf-8")


def test_export_from_a_damaged_database_says_so_plainly(data_dir, tmp_path, capsys):
    """A database that is no longer one is refused in plain words that lead to the app's
    recovery, without SQLAlchemy's message or its web link."""
    db_path = database_path(data_dir)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x13" * (db_path.stat().st_size - 16))
    code = main(
        ["--data-dir", str(data_dir), "export", "--pair", "Ada", "--out", str(tmp_path / "a.md")]
    )
    err = capsys.readouterr().err
    assert code == 1
    _assert_plain(err)
    assert "is damaged" in err and "newest good backup" in err


@pytest.mark.parametrize(
    "command",
    [["export", "--pair", "Ada", "--out", "/tmp/belonging-nobody-export.md"], ["backup"]],
    ids=["export", "backup"],
)
def test_a_folder_of_another_user_is_refused_plainly(data_dir, command):
    """Run by a user who may not even look into the folder, each command says so in plain
    words and ends with exit code 1."""
    data_dir.parent.chmod(0o755)
    result = run_as_nobody(["--data-dir", str(data_dir), *command])
    assert result.returncode == 1, result.stderr
    _assert_plain(result.stderr)
    assert "you do not have permission to read it" in result.stderr
    assert str(data_dir) in result.stderr
    assert not Path("/tmp/belonging-nobody-export.md").exists()
