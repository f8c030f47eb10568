"""Three conversations of one pair held through the window, as the two of them would: the
third visibly builds on the first two. The prompt parked the first time ("Parked
recently", since the second left it aside) and the open follow-up are offered and taken
up, the comfort learned from a "too much?" is suggested, the pair page shows all three on
its timeline and chart, and search finds a note and opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from belonging.application.continuity_rows import CarryChoice, CarryKind
from belonging.storage.database import session_scope
from belonging.storage.models import PromptMark
from belonging.storage.repositories import list_pairs_with_last_conversation, marks_for_pair
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import answer_privately, answer_wrap_up_now, click, settle, tick, vote, window_of

SEASON = "Which season do you like best?"
ARTICLE = "Send Alex the article on turning points"


def _words(window) -> str:
    return window.conversation.prompt_card.prompt_label.accessibleName()


def _press(qtbot, window, command: Command) -> None:
    click(qtbot, window.conversation.buttons[command])


def _button(widget, text: str) -> QPushButton:
    (found,) = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    return found


def _open_pair_page(qtbot, app, window):
    """Home ▸ the pair's History button ▸ the pair page, read from storage."""
    app.navigator.home.show()
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    QApplication.processEvents()
    with qtbot.waitSignal(app.navigator.pair.loaded, timeout=10_000) as loaded:
        click(qtbot, _button(window.home, "History"))
    assert window.current_page() is Page.PAIR
    QApplication.processEvents()
    return loaded.args[0]


def _rules_and_check_in(qtbot, window, first: int, second: int) -> None:
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES, timeout=10_000)
    rules = window.ground_rules
    click(qtbot, rules.first_check)
    click(qtbot, rules.second_check)
    click(qtbot, rules.continue_button)
    check_in = window.check_in

    # Each privately: one picture chosen by click, the other by its number key.
    def answer(question, person):
        if person.name == "Sam":
            click(qtbot, question.circles.buttons[first])
        else:
            question.circles.buttons[1].setFocus()
            qtbot.keyClick(question.circles.buttons[1], Qt.Key(Qt.Key.Key_0 + second))
        assert question.circles.value() == (first if person.name == "Sam" else second)

    answer_privately(qtbot, check_in.round, answer)
    click(qtbot, check_in.continue_button)
    assert window.current_page() is Page.CONVERSATION


def _go_deeper(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.current_page() is Page.DEEPER)
    vote(qtbot, window.deeper, (True, True))
    assert window.current_page() is Page.CONVERSATION


