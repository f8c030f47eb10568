"""Set-up for a pair that has talked before: its comfort suggests where to start, and its
history shapes what the engine will offer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from belonging.core.scripts.ids import prompt_id
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import answer_wrap_up_now, begin_conversation, click, settle, window_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_known_pair_starts_from_its_comfort_and_history(start_app, data_dir, qtbot):
    """After a first conversation (one prompt answered, one "too much"), the pair's next
    set-up suggests its comfortable level, and the engine is told what they already had
    and what they found too much."""
    app = start_app(data_dir)
    window = window_of(app)
    begin_conversation(qtbot, window)
    view = window.conversation
    click(qtbot, view.buttons[Command.NEXT])
    click(qtbot, view.buttons[Command.TOO_MUCH])
    click(qtbot, view.step_back_panel.go_on_button)
    qtbot.keyClick(view.notes_panel.prompt_note.editor, Qt.Key.Key_W, CTRL_SHIFT)
    answer_wrap_up_now(qtbot, window)
    click(qtbot, window.wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME and app.navigator.home.loaded)
    settle(qtbot, app)

    (start,) = [
        b for b in window.home.findChildren(type(window.home.start_button)) if b.text() == "Start"
    ]
    click(qtbot, start)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    assert setup.known_pair_radio.isChecked()
    assert setup.pair_combo.currentText() == "Alex"  # Sam owns every pair
    assert setup.depth_suggestion_label.text() == "Last time you were both comfortable at level 1."
    assert setup.depth_combo.currentIndex() == 0
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    engine_setup = app.navigator.opening.live.engine.setup
    breakfast = prompt_id("What did you have for *breakfast*?")
    season = prompt_id("Which season do you like best?")
    assert engine_setup.already_had_prompt_ids[:2] == (breakfast, season)
    assert engine_setup.do_not_show_prompt_ids == (season,)
    assert engine_setup.depth_ceiling == 1
    assert [p.name for p in engine_setup.participants] == ["Sam", "Alex"]
