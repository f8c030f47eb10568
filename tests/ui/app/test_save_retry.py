"""When the database refuses writes, nothing is lost: the page says so calmly, keeps the
words and the conversation's events, and saves them all once writes go through again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine, event

from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.repositories import load_events, notes_for_conversation
from belonging.storage.repositories.unfinished import unfinished_conversations
from belonging.ui.shortcuts import Command
from belonging.ui.widgets.save_status import SaveState
from support.flow import begin_conversation, click, prompt_words, settle, window_of


@contextmanager
def refusing_writes(engine: Engine) -> Iterator[None]:
    """Every INSERT, UPDATE or DELETE on `engine` fails as on a read-only folder."""

    def refuse(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("attempt to write a readonly database")

    event.listen(engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", refuse)


def test_refused_writes_are_kept_shown_and_retried(start_app, data_dir, qtbot):
    """Typing and moving on while writes fail: "Not saved yet", the events wait in memory;
    once writes work again, every event and every word reaches the database."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    settle(qtbot, app)
    view = window.conversation
    status = view.notes_panel.save_status
    db = app.workspace.db
    with refusing_writes(db):
        qtbot.keyClicks(view.notes_panel.prompt_note.editor, "Kept through the fault.")
        click(qtbot, view.buttons[Command.NEXT])
        assert prompt_words(window) == "Which season do you like best?"
        qtbot.waitUntil(lambda: status.state() is SaveState.NOT_SAVED, timeout=5000)
        assert "cannot be written to" in status.text()
        assert "kept on screen, retrying" in status.text()
        active = app.navigator.live
        qtbot.waitUntil(lambda: active.writes.count > 0)
    qtbot.waitUntil(lambda: status.state() is SaveState.SAVED, timeout=10_000)
    settle(qtbot, app)
    with session_scope(db) as session:
        stored = load_events(session=session, conversation_id=active.conversation_id)
        notes = notes_for_conversation(
            session=session, conversation_id=active.conversation_id, include_private=False
        )
    assert [e.seq for e in stored] == [e.seq for e in active.engine.events]
    assert [n.text for n in notes] == ["Kept through the fault."]


def test_closing_while_writes_fail_asks_and_can_stay_open(start_app, data_dir, qtbot):
    """Closing with words not yet saved asks first; "Stay open" keeps the window and its
    words, saving goes on, and the next close (now saved) goes through without asking."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    settle(qtbot, app)
    editor = window.conversation.notes_panel.prompt_note.editor
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        (stay,) = [b for b in box.buttons() if b.text() == "Stay open"]
        stay.click()

    with refusing_writes(app.workspace.db):
        qtbot.keyClicks(editor, "Not lost.")
        QTimer.singleShot(0, answer)
        window.close()
        assert window.isVisible()
        assert asked and "not saved yet" in asked[0] and "cannot be written to" in asked[0]
    status = window.conversation.notes_panel.save_status
    qtbot.waitUntil(lambda: status.state() is SaveState.SAVED, timeout=10_000)
    window.close()
    assert not window.isVisible()
    assert len(asked) == 1
    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (unfinished,) = unfinished_conversations(session=session)
            notes = notes_for_conversation(
                session=session, conversation_id=unfinished.conversation_id, include_private=True
            )
        assert [n.text for n in notes] == ["Not lost."]
    finally:
        engine.dispose()
