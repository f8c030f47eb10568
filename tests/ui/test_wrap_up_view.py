"""Wrap-up: the shared notes read back and struck or marked, follow-ups, the second
check-in, a summary, and everything handed over by Save and finish."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from belonging.application.rows import OWNER, PARTNER, FollowUpDraft, NoteLine, Participant
from belonging.ui.views.wrap_up_view import WrapUpView
from support.flow import answer_privately

LINES = [
    NoteLine("a", "Alex's summer at the bakery", "A high point"),
    NoteLine("b", "Sam's year abroad", "A turning point", confidential=True),
]


@pytest.fixture
def wrap_up(qtbot):
    """The wrap-up for Sam and Alex with two shared lines, on screen."""
    view = WrapUpView()
    qtbot.addWidget(view)
    view.set_people(Participant(OWNER, "Sam"), Participant(PARTNER, "Alex"), PARTNER)
    view.set_closing_prompt("<p>What will you remember?</p>", "What will you remember?")
    view.set_note_lines(LINES)
    view.resize(1000, 900)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_lines_are_read_back_with_their_marks(wrap_up, visible_texts):
    """Both lines are on screen; a line already confidential shows so."""
    shown = visible_texts(wrap_up)
    assert "Alex's summer at the bakery" in shown and "Sam's year abroad" in shown
    assert wrap_up.read_back.confidential_box("b").isChecked()
    assert wrap_up.closing_label.accessibleName() == "What will you remember?"


def test_striking_a_line_shows_it_struck_and_leaves_it_out(wrap_up, qtbot, choose):
    """A struck line is drawn struck through and is listed as struck in the result."""
    with qtbot.waitSignal(wrap_up.line_struck_changed, timeout=1000) as blocker:
        choose(wrap_up.read_back.strike_box("a"))
    assert blocker.args == ["a", True]
    assert wrap_up.read_back.line_label("a").property("kind") == "struck"
    result = wrap_up.result()
    assert result.struck_line_ids == frozenset({"a"})
    assert result.confidential_line_ids == frozenset({"b"})


def test_marking_confidential_is_reported(wrap_up, qtbot, choose):
    """Ticking Confidential tells the controller which line."""
    with qtbot.waitSignal(wrap_up.line_confidential_changed, timeout=1000) as blocker:
        choose(wrap_up.read_back.confidential_box("a"))
    assert blocker.args == ["a", True]


def test_each_box_says_which_line_it_belongs_to(wrap_up):
    """A screen reader hears "Strike out" or "Confidential" with the line it belongs to, so
    no two boxes share a name."""
    box = wrap_up.read_back.strike_box("b")
    assert box.text() == "Strike out"
    assert box.accessibleName() == "Strike out: Sam's year abroad"
    confidential = wrap_up.read_back.confidential_box("b")
    assert confidential.accessibleName() == "Confidential: Sam's year abroad"
    assert wrap_up.read_back.strike_box("a").accessibleName() != box.accessibleName()


def test_adding_and_removing_a_follow_up(wrap_up, qtbot, choose, visible_texts):
    """Type a follow-up, pick whose it is and a date, add it; it is listed, then removed."""
    editor = wrap_up.follow_up_editor
    assert not editor.add_button.isEnabled()
    qtbot.keyClicks(editor.text_edit, "Send the article")
    editor.owner_combo.setCurrentIndex(1)
    choose(editor.due_check)
    editor.due_edit.setDate(QDate(2025, 4, 1))
    with qtbot.waitSignal(wrap_up.follow_up_added, timeout=1000) as added:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    draft = added.args[0]
    assert (draft.text, draft.owner_key, draft.due) == (
        "Send the article",
        PARTNER,
        date(2025, 4, 1),
    )
    assert editor.text_edit.text() == ""
    qtbot.waitUntil(lambda: "Send the article" in visible_texts(wrap_up), timeout=1000)
    remove = next(b for b in editor.findChildren(type(editor.add_button)) if b.text() == "Remove")
    with qtbot.waitSignal(wrap_up.follow_up_removed, timeout=1000) as removed:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert removed.args == [draft.draft_id]
    assert wrap_up.result().follow_ups == ()


def test_return_in_the_follow_up_field_adds_it(wrap_up, qtbot):
    """The keyboard path: type, press Return, and it is added for the first person."""
    editor = wrap_up.follow_up_editor
    qtbot.keyClicks(editor.text_edit, "Book the next one")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    (draft,) = wrap_up.result().follow_ups
    assert (draft.text, draft.owner_key, draft.due) == ("Book the next one", OWNER, None)


def test_the_closing_check_in_is_private_and_only_the_partner_is_asked_to_keep(wrap_up, qtbot):
    """Each answers in turn, privately; only the partner is asked whether their check-ins
    are kept, unticked by default; the answers come back by key once both are done."""
    asked_to_keep = {}

    def answer(question, person):
        asked_to_keep[person.key] = question.keep_box is not None
        if question.keep_box is not None:
            assert not question.keep_box.isChecked()
            question.keep_box.setChecked(True)
        question.circles.set_value(6 if person.key == OWNER else 5)

    with qtbot.waitSignal(wrap_up.closing_answered, timeout=1000) as blocker:
        answer_privately(qtbot, wrap_up.closing_round, answer)
    assert asked_to_keep == {OWNER: False, PARTNER: True}
    assert blocker.args == [{OWNER: (6, False), PARTNER: (5, True)}]


def test_save_and_finish_hands_over_everything(wrap_up, qtbot, choose):
    """The result holds the marks, follow-ups, both closeness numbers and the summary."""
    wrap_up.set_follow_ups([FollowUpDraft(12, "Lunch together", OWNER)])
    choose(wrap_up.read_back.strike_box("b"))
    answer_privately(
        qtbot,
        wrap_up.closing_round,
        lambda question, person: question.circles.set_value(6 if person.key == OWNER else 5),
    )
    qtbot.keyClicks(wrap_up.summary_editor.editor, "A good talk.")
    with qtbot.waitSignal(wrap_up.finish_requested, timeout=1000) as blocker:
        qtbot.mouseClick(wrap_up.finish_button, Qt.MouseButton.LeftButton)
    (result,) = blocker.args
    assert result.struck_line_ids == frozenset({"b"})
    assert result.follow_ups == (FollowUpDraft(12, "Lunch together", OWNER),)
    assert result.closeness == {OWNER: 6, PARTNER: 5}
    assert result.summary == "A good talk."


def test_nothing_to_read_back_says_so(qtbot, visible_texts):
    """Without shared notes the page says there is nothing to read back."""
    view = WrapUpView()
    qtbot.addWidget(view)
    view.show()
    assert "No shared notes to read back." in visible_texts(view)
