"""The partner's own screen through the real window and a real browser: headless Chromium
opens the page from the QR code's address, sees the prompt, presses "Too much?" and the
owner's window steps back; casts the secret yes; keeps notes that never reach the owner's
data; and once the conversation is over, the port refuses connections."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time

from selenium.webdriver.common.by import By

from belonging.application.partner_screen import ScreenStatus
from belonging.core.conversation_events import EventKind
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from support.flow import (
    answer_privately,
    answer_wrap_up_now,
    begin_conversation,
    choose_in,
    click,
    prompt_words,
    settle,
    tick,
)
from support.partner_page import join, keep_note, on_page, press, start, text_of

NOTE_ONE = "Remember to ask Sam about the mentoring budget"
NOTE_TWO = "I felt heard when we talked about the move"


def vote_on_phone(qtbot, driver, yes: bool) -> None:
    """The partner's secret ballot, on their own screen."""
    on_page(qtbot, driver, lambda d: d.find_elements(By.CSS_SELECTOR, "input[name='ballot']"))
    choices = driver.find_elements(By.CSS_SELECTOR, "input[name='ballot']")
    choices[0 if yes else 1].click()
    driver.find_element(By.CSS_SELECTOR, "#question button.primary").click()


def finish_wrap_up(qtbot, app, window, strike_on_phone=None, driver=None) -> None:
    """Wrap up, read back, private closing round, Save and finish."""
    click(qtbot, window.conversation.buttons[Command.WRAP_UP])
    answer_wrap_up_now(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    if strike_on_phone is not None:
        strike_on_phone()
    answer_privately(qtbot, window.wrap_up.closing_round)
    if driver is not None:
        on_page(qtbot, driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#question button"))
        driver.find_element(By.CSS_SELECTOR, "#question button.primary").click()
    qtbot.waitUntil(lambda: not window.wrap_up.closing_round.is_running(), timeout=10_000)
    click(qtbot, window.wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    settle(qtbot, app)


def refuses(port: int) -> bool:
    """Whether nothing listens on loopback `port` any more."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


def data_bytes(data_dir) -> bytes:
    """Every byte of every file in the data folder."""
    return b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())


def test_the_partner_steps_back_votes_and_keeps_notes_from_their_phone(
    start_app, data_dir, qtbot, phone
):
    """From the QR address, the phone shows the prompt; its "Too much?" steps the window back
    at once; its secret yes counts in the ballot; its notes stay on the phone; after the
    wrap-up the port refuses connections."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    driver = phone()
    join(qtbot, app, driver)
    assert "connected" in window.partner_bar.status_label.text()
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == prompt_words(window))
    assert text_of(driver, "turn") == "Sam answers first, then Alex."

    window.conversation.buttons[Command.NEXT].click()  # a step on the window shows there too
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == prompt_words(window))

    stepped = []
    window.conversation.prompt_stack.currentChanged.connect(lambda _i: stepped.append(time.time()))
    pressed_at = driver.execute_script(
        "var at = Date.now(); document.getElementById('too-much').click(); return at;"
    )
    panel = window.conversation.step_back_panel
    qtbot.waitUntil(lambda: window.conversation.prompt_stack.currentWidget() is panel)
    latency = stepped[0] - pressed_at / 1000
    print(f"Too much? from the phone to the window: {latency * 1000:.0f} ms")
    assert latency < 1.0
    assert not window.conversation.buttons[Command.NEXT].isEnabled()
    on_page(qtbot, driver, lambda d: text_of(d, "notice-title") == "Thank you.")
    assert text_of(driver, "prompt") == ""
    click(qtbot, panel.go_on_button)
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == prompt_words(window))

    keep_note(driver, NOTE_ONE)
    keep_note(driver, NOTE_TWO)
    on_page(qtbot, driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#note-list li")) == 2)

    click(qtbot, window.conversation.deeper_again_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.DEEPER)
    ballot = window.deeper.ballot
    assert [p.name for p in ballot.people()] == ["Sam", "Alex"]
    vote_on_phone(qtbot, driver, yes=True)
    on_page(qtbot, driver, lambda d: "Waiting for Sam" in text_of(d, "question"))
    answer_privately(qtbot, ballot, lambda q, _p: choose_in(qtbot, q.group, 0))
    assert window.deeper.outcome() is True
    on_page(qtbot, driver, lambda d: "both ready" in text_of(d, "question"))
    click(qtbot, window.deeper.continue_button)
    assert window.conversation.level_label.text().startswith("Level 2 of 3")

    port = app.navigator.partner.screen.port
    finish_wrap_up(qtbot, app, window, driver=driver)
    on_page(qtbot, driver, lambda d: text_of(d, "notice-title") == "Thank you, Alex.")
    assert refuses(port)
    assert app.navigator.partner.screen is None
    notes_on_phone = driver.execute_script("return document.getElementById('note-list').innerText")
    assert NOTE_ONE in notes_on_phone and NOTE_TWO in notes_on_phone
    window.close()
    app.close()
    everything = data_bytes(data_dir)
    for words in (NOTE_ONE, NOTE_TWO, "mentoring budget"):
        assert words.encode() not in everything
    assert b"What did you have for" in everything  # the data was readable: the check can fail


def test_pause_from_the_phone_hides_the_window_and_resume_brings_it_back(
    start_app, data_dir, qtbot, phone
):
    """Pause on the phone covers the window's prompt and notes as its own Pause does; Resume
    on the phone brings back the same prompt; the stored events name nobody."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    driver = phone()
    join(qtbot, app, driver)
    shown = prompt_words(window)
    on_page(qtbot, driver, lambda d: text_of(d, "pause") == "Pause")
    press(driver, "pause")
    qtbot.waitUntil(window.conversation.is_paused)
    assert window.conversation.content.parent() is None  # out of the window, not just hidden
    on_page(qtbot, driver, lambda d: text_of(d, "notice-title") == "Paused")
    press(driver, "pause")  # now Resume
    qtbot.waitUntil(lambda: not window.conversation.is_paused())
    assert prompt_words(window) == shown
    settle(qtbot, app)
    live = app.navigator.live
    kinds = {EventKind.PAUSED, EventKind.RESUMED}
    assert [e.actor for e in live.engine.events if e.kind in kinds] == [None, None]


def test_a_second_device_is_refused_on_both_screens(start_app, data_dir, qtbot, phone):
    """The address works on the first device only: a second browser opening it is told so,
    and the window says a device was refused; the first carries on."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    first = phone("first")
    address = join(qtbot, app, first)
    second = phone("second")
    second.get(address)
    on_page(
        qtbot, second, lambda d: text_of(d, "notice-title") == "This address has already been used"
    )
    assert text_of(second, "prompt") == ""
    qtbot.waitUntil(lambda: "Another device" in window.partner_bar.status_label.text())
    assert app.navigator.partner.screen.status is ScreenStatus.CONNECTED
    press(first, "too-much")
    qtbot.waitUntil(
        lambda: (
            window.conversation.prompt_stack.currentWidget() is window.conversation.step_back_panel
        )
    )


def test_when_it_cannot_work_the_window_says_so_and_carries_on(start_app, data_dir, qtbot):
    """With no local network the dialog says so in plain words, and the conversation goes
    on at one screen."""
    from belonging.application.partner_screen import AddressProblem, LocalAddress

    app, window = start(start_app, data_dir, qtbot)
    app.navigator.partner.find_address = lambda: LocalAddress(None, AddressProblem.NO_NETWORK)
    begin_conversation(qtbot, window)
    dialog = app.navigator.partner.open_dialog()
    assert "not on a local network" in dialog.status_label.text()
    assert "Carry on together at this screen" in dialog.status_label.text()
    assert not dialog.qr.isVisible()
    assert "Scan" not in dialog.intro_label.text()  # no code to scan
    assert "Alex holds Pause" in dialog.intro_label.text()
    assert dialog.try_again_button.isVisible()
    dialog.close()
    before = prompt_words(window)
    click(qtbot, window.conversation.buttons[Command.NEXT])
    assert prompt_words(window) != before


def test_the_opening_and_closing_are_answered_on_the_phone_and_a_line_struck_there(
    start_app, data_dir, qtbot, phone
):
    """The check-in before the first prompt and at the wrap-up are the partner's to answer on
    their phone; a line struck on the phone is struck on the window, and not kept."""
    app, window = start(start_app, data_dir, qtbot)
    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    qtbot.keyClicks(window.setup.owner_name_edit, "Sam")
    qtbot.keyClicks(window.setup.partner_name_edit, "Alex")
    click(qtbot, window.setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    driver = phone()
    join(qtbot, app, driver)
    on_page(qtbot, driver, lambda d: d.find_elements(By.CSS_SELECTOR, "input[name='deepest']"))
    # The picture is what a person taps: the radio button itself is drawn as it.
    driver.find_element(By.CSS_SELECTOR, "input[name='closeness'][value='5']").find_element(
        By.XPATH, ".."
    ).click()
    driver.find_elements(By.CSS_SELECTOR, "input[name='deepest']")[0].click()  # level 1 only
    driver.find_element(By.CSS_SELECTOR, "#question button.primary").click()
    on_page(qtbot, driver, lambda d: "Thank you" in text_of(d, "question"))
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    round_ = window.check_in.round
    assert round_.current_person().name == "Sam"
    answer_privately(qtbot, round_)
    click(qtbot, window.check_in.continue_button)
    assert window.current_page() is Page.CONVERSATION
    assert app.navigator.live.engine.today_cap == 1  # the lower of the two, nobody named
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == prompt_words(window))

    qtbot.keyClicks(window.conversation.notes_panel.prompt_note.editor, "Breakfast was toast")
    qtbot.keyClicks(window.conversation.notes_panel.conversation_note.editor, "We laughed a lot")

    def strike_on_phone():
        on_page(qtbot, driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".line")) == 2)
        line = driver.find_element(
            By.XPATH, "//div[contains(@class,'line')][.//p[text()='Breakfast was toast']]"
        )
        line.find_element(By.CSS_SELECTOR, "input[data-mark='struck']").click()
        read_back = window.wrap_up.read_back
        (struck,) = [
            i
            for i in read_back.line_ids()
            if read_back.line_label(i).text() == "Breakfast was toast"
        ]
        qtbot.waitUntil(lambda: read_back.strike_box(struck).isChecked())
        tick(
            qtbot, read_back.confidential_box(next(i for i in read_back.line_ids() if i != struck))
        )
        on_page(
            qtbot,
            driver,
            lambda d: d.find_elements(By.CSS_SELECTOR, "input[data-mark='confidential']:checked"),
        )

    finish_wrap_up(qtbot, app, window, strike_on_phone, driver)
    window.close()
    app.close()
    database = sqlite3.connect(data_dir / "belonging.sqlite3")
    try:
        texts = {row[0]: row[1] for row in database.execute("SELECT text, confidential FROM note")}
    finally:
        database.close()
    assert "Breakfast was toast" not in texts
    assert texts["We laughed a lot"] == 1


