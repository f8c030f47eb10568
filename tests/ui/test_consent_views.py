"""Ground rules, check-in and Deeper?: each person answers for themselves, and nothing moves
on until both have."""

import pytest
from PySide6.QtCore import Qt

from belonging.application.rows import OWNER, PARTNER, Participant
from belonging.ui.views.check_in_view import CheckInView
from belonging.ui.views.deeper_view import DeeperView
from belonging.ui.views.ground_rules_view import GroundRulesView

SAM = Participant(OWNER, "Sam")
ALEX = Participant(PARTNER, "Alex")


def _show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1000, 760)
    with qtbot.waitExposed(view):
        view.show()
    return view


@pytest.fixture
def rules(qtbot):
    """The ground rules for Sam and Alex, on screen."""
    view = GroundRulesView()
    view.set_people(SAM, ALEX)
    return _show(qtbot, view)


def test_rules_are_the_four_promises(rules, visible_texts):
    """The four rules are there in plain words."""
    shown = visible_texts(rules)
    for rule in (
        "Either of you can pause, at any time.",
        "“Too much?” needs no reason.",
        "What is private stays private.",
        "What is kept is read back at the end.",
    ):
        assert rule in shown


def test_continue_opens_only_when_both_have_agreed(rules, qtbot, choose):
    """One agreement is not enough; both open Continue; taking one back closes it again."""
    assert rules.first_check.text() == "Sam agrees"
    assert rules.second_check.text() == "Alex agrees"
    assert not rules.continue_button.isEnabled()
    with qtbot.waitSignal(rules.acknowledged_changed, timeout=1000) as first:
        choose(rules.first_check)
    assert first.args == [OWNER, True]
    assert not rules.continue_button.isEnabled()
    assert rules.waiting_label.text() == "Waiting for Alex, whenever they are ready."
    choose(rules.second_check)
    assert rules.continue_button.isEnabled()
    with qtbot.waitSignal(rules.continue_requested, timeout=1000):
        qtbot.mouseClick(rules.continue_button, Qt.MouseButton.LeftButton)
    choose(rules.first_check)
    assert not rules.continue_button.isEnabled()


def test_new_people_start_unticked(rules, choose):
    """Naming the people again (a new conversation) clears both agreements."""
    choose(rules.first_check)
    choose(rules.second_check)
    rules.set_people(ALEX, SAM)
    assert not rules.first_check.isChecked() and not rules.second_check.isChecked()
    assert not rules.continue_button.isEnabled()


def test_the_scripts_introduction_is_shown_when_there_is_one(rules):
    """The introduction card appears with text and leaves without."""
    assert not rules.introduction_card.isVisible()
    rules.set_introduction("<p>Imagine a line.</p>", "Imagine a line.")
    assert rules.introduction_card.isVisible()
    assert rules.introduction_label.accessibleName() == "Imagine a line."


def test_check_in_gives_each_persons_number(qtbot, choose):
    """Each person picks their own number; Continue hands both over by key."""
    view = CheckInView()
    view.set_people(SAM, ALEX)
    _show(qtbot, view)
    assert view.first_picker.title() == "How close do you feel, Sam?"
    with qtbot.waitSignal(view.closeness_changed, timeout=1000) as changed:
        choose(view.first_picker.buttons[5])
    assert changed.args == [OWNER, 5]
    with qtbot.waitSignal(view.continue_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [{OWNER: 5, PARTNER: None}]
    with qtbot.waitSignal(view.skip_requested, timeout=1000):
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)


def test_check_in_arrow_keys_move_between_numbers(qtbot, choose):
    """The picker works from the keyboard: arrows move the choice, as in any radio group."""
    view = CheckInView()
    view.set_people(SAM, ALEX)
    _show(qtbot, view)
    choose(view.second_picker.buttons[3])
    qtbot.keyClick(view.second_picker.buttons[3], Qt.Key.Key_Right)
    assert view.values() == {OWNER: None, PARTNER: 4}


@pytest.fixture
def deeper(qtbot):
    """Deeper? for Sam and Alex, before level 3 of 5."""
    view = DeeperView()
    view.set_people(SAM, ALEX)
    view.set_next_level(3, 5, "Crossroads", "<p>Tell these as stories.</p>")
    return _show(qtbot, view)


def test_going_deeper_needs_both(deeper, qtbot):
    """Each says so separately; Go deeper opens only when both have."""
    assert deeper.first_ready_button.text() == "Sam is ready"
    assert deeper.next_level_label.text() == "Next: level 3 of 5 · Crossroads"
    assert not deeper.go_deeper_button.isEnabled()
    with qtbot.waitSignal(deeper.ready_changed, timeout=1000) as blocker:
        qtbot.mouseClick(deeper.second_ready_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [PARTNER, True]
    assert not deeper.go_deeper_button.isEnabled()
    qtbot.mouseClick(deeper.first_ready_button, Qt.MouseButton.LeftButton)
    assert deeper.go_deeper_button.isEnabled()
    assert deeper.readiness() == {OWNER: True, PARTNER: True}
    with qtbot.waitSignal(deeper.go_deeper_requested, timeout=1000):
        qtbot.mouseClick(deeper.go_deeper_button, Qt.MouseButton.LeftButton)


def test_staying_or_wrapping_up_is_always_possible(deeper, qtbot):
    """Stay and Wrap up need nobody's consent."""
    assert deeper.stay_button.isEnabled() and deeper.wrap_up_button.isEnabled()
    with qtbot.waitSignal(deeper.stay_requested, timeout=1000):
        qtbot.mouseClick(deeper.stay_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(deeper.wrap_up_requested, timeout=1000):
        qtbot.mouseClick(deeper.wrap_up_button, Qt.MouseButton.LeftButton)


def test_a_consent_can_be_taken_back(deeper, qtbot):
    """Pressing one's button again withdraws, and Go deeper closes."""
    qtbot.mouseClick(deeper.first_ready_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(deeper.second_ready_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(deeper.ready_changed, timeout=1000) as blocker:
        qtbot.mouseClick(deeper.first_ready_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [OWNER, False]
    assert not deeper.go_deeper_button.isEnabled()
