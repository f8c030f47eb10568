"""`belonging export`, as a user runs it: which pair, which file, and what goes out."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from belonging.cli.main import main
from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.encryption import keys
from belonging.storage.encryption.passphrase import set_passphrase
from belonging.storage.opening.startup import open_data_folder
from support.export import (
    BOTH_WORD,
    CONFIDENTIAL_WORD,
    PRIVATE_WORD,
    SHARED_WORD,
    SHARED_WORDS,
    pdf_text,
    seed_history,
)

WITHHELD = (PRIVATE_WORD, CONFIDENTIAL_WORD, BOTH_WORD)


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


def _add_pair(data_dir: Path, owner: str, partner: str) -> None:
    opened = open_data_folder(data_dir)
    try:
        with session_scope(opened.engine) as session:
            a = repo.add_person(session=session, name=owner)
            b = repo.add_person(session=session, name=partner)
            repo.create_pair(session=session, owner_id=a.id, partner_id=b.id)
    finally:
        opened.close()


def _export(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *args])


def test_a_pair_named_by_one_person_exports_only_shared_words(data_dir, tmp_path, capsys):
    """The default: every shared word, no private or confidential one, and the count of what
    stayed out both at the end of the file and on the terminal."""
    out = tmp_path / "ada.md"
    assert _export(data_dir, "--pair", "ada", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert all(word in text for word in SHARED_WORDS)
    assert not any(word in text for word in WITHHELD)
    assert text.rstrip().endswith("ask for them by name when exporting.")
    printed = capsys.readouterr().out
    assert f"Exported 2 conversations of Ada & Ben to {out}." in printed
    assert "Left out: 2 private notes, 1 confidential note." in printed


@pytest.mark.parametrize("name", ["Ben", "ADA & BEN", "ben  &  ada", " ada "])
def test_a_pair_is_found_by_either_name_or_both_in_any_case(data_dir, tmp_path, name):
    """Either person's name, or "A & B" in either order, case and spacing aside."""
    assert _export(data_dir, "--pair", name, "--out", str(tmp_path / "x.html")) == 0
    assert "<!DOCTYPE html>" in (tmp_path / "x.html").read_text(encoding="utf-8")


def test_a_name_shared_by_two_pairs_lists_them_and_exports_nothing(data_dir, tmp_path, capsys):
    """Ada is in two pairs: both are listed, exit 1, no file; naming both people works."""
    _add_pair(data_dir, "Ada", "Cy")
    out = tmp_path / "x.md"
    assert _export(data_dir, "--pair", "Ada", "--out", str(out)) == 1
    error = capsys.readouterr().err
    assert '"Ada" matches more than one pair' in error
    assert "Ada & Ben (pair id 1, last met" in error and "Ada & Cy (pair id 2)" in error
    assert not out.exists()
    assert _export(data_dir, "--pair", "ada & cy", "--out", str(out)) == 0
    assert "No conversations yet." in out.read_text(encoding="utf-8")


def test_an_unknown_pair_is_refused_with_the_pairs_there_are(data_dir, tmp_path, capsys):
    """A typo lists the pairs instead of exporting nothing."""
    assert _export(data_dir, "--pair", "Zed", "--out", str(tmp_path / "x.md")) == 1
    assert "Ada & Ben" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("flags", "present"),
    [
        (["--include-private"], {PRIVATE_WORD}),
        (["--include-confidential"], {CONFIDENTIAL_WORD}),
        (["--include-private", "--include-confidential"], set(WITHHELD)),
    ],
)
def test_each_switch_adds_exactly_the_notes_it_names(data_dir, tmp_path, flags, present):
    """A private confidential note needs both switches; each switch alone adds its kind."""
    out = tmp_path / "x.md"
    assert _export(data_dir, "--pair", "Ada", "--out", str(out), *flags) == 0
    text = out.read_text(encoding="utf-8")
    assert {word for word in WITHHELD if word in text} == present


