"""The pair page over a real data folder: what storage holds reaches the page, and what a
person does on it reaches storage."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from belonging.storage import repositories as repo
from belonging.ui.controllers.pair_controller import PairController
from belonging.ui.pages import Page
from belonging.ui.views.pair_view import PairView
from conftest import settle, shown_widget
from support.history import add_unfinished


def _open(qtbot, services, shown, pair_id) -> tuple[PairView, PairController]:
    view = shown_widget(qtbot, PairView())
    controller = PairController(view, services, shown)
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.open(pair_id)
    QApplication.processEvents()
    return view, controller


def test_pair_page_opens_and_ticks_a_follow_up(qtbot, theme, services, history, shown, choose):
    """Opening the pair page fills it from storage; ticking the follow-up completes it in
    storage, and saved settings come back on the page."""
    pair_id = history["pair"].id
    view, controller = _open(qtbot, services, shown, pair_id)
    assert shown == [Page.PAIR]
    assert view.title_label.text() == "Sam and Alex"
    assert len(view.story.entries()) == 2
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


def test_the_story_tells_each_conversation_with_its_notes(qtbot, theme, services, history, shown):
    """Each conversation's card carries the first lines of its shared notes and its
    follow-ups; a private note is never on it."""
    view, _controller = _open(qtbot, services, shown, history["pair"].id)
    first = history["talks"][0].id
    entry = next(e for e in view.story.entries() if e.conversation_id == first)
    assert entry.note_lines == ("Alex: bakery", "Good start overall")
    assert [f.text for f in entry.follow_ups] == ["Send the article"]
    assert all("tired" not in line for e in view.story.entries() for line in e.note_lines)


def test_pair_page_buttons_name_the_pair(qtbot, theme, services, history, shown):
    """Start and Export name the pair; a card's day opens its conversation."""
    pair_id = history["pair"].id
    view, controller = _open(qtbot, services, shown, pair_id)
    with qtbot.waitSignal(controller.start_requested) as started:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [pair_id]
    with qtbot.waitSignal(controller.export_requested) as exported:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [pair_id]
    first = history["talks"][0].id
    with qtbot.waitSignal(controller.conversation_requested) as asked:
        qtbot.mouseClick(view.story.open_button(first), Qt.MouseButton.LeftButton)
    assert asked.args == [first]


def test_earlier_conversations_are_read_when_asked(qtbot, theme, services, history, shown):
    """A pair with more conversations than the first read tells the newest; "Show earlier
    conversations" reads the rest from storage, a page at a time, oldest last."""
    workspace = services.workspace
    with workspace.session() as session:
        pair = repo.get_pair(session=session, pair_id=history["pair"].id)
        add_unfinished(session, pair, workspace.library, 22)
    view, _controller = _open(qtbot, services, shown, pair.id)
    story = view.story
    assert story.total() == 24 and len(story.entries()) < 24
    while story.more_button.isVisible():
        count = len(story.entries())
        qtbot.mouseClick(story.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda count=count: len(story.entries()) > count, timeout=5000)
    ids = [entry.conversation_id for entry in story.entries()]
    assert len(ids) == 24 == len(set(ids))
    assert ids[-1] == history["talks"][0].id


def _dialog(qtbot, controller, name):
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog.objectName() == name
    return dialog


