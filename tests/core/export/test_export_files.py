"""Export files: suggested names, formats from extensions, and writing without surprises."""

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from belonging.core.export import (
    ExportExistsError,
    ExportFormat,
    LeftOut,
    describe_left_out,
    name_slug,
    suggested_file_stem,
    write_export_file,
)


def test_the_suggested_name_is_belonging_pair_date():
    """The default file name says what it is and when: belonging-<pair>-<date>."""
    assert suggested_file_stem("Ada & Ben", date(2025, 3, 12)) == "belonging-ada-ben-2025-03-12"


def test_names_keep_their_letters_but_lose_what_a_file_system_would_refuse():
    """Slashes, colons and spaces go; accented letters stay; an empty name still gives one."""
    assert name_slug("Zoë / O'Neil: team") == "zoë-o-neil-team"
    assert name_slug("***") == "export"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.md", ExportFormat.MARKDOWN),
        ("a.Markdown", ExportFormat.MARKDOWN),
        ("a.HTML", ExportFormat.HTML),
        ("a.htm", ExportFormat.HTML),
        ("a.pdf", ExportFormat.PDF),
        ("a.txt", None),
        ("a", None),
    ],
)
def test_the_format_follows_the_extension(name, fmt):
    """`--out notes.pdf` is enough to ask for a PDF."""
    assert ExportFormat.from_path(Path(name)) is fmt


def test_an_export_is_written_whole_and_readable_by_its_owner_only(tmp_path):
    """The file holds people's words: mode 0600, and no temporary file left beside it."""
    target = tmp_path / "export.md"
    write_export_file(target, "Zoë’s words\n")
    assert target.read_bytes() == "Zoë’s words\n".encode()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"]


def test_an_existing_file_is_kept_unless_replacing_it_was_asked_for(tmp_path):
    """Someone's only copy of something is never overwritten by accident."""
    target = tmp_path / "export.pdf"
    target.write_bytes(b"precious")
    with pytest.raises(ExportExistsError):
        write_export_file(target, b"%PDF")
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["export.pdf"]
    write_export_file(target, b"%PDF", overwrite=True)
    assert target.read_bytes() == b"%PDF"


def test_a_missing_folder_fails_and_leaves_nothing(tmp_path):
    """Writing into a folder that does not exist raises, with no stray file made."""
    with pytest.raises(OSError):
        write_export_file(tmp_path / "nope" / "x.md", "text")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("left_out", "line"),
    [
        (LeftOut(3, 2), "Left out: 3 private notes, 2 confidential notes"),
        (LeftOut(1, 0), "Left out: 1 private note"),
        (LeftOut(0, 1), "Left out: 1 confidential note"),
        (LeftOut(0, 0), "Nothing will be left out."),
    ],
)
def test_the_dialog_line_names_each_kind_left_out_with_its_count(left_out, line):
    """The export dialog's live line, in words and with singulars where they belong."""
    assert describe_left_out(left_out) == line
