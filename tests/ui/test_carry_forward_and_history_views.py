"""What last time carries into this one (take up, keep for later, let go), and a past
conversation read again, private notes only off a shared screen, opened at a note."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from belonging.application.continuity_rows import CarryChoice, HistoryNote, HistoryPrompt
from belonging.ui.views.carry_forward_view import CarryForwardView
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from support.continuity_samples import (
    CARRY_FOLLOW_UPS,
    CARRY_PARKED,
    CARRY_POINTS,
    RECORD,
    TODAY,
)


@pytest.fixture
def carry(qtbot, theme):
    """The page of what last time left, shown."""
    view = CarryForwardView()
    qtbot.addWidget(view)
    view.set_items(CARRY_PARKED, CARRY_FOLLOW_UPS)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def test_last_time_is_offered_with_keep_chosen(carry, visible_texts):
    """Parked prompts come under "Last time you parked:", follow-ups under their own
    heading, and nothing is decided until someone chooses."""
    texts = visible_texts(carry)
    assert "Last time you parked:" in texts
    assert "“When did you last feel out of your depth?”" in texts
    assert "Follow-ups still open:" in texts
    assert set(carry.choices().values()) == {CarryChoice.KEEP}
    labels = [button.text() for button in carry.buttons_for("m1").values()]
    assert labels == ["Take up", "Keep for later", "Let go"]


def test_choices_are_made_and_handed_on(carry, qtbot, choose):
    """Taking up the parked prompt and letting one follow-up go is what Continue gives."""
    with qtbot.waitSignal(carry.choice_changed) as changed:
        choose(carry.buttons_for("m1")[CarryChoice.TAKE_UP])
    assert changed.args == ["m1", CarryChoice.TAKE_UP]
    choose(carry.buttons_for("f2")[CarryChoice.LET_GO])
    with qtbot.waitSignal(carry.continue_requested) as went_on:
        qtbot.mouseClick(carry.continue_button, Qt.MouseButton.LeftButton)
    assert went_on.args[0] == {
        "m1": CarryChoice.TAKE_UP,
        "f1": CarryChoice.KEEP,
        "f2": CarryChoice.LET_GO,
    }


def test_arrow_keys_move_between_choices(carry, qtbot):
    """The three choices of an item are radio buttons: arrows move the choice."""
    keep = carry.buttons_for("f1")[CarryChoice.KEEP]
    keep.setFocus()
    qtbot.keyClick(keep, Qt.Key.Key_Right)
    assert carry.choices()["f1"] is CarryChoice.LET_GO


def test_without_parked_prompts_their_heading_goes(carry, visible_texts):
    """With only follow-ups, no "Last time you parked:" heading hangs over nothing."""
    carry.set_items([], CARRY_FOLLOW_UPS)
    QApplication.processEvents()
    texts = visible_texts(carry)
    assert "Last time you parked:" not in texts
    assert "Follow-ups still open:" in texts
    carry.set_choice("f1", CarryChoice.TAKE_UP)
    assert carry.choices()["f1"] is CarryChoice.TAKE_UP


def test_a_follow_up_done_is_ticked_and_leaves_the_choices(carry, qtbot, choose):
    """Ticking a follow-up's Done box says so at once, greys its three choices and leaves it
    out of what Continue hands on; unticking gives them back."""
    row = carry.done_row("f1")
    with qtbot.waitSignal(carry.follow_up_done) as done:
        choose(row.box)
    assert done.args == ["f1", True]
    assert not any(button.isEnabled() for button in carry.buttons_for("f1").values())
    assert "f1" not in carry.choices()
    choose(row.box)
    assert carry.buttons_for("f1")[CarryChoice.TAKE_UP].isEnabled()
    assert carry.choices()["f1"] is CarryChoice.KEEP


def test_talking_points_are_offered_and_older_parked_prompts_say_so(carry, visible_texts):
    """What either wants to bring up is offered like the rest; prompts parked before last
    time come under "Parked recently:" instead of "Last time you parked:"."""
    carry.set_items(CARRY_PARKED, CARRY_FOLLOW_UPS, CARRY_POINTS, TODAY, parked_recently=True)
    QApplication.processEvents()
    texts = visible_texts(carry)
    assert "To bring up:" in texts and "The conference in May" in texts
    assert "To bring up: Alex" in texts
    assert "Parked recently:" in texts and "Last time you parked:" not in texts
    assert carry.choices()["t1"] is CarryChoice.KEEP


@pytest.fixture
def history(qtbot, theme):
    """A past conversation's page, short enough to scroll, shown."""
    view = ConversationHistoryView()
    qtbot.addWidget(view)
    view.set_record(RECORD)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def test_history_shows_prompts_notes_and_follow_ups(history, visible_texts):
    """Each prompt with notes as shown, under its level's title (the closing question
    called so, never "Level 3"), its notes rendered, the general notes and the follow-ups."""
    texts = visible_texts(history)
    assert "Defining moments" in texts
    assert "12 Mar 2025 · Sam and Alex · Level 3 of 5 · talked 38 min" in texts
    assert "What did you want to be when you were ten?" in texts
    assert "Level 1 · Warm-up" in texts and "Level 2 · Turning points" in texts
    assert "The closing question" in texts and "Level 3 · Deeper" not in texts
    assert "Alex wanted to be a baker; Sam a pilot." in texts
    assert "Confidential" in texts and "Private note" in texts
    assert "We both started in jobs we did not choose." in texts
    assert "○ Send Alex the article on career changes — Sam · due 26 Mar 2025" in texts
    assert history.note_ids_shown() == [1, 2, 3, 5, 4]


