"""Which language the command line speaks: the window's saved choice, else the system's as
gettext reads it, else English."""

import pytest

from belonging.languages import (
    SETTINGS_FILE,
    environment_language,
    language_for,
    saved_choice,
    supported_language,
)


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("es", "es"),
        ("es_ES.UTF-8", "es"),
        ("es-419", "es"),
        ("es_MX.utf8@euro", "es"),
        ("Spanish_Spain", "es"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR.UTF-8", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_a_locale_names_a_language_belonging_speaks_or_none(tag, language):
    """POSIX, BCP 47 and Windows names of Spanish are all Spanish; others are not spoken."""
    assert supported_language(tag) == language


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:es"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_AR.UTF-8"}, "es"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "es"}, "en"),
    ],
)
def test_the_environment_is_read_as_gettext_reads_it(environ, language):
    """LC_ALL, then LC_MESSAGES, then LANG; LANGUAGE lists preferences, except in the C
    locale; a language Belonging does not speak gives English."""
    assert environment_language(environ) == language


def test_the_windows_choice_wins_over_the_environment(tmp_path):
    """Español chosen in the window: the command line speaks Spanish even in an English
    terminal; System (or nothing saved) follows the terminal."""
    assert saved_choice(tmp_path) == "system"
    assert language_for(tmp_path, {"LANG": "es_ES.UTF-8"}) == "es"
    (tmp_path / SETTINGS_FILE).write_text("[view]\nlanguage=es\n", encoding="utf-8")
    assert language_for(tmp_path, {"LANG": "en_GB.UTF-8"}) == "es"
    (tmp_path / SETTINGS_FILE).write_text("[view]\nlanguage=system\n", encoding="utf-8")
    assert language_for(tmp_path, {"LANG": "en_GB.UTF-8"}) == "en"


def test_an_unreadable_settings_file_means_the_system(tmp_path):
    """Settings that are not an INI file are no reason to fail: the system decides."""
    (tmp_path / SETTINGS_FILE).write_bytes(b"\xff\xfe not a settings file [")
    assert saved_choice(tmp_path) == "system"
