"""What the partner-screen tests share: a conversation held in a real database, the server
on loopback, a page client written from the protocol (PyNaCl and aiohttp, as a second
implementation of the page's side), and headless Chromium driven by selenium."""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from belonging.application.live_conversation import LiveConversation, Pairing
from belonging.application.partner_screen.invitation import Invitation, to_base32
from belonging.application.partner_screen.network import LocalAddress
from belonging.application.partner_screen.sealing import PAGE_MESSAGE_BYTES, Sealer
from belonging.application.runner import ImmediateRunner
from belonging.core.engine import Conversation, ConversationSetup, ManualClock, Participant
from belonging.core.scripts.parser import parse_script

LOOPBACK = "127.0.0.1"
#: Set by .ci/run: the browser tests fail, rather than skip, when Chromium is missing.
REQUIRE_BROWSER = "BELONGING_REQUIRE_BROWSER"
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
CHROMEDRIVER = ("chromedriver",)


def loopback() -> LocalAddress:
    """The address finder of the tests: this machine's loopback, never a real network."""
    return LocalAddress(LOOPBACK)


def live_conversation(session_engine, seed, script_text: str, runner=None) -> LiveConversation:
    """A conversation between the seed's two people over `script_text`, not yet started,
    saved into `session_engine` as it goes."""
    script = parse_script(script_text, file="test-walk.md", script_id="test-walk")
    owner = Participant(str(seed.owner.id), seed.owner.name, "manager")
    partner = Participant(str(seed.partner.id), seed.partner.name, "report")
    setup = ConversationSetup(
        script_id=script.id,
        script_sha256=script.sha256,
        participants=(owner, partner),
        leader_key=owner.key,
    )
    engine = Conversation(script, setup, ManualClock())
    pairing = Pairing(pair_id=seed.pair.id, owner_id=seed.owner.id, partner_id=seed.partner.id)
    return LiveConversation(engine, pairing, runner or ImmediateRunner(), lambda: session_engine)


def wait_for(condition: Callable[[], Any], runner: ImmediateRunner, timeout: float = 10.0) -> Any:
    """Delivers relayed calls until `condition()` is true; its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runner.deliver_relayed()
        value = condition()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError("the condition was not met in time")


class PageClient:
    """The page's side of the protocol, in Python, on a thread of its own (what Chromium
    does in the browser tests; here a test can also send what no page would)."""

    def __init__(self, host: str, port: int, token: str, secret: bytes, device: bytes) -> None:
        self.host, self.port, self.token, self.device = host, port, token, device
        self.sealer = Sealer(Invitation(secret=secret).key)
        self.challenge = ""
        self.sent = 0
        self.close_code: int | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._session = None
        self._socket = None

    def _run(self, coroutine, timeout: float = 10.0):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def connect(self, *, hello: dict[str, Any] | None = None, origin: str | None = None) -> None:
        """Opens the WebSocket and says hello (or `hello`, sealed as given)."""
        self._run(self._connect(origin or f"http://{self.host}:{self.port}"))
        message = (
            hello
            if hello is not None
            else {
                "t": "hello",
                "token": self.token,
                "device": to_base32(self.device),
            }
        )
        self.send(message)

    async def _connect(self, origin: str) -> None:
        import aiohttp

        self._session = aiohttp.ClientSession()
        self._socket = await self._session.ws_connect(
            f"ws://{self.host}:{self.port}/ws", headers={"Origin": origin}
        )
        first = await self._socket.receive(timeout=5)
        self.challenge = to_base32(first.data)

    def send(self, message: dict[str, Any], *, raw: bytes | None = None) -> None:
        """Sends `message` as the page would (its challenge and next number added)."""
        if raw is None:
            self.sent += 1
            sealed = {"c": self.challenge, "n": self.sent, **message}
            raw = self.sealer.seal(sealed, sizes=(PAGE_MESSAGE_BYTES,))
        self._run(self._socket.send_bytes(raw))

    def receive(self, timeout: float = 5.0) -> dict[str, Any] | None:
        """The next message from Belonging, opened (None once the connection closed)."""
        return self._run(self._receive(timeout), timeout + 1)

    async def _receive(self, timeout: float) -> dict[str, Any] | None:
        from aiohttp import WSMsgType

        frame = await self._socket.receive(timeout=timeout)
        if frame.type is not WSMsgType.BINARY:
            self.close_code = self._socket.close_code
            return None
        return self.sealer.open(frame.data, limit=4 * 1024 * 1024)

    def close(self) -> None:
        """Closes the connection and the client's thread."""

        async def closing() -> None:
            if self._socket is not None:
                await self._socket.close()
            if self._session is not None:
                await self._session.close()

        self._run(closing())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


def _found(names: tuple[str, ...]) -> str | None:
    return next((path for path in map(shutil.which, names) if path), None)


def browser_or_skip() -> tuple[str, str]:
    """Chromium and its driver; the test is skipped when they are missing, unless
    $BELONGING_REQUIRE_BROWSER says they must be there (CI), when it fails."""
    browser, driver = _found(CHROMIUM), _found(CHROMEDRIVER)
    if browser and driver:
        return browser, driver
    missing = "chromium" if not browser else "chromedriver"
    if os.environ.get(REQUIRE_BROWSER):
        pytest.fail(f"{missing} is missing, and ${REQUIRE_BROWSER} says the browser tests must run")
    pytest.skip(f"{missing} is not installed (Debian: apt-get install chromium chromium-driver)")


def phone_browser(profile: Path, *, dark: bool = False, downloads: Path | None = None):
    """Headless Chromium as a phone: a 390×844 window, its own profile (its own storage)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = browser_or_skip()
    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium look for a driver online
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=390,844",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
    ):
        options.add_argument(argument)
    if dark:
        options.add_argument("--force-dark-mode")
        options.add_argument("--blink-settings=preferredColorScheme=0")
    if downloads is not None:
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)
