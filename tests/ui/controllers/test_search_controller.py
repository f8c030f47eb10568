"""Search and a past conversation over a real data folder: typing finds the note, Open
shows its conversation at that note, and on a shared screen no private note is found or
shown."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from belonging.ui.controllers import search_controller
from belonging.ui.controllers.history_controller import HistoryController
from belonging.ui.controllers.search_controller import SearchController
from belonging.ui.pages import Page
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from belonging.ui.views.search_view import SearchView
from conftest import shown_widget


def test_search_finds_and_opens_the_note_in_its_conversation(
    qtbot, theme, services, history, shown, shared_screen
):
    """Typing finds the note; Open shows its conversation scrolled to that note, and on a
    shared screen the private note is neither found nor shown."""
    search_view = shown_widget(qtbot, SearchView(debounce_ms=20))
    history_view = shown_widget(qtbot, ConversationHistoryView())
    search = SearchController(search_view, services, shown)
    past = HistoryController(history_view, services, shown)
    search.result_requested.connect(past.open)
    qtbot.keyClicks(search_view.query_edit, "tired")
    qtbot.waitUntil(lambda: search_view.result_count() == 1, timeout=5000)
    QApplication.processEvents()
    (open_button,) = [b for b in search_view.findChildren(QPushButton) if b.text() == "Open"]
    with qtbot.waitSignal(past.opened, timeout=5000):
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    talk = history["talks"][0]
    assert shown.last is Page.HISTORY
    assert history_view.record().conversation_id == talk.id
    qtbot.waitUntil(lambda: history_view.highlighted_note() is not None)

    shared_screen.on = True
    search_view.set_shared_screen(True)
    qtbot.waitUntil(lambda: search_view.result_count() == 0, timeout=5000)
    with qtbot.waitSignal(past.opened, timeout=5000):
        past.open(talk.id)
    assert all(
        not note.private for prompt in history_view.record().prompts for note in prompt.notes
    )


def test_only_the_newest_search_is_shown(qtbot, theme, services, history, shown):
    """Typing on while a search runs shows the results of what was typed last, never those
    of an older search that finished later."""
    view = shown_widget(qtbot, SearchView(debounce_ms=0))
    SearchController(view, services, shown, parent=view)
    for query in ("tir", "tired", "bakery"):
        view.set_query(query)
        view.search_now()
    qtbot.waitUntil(lambda: not services.jobs.busy, timeout=5000)
    QApplication.processEvents()
    hits = [
        label.accessibleName()
        for label in view.findChildren(type(view.status_label))
        if label.accessibleName().startswith(("Note", "Private note"))
    ]
    assert hits and all("bakery" in hit for hit in hits)


def test_searching_runs_off_the_ui_thread(qtbot, theme, services, history, shown, monkeypatch):
    """Each search runs on another thread, never the UI thread, whatever is typed."""
    threads: list[threading.Thread] = []
    real = search_controller.search_notes

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(search_controller, "search_notes", watched)
    view = shown_widget(qtbot, SearchView(debounce_ms=20))
    SearchController(view, services, shown, parent=view)
    qtbot.keyClicks(view.query_edit, "bake")
    qtbot.waitUntil(lambda: view.result_count() == 1, timeout=5000)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_a_search_that_fails_says_why(qtbot, theme, services, shown, monkeypatch):
    """A search that raises is reported on the page with its reason, not lost."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(search_controller, "search_notes", broken)
    view = shown_widget(qtbot, SearchView(debounce_ms=0))
    SearchController(view, services, shown, parent=view)
    view.set_query("x")
    view.search_now()
    qtbot.waitUntil(lambda: "disk unplugged" in view.status_label.text(), timeout=5000)
    assert view.status_label.text() == "The search did not work just now (disk unplugged)."
