"""A whole conversation held through the window, as two people would, then the database
read back: what was kept, and that a struck line is nowhere in the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from belonging.core.conversation_events import EventKind
from belonging.core.scripts.ids import prompt_id
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.models import CheckInMoment, PromptMark, Visibility
from belonging.storage.repositories import (
    check_ins_for_conversation,
    conversations_for_pair,
    follow_ups_for_conversation,
    get_pair,
    list_pairs_with_last_conversation,
    load_events,
    marks_for_pair,
    notes_for_conversation,
    shown_prompts,
)
from belonging.ui.main_window import Page
from belonging.ui.widgets.save_status import SaveState
from support.flow import answer_privately, answer_wrap_up_now, click, settle, tick, vote, window_of

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
STRUCK = "Alex-zebra-autumn: only for today"


def _prompt_words(window) -> str:
    return window.conversation.prompt_card.prompt_label.accessibleName()


def _set_up_and_begin(qtbot, window, shooter) -> None:
    """Home → set-up with two new people → ground rules → check-in → first prompt."""
    shooter.shoot(window, "01-home-empty")
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    qtbot.keyClicks(setup.owner_name_edit, "Sam")
    qtbot.keyClicks(setup.partner_name_edit, "Alex")
    click(qtbot, setup.length_radios[30])
    click(qtbot, setup.leader_first_check)
    click(qtbot, setup.leader_first_check)  # and back: they take turns
    shooter.shoot(window, "02-setup")
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    rules = window.ground_rules
    assert not rules.continue_button.isEnabled()
    click(qtbot, rules.first_check)
    assert not rules.continue_button.isEnabled()
    click(qtbot, rules.second_check)
    shooter.shoot(window, "03-ground-rules")
    click(qtbot, rules.continue_button)
    assert window.current_page() is Page.CHECK_IN
    check_in = window.check_in

    def check_in_privately(question, person):
        closeness = 5 if person.name == "Sam" else 4
        click(qtbot, question.circles.buttons[closeness])
        if person.name == "Alex":
            shooter.shoot(window, "04-check-in-private")

    answer_privately(qtbot, check_in.round, check_in_privately)
    shooter.shoot(window, "04-check-in-done")
    click(qtbot, check_in.continue_button)
    assert window.current_page() is Page.CONVERSATION


def _first_level(qtbot, app, window, clock, shooter) -> None:
    """Notes typed, a private note kept off the shared screen, a pause, two prompts."""
    view = window.conversation
    notes = view.notes_panel
    assert _prompt_words(window) == "What did you have for breakfast?"
    assert view.prompt_card.turn_label.text() == "Sam answers first, then Alex."
    assert window.is_shared_screen()
    assert not notes.private_note.isVisible()
    assert notes.private_hidden_label.isVisible()

    qtbot.keyClicks(notes.prompt_note.editor, "Sam: porridge, every day.")
    qtbot.keyClicks(notes.conversation_note.editor, "We both like mornings.")
    shooter.shoot(window, "05-conversation-shared-screen")
    window.set_shared_screen(False)
    assert notes.private_note.isVisible()
    qtbot.keyClicks(notes.private_note.editor, "Ask Alex about the move, privately.")
    shooter.shoot(window, "06-conversation-private-note")
    qtbot.keyClick(notes.private_note.editor, Qt.Key.Key_H, CTRL_SHIFT)  # shared screen on
    assert window.is_shared_screen()
    assert not notes.private_note.isVisible()
    qtbot.waitUntil(lambda: notes.save_status.state() is SaveState.SAVED)

    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_P, CTRL)  # pause from inside a note
    assert view.is_paused()
    assert not view.prompt_card.isVisible() and not notes.isVisible()
    clock.advance(4 * 60 + 5)
    qtbot.waitUntil(lambda: view.pause_overlay.elapsed_label.text() == "Paused for 4 min")
    shooter.shoot(window, "07-paused")
    click(qtbot, view.pause_overlay.resume_button)
    assert not view.is_paused()
    assert _prompt_words(window) == "What did you have for breakfast?"
    assert notes.prompt_note.text() == "Sam: porridge, every day."

    clock.advance(3 * 60)
    qtbot.keyClick(notes.prompt_note.editor, Qt.Key.Key_Return, CTRL)  # Next
    assert _prompt_words(window) == "Which season do you like best?"
    assert view.prompt_card.turn_label.text() == "Alex answers first, then Sam."
    assert notes.prompt_note.text() == ""
    qtbot.keyClicks(notes.prompt_note.editor, STRUCK)
    clock.advance(5 * 60)
    app.navigator.conversation.refresh()
    assert view.pacing_hint_label.isVisible()  # 8 minutes planned for this level, 8 spent
    shooter.shoot(window, "08-pacing-hint")
    click(qtbot, view.buttons[_command("next")])


def _command(name: str):
    from belonging.ui.shortcuts import Command

    return Command(name)


def _deeper_then_step_back(qtbot, window, shooter) -> None:
    """Both say privately they are ready; at the deeper level, "too much?", the lighter
    prompt, park; the lighter level runs out and, both ready again, they go deeper again."""
    assert window.current_page() is Page.DEEPER
    deeper = window.deeper
    shooter.shoot(window, "09-deeper")
    vote(qtbot, deeper, (True, True))
    assert window.current_page() is Page.CONVERSATION
    view = window.conversation
    assert view.level_label.text().startswith("Level 2 of 3")
    assert _prompt_words(window) == "Tell me about a time you changed your mind."

    click(qtbot, view.buttons[_command("too_much")])
    assert view.prompt_stack.currentWidget() is view.step_back_panel
    assert _prompt_words(window) == ""
    assert not view.buttons[_command("next")].isEnabled()
    shooter.shoot(window, "10-too-much")
    click(qtbot, view.step_back_panel.go_on_button)
    assert _prompt_words(window) == "What is a small habit you changed?"
    assert view.prompt_card.lighter_label.isVisible()
    shooter.shoot(window, "11-lighter")
    qtbot.keyClick(view.notes_panel.prompt_note.editor, Qt.Key.Key_K, CTRL_SHIFT)  # Park it
    assert _prompt_words(window) == "What is on your desk right now?"
    assert view.deeper_again_button.isVisible()  # the way back to deeper is always there
    click(qtbot, view.buttons[_command("next")])
    # Nothing lighter is left: a crossroads, never a silent end. Both ready again.
    assert window.current_page() is Page.DEEPER
    assert deeper.title_label.text() == "You have talked through this depth"
    shooter.shoot(window, "12-nothing-left-here")
    vote(qtbot, deeper, (True, True))
    assert window.current_page() is Page.CONVERSATION
    assert view.level_label.text().startswith("Level 2 of 3")
    assert _prompt_words(window) == "Who taught you something important?"
    qtbot.keyClick(view.notes_panel.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    answer_wrap_up_now(qtbot, window)


def _wrap_up(qtbot, app, window, shooter) -> None:
    """Read back (one line struck, one confidential), a follow-up, the check-in, finish."""
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    wrap_up = window.wrap_up
    assert wrap_up.closing_label.accessibleName() == "What will you remember from today?"
    read_back = wrap_up.read_back
    qtbot.waitUntil(lambda: len(read_back.line_ids()) == 3)
    by_text = {read_back.line_label(i).text(): i for i in read_back.line_ids()}
    assert set(by_text) == {"Sam: porridge, every day.", "We both like mornings.", STRUCK}
    click(qtbot, read_back.strike_box(by_text["We both like mornings."]))
    click(qtbot, read_back.strike_box(by_text["We both like mornings."]))  # undone
    click(qtbot, read_back.strike_box(by_text[STRUCK]))
    click(qtbot, read_back.confidential_box(by_text["We both like mornings."]))

    editor = wrap_up.follow_up_editor
    qtbot.keyClicks(editor.text_edit, "Send Alex the article on habits")
    editor.owner_combo.setCurrentIndex(editor.owner_combo.findText("Alex"))
    click(qtbot, editor.due_check)
    click(qtbot, editor.add_button)

    def check_in_privately(question, person):
        click(qtbot, question.circles.buttons[6])
        if question.keep_box is not None:  # Alex's, and Alex chooses to keep them
            tick(qtbot, question.keep_box)

    answer_privately(qtbot, wrap_up.closing_round, check_in_privately)
    qtbot.keyClicks(wrap_up.summary_editor.editor, "A good first talk.")
    shooter.shoot(window, "12-wrap-up")
    assert wrap_up.facts_label.text().startswith("You went as deep as level 2 of 3.")
    bar = wrap_up.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shooter.shoot(window, "13-wrap-up-end")
    click(qtbot, wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME)
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    settle(qtbot, app)
    shooter.shoot(window, "14-home-after")


def _check_database(data_dir: Path) -> None:
    """Everything kept is in the file; the struck line is in none of its bytes."""
    db_file = database_path(data_dir)
    for path in db_file.parent.glob(db_file.name + "*"):
        assert STRUCK.encode() not in path.read_bytes(), f"struck words found in {path.name}"
    engine = create_database_engine(db_file)
    try:
        with session_scope(engine) as session:
            (overview,) = list_pairs_with_last_conversation(session=session)
            assert (overview.owner.name, overview.partner.name) == ("Sam", "Alex")
            pair = get_pair(session=session, pair_id=overview.pair.id)
            (conversation,) = conversations_for_pair(session=session, pair_id=pair.id)
            cid = conversation.id
            assert conversation.ended_at is not None
            assert conversation.summary["prompts_too_much"] == 1
            assert conversation.summary["prompts_parked"] == 1
            assert conversation.depth_reached == 2
            assert pair.comfortable_depth == 1  # level 2 was too much this time

            notes = notes_for_conversation(
                session=session, conversation_id=cid, include_private=True
            )
            kept = {(n.text, n.visibility, n.confidential) for n in notes}
            assert ("Sam: porridge, every day.", "shared", False) in kept
            assert ("We both like mornings.", "shared", True) in kept
            assert ("Ask Alex about the move, privately.", Visibility.PRIVATE.value, False) in kept
            assert ("A good first talk.", "shared", False) in kept
            assert all(STRUCK not in n.text for n in notes)

            (follow_up,) = follow_ups_for_conversation(session=session, conversation_id=cid)
            assert follow_up.text == "Send Alex the article on habits"
            assert follow_up.owner_id == pair.partner_id and follow_up.due is not None

            check_ins = {
                (c.person_id, c.moment): c.closeness
                for c in check_ins_for_conversation(session=session, conversation_id=cid)
            }
            assert check_ins == {
                (pair.owner_id, CheckInMoment.BEFORE.value): 5,
                (pair.partner_id, CheckInMoment.BEFORE.value): 4,
                (pair.owner_id, CheckInMoment.AFTER.value): 6,
                (pair.partner_id, CheckInMoment.AFTER.value): 6,
            }
            events = load_events(session=session, conversation_id=cid)
            kinds = [e.kind for e in events]
            for kind in (
                EventKind.STARTED,
                EventKind.PAUSED,
                EventKind.RESUMED,
                EventKind.DEEPER_AGREED,
                EventKind.TOO_MUCH,
                EventKind.PARKED,
                EventKind.WRAP_UP,
                EventKind.ENDED,
            ):
                assert kind in kinds, kind
            assert kinds.count(EventKind.DEEPER_AGREED) == 2
            assert EventKind.READY_DEEPER not in kinds
            # Nothing kept says who stepped back or who was ready.
            assert all(
                e.actor is None
                for e in events
                if e.kind in (EventKind.TOO_MUCH, EventKind.DEEPER_AGREED, EventKind.STAYED)
            )
            shown = [s.text for s in shown_prompts(session=session, conversation_id=cid)]
            assert "What is a small habit you changed?" in shown
            marks = {
                (m.prompt_id, m.mark) for m in marks_for_pair(session=session, pair_id=pair.id)
            }
            changed_mind = prompt_id("Tell me about a time you changed your mind.")
            assert marks == {
                (changed_mind, PromptMark.TOO_MUCH.value),
                (f"{changed_mind}~lighter", PromptMark.PARKED.value),
            }
    finally:
        engine.dispose()


def test_a_whole_conversation_is_kept_as_agreed(start_app, data_dir, qtbot, clock, shooter):
    """Set-up, ground rules, check-in, notes, pause, next, consent to go deeper, too much,
    park, read-back with a struck and a confidential line, follow-up, check-in, finish:
    the database holds what was kept, the struck words nowhere, and Home shows the pair."""
    app = start_app(data_dir)
    window = window_of(app)
    _set_up_and_begin(qtbot, window, shooter)
    _first_level(qtbot, app, window, clock, shooter)
    _deeper_then_step_back(qtbot, window, shooter)
    _wrap_up(qtbot, app, window, shooter)
    shooter.keep()
    window.close()
    _check_database(data_dir)
