"""The conversation page driven by keys and buttons: every command's key works from inside
a note, buttons follow what the engine allows, Deeper? can be declined, pacing stays gentle,
and what is typed is saved behind the typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from belonging.application.note_keys import CONVERSATION_NOTE
from belonging.core.engine import DEFAULT_CLOSING_TEXT, ConversationState
from belonging.storage import repositories as repo
from belonging.storage.database import new_session
from belonging.ui.controllers.conversation_controller import (
    ConversationController,
    ConversationViews,
)
from belonging.ui.pages import Page
from belonging.ui.presenters import conversation_presenter
from belonging.ui.shortcuts import Command
from belonging.ui.views.conversation_view import ConversationView
from belonging.ui.views.deeper_view import DeeperView
from belonging.ui.widgets.save_status import SaveState
from conftest import new_live, settle
from support.flow import answer_wrap_up_now, click, vote

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def builtin_scripts(test_scripts):
    """The small three-level test script."""
    return test_scripts


@pytest.fixture
def held(qtbot, theme, services, shown):
    """A conversation begun and attached to its two pages, the conversation page on screen."""
    views = ConversationViews(ConversationView(), DeeperView())
    for view in views:
        qtbot.addWidget(view)
    views.conversation.resize(1180, 780)
    views.conversation.show()
    qtbot.waitExposed(views.conversation)
    controller = ConversationController(views, services, shown)
    live = new_live(services)
    live.begin({})
    controller.attach(live)
    yield controller, views, live
    controller.detach()
    live.stop()


def _words(view: ConversationView) -> str:
    return view.prompt_card.prompt_label.accessibleName()


def test_every_command_key_works_while_typing_a_note(qtbot, held):
    """F5 pauses and resumes, F8 is "too much?", Ctrl+Shift+S skips, Ctrl+Shift+K parks,
    all with the focus in a note editor."""
    _controller, (view, _deeper), live = held
    editor = view.notes_panel.conversation_note.editor
    engine = live.engine

    qtbot.keyClick(editor, Qt.Key.Key_F5, NONE)
    assert view.is_paused() and engine.state is ConversationState.PAUSED
    assert not view.buttons[Command.NEXT].isEnabled()
    qtbot.keyClick(view.pause_overlay.resume_button, Qt.Key.Key_F5, NONE)
    assert not view.is_paused() and engine.state is ConversationState.PROMPT
    assert _words(view) == "What did you have for breakfast?"

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL_SHIFT)
    assert _words(view) == "Which season do you like best?"
    qtbot.keyClick(editor, Qt.Key.Key_F8, NONE)
    assert view.prompt_stack.currentWidget() is view.step_back_panel
    click(qtbot, view.step_back_panel.go_on_button)
    assert _words(view) == "What is on your desk right now?"
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL_SHIFT)
    summary = engine.summary
    assert (summary.prompts_skipped, summary.prompts_too_much, summary.prompts_parked) == (1, 1, 1)


def test_the_wrap_up_key_asks_once_then_goes_to_the_wrap_up(qtbot, held):
    """Ctrl+Shift+W from a note asks "Wrap up now?": Keep talking changes nothing, Wrap up
    goes there."""
    controller, (view, _deeper), live = held
    qtbot.keyClick(view.notes_panel.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    answer_wrap_up_now(qtbot, view, wrap_up=False)
    assert live.state is ConversationState.PROMPT
    qtbot.keyClick(view.notes_panel.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    with qtbot.waitSignal(controller.wrap_up_reached):
        answer_wrap_up_now(qtbot, view)
    assert live.state is ConversationState.WRAP_UP


def test_staying_at_this_depth_keeps_to_lighter_prompts(qtbot, held, shown):
    """Declining to go deeper shows the rest of this level, and the buttons stay in step
    with what the engine allows."""
    _controller, (view, deeper), live = held
    for _ in range(2):
        click(qtbot, view.buttons[Command.NEXT])
    assert shown.last is Page.DEEPER
    with qtbot.waitExposed(deeper):
        deeper.show()
    vote(qtbot, deeper, (True, False))  # one is ready; the other need not be
    assert shown.last is Page.CONVERSATION
    assert _words(view) == "What is on your desk right now?"
    assert view.level_label.text().startswith("Level 1 of 3")
    assert all(view.buttons[c].isEnabled() for c in (Command.NEXT, Command.SKIP, Command.PARK))
    assert view.deeper_again_button.isVisible()
    click(qtbot, view.buttons[Command.NEXT])
    # Nothing is left at this depth: a crossroads again, never a silent wrap-up.
    assert shown.last is Page.DEEPER and live.state is ConversationState.AWAITING_CONSENT
    assert live.engine.summary.depth_reached == 1


def test_ready_to_go_deeper_again_leads_to_the_ballot_and_deeper(qtbot, held, shown):
    """After staying, "Ready to go deeper?" is there; two private yeses go one level deeper."""
    _controller, (view, deeper), live = held
    for _ in range(2):
        click(qtbot, view.buttons[Command.NEXT])
    with qtbot.waitExposed(deeper):
        deeper.show()
    click(qtbot, deeper.stay_button)
    click(qtbot, view.deeper_again_button)
    assert shown.last is Page.DEEPER
    assert deeper.title_label.text() == "Ready to go deeper again?"
    # Two windows here (the app has one): the Deeper? page comes to the front, as it would.
    deeper.activateWindow()
    qtbot.waitUntil(deeper.isActiveWindow)
    vote(qtbot, deeper, (True, True))
    assert shown.last is Page.CONVERSATION
    assert view.level_label.text().startswith("Level 2 of 3")
    assert live.engine.depth == 2


def test_wrap_up_can_be_chosen_at_deeper(qtbot, held, shown):
    """Deeper? offers the wrap-up as calmly as going on."""
    controller, (view, deeper), live = held
    for _ in range(2):
        click(qtbot, view.buttons[Command.NEXT])
    with qtbot.waitExposed(deeper):
        deeper.show()
    click(qtbot, deeper.wrap_up_button)
    with qtbot.waitSignal(controller.wrap_up_reached):
        answer_wrap_up_now(qtbot, view)
    assert live.state is ConversationState.WRAP_UP


def test_the_pacing_hint_suggests_wrapping_up_near_the_planned_end(qtbot, held, clock):
    """Near the planned length the hint suggests wrapping up, in words, with no alarm."""
    _controller, (view, _deeper), _live = held
    assert not view.pacing_hint_label.isVisible()
    clock.advance(28 * 60)
    qtbot.waitUntil(lambda: view.pacing_hint_label.isVisible(), timeout=3000)
    assert "wrap up" in view.pacing_hint_label.text()
    assert view.time_label.text() == "28 of about 8 min at this level"


def test_typing_a_note_is_saved_and_the_line_says_so(qtbot, held, services):
    """What is typed in a note reaches the database behind the typing, and the line under
    the notes says Saved."""
    _controller, (view, _deeper), live = held
    qtbot.keyClicks(view.notes_panel.conversation_note.editor, "We both like autumn.")
    status = view.notes_panel.save_status
    qtbot.waitUntil(lambda: status.state() is SaveState.SAVED, timeout=5000)
    settle(qtbot, services, live)
    with new_session(services.workspace.db) as session:
        notes = repo.notes_for_conversation(
            session=session, conversation_id=live.conversation_id, include_private=False
        )
    assert [n.text for n in notes] == ["We both like autumn."]
    assert live.note_text(CONVERSATION_NOTE) == "We both like autumn."


def test_the_default_closing_prompt_is_marked_for_translation_in_the_same_words():
    """The UI's translatable copy of the engine's default closing prompt never drifts."""
    assert conversation_presenter._DEFAULT_CLOSING == DEFAULT_CLOSING_TEXT
