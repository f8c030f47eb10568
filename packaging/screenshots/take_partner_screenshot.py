"""Takes the README's picture of both screens side by side: the owner's window and the
partner's page on their phone, during the same prompt.

    .venv/bin/python packaging/screenshots/take_partner_screenshot.py [FOLDER] [--keep-parts]

Starts Belonging offscreen on a temporary data folder with the built-in "Defining moments",
holds the conversation through the window as the UI tests do, opens the partner's screen on
loopback (never a real network), and loads its page in headless Chromium sized as a phone.
Writes `partner-screen.png` (both, side by side; the README shows it) into FOLDER (default:
beside this script), and with `--keep-parts` also the window, the page and the join dialog
alone. It needs Debian's `chromium` and `chromium-driver`, as the partner's-screen tests do.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication

# The walk through the window is the AppStream screenshots' (this script's folder is first
# on the path when it runs).
from take_screenshots import set_up_and_begin, wait_until

from belonging.application.partner_screen.network import LocalAddress
from belonging.ui.app import configure_application
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.theme import ThemeManager
from belonging.ui.theme_source import Scheme

WINDOW_SIZE = (1180, 720)
PHONE_SIZE = (390, 844)


def phone(profile: Path):
    """Headless Chromium with a phone's screen."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--disable-background-networking",
    ):
        options.add_argument(argument)
    width, height = PHONE_SIZE
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}},
    )
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def framed_phone(page: QImage, background: QColor) -> QImage:
    """The page inside a plain phone outline."""
    border = 14
    size = (page.width() + 2 * border, page.height() + 2 * border)
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPainterPath()
    outline.addRoundedRect(0, 0, image.width(), image.height(), 34, 34)
    painter.fillPath(outline, QColor("#1b1917"))
    inner = QPainterPath()
    inner.addRoundedRect(border, border, page.width(), page.height(), 22, 22)
    painter.setClipPath(inner)
    painter.fillRect(QRect(border, border, page.width(), page.height()), background)
    painter.drawImage(QPoint(border, border), page)
    painter.end()
    return image


def side_by_side(window: QImage, page: QImage, background: QColor) -> QImage:
    """The window on the left, the phone on the right, on one background."""
    gap, margin = 40, 28
    phone_image = framed_phone(page, background)
    height = max(window.height(), phone_image.height()) + 2 * margin
    width = window.width() + phone_image.width() + gap + 2 * margin
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.drawImage(QPoint(margin, (height - window.height()) // 2), window)
    painter.drawImage(
        QPoint(margin + window.width() + gap, (height - phone_image.height()) // 2), phone_image
    )
    painter.end()
    return image


def main() -> int:
    """Takes the picture (see the module docstring)."""
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep_parts = "--keep-parts" in sys.argv
    folder = Path(arguments[0]) if arguments else Path(__file__).resolve().parent
    app = QApplication([sys.argv[0]])
    configure_application(app)
    with tempfile.TemporaryDirectory(prefix="belonging-partner-") as temporary:
        data_dir = Path(temporary) / "data"
        theme = ThemeManager(app)
        theme.set_scheme_override(Scheme.LIGHT)
        theme.apply()
        controller = AppController(data_dir, theme=theme)
        controller.start()
        wait_until(lambda: controller.navigator is not None, "the window")
        window = controller.window
        window.resize(*WINDOW_SIZE)
        window.show()
        partner = controller.navigator.partner
        partner.find_address = lambda: LocalAddress("127.0.0.1")
        partner.port = 0
        set_up_and_begin(window)
        dialog = partner.open_dialog()
        wait_until(lambda: dialog.qr.text(), "the partner's address")
        if keep_parts:
            dialog.resize(820, 480)
            QApplication.processEvents()
            dialog.grab().save(str(folder / "join-dialog.png"))
        driver = phone(Path(temporary) / "profile")
        try:
            driver.get(dialog.qr.text())
            wait_until(lambda: partner.screen.connected, "the phone to join")
            dialog.close()
            words = window.conversation.prompt_card.prompt_label.accessibleName()
            wait_until(
                lambda: driver.find_element("id", "prompt").text == words, "the prompt on the phone"
            )
            driver.find_element("id", "note-field").send_keys("Ask Sam how the sailing went")
            driver.find_element("id", "note-keep").click()
            wait_until(
                lambda: driver.find_elements("css selector", "#note-list li"), "the note kept"
            )
            page_path = Path(temporary) / "page.png"
            driver.save_screenshot(str(page_path))
            QApplication.processEvents()
            window_image = window.grab().toImage()  # while the phone is still connected
        finally:
            driver.quit()
        page_image = QImage(str(page_path))
        combined = side_by_side(window_image, page_image, QColor("#E9E1D5"))
        # Two thirds: small enough for a README page, the prompt still readable on both.
        small = combined.scaledToWidth(
            combined.width() * 2 // 3, Qt.TransformationMode.SmoothTransformation
        )
        name = "partner-screen.png"
        small.save(str(folder / name))
        if keep_parts:
            window_image.save(str(folder / "owner-window.png"))
            page_image.save(str(folder / "partner-page.png"))
        print(f"wrote {folder / name}")
        window.close()
        controller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