def test_an_existing_file_is_replaced_only_with_force(data_dir, tmp_path, capsys):
    """Without --force the old file stays as it was; with it, the export replaces it."""
    out = tmp_path / "x.md"
    out.write_text("keep me", encoding="utf-8")
    assert _export(data_dir, "--pair", "Ada", "--out", str(out)) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert _export(data_dir, "--pair", "Ada", "--out", str(out), "--force") == 0
    assert SHARED_WORD in out.read_text(encoding="utf-8")


def test_one_conversation_by_id(data_dir, tmp_path):
    """--conversation exports that conversation alone."""
    out = tmp_path / "one.md"
    assert _export(data_dir, "--conversation", "2", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert "10 June 2024" in text and SHARED_WORD not in text


def test_ids_that_name_nothing_are_reported(data_dir, tmp_path, capsys):
    """A missing conversation or pair id fails with a message, exit 1."""
    assert _export(data_dir, "--conversation", "99", "--out", str(tmp_path / "x.md")) == 1
    assert _export(data_dir, "--pair-id", "99", "--out", str(tmp_path / "x.md")) == 1
    error = capsys.readouterr().err
    assert "no conversation with id 99" in error and "no pair with id 99" in error


def test_the_format_comes_from_the_extension_unless_given(data_dir, tmp_path, capsys):
    """`.txt` says nothing about the format: refused; --format md makes it Markdown."""
    out = tmp_path / "x.txt"
    assert _export(data_dir, "--pair", "Ada", "--out", str(out)) == 1
    assert "--format" in capsys.readouterr().err
    assert _export(data_dir, "--pair", "Ada", "--out", str(out), "--format", "md") == 0
    assert out.read_text(encoding="utf-8").startswith("# Ada & Ben")


def test_a_data_folder_with_no_notes_is_explained(tmp_path, capsys):
    """Nothing to export yet: a message, not a traceback, and no database is made."""
    empty = tmp_path / "empty"
    assert _export(empty, "--pair", "Ada", "--out", str(tmp_path / "x.md")) == 1
    assert "no conversations to export yet" in capsys.readouterr().err
    assert not empty.exists()


def test_the_export_leaves_the_database_unchanged(data_dir, tmp_path):
    """The database is opened read-only: its bytes are the same after an export."""
    db = data_dir / "belonging.sqlite3"
    before = db.read_bytes()
    assert _export(data_dir, "--pair", "Ada", "--out", str(tmp_path / "x.md")) == 0
    assert db.read_bytes() == before


def test_notes_under_a_passphrase_are_exported_once_it_is_given(
    data_dir, tmp_path, monkeypatch, capsys
):
    """Encrypted notes: the right passphrase on standard input exports them (and the user
    is told the export is not encrypted); a wrong one exports nothing."""
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)  # real SQLCipher, quicker key
    opened = open_data_folder(data_dir)
    try:
        set_passphrase(opened, "a lighthouse at dawn")
    finally:
        opened.close()
    out = tmp_path / "x.md"
    monkeypatch.setattr("sys.stdin", io.StringIO("not it\n"))
    assert _export(data_dir, "--pair", "Ada", "--out", str(out), "--passphrase-stdin") == 1
    assert "does not open" in capsys.readouterr().err
    assert not out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("a lighthouse at dawn\n"))
    assert _export(data_dir, "--pair", "Ada", "--out", str(out), "--passphrase-stdin") == 0
    assert "this export is not" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert SHARED_WORD in text and PRIVATE_WORD not in text


def test_a_pdf_in_process_holds_the_shared_words_only(data_dir, tmp_path, qapp):
    """The PDF's text (inflated and decoded) has the shared words and no withheld one."""
    out = tmp_path / "x.pdf"
    assert _export(data_dir, "--pair", "Ada", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert all(word in text for word in SHARED_WORDS)
    assert not any(word in text for word in WITHHELD)


def test_the_installed_command_writes_a_pdf_without_a_display(data_dir, tmp_path):
    """A real process, no display: Qt starts offscreen by itself for the PDF."""
    out = tmp_path / "history.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["BELONGING_DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "belonging", "export", "--pair", "Ben & Ada", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Left out: 2 private notes, 1 confidential note." in result.stdout
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert SHARED_WORD in pdf_text(data) and PRIVATE_WORD not in pdf_text(data)
