"""The pair page, search and history controllers over a real database file and writer
thread: what a person does on each page reaches storage, and what storage holds reaches
the page."""

from __future__ import annotations

import pytest
from history_support import add_unfinished, build_history
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from belonging.core.engine import Conversation, ConversationSetup, ManualClock, Participant
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, new_session, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.ui.controllers.active_conversation import Pairing
from belonging.ui.controllers.background_writer import BackgroundWriter
from belonging.ui.controllers.carry_forward_controller import CarryForwardController
from belonging.ui.controllers.continuity_controllers import (
    HistoryController,
    PairController,
    SearchController,
)
from belonging.ui.controllers.services import Services
from belonging.ui.settings import Settings
from belonging.ui.views.carry_forward_view import CarryForwardView
from belonging.ui.views.continuity_rows import CarryChoice, CarryKind
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from belonging.ui.views.pair_view import PairView
from belonging.ui.views.search_view import SearchView


@pytest.fixture
def services(tmp_path, qapp):
    """The app's services on a database file holding Sam and Alex's history."""
    engine = create_database_engine(tmp_path / "belonging.sqlite3")
    upgrade_to_head(engine)
    library = ScriptLibrary(None)
    with new_session(engine) as session:
        facts = build_history(session, library)
    writer = BackgroundWriter()
    made = Services(tmp_path, engine, writer, library, ManualClock(), Settings(tmp_path))
    made.facts = facts  # type: ignore[attr-defined]
    yield made
    writer.shutdown()
    engine.dispose()


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pair_page_opens_and_ticks_a_follow_up(qtbot, theme, services, choose):
    """Opening the pair page fills it from storage; ticking the follow-up completes it in
    storage, and saved settings come back on the page."""
    view = _shown(qtbot, PairView())
    shown = []
    controller = PairController(view, services, lambda: shown.append(True))
    pair_id = services.facts["pair"].id
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.open(pair_id)
    assert shown == [True]
    assert view.title_label.text() == "Sam and Alex"
    assert view.timeline_model.rowCount() == 2
    follow_up_id = services.facts["follow_up"].id
    choose(view.follow_up_box(follow_up_id))
    qtbot.waitUntil(lambda: not services.writer.busy, timeout=5000)
    with session_scope(services.db) as session:
        assert repo.open_follow_ups(session=session, pair_id=pair_id) == []

    panel = view.settings_panel
    choose(panel.topic_boxes["money"])
    with qtbot.waitSignal(controller.loaded, timeout=5000) as reloaded:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "money" in reloaded.args[0].settings.off_limits_topics
    with session_scope(services.db) as session:
        assert "money" in repo.get_pair(session=session, pair_id=pair_id).off_limits_topics


def test_pair_page_buttons_name_the_pair(qtbot, theme, services):
    """Start and Export name the pair; a timeline row names its conversation."""
    view = _shown(qtbot, PairView())
    controller = PairController(view, services, lambda: None)
    pair_id = services.facts["pair"].id
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
    assert asked.args == [services.facts["talks"][0].id]


def test_scrolling_a_long_timeline_reads_the_older_conversations(qtbot, theme, services):
    """A pair with more conversations than the first read lists the newest; pressing End in
    the table reads the rest from storage and lists them below, oldest last."""
    with session_scope(services.db) as session:
        pair = repo.get_pair(session=session, pair_id=services.facts["pair"].id)
        add_unfinished(session, pair, services.library, 60)
    view = _shown(qtbot, PairView())
    controller = PairController(view, services, lambda: None)
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
    assert ids[-1] == services.facts["talks"][0].id


def test_search_finds_and_opens_the_note_in_its_conversation(qtbot, theme, services):
    """Typing finds the note; Open shows its conversation scrolled to that note, and on a
    shared screen the private note is neither found nor shown."""
    search_view = _shown(qtbot, SearchView(debounce_ms=20))
    history_view = _shown(qtbot, ConversationHistoryView())
    shared = {"on": False}
    search = SearchController(search_view, services, lambda: None)
    history = HistoryController(history_view, services, lambda: None, lambda: shared["on"])
    search.result_requested.connect(history.open)
    try:
        with qtbot.waitSignal(search.runner.finished, timeout=5000):
            qtbot.keyClicks(search_view.query_edit, "tired")
        assert search_view.result_count() == 1
        QApplication.processEvents()
        (open_button,) = [b for b in search_view.findChildren(QPushButton) if b.text() == "Open"]
        with qtbot.waitSignal(history.opened, timeout=5000):
            qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
        talk = services.facts["talks"][0]
        assert history_view.record().conversation_id == talk.id
        qtbot.waitUntil(lambda: history_view.highlighted_note() is not None)

        shared["on"] = True
        with qtbot.waitSignal(search.runner.finished, timeout=5000):
            search_view.set_shared_screen(True)
        assert search_view.result_count() == 0
        with qtbot.waitSignal(history.opened, timeout=5000):
            history.open(talk.id)
        assert all(
            not note.private for prompt in history_view.record().prompts for note in prompt.notes
        )
    finally:
        search.shutdown()


def _active(services):
    """A conversation about to start for Sam and Alex, on "Defining moments"."""
    facts = services.facts
    pair = facts["pair"]
    script = facts["script"]
    setup = ConversationSetup(
        script_id=script.id,
        script_sha256=script.sha256,
        participants=(
            Participant(str(pair.owner_id), "Sam"),
            Participant(str(pair.partner_id), "Alex"),
        ),
        leader_key=str(pair.owner_id),
    )
    engine = Conversation(script, setup, services.clock)
    return services.new_active(engine, Pairing(pair.id, pair.owner_id, pair.partner_id))


def test_carry_forward_takes_up_a_parked_prompt(qtbot, theme, services, choose):
    """Taking up last time's parked prompt puts it first in the new conversation; letting
    the follow-up go closes it; a pair with nothing left goes straight on."""
    view = _shown(qtbot, CarryForwardView())
    shown = []
    controller = CarryForwardController(view, services, lambda: shown.append(True))
    controller.begin(_active(services))
    qtbot.waitUntil(lambda: shown == [True], timeout=5000)
    QApplication.processEvents()
    # A mark and a follow-up may share a row id: the page keys them by kind too.
    mark_key = (CarryKind.PARKED, services.facts["mark"].id)
    follow_up_key = (CarryKind.FOLLOW_UP, services.facts["follow_up"].id)
    assert mark_key[1] == follow_up_key[1]
    choose(view.buttons_for(mark_key)[CarryChoice.TAKE_UP])
    choose(view.buttons_for(follow_up_key)[CarryChoice.LET_GO])
    with qtbot.waitSignal(controller.ready, timeout=5000) as ready:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    active, texts = ready.args
    parked = services.facts["parked_prompt"]
    assert active.engine.setup.taken_up_prompt_ids == (parked.id,)
    assert texts == ()
    active.engine.start()
    assert active.engine.current_prompt.id != parked.id  # it waits for its own level, 2
    with session_scope(services.db) as session:
        assert repo.open_follow_ups(session=session, pair_id=services.facts["pair"].id) == []

    shown.clear()
    with session_scope(services.db) as session:  # as the wrap-up does once it was shown
        repo.resolve_mark(session=session, mark_id=services.facts["mark"].id)
    with qtbot.waitSignal(controller.ready, timeout=5000) as straight_on:
        controller.begin(_active(services))
    assert straight_on.args[1] == () and shown == []
