"""The command line in the app's language: `scripts list` shows the library the window offers
(Spanish with the app in Spanish) and `export` writes its document in it; its own messages
stay English, like the diagnostics it prints for editors and CI."""

from __future__ import annotations

import pytest

from belonging.cli.main import main
from belonging.languages import SETTINGS_FILE
from belonging.storage.opening.startup import open_data_folder
from support.export import seed_history


def _listed(capsys, data_dir) -> list[list[str]]:
    assert main(["--data-dir", str(data_dir), "scripts", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows = lines[0], lines[1:]
    starts = [header.index(name) for name in ("ID", "TITLE", "LEVELS", "PROMPTS", "SOURCE")]
    ends = [*starts[1:], None]
    return [[line[a:b].strip() for a, b in zip(starts, ends, strict=True)] for line in rows]


@pytest.mark.parametrize(
    ("lang", "choice"), [("es_ES.UTF-8", None), ("C.UTF-8", "es"), ("es_MX.UTF-8", "system")]
)
def test_scripts_list_shows_the_spanish_library_with_the_app_in_spanish(
    capsys, monkeypatch, data_dir, lang, choice
):
    """A Spanish terminal, or Español chosen in the window: twelve or more built-in scripts
    and 330 or more prompts, all with Spanish titles."""
    monkeypatch.setenv("LANG", lang)
    if choice:
        (data_dir / SETTINGS_FILE).write_text(f"[view]\nlanguage={choice}\n", encoding="utf-8")
    rows = _listed(capsys, data_dir)
    builtin = [row for row in rows if row[4] == "built-in"]
    assert len(builtin) >= 12
    assert sum(int(row[3]) for row in builtin) >= 330
    titles = {row[0]: row[1] for row in builtin}
    assert titles["weekly-check-in"] == "Un repaso semanal"
    assert titles["defining-moments"] == "Momentos que nos marcaron"


def test_scripts_list_stays_english_when_english_is_chosen(capsys, monkeypatch, data_dir):
    """English chosen in the window wins over a Spanish terminal."""
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    (data_dir / SETTINGS_FILE).write_text("[view]\nlanguage=en\n", encoding="utf-8")
    rows = _listed(capsys, data_dir)
    titles = {row[0]: row[1] for row in rows}
    assert titles["weekly-check-in"] == "A weekly check-in"
    assert sum(int(row[3]) for row in rows if row[4] == "built-in") >= 330


def test_an_export_in_spanish_is_written_in_spanish(capsys, monkeypatch, tmp_path):
    """`belonging export` with the app in Spanish: the document's labels and dates are
    Spanish; what the command prints stays English."""
    data_dir = tmp_path / "data"
    opened = open_data_folder(data_dir)
    try:
        seed_history(opened.engine)
    finally:
        opened.close()
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    out = tmp_path / "ada.md"
    assert main(["--data-dir", str(data_dir), "export", "--pair", "ada", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Conversaciones guardadas en Belonging" in text
    assert "6 de mayo de 2024" in text
    assert "Lo que no se incluyó" in text
    assert "Conversations kept in Belonging" not in text
    assert "Exported 2 conversations of Ada & Ben" in capsys.readouterr().out
