"""Ground rules, check-in and Deeper?: each person answers for themselves, and nothing moves
on until both have."""

import pytest
from PySide6.QtCore import Qt

from belonging.application.opening_round import PrivateAnswer
from belonging.application.rows import OWNER, PARTNER, Participant
from belonging.ui.accessibility import announcer
from belonging.ui.views.check_in_view import CheckInView
from belonging.ui.views.deeper_view import DeeperView
from belonging.ui.views.ground_rules_view import GroundRulesView
from support.flow import answer_privately, choose_in, click, vote

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


def test_rules_are_the_five_promises(rules, visible_texts):
    """The five rules are there in plain words, with the keys for Pause and Too much?."""
    shown = visible_texts(rules)
    for rule in (
        "Either of you can pause, at any time.",
        "“Too much?” needs no reason.",
        "What is private stays private.",
        "What is kept is read back at the end.",
        "On a video call, just say it.",
    ):
        assert rule in shown
    assert any("F5" in text for text in shown) and any("F8" in text for text in shown)


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


def test_check_in_asks_each_person_privately_and_hides_each_answer(qtbot):
    """Each person in turn, the other looking away: their closeness and how deep today,
    hidden as soon as they press Done; Begin hands over every answer by key."""
    view = CheckInView()
    view.set_levels([(1, "Warm-up"), (2, "Stories"), (3, "Deep")], 3, None)
    view.set_people(SAM, ALEX)
    _show(qtbot, view)
    assert view.round.turn_label.text() == "Sam's turn"
    assert "Alex, please look away" in view.round.look_away_label.text()
    assert not view.continue_button.isEnabled()

    def answer(question, person):
        if person.key == OWNER:
            question.circles.set_value(5)
            choose_in(qtbot, question.depth_group, 1)

    answer_privately(qtbot, view.round, answer)
    assert view.round.question() is None
    with qtbot.waitSignal(view.continue_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        {OWNER: PrivateAnswer(5, 2, None), PARTNER: PrivateAnswer(None, 3, None)}
    ]
    with qtbot.waitSignal(view.skip_requested, timeout=1000):
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)


def test_a_deeper_start_must_be_answered_by_each(qtbot):
    """When the set-up starts deeper than before, Done waits for each person's yes or not
    yet."""
    view = CheckInView()
    view.set_levels([(1, "Warm-up"), (2, "Stories"), (3, "Deep")], 3, 2)
    view.set_people(SAM, ALEX)
    _show(qtbot, view)
    click(qtbot, view.round.show_button)
    assert not view.round.done_button.isEnabled()
    choose_in(qtbot, view.round.question().start_group, 1)
    assert view.round.done_button.isEnabled()
    assert view.round.question().answer().start_ok is False


@pytest.fixture
def deeper(qtbot):
    """Deeper? for Sam and Alex, before level 3 of 5."""
    view = DeeperView()
    view.set_people(SAM, ALEX)
    view.set_crossroads((3, 5, "Crossroads", "<p>Tell these as stories.</p>"), "level_done", True)
    return _show(qtbot, view)


def test_the_deeper_question_is_heard_as_one_sentence_then_what_it_asks(qtbot):
    """Arriving at Deeper? a screen reader hears the question, then what it asks of both,
    with no stray full stop after the question mark."""
    view = DeeperView()
    view.set_people(SAM, ALEX)
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        view.set_crossroads((3, 5, "Crossroads", ""), "level_done", True)
    finally:
        announcer().announced.disconnect(heard.append)
    (said,) = [text for text in heard if text.startswith(view.title_label.text())]
    assert "?." not in said and "Each of you says privately" in said


def test_going_deeper_needs_both_and_shows_only_the_outcome(deeper, qtbot):
    """Each answers privately; with two yeses the page says so and Continue goes deeper."""
    assert deeper.next_level_label.text() == "Next: level 3 of 5 · Crossroads"
    with qtbot.waitSignal(deeper.go_deeper_requested, timeout=1000):
        vote(qtbot, deeper, (True, True))
    assert deeper.outcome_label.text() == "You are both ready. Let's go deeper."


def test_one_not_yet_stays_and_nobody_learns_whose(deeper, qtbot, visible_texts):
    """A single "not yet" means staying; what is shown names nobody."""
    with qtbot.waitSignal(deeper.stay_requested, timeout=1000):
        vote(qtbot, deeper, (True, False))
    shown = " ".join(visible_texts(deeper))
    assert "Not today — staying here" in shown
    assert "Sam" not in shown and "Alex" not in shown


def test_staying_or_wrapping_up_is_always_possible(deeper, qtbot):
    """Stay and Wrap up need nobody's consent."""
    assert deeper.stay_button.isEnabled() and deeper.wrap_up_button.isEnabled()
    with qtbot.waitSignal(deeper.stay_requested, timeout=1000):
        qtbot.mouseClick(deeper.stay_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(deeper.wrap_up_requested, timeout=1000):
        qtbot.mouseClick(deeper.wrap_up_button, Qt.MouseButton.LeftButton)
