"""Home and Set-up, used as a person would: read the lists, click, type, choose."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from belonging.application.continuity_rows import ParkedItem
from belonging.application.rows import OWNER, PARTNER, PairRow, ScriptRow, SetupChoices
from belonging.ui.views.home_view import HomeView
from belonging.ui.views.setup_view import SetupView

PAIRS = [
    PairRow(7, "Sam", "Alex", "Manager", "Report", date(2025, 3, 12), "Defining moments", 2, 2),
    PairRow(9, "Sam", "Jordan", "Mentor", "Mentee"),
]
SCRIPTS = [
    ScriptRow("warm", "Warm start", "Easy questions.", "anyone", 20, ("Easy", "Less easy"), 8),
    ScriptRow("deep", "Defining moments", "Stories.", "", 50, ("A", "B", "C"), 15),
]


def _button(widget, text: str) -> QPushButton:
    matches = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(matches) >= 1, f"no visible button {text!r}"
    return matches[0]


@pytest.fixture
def home(qtbot):
    """Home on screen with two pairs and two scripts."""
    view = HomeView()
    qtbot.addWidget(view)
    view.set_pairs(PAIRS, date(2025, 3, 20), "Sam")
    view.set_scripts(SCRIPTS)
    with qtbot.waitExposed(view):
        view.show()
    return view


@pytest.fixture
def setup(qtbot):
    """Set-up on screen with two pairs and two scripts."""
    view = SetupView()
    qtbot.addWidget(view)
    view.set_pairs(PAIRS)
    view.set_scripts(SCRIPTS)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_home_lists_pairs_with_their_history(home, visible_texts):
    """Each pair shows the other person's name, last conversation and open follow-ups; the
    owner is named once, above them."""
    texts = visible_texts(home)
    shown = " ".join(texts)
    assert "Sam's one-on-ones" in texts
    assert "Alex" in texts and "Jordan" in texts
    assert "Sam and Alex" not in shown
    assert "2 open follow-ups" in shown and "0 open follow-ups" not in shown
    assert "(Defining moments)" in shown
    assert "No conversation yet" in shown


def test_a_pair_with_another_owner_is_named_with_them(qtbot):
    """When the pairs do not all have the same owner, each card says whose it is."""
    view = HomeView()
    qtbot.addWidget(view)
    view.set_pairs([PAIRS[0], PairRow(3, "Robin", "Kim")], date(2025, 3, 20), None)
    headings = [
        label.text() for label in view.findChildren(QLabel) if label.property("kind") == "heading"
    ]
    assert "Alex (with Sam)" in headings and "Kim (with Robin)" in headings
    assert "The people you talk with" in headings


def test_home_lists_scripts_with_levels_and_length(home, visible_texts):
    """Each script shows its summary, its levels, prompts and length."""
    shown = visible_texts(home)
    assert "Easy questions." in shown
    assert "Levels: 2 · Prompts: 8 · About 20 minutes · For anyone" in shown


def test_home_buttons_emit_what_was_chosen(home, qtbot):
    """Start, a pair's Start and a script's Use this script say what to start with."""
    with qtbot.waitSignal(home.start_requested, timeout=1000):
        qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    pair_buttons = [b for b in home.findChildren(QPushButton) if b.text() == "Start"]
    with qtbot.waitSignal(home.pair_start_requested, timeout=1000) as pair:
        qtbot.mouseClick(pair_buttons[1], Qt.MouseButton.LeftButton)
    assert pair.args == [9]
    with qtbot.waitSignal(home.script_start_requested, timeout=1000) as script:
        qtbot.mouseClick(_button(home, "Use this script"), Qt.MouseButton.LeftButton)
    assert script.args == ["warm"]


def test_home_welcomes_when_there_is_no_one_yet(qtbot, visible_texts):
    """With no pairs, Home says how to begin rather than showing an empty list; before the
    pairs and scripts are known it says nothing untrue about them."""
    view = HomeView()
    qtbot.addWidget(view)
    view.show()
    texts = visible_texts(view)
    assert not any(text.startswith(("No one yet.", "No scripts found")) for text in texts)
    view.set_pairs([])
    view.set_scripts([])
    qtbot.waitUntil(lambda: "No scripts found in the library." in visible_texts(view))
    assert any(text.startswith("No one yet.") for text in visible_texts(view))


def test_resume_banner_offers_to_continue(home, qtbot):
    """An unfinished conversation is offered back; Not now hides the offer."""
    assert not home.resume_banner.isVisible()
    home.show_resume_banner("Defining moments with Alex", "Stopped at level 2.")
    qtbot.waitUntil(lambda: home.resume_button.width() > 0, timeout=1000)
    assert home.resume_banner.isVisible()
    with qtbot.waitSignal(home.resume_requested, timeout=1000):
        qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(home.resume_dismissed, timeout=1000):
        qtbot.mouseClick(home.dismiss_resume_button, Qt.MouseButton.LeftButton)
    assert not home.resume_banner.isVisible()


def test_setup_with_a_known_pair(setup, qtbot, choose):
    """Picking a known pair, a script, a length and a leader gives exactly those choices."""
    setup.select_pair(7)
    setup.select_script("deep")
    choose(setup.length_radios[45])
    setup.set_depth_suggestion(2, "Last time you were both comfortable at level 2.")
    choose(setup.partner_leads_radio)
    choose(setup.leader_first_check)
    with qtbot.waitSignal(setup.continue_requested, timeout=1000) as blocker:
        qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        SetupChoices(7, "Sam", "Manager", "Alex", "Report", "deep", 45, 2, PARTNER, True)
    ]
    assert setup.depth_suggestion_label.text() == "Last time you were both comfortable at level 2."


def test_setup_with_two_new_people_waits_for_both_names(setup, qtbot, choose):
    """Continue opens only once both new people are named; the leader radios use the names."""
    choose(setup.new_people_radio)
    assert not setup.continue_button.isEnabled()
    qtbot.keyClicks(setup.owner_name_edit, "Robin")
    assert not setup.continue_button.isEnabled()
    qtbot.keyClicks(setup.partner_name_edit, "Kim")
    assert setup.continue_button.isEnabled()
    assert setup.owner_leads_radio.text() == "Robin"
    assert setup.partner_leads_radio.text() == "Kim"
    choices = setup.choices()
    assert (choices.pair_id, choices.owner_name, choices.partner_name) == (None, "Robin", "Kim")
    assert choices.leader == OWNER and not choices.leader_always_first


def test_setup_shows_the_chosen_scripts_levels(setup, qtbot, visible_texts):
    """Choosing a script shows its summary and levels, and offers its levels as depths."""
    emitted = []
    setup.script_selected.connect(emitted.append)
    setup.select_script("deep")
    assert emitted == ["deep"]
    shown = visible_texts(setup)
    assert "Stories." in shown
    assert "1. A\n2. B\n3. C" in shown
    assert [setup.depth_combo.itemText(i) for i in range(3)] == ["1. A", "2. B", "3. C"]
    assert setup.choices().minutes == 45  # the length nearest the script's 50 minutes


def test_a_name_with_an_ampersand_is_shown_as_typed(setup, qtbot, choose):
    """ "Jo & Co" is not turned into a keyboard mnemonic on the leader radio."""
    choose(setup.new_people_radio)
    qtbot.keyClicks(setup.owner_name_edit, "Jo & Co")
    assert setup.owner_leads_radio.text() == "Jo && Co"
    assert setup.choices().owner_name == "Jo & Co"


LONG_PARKED = ParkedItem(
    "m1",
    "Next time one of us is having a hard time, how would you like the other to notice, and "
    "what would you want them to say?",
    "Defining moments",
    date(2025, 3, 12),
    "deep",
)


def test_a_parked_prompt_chosen_chooses_its_script(setup, qtbot):
    """Set-up lists what the pair parked recently with its script and day; Return on one
    chooses that script."""
    setup.set_parked([LONG_PARKED])
    assert setup.recent_parked.isVisible()
    item = setup.parked_list.item(0)
    assert item.text().endswith("” — Defining moments · 12 Mar 2025")
    setup.parked_list.setFocus()
    setup.parked_list.setCurrentRow(0)
    qtbot.keyClick(setup.parked_list, Qt.Key.Key_Return)
    assert setup.choices().script_id == "deep"
    setup.set_parked([])
    assert not setup.recent_parked.isVisible()


def test_a_long_parked_prompt_is_never_cut_off(setup, theme, qtbot):
    """A prompt too long for one line wraps, and the list grows to show all of it — also
    in a narrower window and with larger text."""
    setup.set_parked([LONG_PARKED])
    parked = setup.parked_list

    def whole() -> bool:
        return parked.viewport().rect().contains(parked.visualItemRect(parked.item(0)))

    for width, larger in ((1280, False), (700, False), (700, True)):
        theme.set_larger_text(larger)
        setup.resize(width, 720)
        qtbot.waitUntil(whole, timeout=2000)
    line = parked.fontMetrics().height()
    assert parked.visualItemRect(parked.item(0)).height() >= 2 * line  # wrapped, not elided
