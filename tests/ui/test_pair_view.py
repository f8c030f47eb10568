"""The pair page, used as a person would: read the timeline, open a conversation, tick a
follow-up, change the pair's settings, start or export."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from belonging.ui.views.describe import long_date, time_text
from belonging.ui.views.pair_view import PairView
from support.continuity_samples import (
    FOLLOW_UPS,
    NEXT_CONVERSATION,
    PARKED,
    SETTINGS,
    TALKING_POINTS,
    TIMELINE,
    fill_pair_page,
)


@pytest.fixture
def page(qtbot, theme, visible_texts):
    """The pair page of Sam and Alex, filled and shown."""
    view = PairView()
    qtbot.addWidget(view)
    fill_pair_page(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _card_texts(page, conversation_id) -> list[str]:
    card = page.story.card(conversation_id)
    return [label.text() for label in card.findChildren(QLabel)]


def test_each_conversation_is_a_card_that_tells_it(page):
    """A conversation's card says its day, script, depth and talk time (never how often "too
    much?" was said), the first line of its summary, its notes' first lines (and how many
    more) and its follow-ups, done or not; an unfinished one says so."""
    assert page.story.open_button(12).text() == long_date(TIMELINE[1].on)
    texts = _card_texts(page, 12)
    assert "Defining moments · Level 3 of 5 · talked 38 min" in texts
    assert not [text for text in texts if "too much" in text.lower()]
    assert "“We both started in jobs we did not choose.”" in texts
    assert "• Sam changed teams after the merger." in texts
    assert "and 2 more notes" in texts
    assert "○ Send Alex the article on career changes — Sam · due 26 Mar 2025" in texts
    assert "✓ Share the reading list — Alex · done on 15 Mar 2025" in texts
    assert any("not finished" in text for text in _card_texts(page, 13))
    assert "No shared notes." not in _card_texts(page, 11)


def test_the_day_of_a_card_opens_that_conversation_by_keyboard(page, qtbot):
    """Tab to a card's day and press Space: that conversation is asked for."""
    button = page.story.open_button(12)
    button.setFocus()
    with qtbot.waitSignal(page.conversation_opened) as opened:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened.args == [12]


def test_ticking_a_follow_up_marks_it_done(page, qtbot, choose):
    """Ticking a follow-up's Done box says which one is done; unticking says it is open
    again; clicking its words ticks it too."""
    row = page.follow_up_row("f1")
    assert row.text_label.text() == "Send Alex the article on career changes"
    assert row.details_label.text() == "Sam · due 26 Mar 2025"
    assert page.follow_up_row("f2").details_label.text().startswith("Both of you")
    with qtbot.waitSignal(page.follow_up_toggled) as ticked:
        choose(row.box)
    assert ticked.args == ["f1", True]
    with qtbot.waitSignal(page.follow_up_toggled) as unticked:
        qtbot.mouseClick(row.text_label, Qt.MouseButton.LeftButton)
    assert unticked.args == ["f1", False]
    page.set_follow_up_done("f1", True)
    assert row.box.isChecked()


def test_an_overdue_follow_up_is_marked_gently(page):
    """A follow-up past its day says "overdue since", in the accent colour, not in red."""
    late = page.follow_up_row("f3")
    assert late.details_label.text() == "Sam · overdue since 14 Mar 2025"
    assert late.details_label.property("kind") == "accent"
    assert page.follow_up_row("f1").details_label.property("kind") == "muted"


