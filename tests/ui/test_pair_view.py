"""The pair page, used as a person would: read the timeline, open a conversation, tick a
follow-up, change the pair's settings, start or export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.ui.views.describe import short_date
from belonging.ui.views.pair_view import PairView
from belonging.ui.views.timeline_model import Column
from support.continuity_samples import FOLLOW_UPS, PARKED, READINGS, SETTINGS, TIMELINE


@pytest.fixture
def page(qtbot, theme, visible_texts):
    """The pair page of Sam and Alex, filled and shown."""
    view = PairView()
    qtbot.addWidget(view)
    view.set_title("Sam and Alex", "Manager and report")
    view.set_timeline(TIMELINE)
    view.set_follow_ups(FOLLOW_UPS)
    view.set_parked(PARKED)
    view.set_closeness("Sam", "Alex", READINGS)
    view.set_settings(SETTINGS)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _cell(view, row, column):
    model = view.timeline_model
    return model.data(model.index(row, column))


def test_timeline_reads_like_a_history(page):
    """Each row shows its date, script, depth of how many levels and minutes, and never how
    often "too much?" was said; an unfinished conversation says so."""
    assert page.timeline_model.rowCount() == 3
    assert _cell(page, 1, Column.DATE) == "12 Mar 2025"
    assert _cell(page, 1, Column.SCRIPT) == "Defining moments"
    assert _cell(page, 1, Column.DEPTH) == "Level 3 of 5"
    headers = [
        page.timeline_model.headerData(column, Qt.Orientation.Horizontal) for column in Column
    ]
    assert not [header for header in headers if "too much" in header.lower()]
    assert _cell(page, 1, Column.TALKED) == "38 min"
    assert _cell(page, 1, Column.PAUSED) == "4 min"
    assert _cell(page, 2, Column.PAUSED) == "—"
    assert _cell(page, 0, Column.SCRIPT) == "Struggles and support (not finished)"
    assert _cell(page, 0, Column.TALKED) == "—"
    headers = [
        page.timeline_model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(Column))
    ]
    assert headers == ["Date", "Script", "Depth reached", "Talked", "Paused"]


def test_enter_on_a_row_opens_that_conversation(page, qtbot):
    """Choosing a row with the keyboard and pressing Enter asks to open that conversation."""
    table = page.timeline_table
    table.setFocus()
    table.setCurrentIndex(page.timeline_model.index(1, 0))
    with qtbot.waitSignal(page.conversation_opened) as opened:
        qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    assert opened.args == [12]


def test_ticking_a_follow_up_marks_it_done(page, qtbot, choose):
    """Ticking a follow-up says which one is done; unticking says it is open again."""
    box = page.follow_up_box("f1")
    assert box.text().startswith("Send Alex the article on career changes — Sam, due 26 Mar")
    assert "both of you" in page.follow_up_box("f2").text()
    with qtbot.waitSignal(page.follow_up_toggled) as ticked:
        choose(box)
    assert ticked.args == ["f1", True]
    with qtbot.waitSignal(page.follow_up_toggled) as unticked:
        choose(box)
    assert unticked.args == ["f1", False]
    page.set_follow_up_done("f1", True)
    assert box.isChecked()


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
    assert not page.timeline_table.isVisible()


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
    from dataclasses import replace
    from datetime import timedelta

    first = TIMELINE[1]
    return [
        replace(first, conversation_id=100 + n, on=first.on - timedelta(days=7 * n))
        for n in range(count)
    ]


def test_scrolling_to_the_end_asks_for_older_conversations(page, qtbot):
    """A long history lists its newest conversations first; pressing End in the table asks
    once for the next ones, which appear below; when none are left it stops asking."""
    history = _long_timeline(30)
    page.set_timeline(history[:20], total=30)
    model, table = page.timeline_model, page.timeline_table
    assert (model.rowCount(), model.total()) == (20, 30)
    asked = []
    page.more_timeline_requested.connect(lambda: asked.append(True))
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(page.more_timeline_requested):
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert len(asked) == 1  # one page at a time
    page.add_timeline(history[20:])
    assert model.rowCount() == 30
    assert _cell(page, 29, Column.DATE) == short_date(history[29].on)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert len(asked) == 1 and not model.canFetchMore()


def test_filling_again_with_the_same_history_keeps_ones_place(page, qtbot):
    """Opening the page again on an unchanged history keeps the chosen conversation and
    parked prompt; a changed history is shown anew."""
    page.timeline_table.setCurrentIndex(page.timeline_model.index(2, 0))
    page.parked_list.setCurrentIndex(page.parked_list.model().index(1, 0))
    page.set_timeline(list(TIMELINE))
    page.set_parked(list(PARKED))
    assert page.timeline_table.currentIndex().row() == 2
    assert page.parked_list.currentIndex().row() == 1
    page.set_timeline(TIMELINE[:2])
    assert page.timeline_model.rowCount() == 2
    assert not page.timeline_table.currentIndex().isValid()


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
