"""A mentor with ten mentees, several months in, through the real window and mostly the
keyboard: Home finds one of them in two keystrokes and orders them as asked, a follow-up is
ticked done right on Home, the pair's page tells the story of the last months, set-up
suggests a script they have not had and only the prompts parked recently, last week's
follow-up is ticked done from "From last time", and search finds one person's notes, newest
first. The data is written straight into storage (`support.ten_people`), with the built-in
scripts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from belonging.application.continuity_rows import CarryChoice
from belonging.application.first_look import InstanceLock
from belonging.application.opening import open_workspace
from belonging.storage import repositories as repo
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from belonging.ui.views.describe import long_date, time_text
from belonging.ui.widgets.follow_up_row import FollowUpRow
from support.flow import answer_privately, answer_wrap_up_now, click, settle, window_of
from support.ten_people import BEN_CONVERSATIONS, OWNER, PARTNERS, seed_ten_people

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def scripts_dir() -> None:
    """The real built-in scripts: a pair months in has had many of them."""
    return None


@pytest.fixture
def ten_people(data_dir, clock) -> dict:
    """The ten pairs written into the data folder, "today" being the clock's day."""
    workspace = open_workspace(
        data_dir, lock=InstanceLock(data_dir), builtin_scripts=None, clock=clock
    )
    try:
        with workspace.session() as session:
            return seed_ten_people(session, workspace.library, clock.now())
    finally:
        workspace.close()


def _keys(qtbot, *keys) -> None:
    """Presses keys on whatever has the focus, as a keyboard would."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def _card_names(home) -> list[str]:
    """The name on each card Home shows, top to bottom."""
    names = []
    for pair_id in home.shown_pair_ids():
        (name, *_rest) = [
            label.text()
            for label in home.card_for(pair_id).findChildren(QLabel)
            if label.property("kind") == "heading"
        ]
        names.append(name)
    return names


def _choose(qtbot, combo, text: str) -> None:
    """Picks `text` in a combo box with the keyboard: focus, then Down until it is there."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _texts(widget) -> list[str]:
    QApplication.processEvents()
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def _open_ben(qtbot, app, window) -> None:
    """Home ▸ "B" ▸ Return: Ben's page, read from storage."""
    home = window.home
    qtbot.waitUntil(lambda: home.find_edit.isVisible())
    window.activateWindow()
    home.find_edit.setFocus()
    with qtbot.waitSignal(app.navigator.pair.loaded, timeout=10_000):
        _keys(qtbot, Qt.Key.Key_B, Qt.Key.Key_Return)
    assert window.current_page() is Page.PAIR
    QApplication.processEvents()


def test_home_finds_one_of_ten_in_two_keystrokes(start_app, data_dir, ten_people, qtbot):
    """The owner is named once above ten cards named by the other person; "B" leaves Ben
    alone on Home (Return then opens his page: `_open_ben`); ordered by next conversation,
    Ben (the only one planned) comes first, and the order is kept for the next start."""
    app = start_app(data_dir)
    window = window_of(app)
    home = window.home
    assert home.pairs_heading.text() == f"{OWNER}'s one-on-ones"
    names = _card_names(home)
    assert sorted(names) == sorted(PARTNERS)
    assert not any(f"{OWNER} and" in text for text in _texts(home))
    ben_card = home.card_for(ten_people["ben"].id)
    weekday = ten_people["next_at"].strftime("%A")  # three days on: named by its day
    at = time_text(ten_people["next_at"])  # "10:00", or "10:00 AM" as the locale writes it
    assert f"Next: {weekday} at {at}" in [label.text() for label in ben_card.findChildren(QLabel)]

    home.find_edit.setFocus()
    _keys(qtbot, Qt.Key.Key_B)
    assert _card_names(home) == ["Ben"]
    _keys(qtbot, Qt.Key.Key_Backspace)
    assert len(_card_names(home)) == len(PARTNERS)

    assert names[0] != "Ben"  # most recently met first, at first
    _choose(qtbot, home.order_combo, "Next conversation")
    assert _card_names(home)[0] == "Ben"
    window.close()
    again = window_of(start_app(data_dir))
    assert again.home.order_combo.currentText() == "Next conversation"
    assert _card_names(again.home)[0] == "Ben"


def test_a_follow_up_is_ticked_done_on_home_and_undone(start_app, data_dir, ten_people, qtbot):
    """Ben's card shows his most pressing follow-up, overdue; ticking it done saves it at
    once, and Undo opens it again."""
    app = start_app(data_dir)
    window = window_of(app)
    overdue = ten_people["overdue"]
    home = window.home
    (row,) = home.card_for(ten_people["ben"].id).findChildren(FollowUpRow)
    assert row.text_label.text() == overdue.text
    assert "overdue since" in row.details_label.text()
    row.box.setFocus()
    qtbot.keyClick(row.box, Qt.Key.Key_Space)
    settle(qtbot, app)
    with app.workspace.session() as session:
        assert repo.get_follow_up(session=session, follow_up_id=overdue.id).done
    assert window.undo_bar.message() == f"Done: {overdue.text}"
    click(qtbot, window.undo_bar.undo_button)
    settle(qtbot, app)
    with app.workspace.session() as session:
        assert not repo.get_follow_up(session=session, follow_up_id=overdue.id).done


