"""Acting on the partner's page in headless Chromium while the window runs: waiting on the
page with the window's events flowing, reading and tapping it, joining from the QR code."""

from __future__ import annotations

import segno
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

from support.flow import window_of
from support.partner import loopback


def on_page(qtbot, driver, condition, timeout: int = 10_000):
    """Waits, the window's events running, until `condition(driver)` holds on the page."""

    def holds() -> bool:
        try:
            return bool(condition(driver))
        except WebDriverException:
            return False

    qtbot.waitUntil(holds, timeout=timeout)


def text_of(driver, element_id: str) -> str:
    """What an element of the page shows (empty when hidden)."""
    element = driver.find_element(By.ID, element_id)
    return element.text if element.is_displayed() else ""


def press(driver, element_id: str) -> None:
    """Taps a button of the page."""
    driver.find_element(By.ID, element_id).click()


def start(start_app, data_dir, qtbot):
    """The app, listening for the partner's screen on loopback only."""
    app = start_app(data_dir)
    app.navigator.partner.find_address = loopback
    app.navigator.partner.port = 0
    return app, window_of(app)


def join(qtbot, app, driver) -> str:
    """Opens "Join on your own screen" and the page from its QR code; the page's address."""
    dialog = app.navigator.partner.open_dialog()
    qtbot.waitUntil(lambda: bool(dialog.qr.text()), timeout=5000)
    address = dialog.qr.text()
    code = segno.make(address, error="m", micro=False, boost_error=False)
    assert dialog.qr.matrix() == tuple(tuple(bool(m) for m in row) for row in code.matrix)
    driver.get(address)
    qtbot.waitUntil(lambda: app.navigator.partner.screen.connected, timeout=10_000)
    assert "connected" in dialog.status_label.text()
    assert not dialog.qr.isVisible()  # the code is of no use to anyone else any more
    dialog.close()
    return address


def keep_note(driver, text: str) -> None:
    """Writes a note on the phone and keeps it there."""
    field = driver.find_element(By.ID, "note-field")
    field.send_keys(text)
    press(driver, "note-keep")
