"""What last time left, offered before the next conversation over a real data folder:
taking up a parked prompt, letting a follow-up go, and going straight on when nothing is
left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.application.continuity_rows import CarryChoice, CarryKind
from belonging.application.live_conversation import LiveConversation, Pairing
from belonging.core.engine import Conversation, ConversationSetup, Participant
from belonging.storage import repositories as repo
from belonging.ui.controllers.carry_forward_controller import CarryForwardController
from belonging.ui.pages import Page
from belonging.ui.views.carry_forward_view import CarryForwardView
from conftest import shown_widget


def _live(services, history) -> LiveConversation:
    """A conversation about to start for Sam and Alex, on "Defining moments"."""
    pair, script = history["pair"], history["script"]
    setup = ConversationSetup(
        script_id=script.id,
        script_sha256=script.sha256,
        participants=(
            Participant(str(pair.owner_id), "Sam"),
            Participant(str(pair.partner_id), "Alex"),
        ),
        leader_key=str(pair.owner_id),
    )
    workspace = services.workspace
    engine = Conversation(script, setup, workspace.clock)
    pairing = Pairing(pair.id, pair.owner_id, pair.partner_id)
    return LiveConversation(engine, pairing, services.jobs, lambda: workspace.db)


def test_carry_forward_takes_up_a_parked_prompt(qtbot, theme, services, history, shown, choose):
    """Taking up last time's parked prompt puts it first at its level in the new
    conversation; letting the follow-up go closes it; a pair with nothing left goes straight
    on."""
    view = shown_widget(qtbot, CarryForwardView())
    controller = CarryForwardController(view, services, shown)
    controller.begin(_live(services, history))
    qtbot.waitUntil(lambda: shown == [Page.CARRY_FORWARD], timeout=5000)
    QApplication.processEvents()
    # A mark and a follow-up may share a row id: the page keys them by kind too.
    mark_key = (CarryKind.PARKED, history["mark"].id)
    follow_up_key = (CarryKind.FOLLOW_UP, history["follow_up"].id)
    assert mark_key[1] == follow_up_key[1]
    choose(view.buttons_for(mark_key)[CarryChoice.TAKE_UP])
    choose(view.buttons_for(follow_up_key)[CarryChoice.LET_GO])
    with qtbot.waitSignal(controller.ready, timeout=5000) as ready:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    live, taken_up = ready.args
    parked = history["parked_prompt"]
    assert live.engine.setup.taken_up_prompt_ids == (parked.id,)
    assert taken_up.texts == ()
    live.engine.start()
    assert live.engine.current_prompt.id != parked.id  # it waits for its own level, 2
    workspace = services.workspace
    with workspace.session() as session:
        assert repo.open_follow_ups(session=session, pair_id=history["pair"].id) == []

    shown.clear()
    with workspace.session() as session:  # as the wrap-up does once it was shown
        repo.resolve_mark(session=session, mark_id=history["mark"].id)
    with qtbot.waitSignal(controller.ready, timeout=5000) as straight_on:
        controller.begin(_live(services, history))
    assert straight_on.args[1].texts == () and shown == []