def test_the_pair_page_tells_the_story_of_the_last_months(start_app, data_dir, ten_people, qtbot):
    """Ben's page: the next conversation, his talking point, the open follow-ups (the
    overdue one marked) and a card per conversation, newest first, each with its summary and
    the first lines of its shared notes, never the private one."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_ben(qtbot, app, window)
    page = window.pair
    next_at = ten_people["next_at"]
    assert page.next_card.planned() == next_at
    assert page.talking_points.point_texts() == ["The conference in May"]
    overdue = page.follow_up_row(ten_people["overdue"].id)
    assert "overdue since" in overdue.details_label.text()
    story = page.story
    assert story.total() == BEN_CONVERSATIONS
    entries = story.entries()
    days = [entry.on for entry in entries]
    assert days == sorted(days, reverse=True)
    newest = entries[0]
    texts = _texts(story.card(newest.conversation_id))
    assert story.open_button(newest.conversation_id).text() == long_date(newest.on)
    assert any(text.startswith("“A good talk about") for text in texts)
    assert any(f"Week {BEN_CONVERSATIONS}" in text for text in texts)
    shown = " ".join(_texts(page))
    assert "Private" not in shown and "tired" not in shown


def _space(qtbot, widget) -> None:
    """Moves the focus to `widget` (as Tab would) and presses Space on it."""
    qtbot.waitUntil(widget.isVisible, timeout=2000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_from_set_up_to_wrap_up_what_was_left_gets_done(start_app, data_dir, ten_people, qtbot):
    """Set-up suggests a script Ben has not had (never a first one-on-one) and lists only
    the prompt parked recently; "From last time" ticks the overdue follow-up done and takes
    up the other and Ben's talking point; the wrap-up lists the follow-up taken up, ticked
    done there too, and finishing lets the talking point go — all kept in storage."""
    app = start_app(data_dir)
    window = window_of(app)
    _open_ben(qtbot, app, window)
    _space(qtbot, window.pair.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    listed = setup.listed_script_ids()
    assert "first-one-on-one" not in listed and "mentor-mentee-beginnings" not in listed
    chosen = setup.choices().script_id
    assert chosen not in ten_people["scripts"]
    assert setup.script_history_label.text() == "New to the two of you."
    parked = [setup.parked_list.item(i).text() for i in range(setup.parked_list.count())]
    recent, old = ten_people["parked_texts"]
    assert len(parked) == 1 and parked[0].startswith(f"“{recent}”")
    assert old != recent and old not in " ".join(parked)

    _space(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.CARRY_FORWARD, timeout=10_000)
    carry = window.carry_forward
    offered = app.navigator.carry.offered
    by_text = {item.text: item.item_id for item in (*offered.follow_ups, *offered.talking_points)}
    overdue, still_open = ten_people["overdue"], ten_people["open"]
    _space(qtbot, carry.done_row(by_text[overdue.text]).box)
    _space(qtbot, carry.buttons_for(by_text[still_open.text])[CarryChoice.TAKE_UP])
    _space(qtbot, carry.buttons_for(by_text["The conference in May"])[CarryChoice.TAKE_UP])
    settle(qtbot, app)
    with app.workspace.session() as session:
        assert repo.get_follow_up(session=session, follow_up_id=overdue.id).done
    _space(qtbot, carry.continue_button)

    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES, timeout=10_000)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    click(qtbot, window.check_in.skip_button)
    assert window.current_page() is Page.CONVERSATION
    click(qtbot, window.conversation.buttons[Command.WRAP_UP])
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    editor = window.wrap_up.follow_up_editor
    carried = editor.carried_row(by_text[still_open.text])
    assert carried.isVisible() and carried.text_label.text() == still_open.text
    assert editor.carried_heading.text() == "Taken up from last time"
    _space(qtbot, carried.box)
    answer_privately(qtbot, window.wrap_up.closing_round)
    click(qtbot, window.wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    settle(qtbot, app)
    with app.workspace.session() as session:
        assert repo.get_follow_up(session=session, follow_up_id=still_open.id).done
        pair_id = ten_people["ben"].id
        assert repo.open_talking_points(session=session, pair_id=pair_id) == []


def test_search_finds_one_persons_notes_newest_first(start_app, data_dir, ten_people, qtbot):
    """Ctrl+F, then Ben chosen and a word typed: only his conversations, newest first, each
    headed by his name and its day, counted in words; a range of days narrows them."""
    app = start_app(data_dir)
    window = window_of(app)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: window.current_page() is Page.SEARCH)
    search = window.search
    qtbot.waitUntil(lambda: search.person_combo.findText("Ben") >= 0)

    def find(words: str) -> list[str]:
        search.set_query(words)
        ticket = search.search_now()
        qtbot.waitUntil(
            lambda: (
                search.latest_ticket() == ticket and "Searching" not in search.status_label.text()
            ),
            timeout=5000,
        )
        QApplication.processEvents()
        return [
            label.text()
            for label in search.findChildren(QLabel)
            if label.isVisible() and label.property("kind") == "heading" and " · " in label.text()
        ]  # each result's heading: person · day · script

    everyone = {heading.split(" · ")[0] for heading in find("deep work")}
    assert len(everyone) > 1 and "Ben" in everyone
    _choose(qtbot, search.person_combo, "Ben")
    headings = find("deep work")
    talks = ten_people["talks"][1::2]  # the weeks that wrote of "the deep work"
    assert len(headings) == len(talks)
    days = [talk.started_at.astimezone().date() for talk in reversed(talks)]
    assert [h.split(" · ")[:2] for h in headings] == [["Ben", long_date(day)] for day in days]
    count = len(talks)
    assert search.status_label.text() == f"{count} found in {count} conversations."

    since = days[1]
    search.since_check.setChecked(True)
    search.since_edit.setDate(since)
    headings = find("deep work")
    assert [h.split(" · ")[1] for h in headings] == [long_date(day) for day in days[:2]]

    headings = find("bakes on Sundays (week 12)")
    assert search.status_label.text() == "1 found in 1 conversation."