def test_turning_it_off_and_quitting_each_stop_the_server(start_app, data_dir, qtbot, phone):
    """The owner's "Turn off" closes the port and tells the phone, while the conversation
    goes on here; a new code works again; quitting the app closes that port too, and the
    phone says the conversation is paused rather than going on without it."""
    app, window = start(start_app, data_dir, qtbot)
    begin_conversation(qtbot, window)
    driver = phone()
    first_address = join(qtbot, app, driver)
    first_port = app.navigator.partner.screen.port
    dialog = app.navigator.partner.open_dialog()
    assert dialog.turn_off_button.text().replace("&", "") == "Turn off Alex's screen"
    click(qtbot, dialog.turn_off_button)
    assert refuses(first_port)
    on_page(
        qtbot,
        driver,
        lambda d: text_of(d, "notice-text").startswith("Sam turned off your own screen"),
    )
    assert dialog.status_label.text() == "Alex's own screen is off."
    assert "connected" not in window.partner_bar.status_label.text()
    assert dialog.try_again_button.isVisible()
    dialog.close()
    before = prompt_words(window)
    click(qtbot, window.conversation.buttons[Command.NEXT])
    assert prompt_words(window) != before

    second_address = join(qtbot, app, driver)
    assert second_address != first_address  # a fresh token and key: the old code is spent
    on_page(qtbot, driver, lambda d: text_of(d, "prompt") == prompt_words(window))
    second_port = app.navigator.partner.screen.port
    window.close()
    app.close()
    assert refuses(second_port)
    on_page(
        qtbot,
        driver,
        lambda d: text_of(d, "notice-text").startswith(
            "Sam closed Belonging. The conversation is paused"
        ),
    )


def test_the_partners_screen_libraries_load_only_when_it_is_opened():
    """aiohttp, PyNaCl and segno load when the owner opens the partner's screen, not when the
    window's pages are made: they would add about half a second to every start."""
    code = (
        "import sys; import belonging.ui.controllers.navigator; "
        "print(','.join(m for m in ('aiohttp', 'nacl', 'segno') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