def test_edit_asks_for_that_follow_up(page, qtbot):
    """Each follow-up's Edit… asks to change that one."""
    with qtbot.waitSignal(page.follow_up_edit_requested) as asked:
        qtbot.mouseClick(page.follow_up_row("f3").edit_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["f3"]


def test_the_next_conversation_and_talking_points_are_on_the_page(page, qtbot, visible_texts):
    """When the two talk next is said; what either wants to bring up is listed, a new one
    is added with the keyboard, and one is let go."""
    texts = visible_texts(page)
    at = time_text(NEXT_CONVERSATION)  # "10:00", or "10:00 AM" as the locale writes it
    assert any(text.endswith(f"at {at}") and "27 March 2025" in text for text in texts)
    assert page.next_card.calendar_button.isEnabled()
    card = page.talking_points
    assert card.point_texts() == [p.text for p in TALKING_POINTS]
    card.whose_combo.setCurrentIndex(card.whose_combo.findText("Alex"))
    qtbot.keyClicks(card.text_edit, "Moving to the platform team")
    with qtbot.waitSignal(page.talking_point_added) as added:
        qtbot.keyClick(card.text_edit, Qt.Key.Key_Return)
    assert added.args == ["Moving to the platform team", "partner"]
    with qtbot.waitSignal(page.talking_point_let_go) as let_go:
        qtbot.mouseClick(card.let_go_button(1), Qt.MouseButton.LeftButton)
    assert let_go.args == [1]
    page.set_next(None)
    assert page.next_card.when_label.text() == "Nothing planned yet."
    assert not page.next_card.calendar_button.isEnabled()


def _parked_rows(view):
    model = view.parked_list.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_parked_prompts_and_empty_lists_are_shown(page, visible_texts):
    """Parked prompts appear in their words; empty lists say so kindly."""
    assert page.parked_list.isVisible()
    assert "“When did you last feel out of your depth?”" in _parked_rows(page)
    assert "Parked for a better moment" in visible_texts(page)
    page.set_parked([])
    page.set_follow_ups([])
    page.set_timeline([])
    QApplication.processEvents()  # new rows are shown by a queued call, as in the app
    texts = visible_texts(page)
    assert "Nothing parked." in texts and "Nothing open." in texts
    assert page.story.empty_label.isVisible() and page.story.card(12) is None


def test_settings_change_depth_topics_and_names(page, qtbot, choose):
    """A person changes the comfortable depth, ticks a topic off-limits, renames the
    partner, and Save hands all of it back."""
    panel = page.settings_panel
    assert panel.depth_combo.currentText() == "Level 2"
    assert "suggest level 2" in panel.learned_label.text()
    panel.depth_combo.setFocus()
    qtbot.keyClick(panel.depth_combo, Qt.Key.Key_Down)
    assert list(panel.topic_boxes) == ["career", "childhood", "family", "health", "money"]
    assert panel.topic_boxes["family"].isChecked()
    choose(panel.topic_boxes["health"])
    panel.partner_name_edit.clear()
    qtbot.keyClicks(panel.partner_name_edit, "Alexandra")
    with qtbot.waitSignal(page.settings_saved) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settings = saved.args[0]
    assert settings.comfortable_depth == 3
    assert settings.off_limits_topics == ("family", "health")
    assert settings.partner_name == "Alexandra"


def test_settings_refuse_an_empty_name(page, qtbot, visible_texts):
    """Saving without a name says why, and saves nothing."""
    panel = page.settings_panel
    panel.owner_name_edit.clear()
    saved = []
    page.settings_saved.connect(saved.append)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert saved == []
    assert "Both of you need a name." in visible_texts(page)


def test_depth_can_be_unknown(page):
    """A pair without history shows "Not known yet" and gives back None."""
    from dataclasses import replace

    page.set_settings(replace(SETTINGS, comfortable_depth=None, learned_depth=None))
    panel = page.settings_panel
    assert panel.depth_combo.currentText() == "Not known yet"
    assert page.settings_panel.settings().comfortable_depth is None
    assert "learns this from your conversations" in panel.learned_label.text()


def test_start_and_export_buttons(page, qtbot):
    """Start a conversation and Export… each say so."""
    with qtbot.waitSignal(page.start_requested):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.export_requested):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_chart_is_on_the_page(page):
    """The closeness chart shows both people's trend."""
    assert "Sam: from 3 to 6, closer." in page.closeness_chart.accessibleDescription()


def _long_timeline(count):
    first = TIMELINE[1]
    return [
        replace(first, conversation_id=100 + n, on=first.on - timedelta(days=7 * n))
        for n in range(count)
    ]


def test_earlier_conversations_come_when_asked(page, qtbot):
    """A long history tells its newest conversations first; "Show earlier conversations"
    asks once for the next ones, which are told below; when none are left it goes away."""
    history = _long_timeline(30)
    page.set_timeline(history[:10], total=30)
    story = page.story
    assert (len(story.entries()), story.total()) == (10, 30)
    assert story.more_button.isVisible()
    asked = []
    page.more_timeline_requested.connect(lambda: asked.append(True))
    story.more_button.setFocus()
    qtbot.keyClick(story.more_button, Qt.Key.Key_Space)
    qtbot.keyClick(story.more_button, Qt.Key.Key_Space)
    assert len(asked) == 1  # one page at a time
    page.add_timeline(history[10:20])
    page.add_timeline(history[20:])
    assert story.open_button(129).text() == long_date(history[29].on)
    assert not story.more_button.isVisible()


def test_filling_again_with_the_same_history_keeps_ones_place(page, qtbot):
    """Opening the page again on an unchanged history keeps its cards and the chosen
    parked prompt; a changed history is told anew."""
    card = page.story.card(12)
    page.parked_list.setCurrentIndex(page.parked_list.model().index(1, 0))
    page.set_timeline(list(TIMELINE))
    page.set_parked(list(PARKED))
    assert page.story.card(12) is card
    assert page.parked_list.currentIndex().row() == 1
    page.set_timeline(TIMELINE[:2])
    assert page.story.card(11) is None


def test_filling_again_drops_unsaved_edits_and_ticks(page, choose):
    """Opening the page again shows what is stored: a name typed but not saved goes back,
    and a follow-up ticked but still open is shown open."""
    panel = page.settings_panel
    panel.partner_name_edit.setText("Alexandra")
    choose(page.follow_up_box("f1"))
    page.set_settings(SETTINGS)
    page.set_follow_ups(FOLLOW_UPS)
    assert panel.partner_name_edit.text() == "Alex"
    assert not page.follow_up_box("f1").isChecked()
    boxes = dict(panel.topic_boxes)
    page.set_settings(SETTINGS)
    assert panel.topic_boxes == boxes  # unchanged settings are not filled in again
