"""An unfinished conversation whose script changed since: carried on when its prompts are
still there (and the pair is told), else closed on request with every note kept."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.repositories import conversations_for_pair, notes_for_conversation
from belonging.storage.repositories.unfinished import NOT_CONTINUED_SUMMARY
from belonging.ui.main_window import Page
from support.flow import TEST_SCRIPT, begin_conversation, click, prompt_words, settle, window_of


def _interrupted(start_app, data_dir, qtbot) -> str:
    """A conversation with a note on its first prompt, left by closing the window."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    qtbot.keyClicks(window.conversation.notes_panel.prompt_note.editor, "Porridge, always.")
    words = prompt_words(window)
    settle(qtbot, app)
    window.close()
    return words


def test_a_changed_script_whose_prompts_remain_can_be_continued(
    start_app, data_dir, scripts_dir, qtbot
):
    """The banner says the script changed; Continue shows the same prompt and note."""
    words = _interrupted(start_app, data_dir, qtbot)
    script = scripts_dir / "test-walk.md"
    script.write_text(TEST_SCRIPT + "- One more deep question, added later?\n", encoding="utf-8")
    app = start_app(data_dir)
    window = window_of(app)
    home = window.home
    assert "script has changed since" in home.resume_detail_label.text()
    click(qtbot, home.resume_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CONVERSATION)
    assert prompt_words(window) == words
    assert window.conversation.notes_panel.prompt_note.text() == "Porridge, always."


def test_a_script_that_no_longer_fits_is_closed_keeping_its_notes(
    start_app, data_dir, scripts_dir, qtbot
):
    """With its first prompt gone from the script, the conversation cannot go on: Continue
    offers to close it; closing keeps the note and ends the conversation."""
    _interrupted(start_app, data_dir, qtbot)
    script = scripts_dir / "test-walk.md"
    script.write_text(
        TEST_SCRIPT.replace(
            "- What did you have for *breakfast*?\n    - Follow-up: Was it good?\n", ""
        ),
        encoding="utf-8",
    )
    app = start_app(data_dir)
    window = window_of(app)
    home = window.home
    assert "cannot go on" in home.resume_detail_label.text()
    click(qtbot, home.resume_button)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "close_unfinished") is not None)
    box = window.findChild(QMessageBox, "close_unfinished")
    (close,) = [b for b in box.buttons() if b.text().startswith("Close it")]
    click(qtbot, close)
    qtbot.waitUntil(lambda: not home.resume_banner.isVisible() and app.navigator.home.loaded)
    settle(qtbot, app)
    window.close()
    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (conversation,) = conversations_for_pair(session=session, pair_id=1)
            assert conversation.ended_at is not None
            assert conversation.summary == NOT_CONTINUED_SUMMARY
            notes = notes_for_conversation(
                session=session, conversation_id=conversation.id, include_private=True
            )
            assert [n.text for n in notes] == ["Porridge, always."]
    finally:
        engine.dispose()
