"""Search as you type: asked for once typing pauses, run off the UI thread, results grouped
by conversation with the matches in bold, never overwritten by a stale answer, and private
notes left out on a shared screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Visibility
from belonging.ui.views.describe import long_date
from belonging.ui.views.search_view import SearchView
from support.continuity_samples import SEARCH_GROUPS


@pytest.fixture
def page(qtbot, theme):
    """The search page, shown, with a short pause before searching."""
    view = SearchView(debounce_ms=30)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _hits(view):
    QApplication.processEvents()
    return [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisible() and "<b>" in label.text()
    ]


def test_typing_asks_once_after_a_pause(page, qtbot):
    """Each key restarts the wait; one search is asked for, with the whole query."""
    asked = []
    page.search_requested.connect(lambda *args: asked.append(args))
    with qtbot.waitSignal(page.search_requested, timeout=2000):
        qtbot.keyClicks(page.query_edit, "baker")
    assert asked == [("baker", True, 1)]
    assert page.status_label.text() == "Searching…"


def test_results_are_grouped_with_bold_matches(page, qtbot, visible_texts):
    """Hits come under their conversation's script, day and pair, each with Open."""
    page.set_query("baker")
    qtbot.waitUntil(lambda: page.latest_ticket() == 1)
    assert page.show_results(1, SEARCH_GROUPS)
    QApplication.processEvents()
    texts = visible_texts(page)
    assert f"Alex · {long_date(date(2025, 3, 12))} · Defining moments" in texts
    assert f"Alex · {long_date(date(2025, 3, 5))} · First one-on-one" in texts
    assert "3 found in 2 conversations." in texts
    hits = _hits(page)
    assert hits[0] == "<i>Note:</i> Alex wanted to be a <b>baker</b>; Sam a pilot."
    assert hits[1].startswith("<i>Private note:</i>")
    assert hits[2].startswith("<i>Prompt:</i>")


def test_opening_a_result_names_conversation_and_note(page, qtbot):
    """Open on a note hit gives its conversation and note; on a prompt hit, no note."""
    page.set_query("baker")
    qtbot.waitUntil(lambda: page.latest_ticket() == 1)
    page.show_results(1, SEARCH_GROUPS)
    QApplication.processEvents()
    buttons = [b for b in page.findChildren(QPushButton) if b.text() == "Open"]
    with qtbot.waitSignal(page.result_opened) as opened:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened.args == [12, 1]
    with qtbot.waitSignal(page.result_opened) as opened:
        qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)
    assert opened.args == [11, None]


def test_a_stale_answer_never_overwrites_a_newer_one(page, qtbot):
    """Results for an older ticket are dropped once a newer search has been asked for."""
    page.set_query("bak")
    qtbot.waitUntil(lambda: page.latest_ticket() == 1)
    page.set_query("baker")
    qtbot.waitUntil(lambda: page.latest_ticket() == 2)
    assert page.show_results(2, SEARCH_GROUPS[1:])
    assert not page.show_results(1, SEARCH_GROUPS)
    assert len(_hits(page)) == 1


def test_shared_screen_leaves_private_notes_out(page, qtbot, visible_texts):
    """On a shared screen the search asks without private notes, shows none even if handed
    some, and says why."""
    page.set_query("baker")
    qtbot.waitUntil(lambda: page.latest_ticket() == 1)
    page.show_results(1, SEARCH_GROUPS)
    with qtbot.waitSignal(page.search_requested) as asked:
        page.set_shared_screen(True)
    assert asked.args == ["baker", False, 2]
    assert _hits(page) == []  # what was found among private notes left the screen at once
    page.show_results(2, SEARCH_GROUPS)
    hits = _hits(page)
    assert len(hits) == 2 and not any("Private" in hit for hit in hits)
    assert "Private notes are left out while the screen is shared." in visible_texts(page)


def test_clearing_the_query_clears_the_results(page, qtbot):
    """An empty field shows the gentle hint again, and no search is asked for."""
    page.set_query("baker")
    qtbot.waitUntil(lambda: page.latest_ticket() == 1)
    page.show_results(1, SEARCH_GROUPS)
    page.query_edit.clear()
    qtbot.waitUntil(lambda: page.latest_ticket() == 2)
    assert _hits(page) == []
    assert page.status_label.text().startswith("Type a word or two")


@pytest.fixture
def db(tmp_path):
    """A database file with one conversation holding a shared and a private note."""
    engine = create_database_engine(tmp_path / "search.sqlite3")
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        sam = repo.add_person(session=session, name="Sam")
        alex = repo.add_person(session=session, name="Alex")
        pair = repo.create_pair(session=session, owner_id=sam.id, partner_id=alex.id)
        talk = repo.start_conversation(
            session=session,
            pair_id=pair.id,
            script_id="defining-moments",
            script_sha256="ab" * 32,
            script_title="Defining moments",
            setup={},
        )
        repo.add_note(session=session, conversation_id=talk.id, text="Alex loved the bakery")
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            text="Private: the bakery closed",
            visibility=Visibility.PRIVATE,
        )
    yield engine
    engine.dispose()
