"""The window's language: it follows the system, View ▸ Language chooses another for the next
start (said in the language chosen), and dates and the window's words follow it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from belonging.languages import SETTINGS_FILE, saved_choice
from belonging.ui.language import current_language, stop_using, use_language
from belonging.ui.settings import Settings
from belonging.ui.views.describe import long_date
from belonging.ui.views.home_view import HomeView


@pytest.fixture
def speaking(qapp):
    """A function that makes the application speak a language; English is put back after."""
    before = QLocale()
    installed = []

    def speak(language: str) -> None:
        installed.extend(use_language(qapp, language))

    yield speak
    stop_using(qapp, installed)
    QLocale.setDefault(before)


def _notice(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "language_notice")
    return box if box is not None and box.isVisible() else None


def test_a_start_in_spanish_words_the_window_and_its_dates_in_spanish(speaking):
    """Spanish installed: the window's words and its long dates are Spanish; nothing else
    needed for a page built afterwards."""
    speaking("es")
    assert current_language() == "es"
    assert HomeView().scripts_heading.text() == "Guiones de conversación"
    assert long_date(date(2025, 3, 12)) == "miércoles, 12 de marzo de 2025"


def test_the_language_menu_offers_the_system_and_each_language_in_its_own_words(window):
    """View ▸ Language lists System language, English and Español, one checked: the saved
    choice (System at first)."""
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions()] == ["&System language", "English", "Español"]
    assert [c for c, a in menu.actions.items() if a.isChecked()] == ["system"]
    view_items = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    assert menu.menu.menuAction() in view_items[0].actions()


def test_choosing_spanish_is_kept_and_announced_in_spanish(window, settings, data_dir, qtbot):
    """Español is remembered in the data folder's settings, read back by a new start and by
    the command line, and the person is told in Spanish that it applies from the next start."""
    window.language_menu.actions["es"].trigger()
    qtbot.waitUntil(lambda: _notice(window) is not None)
    box = _notice(window)
    assert box.text().startswith("Belonging estará en español la próxima vez que lo abras.")
    assert [b.text() for b in box.buttons()] == ["Entendido"]
    assert Settings(data_dir).language == "es"
    assert saved_choice(data_dir) == "es"
    assert window.language_menu.actions["es"].isChecked()
    assert current_language() == "en"  # this start goes on in English


def test_choosing_english_in_a_spanish_window_says_so_in_english(speaking, window, qtbot):
    """From Spanish, English is announced in English, for whoever chose it."""
    speaking("es")
    window.language_menu.actions["en"].trigger()
    qtbot.waitUntil(lambda: _notice(window) is not None)
    assert _notice(window).text().startswith("Belonging will be in English the next time")
    assert [b.text() for b in _notice(window).buttons()] == ["OK"]


def test_choosing_the_language_already_spoken_needs_no_word(window, data_dir):
    """English chosen in an English window: remembered, and nothing to announce."""
    window.language_menu.actions["en"].trigger()
    # A notice opens while the choice is handled (box.open), before trigger() returns.
    assert _notice(window) is None
    assert window.findChild(QMessageBox, "language_notice") is None
    assert Settings(data_dir).language == "en"


def test_a_hand_edited_language_reads_as_the_system(data_dir):
    """A language Belonging does not speak, written in the settings by hand, means System."""
    (data_dir / SETTINGS_FILE).write_text("[view]\nlanguage=klingon\n", encoding="utf-8")
    assert Settings(data_dir).language == "system"
    assert saved_choice(data_dir) == "system"


_START = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from belonging.ui.language import resolve_language, use_language
    from belonging.ui.settings import Settings
    from belonging.ui.views.home_view import HomeView

    app = QApplication(["belonging", "-platform", "offscreen"])
    language = resolve_language(Settings(sys.argv[1]).language)  # as run_app does
    use_language(app, language)
    home = HomeView()
    print(language, home.scripts_heading.text(), sep="|")
    """
)


@pytest.mark.parametrize(
    ("lang", "choice", "expected"),
    [
        ("es_ES.UTF-8", None, "es|Guiones de conversación"),
        ("es_MX.UTF-8", None, "es|Guiones de conversación"),
        ("fr_FR.UTF-8", None, "en|Conversation scripts"),
        ("C.UTF-8", "es", "es|Guiones de conversación"),
        ("es_ES.UTF-8", "en", "en|Conversation scripts"),
    ],
)
def test_a_start_follows_the_system_unless_a_language_was_chosen(data_dir, lang, choice, expected):
    """Started with LANG=es_ES.UTF-8 (or Mexican Spanish) the window speaks Spanish; another
    language it does not speak gives English; a choice made in View ▸ Language wins."""
    if choice:
        (data_dir / SETTINGS_FILE).write_text(f"[view]\nlanguage={choice}\n", encoding="utf-8")
    env = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _START, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == expected


def test_every_builtin_topic_is_named_in_words(speaking):
    """Each topic tag the built-in scripts use (in either language) has a name, and in
    Spanish a Spanish one: a pair chooses its off-limits topics by reading them."""
    from belonging.core.scripts.library import ScriptLibrary
    from belonging.ui.topic_names import TOPIC_NAMES, topic_name

    tags = {
        tag
        for language in ("en", "es")
        for script in ScriptLibrary(language=language).scripts
        for level in script.levels
        for prompt in level.prompts
        for tag in prompt.topics
    }
    assert tags <= set(TOPIC_NAMES)
    assert topic_name("money") == "money"
    assert topic_name("my-own-tag") == "my-own-tag"
    speaking("es")
    assert topic_name("money") == "dinero"
    assert all(topic_name(tag) != tag for tag in tags)
    assert topic_name("my-own-tag") == "my-own-tag"
