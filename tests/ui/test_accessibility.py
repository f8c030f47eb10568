"""What a screen reader and a keyboard user get: names equal to labels, unique mnemonics, a
Tab order that follows the screen."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from belonging.ui.accessibility import IN_CONTEXT, strip_mnemonic
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from belonging.ui.shortcuts_dialog import KeyboardShortcutsDialog

_FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QListWidget)
_MNEMONIC = re.compile(r"&([^&\s])")


def _accessible_name(widget: QWidget) -> str:
    """The name a screen reader is given for `widget`.

    Qt on Linux hands a drop-down's current value over as its name and its label through a
    "labelled by" relation, so for drop-downs the widget's own accessible name is the label.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """The line edit inside a drop-down or date field, named through its owner."""
    return isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)


def _all_widgets(window) -> list[QWidget]:
    return [window, *window.findChildren(QWidget)]


def _named_as_it_reads(widget: QAbstractButton) -> bool:
    """Its name is its visible text; or, for one of several alike controls, that text then
    what it belongs to ("Strike out: the line")."""
    name, label = _accessible_name(widget), strip_mnemonic(widget.text())
    if widget.property(IN_CONTEXT):
        return name.startswith(f"{label}: ") and len(name) > len(label) + 2
    return name == label


def test_every_button_is_named_as_it_reads(filled_window):
    """Each button, check box and radio button's accessible name is its visible text (or
    starts with it, for one of several alike)."""
    wrong = [
        f"{type(w).__name__} {w.text()!r} is named {_accessible_name(w)!r}"
        for w in _all_widgets(filled_window)
        if isinstance(w, QAbstractButton) and w.text()
        if not _named_as_it_reads(w)
    ]
    assert wrong == []
    assert len([w for w in _all_widgets(filled_window) if isinstance(w, QAbstractButton)]) > 60


def test_buttons_without_words_have_a_name_too(filled_window):
    """A button that shows only an icon, such as the search field's clear button, still
    tells a screen reader what it does."""
    filled_window.search.query_edit.setText("bakery")
    unnamed = []
    for page in Page:
        filled_window.show_page(page)
        unnamed += [
            f"{page.value}: {type(w).__name__} in {type(w.parent()).__name__}"
            for w in _all_widgets(filled_window)
            if isinstance(w, QAbstractButton) and not w.text() and w.isVisible()
            if not _accessible_name(w)
        ]
    assert unnamed == []
    clear = filled_window.search.query_edit.findChild(QAbstractButton)
    assert _accessible_name(clear) == "Clear the search"


def test_alike_controls_on_a_page_are_told_apart(filled_window):
    """No two buttons or boxes of one page share a name: six "Use this script" buttons, or a
    "Strike out" box on every line, each say what they belong to."""
    clashes = []
    for page in Page:
        names = [
            _accessible_name(w)
            for w in filled_window.page_widget(page).findChildren(QAbstractButton)
            if w.text() and w.isVisibleTo(filled_window.page_widget(page))
        ]
        clashes += sorted({f"{page.value}: {n}" for n in names if names.count(n) > 1})
    assert clashes == []


def test_every_labelled_field_is_named_by_its_label(filled_window):
    """A field with a visible label is announced by that label's words."""
    buddies = [w for w in _all_widgets(filled_window) if isinstance(w, QLabel) and w.buddy()]
    assert len(buddies) > 10
    wrong = [
        f"{label.text()!r} labels a field named {_accessible_name(label.buddy())!r}"
        for label in buddies
        if _accessible_name(label.buddy()) != strip_mnemonic(label.text())
    ]
    assert wrong == []


def test_every_field_has_a_name(filled_window):
    """No text field, list or drop-down is left for a screen reader to call "edit"."""
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in _all_widgets(filled_window)
        if isinstance(w, _FIELDS) and not _is_part_of_another_control(w)
        if not _accessible_name(w).strip()
    ]
    assert unnamed == []


def test_the_shortcuts_dialog_is_named_too(qtbot, filled_window):
    """The Help page's table and button have names."""
    dialog = KeyboardShortcutsDialog(filled_window)
    qtbot.addWidget(dialog)
    assert _accessible_name(dialog.table) == "Keyboard shortcuts"
    for button in dialog.findChildren(QAbstractButton):
        if button.text():
            assert _accessible_name(button) == strip_mnemonic(button.text())


def _mnemonic_clashes(window, page: Page) -> list[str]:
    """The letters used twice on `page`, counting the menu bar's."""
    letters = [_MNEMONIC.search(a.text()).group(1).lower() for a in window.menuBar().actions()]
    for child in window.page_widget(page).findChildren(QWidget):
        text = ""
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        match = _MNEMONIC.search(text)
        if match:
            letters.append(match.group(1).lower())
    return sorted({f"{page.value}: {x}" for x in letters if letters.count(x) > 1})


def test_mnemonics_are_unique_on_each_page(filled_window):
    """Alt+letter does one thing on a page: no two of its controls nor the menus share one."""
    assert [clash for page in Page for clash in _mnemonic_clashes(filled_window, page)] == []


def _tab_sequence(start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, pressing it `count` times as a user would."""
    from pytestqt.qtbot import QtBot

    start.setFocus()
    visited = [start]
    for _ in range(count):
        QtBot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


@pytest.fixture
def active_window(filled_window, qtbot):
    """The filled window, active, so that keyboard focus moves for real."""
    with qtbot.waitActive(filled_window):
        filled_window.activateWindow()
    return filled_window


def test_tab_moves_through_the_conversation_in_screen_order(active_window):
    """From the prompt, Tab reaches "More to ask", "When something heavy comes up" under the
    card, then the buttons left to right, then the notes."""
    active_window.show_page(Page.CONVERSATION)
    view = active_window.conversation
    sequence = _tab_sequence(view.prompt_card.prompt_label, 11)
    expected = [
        view.prompt_card.prompt_label,
        view.prompt_card.follow_ups_button,
        view.heavy_moment_button,
        *(
            view.buttons[c]
            for c in (
                Command.PAUSE,
                Command.TOO_MUCH,
                Command.BACK,
                Command.SKIP,
                Command.PARK,
                Command.WRAP_UP,
                Command.NEXT,
            )
        ),
        view.notes_panel.prompt_note.preview_button,
        view.notes_panel.prompt_note.editor,
    ]
    assert sequence == expected


def test_tab_moves_through_the_ground_rules_in_reading_order(active_window, choose):
    """Each person's box, then Back, then Continue."""
    active_window.show_page(Page.GROUND_RULES)
    rules = active_window.ground_rules
    choose(rules.first_check)
    choose(rules.second_check)
    sequence = _tab_sequence(rules.first_check, 3)
    assert sequence == [
        rules.first_check,
        rules.second_check,
        rules.back_button,
        rules.continue_button,
    ]
