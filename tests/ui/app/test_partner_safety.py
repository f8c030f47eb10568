"""Safe for the one with less power, through the real window: private notes stay hidden
until shown on purpose, the partner's check-ins are kept only as the partner agrees, and a
start deeper than the pair has been needs both to say yes, privately."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.repositories import (
    check_ins_for_conversation,
    conversations_for_pair,
    shown_prompts,
)
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import (
    answer_privately,
    answer_wrap_up_now,
    begin_conversation,
    choose_in,
    click,
    prompt_words,
    settle,
    window_of,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SECRET = "Alex seemed nervous about the reorganisation"


def _finish(qtbot, app, window, answer=lambda question, person: None) -> None:
    click(qtbot, window.conversation.buttons[Command.WRAP_UP])
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    answer_privately(qtbot, window.wrap_up.closing_round, answer)
    click(qtbot, window.wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    settle(qtbot, app)


def _search(qtbot, window, words: str) -> list[str]:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.search
    search.set_query(words)
    ticket = search.search_now()
    qtbot.waitUntil(lambda: search.latest_ticket() == ticket and "Searching" not in
                    search.status_label.text(), timeout=5000)  # fmt: skip
    # A card added to a shown page is shown on the next turn of the event loop.
    qtbot.waitUntil(
        lambda: all(hit.isVisible() for hit in search.findChildren(QWidget, "searchHit"))
    )
    return [
        label.accessibleName()
        for label in search.findChildren(type(search.status_label))
        if label.isVisible() and label.accessibleName().startswith(("Note", "Private note"))
    ]


def test_search_on_a_fresh_start_shows_no_private_note_until_shown(start_app, data_dir, qtbot):
    """A private note written in a conversation is not found by search after a restart —
    the screen may be shared — until the owner shows private notes on purpose."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    notes = window.conversation.notes_panel
    assert not notes.private_note.isVisible()
    window.set_shared_screen(False)  # the owner shows them, on purpose, to write one
    qtbot.keyClicks(notes.private_note.editor, SECRET)
    _finish(qtbot, app, window)
    window.close()

    again = start_app(data_dir)
    window = window_of(again)
    assert window.is_shared_screen()
    assert _search(qtbot, window, "nervous") == []
    window.show_private_action.trigger()  # outside a conversation: shown at once
    assert [hit for hit in _search(qtbot, window, "nervous") if "Private note" in hit]


