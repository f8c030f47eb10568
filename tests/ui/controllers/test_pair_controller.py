"""The pair page over a real data folder: what storage holds reaches the page, and what a
person does on it reaches storage."""

from __future__ import annotations

from PySide6.QtCore import Qt

from belonging.storage import repositories as repo
from belonging.ui.controllers.pair_controller import PairController
from belonging.ui.pages import Page
from belonging.ui.views.pair_view import PairView
from conftest import settle, shown_widget
from support.history import add_unfinished


def test_pair_page_opens_and_ticks_a_follow_up(qtbot, theme, services, history, shown, choose):
    """Opening the pair page fills it from storage; ticking the follow-up completes it in
    storage, and saved settings come back on the page."""
    view = shown_widget(qtbot, PairView())
    controller = PairController(view, services, shown)
    pair_id = history["pair"].id
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.open(pair_id)
    assert shown == [Page.PAIR]
    assert view.title_label.text() == "Sam and Alex"
    assert view.timeline_model.rowCount() == 2
    choose(view.follow_up_box(history["follow_up"].id))
    settle(qtbot, services)
    with services.workspace.session() as session:
        assert repo.open_follow_ups(session=session, pair_id=pair_id) == []

    panel = view.settings_panel
    choose(panel.topic_boxes["money"])
    with qtbot.waitSignal(controller.loaded, timeout=5000) as reloaded:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "money" in reloaded.args[0].settings.off_limits_topics
    with services.workspace.session() as session:
        assert "money" in repo.get_pair(session=session, pair_id=pair_id).off_limits_topics


def test_pair_page_buttons_name_the_pair(qtbot, theme, services, history, shown):
    """Start and Export name the pair; a timeline row names its conversation."""
    view = shown_widget(qtbot, PairView())
    controller = PairController(view, services, shown)
    pair_id = history["pair"].id
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.open(pair_id)
    with qtbot.waitSignal(controller.start_requested) as started:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [pair_id]
    with qtbot.waitSignal(controller.export_requested) as exported:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [pair_id]
    view.timeline_table.setFocus()
    view.timeline_table.setCurrentIndex(view.timeline_model.index(1, 0))
    with qtbot.waitSignal(controller.conversation_requested) as asked:
        qtbot.keyClick(view.timeline_table.viewport(), Qt.Key.Key_Return)
    assert asked.args == [history["talks"][0].id]


def test_scrolling_a_long_timeline_reads_the_older_conversations(
    qtbot, theme, services, history, shown
):
    """A pair with more conversations than the first read lists the newest; pressing End in
    the table reads the rest from storage and lists them below, oldest last."""
    workspace = services.workspace
    with workspace.session() as session:
        pair = repo.get_pair(session=session, pair_id=history["pair"].id)
        add_unfinished(session, pair, workspace.library, 60)
    view = shown_widget(qtbot, PairView())
    controller = PairController(view, services, shown)
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.open(pair.id)
    model, table = view.timeline_model, view.timeline_table
    assert model.total() == 62 and model.rowCount() < 62
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 62, timeout=5000)
    ids = [model.conversation_id(row) for row in range(62)]
    assert len(set(ids)) == 62
    assert ids[-1] == history["talks"][0].id
