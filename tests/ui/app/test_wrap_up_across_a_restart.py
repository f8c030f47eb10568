"""Wrap-up: what is decided is kept as it is decided (so quitting loses nothing), a struck
line waits for "Save and finish" (unticking it is the undo), and finishing keeps the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt

from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.repositories import (
    check_ins_for_conversation,
    conversations_for_pair,
    follow_ups_for_conversation,
    notes_for_conversation,
)
from belonging.ui.main_window import Page
from support.flow import (
    answer_privately,
    answer_wrap_up_now,
    begin_conversation,
    click,
    settle,
    window_of,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _to_wrap_up(qtbot, window) -> None:
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "Keep this line.")
    qtbot.keyClicks(notes.conversation_note.editor, "Strike this line.")
    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    assert window.current_page() is Page.WRAP_UP


def _lines(qtbot, window) -> dict[str, object]:
    read_back = window.wrap_up.read_back
    qtbot.waitUntil(lambda: len(read_back.line_ids()) == 2)
    return {read_back.line_label(i).text(): i for i in read_back.line_ids()}


def test_quitting_at_wrap_up_keeps_every_decision_but_a_pending_strike(start_app, data_dir, qtbot):
    """A follow-up, the owner's check-in and a confidential mark survive a quit; the
    partner's check-in, never agreed to, does not; a struck line is only struck at "Save and
    finish", so after the restart it is offered again, and finishing then keeps exactly one
    follow-up and deletes the struck line."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    _to_wrap_up(qtbot, window)
    wrap_up = window.wrap_up
    lines = _lines(qtbot, window)
    click(qtbot, wrap_up.read_back.confidential_box(lines["Keep this line."]))
    click(qtbot, wrap_up.read_back.strike_box(lines["Strike this line."]))
    qtbot.keyClicks(wrap_up.follow_up_editor.text_edit, "Lend Alex the book")
    click(qtbot, wrap_up.follow_up_editor.add_button)
    answer_privately(
        qtbot, wrap_up.closing_round, lambda q, person: click(qtbot, q.circles.buttons[3])
    )
    settle(qtbot, app)
    window.close()

    again = start_app(data_dir)
    window = window_of(again)
    click(qtbot, window.home.resume_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    wrap_up = window.wrap_up
    lines = _lines(qtbot, window)
    read_back = wrap_up.read_back
    assert read_back.confidential_box(lines["Keep this line."]).isChecked()
    assert not read_back.strike_box(lines["Strike this line."]).isChecked()
    assert [d.text for d in wrap_up.follow_up_editor.follow_ups()] == ["Lend Alex the book"]
    # What each chose stays hidden: the private round starts afresh.
    assert wrap_up.closing_round.current_person() is not None
    click(qtbot, read_back.strike_box(lines["Strike this line."]))
    click(qtbot, wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME)
    settle(qtbot, again)
    window.close()

    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (conversation,) = conversations_for_pair(session=session, pair_id=1)
            assert conversation.ended_at is not None
            notes = notes_for_conversation(
                session=session, conversation_id=conversation.id, include_private=True
            )
            assert [(n.text, n.confidential) for n in notes] == [("Keep this line.", True)]
            follow_ups = follow_ups_for_conversation(
                session=session, conversation_id=conversation.id
            )
            assert [f.text for f in follow_ups] == ["Lend Alex the book"]
            check_ins = check_ins_for_conversation(session=session, conversation_id=conversation.id)
            assert [(c.person_id, c.moment, c.closeness) for c in check_ins] == [(1, "after", 3)]
    finally:
        engine.dispose()
