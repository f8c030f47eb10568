"""The wrap-up page over a conversation: the shared notes are read back with the words typed
last, decisions are kept as they are made, and "Save and finish" keeps the rest, deletes
the struck lines and closes the conversation."""

from __future__ import annotations

import pytest

from belonging.application.note_keys import CONVERSATION_NOTE, prompt_note
from belonging.core.engine import Action
from belonging.storage import repositories as repo
from belonging.storage.database import new_session
from belonging.ui.controllers.wrap_up_controller import WrapUpController
from belonging.ui.pages import Page
from belonging.ui.views.wrap_up_view import WrapUpView
from conftest import new_live, settle
from support.flow import click


@pytest.fixture
def builtin_scripts(test_scripts):
    """The small three-level test script."""
    return test_scripts


@pytest.fixture
def wrapping(qtbot, theme, services, shown):
    """A conversation with two shared notes typed, at its wrap-up, the page on screen."""
    live = new_live(services)
    live.begin({})
    live.edit_note(prompt_note(live.engine.current_prompt.id), "Keep this line.")
    live.edit_note(CONVERSATION_NOTE, "Strike this line.")
    live.act(Action.WRAP_UP)
    view = WrapUpView()
    qtbot.addWidget(view)
    view.resize(1180, 780)
    view.show()
    qtbot.waitExposed(view)
    controller = WrapUpController(view, services, shown)
    controller.begin(live)
    yield controller, view, live
    controller.end()
    live.stop()


def _lines(qtbot, view) -> dict[str, object]:
    read_back = view.read_back
    qtbot.waitUntil(lambda: len(read_back.line_ids()) == 2, timeout=5000)
    return {read_back.line_label(i).text(): i for i in read_back.line_ids()}


def _stored(services, live):
    with new_session(services.workspace.db) as session:
        conversation = repo.get_conversation(session=session, conversation_id=live.conversation_id)
        notes = repo.notes_for_conversation(
            session=session, conversation_id=live.conversation_id, include_private=True
        )
        follow_ups = repo.follow_ups_for_conversation(
            session=session, conversation_id=live.conversation_id
        )
    return conversation, notes, follow_ups


def test_the_notes_typed_last_are_read_back(qtbot, wrapping, shown):
    """Both shared notes, typed a moment before, are on the page to be read back."""
    _controller, view, _live = wrapping
    assert shown.last is Page.WRAP_UP
    assert set(_lines(qtbot, view)) == {"Keep this line.", "Strike this line."}


def test_finishing_keeps_marks_and_follow_ups_and_deletes_struck_lines(qtbot, wrapping, services):
    """A confidential mark and a follow-up are kept; a removed follow-up and a struck line
    are not; the conversation is closed."""
    controller, view, live = wrapping
    lines = _lines(qtbot, view)
    click(qtbot, view.read_back.confidential_box(lines["Keep this line."]))
    click(qtbot, view.read_back.strike_box(lines["Strike this line."]))
    editor = view.follow_up_editor
    for text in ("First follow-up", "Second follow-up"):
        qtbot.keyClicks(editor.text_edit, text)
        click(qtbot, editor.add_button)
    (remove,) = [
        b
        for b in editor.findChildren(type(editor.add_button))
        if b.accessibleName() == "Remove: First follow-up"
    ]
    click(qtbot, remove)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        click(qtbot, view.finish_button)
    assert finished.args == [live.conversation_id]
    settle(qtbot, services)
    conversation, notes, follow_ups = _stored(services, live)
    assert conversation.ended_at is not None
    assert [(n.text, n.confidential) for n in notes] == [("Keep this line.", True)]
    assert [f.text for f in follow_ups] == ["Second follow-up"]
