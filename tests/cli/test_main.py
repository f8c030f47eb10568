"""The `belonging` command's global contract: --version, --data-dir and its variable."""

import subprocess
import sys
from pathlib import Path

import pytest

from belonging import __version__
from belonging.cli.main import main
from belonging.paths import resolve_data_dir


def test_version_prints_the_installed_version(capsys):
    """`belonging --version` answers with the version and exits 0 without opening a window."""
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"belonging {__version__}"


def test_module_entry_point_matches_the_command():
    """`python -m belonging --version` works like the console script."""
    result = subprocess.run(
        [sys.executable, "-m", "belonging", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"belonging {__version__}"


def test_data_dir_option_wins_over_the_variable(tmp_path, monkeypatch):
    """--data-dir beats BELONGING_DATA_DIR, which beats the platform's user data folder."""
    monkeypatch.setenv("BELONGING_DATA_DIR", str(tmp_path / "from-variable"))
    assert resolve_data_dir(str(tmp_path / "from-option")) == tmp_path / "from-option"
    assert resolve_data_dir(None) == tmp_path / "from-variable"
    monkeypatch.delenv("BELONGING_DATA_DIR")
    default = resolve_data_dir(None)
    assert default.name == "Belonging"
    assert Path.home() in default.parents or default.is_absolute()


def test_a_reader_that_goes_away_gets_no_traceback():
    """`belonging scripts show ID | head` must not end in a BrokenPipeError traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "belonging", "scripts", "show", "defining-moments", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader leaves before a single byte is read
    stderr = process.stderr.read().decode()
    process.wait(timeout=30)
    assert "Traceback" not in stderr
    assert process.returncode in (0, 141)


def test_help_lists_every_command_and_an_unknown_one_is_refused(capsys):
    """`--help` names the subcommands, and a misspelt one is an error, not a window."""
    with pytest.raises(SystemExit) as shown:
        main(["--help"])
    assert shown.value.code == 0
    listed = capsys.readouterr().out
    for command in ("scripts", "backup", "restore", "export"):
        assert command in listed
    with pytest.raises(SystemExit) as refused:
        main(["--data-dir", "somewhere", "bakup"])
    assert refused.value.code == 2
    assert "invalid choice: 'bakup'" in capsys.readouterr().err
