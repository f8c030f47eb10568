"""The smoke test's own checks catch what they are there to catch: a library that does not
resolve, a data folder without a database, a file that is not a database."""

import shutil
import sqlite3
from pathlib import Path

import PySide6
import pytest
from smoke_test import database_problems, elf_files, missing_libraries

needs_ldd = pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")


def _real_executable() -> Path:
    return Path(shutil.which("env") or "/usr/bin/env").resolve()


def test_elf_files_finds_programs_and_libraries_only(tmp_path):
    """Scripts, data and links are skipped; ELF programs are listed."""
    shutil.copy(_real_executable(), tmp_path / "program")
    (tmp_path / "notes.txt").write_text("not a program")
    (tmp_path / "link").symlink_to(tmp_path / "program")
    assert elf_files(tmp_path) == [tmp_path / "program"]


@needs_ldd
def test_a_library_whose_dependency_is_missing_is_reported(tmp_path):
    """The xcb plugin copied away from Qt's libraries cannot find libQt6XcbQpa: reported."""
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    (tmp_path / "_internal").mkdir()
    shutil.copy(plugin, tmp_path / "_internal" / "libqxcb.so")
    problems = missing_libraries(tmp_path)
    assert "_internal/libqxcb.so: libQt6XcbQpa.so.6" in problems


@needs_ldd
def test_a_bundle_whose_libraries_resolve_has_no_problems(tmp_path):
    """A program that needs only the system's C library passes."""
    shutil.copy(_real_executable(), tmp_path / "program")
    assert missing_libraries(tmp_path) == []


def test_a_data_folder_without_a_database_fails(tmp_path):
    """The window opened but nothing was written: that is a failure, not a pass."""
    assert database_problems(tmp_path) == [
        "no belonging.sqlite3 in the data folder after the window opened"
    ]


def test_a_file_that_is_not_sqlite_fails(tmp_path):
    """Whatever the app wrote must be an SQLite database."""
    (tmp_path / "belonging.sqlite3").write_text("hello")
    assert database_problems(tmp_path) == ["belonging.sqlite3 is not an SQLite database"]


def test_a_database_the_migrations_never_touched_fails(tmp_path):
    """A database without alembic_version means the migrations did not run in the bundle."""
    connection = sqlite3.connect(tmp_path / "belonging.sqlite3")
    connection.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    assert database_problems(tmp_path) == [
        "belonging.sqlite3 has no schema version: the migrations did not run"
    ]


def test_a_migrated_database_passes(tmp_path):
    """A sound database with a schema version passes every check."""
    connection = sqlite3.connect(tmp_path / "belonging.sqlite3")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()
    assert database_problems(tmp_path) == []
