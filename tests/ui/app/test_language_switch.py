"""Changing language between two starts loses nothing: a conversation begun in English and
interrupted goes on, after a start in Spanish, with the very prompts it began with, while
the window around it speaks Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from belonging.core.engine import ManualClock
from belonging.languages import ENGLISH, SPANISH
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.language import stop_using, use_language
from belonging.ui.main_window import Page
from support.flow import click, prompt_words, settle, window_of

SCRIPT = "weekly-check-in"


@pytest.fixture
def start(qtbot, theme, qapp):
    """Starts the app in a language on the real built-in scripts; closes all, English after."""
    started: list[AppController] = []
    installed = []
    before = QLocale()

    def start_in(data_dir, language: str, *, wait: bool = True) -> AppController:
        installed.extend(use_language(qapp, language))
        app = AppController(data_dir, theme=theme, clock=ManualClock(), language=language)
        started.append(app)
        app.start()
        if not wait:
            return app
        qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
        qtbot.addWidget(app.window)
        qtbot.waitExposed(app.window)
        # Home may come from the first look before the rest of the app joins it.
        qtbot.waitUntil(
            lambda: app.navigator is not None and app.navigator.home.loaded, timeout=10_000
        )
        return app

    yield start_in
    for app in started:
        if app.window is not None and app.window.isVisible():
            app.window.close()
        app.close()
    stop_using(qapp, installed)
    QLocale.setDefault(before)


def test_a_conversation_begun_in_english_goes_on_after_a_start_in_spanish(start, data_dir, qtbot):
    """Begun in English and quit; started again in Spanish: Home offers to continue, and the
    conversation shows the same English prompt, inside a Spanish window."""
    app = start(data_dir, ENGLISH)
    window = window_of(app)
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    qtbot.keyClicks(setup.owner_name_edit, "Ana")
    qtbot.keyClicks(setup.partner_name_edit, "Luis")
    setup.select_script(SCRIPT)
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES, timeout=10_000)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    click(qtbot, window.check_in.skip_button)
    assert window.current_page() is Page.CONVERSATION
    began_with = prompt_words(window)
    assert app.navigator.live.script.title == "A weekly check-in"
    settle(qtbot, app)
    window.close()

    again = start(data_dir, SPANISH)
    window = window_of(again)
    home = window.home
    qtbot.waitUntil(lambda: home.resume_banner.isVisible(), timeout=10_000)
    assert home.resume_button.text() == "&Continuar"
    click(qtbot, home.resume_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CONVERSATION, timeout=10_000)
    assert prompt_words(window) == began_with
    assert window.conversation.level_label.text().startswith("Nivel 1 de 3")
    assert again.navigator.live.script.title == "A weekly check-in"


def test_a_second_copy_in_spanish_says_so_in_spanish(start, data_dir, qtbot):
    """The commonest refusal at a start, a folder already open, is worded in Spanish with its
    folder, and its one button quits."""
    with InstanceLock(data_dir):
        app = start(data_dir, SPANISH, wait=False)
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
        box = app.dialog
        assert box.text().startswith("Belonging ya está abierto con esta carpeta de datos")
        assert str(data_dir) in box.text()
        (quit_button,) = box.buttons()
        assert quit_button.text() == "Salir"
        click(qtbot, quit_button)
        qtbot.waitUntil(lambda: app.exit_code == 1)
    assert app.window is None
