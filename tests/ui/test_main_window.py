"""The main window and the application around it: pages, menus, Shared screen, Help, and
how the application names itself and finds its translations."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from belonging.ui.accessibility import announcer
from belonging.ui.app import app_icon, configure_application, install_translators
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import SHORTCUTS
from belonging.ui.views.home_view import HomeView

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def _menu(window, title: str):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [a for a in action.menu().actions() if not a.isSeparator()]
    raise AssertionError(f"no {title} menu")


def test_the_window_opens_on_home(window):
    """A new window shows Home, titled Belonging, and every page is in its stack."""
    assert window.isVisible()
    assert window.windowTitle() == "Belonging"
    assert window.current_page() is Page.HOME
    for page in Page:
        window.show_page(page)
        assert window.current_page() is page
        assert window.page_widget(page).isVisible()


def test_menus_offer_quit_view_switches_and_help(window):
    """File ▸ Search, Archived pairs, Scripts, Import, Settings, Privacy, Lock, Quit; View ▸
    Larger text, Show my private notes and Presentation mode (checkable); Help ▸ the
    heavy-moment card, shortcuts, About."""
    assert [a.text() for a in _menu(window, "File")] == [
        "&Search notes and prompts…",
        "&Archived pairs…",
        "S&cripts",
        "&Import a question list…",
        "Se&ttings…",
        "&Privacy…",
        "&Lock",
        "&Quit",
    ]
    view = {a.text().split("\t")[0]: a for a in _menu(window, "View")}
    assert view["&Larger text"].isCheckable() and view["Show my &private notes"].isCheckable()
    assert "&Normal text size" in view
    assert view["Pr&esentation mode"].isCheckable()
    assert [a.text().split("\t")[0] for a in _menu(window, "Help")] == [
        "When something &heavy comes up…",
        "&Keyboard shortcuts",
        "&About Belonging",
    ]


def test_quit_closes_the_window(window, qtbot):
    """File ▸ Quit closes the window, telling the controllers first."""
    with qtbot.waitSignal(window.closing, timeout=1000):
        window.quit_action.trigger()
    assert not window.isVisible()


def test_private_notes_are_hidden_from_the_start_everywhere(window):
    """A fresh window hides private notes on every page, before any conversation: a screen
    may be shared at any time."""
    assert window.is_shared_screen()
    assert not window.show_private_action.isChecked()
    window.show_page(Page.CONVERSATION)
    assert not window.conversation.notes_panel.private_note.isVisible()


def test_showing_private_notes_is_deliberate_and_ends_with_a_conversation(window, qtbot):
    """Show my private notes shows them (outside a conversation, at once); entering a
    conversation hides them again."""
    window.show_private_action.trigger()
    assert not window.is_shared_screen() and window.show_private_action.isChecked()
    with qtbot.waitSignal(window.shared_screen_changed, timeout=1000) as blocker:
        window.show_page(Page.CONVERSATION)
    assert blocker.args == [True]
    assert not window.show_private_action.isChecked()
    assert not window.conversation.notes_panel.private_note.isVisible()


def test_showing_private_notes_mid_conversation_asks_first(window, qtbot):
    """During a conversation, showing private notes asks; keeping them hidden changes
    nothing, and saying yes shows them."""
    window.show_page(Page.CONVERSATION)
    window.show_private_action.trigger()
    asking = window.private_notes.asking
    assert asking is not None and asking.isVisible()
    assert window.is_shared_screen() and not window.show_private_action.isChecked()
    (keep,) = [b for b in asking.buttons() if b.text() == "Keep them hidden"]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert window.is_shared_screen()
    window.show_private_action.trigger()
    (show,) = [b for b in window.private_notes.asking.buttons() if b.text() == "Show them"]
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert not window.is_shared_screen()
    assert window.conversation.notes_panel.private_note.isVisible()


def test_shown_private_notes_hide_themselves_after_a_while(window, qtbot, monkeypatch):
    """Private notes shown on purpose hide again by themselves after a few minutes."""
    window.private_notes._timer.setInterval(50)
    window.show_private_action.trigger()
    assert not window.is_shared_screen()
    qtbot.waitUntil(window.is_shared_screen, timeout=2000)
    assert not window.show_private_action.isChecked()


def test_showing_and_hiding_private_notes_is_heard(window, qtbot):
    """The menu's tick is silent to a screen reader: turning Shared screen off and on by
    its keys is announced each time."""
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        qtbot.keyClick(
            window,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert not window.is_shared_screen()
        qtbot.keyClick(
            window,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.is_shared_screen()
    finally:
        announcer().announced.disconnect(heard.append)
    assert heard == [
        "Private notes showing. They hide again by themselves in 5 minutes.",
        "Private notes hidden.",
    ]


def test_help_lists_every_shortcut(window):
    """Help ▸ Keyboard shortcuts shows each row of the table with its keys."""
    dialog = window.show_shortcuts_help()
    try:
        rows = dialog.rows()
        assert len(rows) == len(SHORTCUTS)
        assert ("Next prompt", "Ctrl+Return or Ctrl+Enter", "During a conversation") in rows
        assert ("Pause, or resume after a pause", "Ctrl+P or F5", "During a conversation") in rows
    finally:
        dialog.close()


def test_the_application_names_itself(qapp):
    """Name, organisation, desktop file and icon are set for the desktop to find; the desktop
    file name is the one packaging installs, so the desktop matches the window to its icon."""
    configure_application(qapp)
    assert QCoreApplication.applicationName() == "Belonging"
    packaged = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    (desktop_entry,) = packaged.glob("*.desktop")
    assert QGuiApplication.desktopFileName() == desktop_entry.stem
    assert not app_icon().isNull()
    assert not qapp.windowIcon().isNull()


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_a_compiled_translation_is_used(qapp, tmp_path):
    """A belonging_<lang>.qm in the translations folder translates the window's words."""
    source = tmp_path / "belonging_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr">\n<context><name>HomeView</name>\n'
        "<message><source>Conversation scripts</source>"
        "<translation>Scripts de conversation</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), str(source)], check=True, capture_output=True)
    translators = install_translators(qapp, QLocale("fr"), folder=tmp_path)
    try:
        assert translators
        assert HomeView().scripts_heading.text() == "Scripts de conversation"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert HomeView().scripts_heading.text() == "Conversation scripts"


def test_a_language_without_a_catalogue_stays_in_english(qapp, tmp_path):
    """No .qm for the language: nothing is installed and nothing breaks."""
    assert install_translators(qapp, QLocale("sw"), folder=tmp_path) == []
    assert HomeView().scripts_heading.text() == "Conversation scripts"


def test_pages_are_built_when_first_wanted(qtbot, settings, theme):
    """The window opens with Home alone; a page built later while the screen is shared
    still hides the private notes."""
    from belonging.ui.main_window import MainWindow

    window = MainWindow(settings, theme)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.count() == 1
    assert window.current_page() is Page.HOME
    window.set_shared_screen(True)
    window.show_page(Page.WRAP_UP)
    window.show_page(Page.CONVERSATION)
    assert window.stack.count() == 3
    assert window.current_page() is Page.CONVERSATION
    assert not window.conversation.notes_panel.private_note.isVisible()
    window.set_shared_screen(False)
    assert window.conversation.notes_panel.private_note.isVisible()