def _wrap_up(qtbot, app, window, after: tuple[int, int], follow_up: str = "") -> None:
    if window.current_page() is Page.DEEPER:
        click(qtbot, window.deeper.wrap_up_button)
    else:
        _press(qtbot, window, Command.WRAP_UP)
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    wrap_up = window.wrap_up
    if follow_up:
        editor = wrap_up.follow_up_editor
        qtbot.keyClicks(editor.text_edit, follow_up)
        editor.owner_combo.setCurrentIndex(editor.owner_combo.findText("Sam"))
        click(qtbot, editor.add_button)

    # Each privately; Alex keeps their check-ins on the pair's page.
    def answer(question, person):
        click(qtbot, question.circles.buttons[after[0] if person.name == "Sam" else after[1]])
        if question.keep_box is not None:
            tick(qtbot, question.keep_box)

    answer_privately(qtbot, wrap_up.closing_round, answer)
    click(qtbot, wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    settle(qtbot, app)


def _first_conversation(qtbot, app, window, clock) -> None:
    """New people; level 1 with a prompt parked; level 2 at ease; a follow-up for Sam."""
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    qtbot.keyClicks(setup.owner_name_edit, "Sam")
    qtbot.keyClicks(setup.partner_name_edit, "Alex")
    click(qtbot, setup.length_radios[30])
    click(qtbot, setup.continue_button)
    _rules_and_check_in(qtbot, window, 3, 2)
    clock.advance(240)
    _press(qtbot, window, Command.NEXT)
    assert _words(window) == SEASON
    _press(qtbot, window, Command.PARK)
    _go_deeper(qtbot, window)
    clock.advance(300)
    _press(qtbot, window, Command.NEXT)
    clock.advance(300)
    _wrap_up(qtbot, app, window, (4, 4), ARTICLE)


def _second_conversation(qtbot, app, window, clock, shooter) -> None:
    """From the pair page; what was left is kept for later; level 2 is too much today."""
    _open_pair_page(qtbot, app, window)
    click(qtbot, window.pair.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    assert any("comfortable at level 2" in t for t in _visible_label_texts(window.setup))
    click(qtbot, window.setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CARRY_FORWARD, timeout=10_000)
    click(qtbot, window.carry_forward.continue_button)  # everything kept for later
    _rules_and_check_in(qtbot, window, 4, 3)
    clock.advance(200)
    assert window.conversation.level_label.text().startswith("Level 2 of 3")
    _press(qtbot, window, Command.TOO_MUCH)
    click(qtbot, window.conversation.step_back_panel.go_on_button)
    clock.advance(300)
    _wrap_up(qtbot, app, window, (5, 5))


def _visible_label_texts(widget) -> list[str]:
    QApplication.processEvents()
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_the_third_conversation_builds_on_the_first_two(start_app, data_dir, qtbot, clock, shooter):
    """After two conversations, the third is offered the prompt parked in the first one, as
    parked recently, and the open follow-up, suggested the depth the pair was comfortable
    at, starts with the prompt taken up, shows the follow-up beside the notes; the pair page
    then charts all three."""
    app = start_app(data_dir)
    window = window_of(app)
    _first_conversation(qtbot, app, window, clock)
    _second_conversation(qtbot, app, window, clock, shooter)

    page = _open_pair_page(qtbot, app, window)
    assert len(page.timeline) == 2
    assert [item.text for item in page.parked] == [SEASON]
    assert [item.text for item in page.follow_ups] == [ARTICLE]
    assert window.pair.settings_panel.depth_combo.currentText() == "Level 1"
    shooter.shoot(window, "third-01-pair-page-before")

    # The third conversation: comfort suggested, leftovers offered and taken up.
    click(qtbot, window.pair.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    assert any("comfortable at level 1" in t for t in _visible_label_texts(window.setup))
    click(qtbot, window.setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CARRY_FORWARD, timeout=10_000)
    carry = window.carry_forward
    assert "Parked recently:" in _visible_label_texts(carry)
    offered = app.navigator.carry.offered
    (parked_item,) = offered.parked
    (follow_up_item,) = offered.follow_ups
    assert parked_item.text == SEASON and follow_up_item.text == ARTICLE
    click(qtbot, carry.buttons_for(parked_item.item_id)[CarryChoice.TAKE_UP])
    click(qtbot, carry.buttons_for(follow_up_item.item_id)[CarryChoice.TAKE_UP])
    assert parked_item.item_id[0] is CarryKind.PARKED
    shooter.shoot(window, "third-02-carry-forward")
    click(qtbot, carry.continue_button)
    _rules_and_check_in(qtbot, window, 6, 5)

    view = window.conversation
    assert view.level_label.text().startswith("Level 1 of 3")
    assert _words(window) == SEASON  # taken up: offered first at its level
    assert view.carried_label.isVisible()
    assert ARTICLE in view.carried_label.text()
    qtbot.keyClicks(view.notes_panel.prompt_note.editor, "Alex loves the autumn light")
    shooter.shoot(window, "third-03-conversation")
    clock.advance(400)
    _press(qtbot, window, Command.NEXT)
    clock.advance(200)
    _wrap_up(qtbot, app, window, (6, 6))

    # The pair page now holds all three, and the parked prompt, taken up, is done with.
    page = _open_pair_page(qtbot, app, window)
    assert len(page.timeline) == 3
    assert page.parked == ()
    assert [(r.before, r.after) for r in page.readings] == [
        ((3, 2), (4, 4)),
        ((4, 3), (5, 5)),
        ((6, 5), (6, 6)),
    ]
    chart = window.pair.closeness_chart
    assert "over 3 conversations" in chart.accessibleDescription()
    assert "Sam: from 3 to 6, closer." in chart.accessibleDescription()
    window.pair.scroll_area.ensureWidgetVisible(chart)
    shooter.shoot(window, "third-04-pair-page-after")
    click(qtbot, window.pair.export_button)  # Export… opens the export dialog for the pair
    qtbot.waitUntil(lambda: app.navigator.export_dialog is not None, timeout=5000)
    dialog = app.navigator.export_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "Export this pair's conversations"
    dialog.reject()
    # The offscreen platform has no window manager to hand the focus back to the window
    # once a dialog closes; a desktop does, as this does here.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Every word can be found: Ctrl+F, a note's words, its conversation opened at it.
    window.set_shared_screen(False)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is Page.SEARCH
    qtbot.keyClicks(window.search.query_edit, "autumn")
    qtbot.waitUntil(lambda: window.search.result_count() == 1, timeout=10_000)
    QApplication.processEvents()
    shooter.shoot(window, "third-05-search")
    with qtbot.waitSignal(app.navigator.history.opened, timeout=10_000) as opened:
        click(qtbot, _button(window.search, "Open"))
    assert window.current_page() is Page.HISTORY
    record = opened.args[0]
    assert record.prompts[0].text == SEASON
    assert record.prompts[0].notes[0].text == "Alex loves the autumn light"
    qtbot.waitUntil(lambda: window.history.highlighted_note() is not None)
    shooter.shoot(window, "third-06-history-at-note")
    click(qtbot, window.history.back_button)
    assert window.current_page() is Page.SEARCH
    shooter.keep()

    with session_scope(app.workspace.db) as session:
        (overview,) = list_pairs_with_last_conversation(session=session)
        assert overview.pair.comfortable_depth == 1
        marks = marks_for_pair(session=session, pair_id=overview.pair.id, include_resolved=True)
        parked = [m for m in marks if m.mark == PromptMark.PARKED.value]
        assert len(parked) == 1 and parked[0].resolved_at is not None
