"""What crosses the network between the partner's phone and Belonging, read off the wire: no
prompt, no note, no secret in the clear, every message of one size; and a recorded hello
played back is refused, with the window saying so."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from belonging.application.partner_screen.invitation import from_base32
from belonging.application.partner_screen.sealing import PAGE_FRAME_BYTES
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import begin_conversation, click, prompt_words
from support.partner import WireRecorder, replay_frame
from support.partner_page import keep_note, on_page, press, start, text_of

NOTE = "My own note: the reorganisation worries me"


@pytest.fixture
def recorder():
    """A relay to record the wire, closed after the test."""
    made = []

    def record(port: int) -> WireRecorder:
        made.append(WireRecorder(port))
        return made[-1]

    yield record
    for relay in made:
        relay.close()


def test_nothing_readable_crosses_the_wire(start_app, data_dir, qtbot, phone, recorder):
    """Every byte between the phone and Belonging, both ways: the prompts shown, the note
    kept on the phone, the secret and its key never appear; every message from the phone
    is the same size whatever it says."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    dialog = app.navigator.partner.open_dialog()
    qtbot.waitUntil(lambda: bool(dialog.qr.text()), timeout=5000)
    screen = app.navigator.partner.screen
    relay = recorder(screen.port)
    driver = phone()
    driver.get(relay.address(dialog.qr.text()))
    qtbot.waitUntil(lambda: screen.connected, timeout=10_000)
    shown = [prompt_words(window)]
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == shown[-1])
    keep_note(driver, NOTE)
    press(driver, "too-much")
    panel = window.conversation.step_back_panel
    qtbot.waitUntil(lambda: window.conversation.prompt_stack.currentWidget() is panel)
    click(qtbot, panel.go_on_button)
    shown.append(prompt_words(window))
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == shown[-1])
    press(driver, "pause")
    qtbot.waitUntil(window.conversation.is_paused)
    press(driver, "pause")
    qtbot.waitUntil(lambda: not window.conversation.is_paused())
    click(qtbot, window.conversation.buttons[Command.NEXT])
    shown.append(prompt_words(window))
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == shown[-1])
    assert window.current_page() is Page.CONVERSATION

    wire = relay.everything()
    assert b"GET /ws" in wire and len(wire) > 10_000  # the recording holds the whole exchange
    for words in (*shown, NOTE, "reorganisation", "Alex", "Sam"):
        assert words.encode() not in wire, f"{words!r} crossed the wire in the clear"
    secret = screen.invitation.secret_text
    assert secret.encode() not in wire
    assert screen.invitation.key not in wire
    assert from_base32(secret) not in wire
    frames = relay.client_frames()
    assert len(frames) >= 4  # hello, too much, pause, resume (and any answers to pings)
    data_frames = [frame for frame in frames if len(frame) > 32]
    assert {len(frame) for frame in data_frames} == {PAGE_FRAME_BYTES}
    assert driver.find_element(By.ID, "note-list").text.startswith(NOTE)


def test_a_recorded_hello_played_back_is_refused(start_app, data_dir, qtbot, phone, recorder):
    """Someone who recorded the phone's first message and sends it again on a connection of
    their own is refused (it answers an old challenge); the window says so, and the phone
    stays connected."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    dialog = app.navigator.partner.open_dialog()
    qtbot.waitUntil(lambda: bool(dialog.qr.text()), timeout=5000)
    screen = app.navigator.partner.screen
    relay = recorder(screen.port)
    driver = phone()
    driver.get(relay.address(dialog.qr.text()))
    qtbot.waitUntil(lambda: screen.connected, timeout=10_000)
    hello = relay.raw_client_frames()[0]
    code = replay_frame(screen.port, hello)
    assert code == 4002
    qtbot.waitUntil(lambda: "without this conversation's key" in dialog.notice_label.text())
    assert screen.connected
    press(driver, "too-much")
    qtbot.waitUntil(
        lambda: (
            window.conversation.prompt_stack.currentWidget() is window.conversation.step_back_panel
        )
    )