def test_the_partners_check_ins_are_kept_only_when_the_partner_agrees(start_app, data_dir, qtbot):
    """Both answer how close they feel, before and after; the partner leaves "keep"
    unticked, as it is at first: only the owner's check-ins are in the database."""
    app = start_app(data_dir)
    window = window_of(app)
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    qtbot.keyClicks(window.setup.owner_name_edit, "Sam")
    qtbot.keyClicks(window.setup.partner_name_edit, "Alex")
    click(qtbot, window.setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    answer_privately(
        qtbot, window.check_in.round, lambda q, person: click(qtbot, q.circles.buttons[4])
    )
    click(qtbot, window.check_in.continue_button)

    def closing(question, person):
        click(qtbot, question.circles.buttons[5])
        if question.keep_box is not None:
            assert person.name == "Alex" and not question.keep_box.isChecked()

    _finish(qtbot, app, window, closing)
    window.close()
    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (conversation,) = conversations_for_pair(session=session, pair_id=1)
            kept = check_ins_for_conversation(session=session, conversation_id=conversation.id)
            assert sorted((c.person_id, c.moment, c.closeness) for c in kept) == [
                (1, "after", 5),
                (1, "before", 4),
            ]
    finally:
        engine.dispose()


def test_starting_deeper_than_before_needs_both_to_say_yes(start_app, data_dir, qtbot):
    """After a first conversation at level 1, the next set-up may choose level 2 to start;
    one private "not yet" and it starts at level 1, with nobody named."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    _finish(qtbot, app, window)

    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    assert setup.known_pair_radio.isChecked()
    setup.depth_combo.setCurrentIndex(1)  # level 2, deeper than the pair has been
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES, timeout=5000)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    answers = iter((0, 1))  # Sam: yes; Alex: not yet

    def start_answer(question, _person):
        assert question.start_group is not None
        choose_in(qtbot, question.start_group, next(answers))

    answer_privately(qtbot, window.check_in.round, start_answer)
    click(qtbot, window.check_in.continue_button)
    assert window.current_page() is Page.CONVERSATION
    assert window.conversation.level_label.text().startswith("Level 1 of 3")
    assert prompt_words(window) == "Which season do you like best?"


def test_a_stray_scroll_never_changes_the_starting_level(start_app, data_dir, qtbot):
    """Scrolling the set-up page over the level box leaves the level as it was."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    app = start_app(data_dir)
    window = window_of(app)
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    combo = window.setup.depth_combo
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    for _ in range(5):
        event = QWheelEvent(
            centre, QPointF(combo.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False,
        )  # fmt: skip
        QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before


def _everything_a_screen_reader_reaches(widget) -> str:
    """Every name, value, description and text in Qt's accessibility tree under `widget`:
    what Qt hands AT-SPI, and so what Orca can read."""
    from PySide6.QtGui import QAccessible

    said: list[str] = []
    pending = [QAccessible.queryAccessibleInterface(widget)]
    while pending:
        node = pending.pop()
        if node is None or not node.isValid():
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description):
            said.append(node.text(kind))
        text = node.textInterface()
        if text is not None:
            said.append(text.text(0, text.characterCount()))
        pending.extend(node.child(i) for i in range(node.childCount()))
    return "\n".join(said)


def test_while_paused_a_screen_reader_reaches_no_prompt_or_note(start_app, data_dir, qtbot):
    """Paused, the prompt and every note leave the accessibility tree, not only the screen;
    resumed, they are back as they were."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    prompt = prompt_words(window)
    notes = window.conversation.notes_panel
    qtbot.keyClicks(notes.prompt_note.editor, "We both grew up by the sea")
    window.set_shared_screen(False)
    qtbot.keyClicks(notes.private_note.editor, SECRET)
    before = _everything_a_screen_reader_reaches(window)
    assert prompt in before and "grew up by the sea" in before and SECRET in before

    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_P, CTRL)
    assert window.conversation.is_paused()
    paused = _everything_a_screen_reader_reaches(window)
    assert prompt not in paused
    assert "grew up by the sea" not in paused
    assert SECRET not in paused

    click(qtbot, window.conversation.pause_overlay.resume_button)
    after = _everything_a_screen_reader_reaches(window)
    assert prompt in after and "grew up by the sea" in after


LENDING_SCRIPT = """\
---
id: shared-stories
title: Shared stories
audience: anyone
turns: both
lend_prompts: yes
---

## Light

- Which smell takes you straight back to childhood?
- What is a song you know every word of?

## Deeper

- What is something you only learned late?
"""


def test_a_depth_talked_through_goes_on_with_other_scripts(start_app, data_dir, scripts_dir, qtbot):
    """Staying light until the script's light prompts run out, the pair is offered More at
    this depth: a light prompt of another script, said where it comes from, and kept with
    its words in the conversation's record."""
    (scripts_dir / "shared-stories.md").write_text(LENDING_SCRIPT, encoding="utf-8")
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    assert view.prompt_card.lent_label.isHidden()
    while window.current_page() is Page.CONVERSATION:
        click(qtbot, view.buttons[Command.NEXT])
    deeper = window.deeper
    if deeper.stay_button.isVisible():  # the level's planned time is up; they stay
        click(qtbot, deeper.stay_button)
        while window.current_page() is Page.CONVERSATION:
            click(qtbot, view.buttons[Command.NEXT])
    assert window.current_page() is Page.DEEPER
    assert deeper.title_label.text() == "You have talked through this depth"
    assert deeper.more_button.isVisible() and not deeper.stay_button.isVisible()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: window.current_page() is Page.CONVERSATION)  # a click, animated
    assert prompt_words(window) == "Which smell takes you straight back to childhood?"
    assert view.level_label.text().startswith("Level 1 of 3")
    assert view.prompt_card.lent_label.text() == "More at this depth, from “Shared stories”"
    qtbot.keyClicks(view.notes_panel.prompt_note.editor, "Cut grass, both of us")
    _finish(qtbot, app, window)
    window.close()

    engine = create_database_engine(database_path(data_dir))
    try:
        with session_scope(engine) as session:
            (conversation,) = conversations_for_pair(session=session, pair_id=1)
            shown = {
                row.prompt_id: row.text
                for row in shown_prompts(session=session, conversation_id=conversation.id)
            }
    finally:
        engine.dispose()
    lent = [pid for pid in shown if pid.startswith("shared-stories:")]
    assert [shown[pid] for pid in lent] == ["Which smell takes you straight back to childhood?"]