def test_prompts_with_nothing_written_are_shown_only_when_asked(history, qtbot):
    """The record leaves out the prompt nobody wrote on; "Show all prompts" brings it back
    (saying how many), and the same button takes it away again."""
    assert "What was a turning point for you?" not in history.prompt_texts_shown()
    button = history.all_prompts_button
    assert button.text() == "Show &all prompts (1 without notes)"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert history.prompt_texts_shown()[2] == "What was a turning point for you?"
    assert history.all_prompts_button.text() == "Show only the prompts with &notes"
    qtbot.keyClick(history.all_prompts_button, Qt.Key.Key_Space)
    assert len(history.prompt_texts_shown()) == 3


def test_shared_screen_hides_private_notes(history, visible_texts):
    """Turning Shared screen on takes the private note off at once, and back when off."""
    history.set_shared_screen(True)
    QApplication.processEvents()
    texts = visible_texts(history)
    assert "Alex seemed tired; ask gently next time." not in texts
    assert "Private note" not in texts
    assert history.note_ids_shown() == [1, 2, 5, 4]
    assert not history.scroll_to_note(3)
    history.set_shared_screen(False)
    assert 3 in history.note_ids_shown()


def test_opening_at_a_note_scrolls_to_it(history, qtbot):
    """Asked to show a note further down, the page scrolls until the note is in view and
    marks it."""
    bar = history.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert history.scroll_to_note(4)
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert history.highlighted_note() == 4
    frame = history.note_widget(4)
    top = frame.mapTo(history.scroll_area.viewport(), frame.rect().topLeft()).y()
    assert 0 <= top < history.scroll_area.viewport().height()


def test_export_names_the_conversation(history, qtbot):
    """Export… asks to export this conversation."""
    with qtbot.waitSignal(history.export_requested) as asked:
        qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert asked.args == [12]


def _megabyte_record():
    paragraph = "We talked about the year everything changed, and what it taught us. " * 14
    text = "\n\n".join([paragraph] * (1_000_000 // (len(paragraph) + 2))) + "\n\nThe end."
    note = HistoryNote(1, text)
    return note, dataclasses.replace(
        RECORD,
        prompts=(
            HistoryPrompt("dm-1", "What changed?", 1, (note,)),
            HistoryPrompt("dm-2", "What stayed the same?", 1, ()),
        ),
    )


def test_a_note_of_a_megabyte_shows_its_beginning_then_the_whole_when_asked(history, qtbot):
    """A 1 MB note (pasted, or written by another program) shows its beginning, ending at a
    paragraph, in a box of its own that scrolls; "Show the whole note" shows it to its last
    words, and the button goes. A redraw starts again from the beginning."""
    _note, record = _megabyte_record()
    history.set_record(record)
    QApplication.processEvents()
    frame = history.note_widget(1)
    (box,) = frame.findChildren(QTextBrowser)
    assert box.isVisible() and box.verticalScrollBar().maximum() > 0
    beginning = box.toPlainText()
    assert beginning.startswith("We talked about") and "The end." not in beginning
    assert len(beginning) < 20_000 and beginning.rstrip().endswith("what it taught us.")
    assert frame.whole_button.isVisible()
    qtbot.mouseClick(frame.whole_button, Qt.MouseButton.LeftButton)
    assert box.toPlainText().endswith("The end.")
    assert not frame.whole_button.isVisible() and box.hasFocus()
    qtbot.mouseClick(history.all_prompts_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    (box,) = history.note_widget(1).findChildren(QTextBrowser)
    assert "The end." not in box.toPlainText() and history.note_widget(1).whole_button.isVisible()


def test_a_long_note_corrected_shows_its_new_words(history):
    """A correction kept shows the new words in the note's box, and again on a redraw."""
    note, record = _megabyte_record()
    history.set_record(record)
    corrected = dataclasses.replace(note, text=note.text.replace("The end.", "The real end."))
    history.show_note(corrected)
    history.note_widget(1).whole_button.click()
    (box,) = history.note_widget(1).findChildren(QTextBrowser)
    assert box.toPlainText().endswith("The real end.")
    history.all_prompts_button.click()
    history.note_widget(1).whole_button.click()
    (box,) = history.note_widget(1).findChildren(QTextBrowser)
    assert box.toPlainText().endswith("The real end.")