def test_a_follow_up_is_changed_then_deleted_and_put_back(qtbot, theme, services, history, shown):
    """Edit… changes a follow-up's words, owner and day; deleting it takes it away at
    once, and Undo puts it back as it was."""
    pair_id, follow_up = history["pair"].id, history["follow_up"]
    view, controller = _open(qtbot, services, shown, pair_id)
    qtbot.mouseClick(view.follow_up_row(follow_up.id).edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, controller, "follow_up_dialog")
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Send the article on turning points")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Both of you"))
    qtbot.mouseClick(
        dialog.due_check, Qt.MouseButton.LeftButton, pos=dialog.due_check.rect().center()
    )
    dialog.due_edit.setDate(QDate(2025, 4, 1))
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    with services.workspace.session() as session:
        (kept,) = repo.open_follow_ups(session=session, pair_id=pair_id)
    assert (kept.text, kept.owner_id, kept.due) == (
        "Send the article on turning points",
        None,
        date(2025, 4, 1),
    )

    qtbot.mouseClick(view.follow_up_row(follow_up.id).edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, controller, "follow_up_dialog")
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    with services.workspace.session() as session:
        assert repo.open_follow_ups(session=session, pair_id=pair_id) == []
    assert view.follow_up_row(follow_up.id) is None
    assert services.undo.message == "Deleted: Send the article on turning points"
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        services.undo.undo()  # the window's bar calls it (tests/ui/app press its button)
    with services.workspace.session() as session:
        (back,) = repo.open_follow_ups(session=session, pair_id=pair_id)
    assert (back.id, back.text, back.due) == (follow_up.id, kept.text, date(2025, 4, 1))
    assert back.conversation_id == history["talks"][0].id
    assert view.follow_up_row(follow_up.id) is not None


def test_a_talking_point_is_added_let_go_and_carried_again(qtbot, theme, services, history, shown):
    """A topic added for next time is kept as Alex's; Let go stops carrying it, and Undo
    carries it again."""
    pair = history["pair"]
    view, controller = _open(qtbot, services, shown, pair.id)
    card = view.talking_points
    card.whose_combo.setCurrentIndex(card.whose_combo.findText("Alex"))
    qtbot.keyClicks(card.text_edit, "The conference in May")
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        qtbot.keyClick(card.text_edit, Qt.Key.Key_Return)
    with services.workspace.session() as session:
        (point,) = repo.open_talking_points(session=session, pair_id=pair.id)
    assert (point.text, point.raised_by_id) == ("The conference in May", pair.partner_id)
    assert card.point_texts() == ["The conference in May"]
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        qtbot.mouseClick(card.let_go_button(point.id), Qt.MouseButton.LeftButton)
    with services.workspace.session() as session:
        assert repo.open_talking_points(session=session, pair_id=pair.id) == []
    assert services.undo.message == "Let go: The conference in May"
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        services.undo.undo()
    assert card.point_texts() == ["The conference in May"]


def test_the_next_conversation_is_planned_and_written_to_a_calendar_file(
    qtbot, theme, services, history, shown, tmp_path, clock
):
    """Plan the next one… keeps a day and time for the pair; Add to calendar… writes an
    .ics file that a calendar reads back with that time."""
    pair_id = history["pair"].id
    view, controller = _open(qtbot, services, shown, pair_id)
    card = view.next_card
    assert card.when_label.text() == "Nothing planned yet."
    qtbot.mouseClick(card.plan_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, controller.planner, "next_conversation_dialog")
    moment = clock.now().astimezone() + timedelta(days=3)
    dialog.when_edit.setDateTime(QDateTime(QDate(moment.date()), QTime(10, 30)))
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    planned = datetime.combine(moment.date(), datetime.min.time().replace(hour=10, minute=30))
    planned = planned.astimezone()
    with services.workspace.session() as session:
        assert repo.get_pair(session=session, pair_id=pair_id).next_conversation_at == planned
    assert card.planned() == planned

    qtbot.mouseClick(card.calendar_button, Qt.MouseButton.LeftButton)
    file_dialog = _dialog(qtbot, controller.planner, "calendar_file_dialog")
    assert file_dialog.selectedFiles()[0].endswith(
        f"one-on-one-alex-{planned.date().isoformat()}.ics"
    )
    target = tmp_path / "next.ics"
    file_dialog.selectFile(str(target))
    with qtbot.waitSignal(controller.planner.calendar_written, timeout=5000):
        file_dialog.accept()
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == planned
    assert str(event.get("summary")) == "One-on-one with Alex"
    assert str(target) in card.saved_label.text()
