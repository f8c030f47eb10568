"""What the partner-screen tests share: a conversation held in a real database, the server
on loopback, a page client written from the protocol (PyNaCl and aiohttp, as a second
implementation of the page's side), and headless Chromium driven by selenium."""

from __future__ import annotations

import asyncio
import contextlib
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


class WireRecorder:
    """A TCP relay on loopback between the browser and Belonging that keeps every byte both
    ways, as someone on the same Wi-Fi would see them. The browser is sent to the relay's
    port; the Host and Origin of its HTTP requests are put back to the server's, as if it had
    reached the server itself (the WebSocket frames after them pass untouched)."""

    def __init__(self, server_port: int) -> None:
        import socket

        self.server_port = server_port
        self.listener = socket.create_server((LOOPBACK, 0))
        self.port = self.listener.getsockname()[1]
        self.to_server: list[bytearray] = []
        self.to_browser: list[bytearray] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def address(self, address: str) -> str:
        """`address` (the QR code's) through the relay."""
        return address.replace(f":{self.server_port}/", f":{self.port}/")

    def _accept(self) -> None:
        import socket

        while not self._closed:
            try:
                browser, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection((LOOPBACK, self.server_port))
            up, down = bytearray(), bytearray()
            self.to_server.append(up)
            self.to_browser.append(down)
            threading.Thread(
                target=self._pump, args=(browser, server, up, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(server, browser, down, False), daemon=True
            ).start()

    def _pump(self, source, target, kept: bytearray, rewrite: bool) -> None:
        upgraded = False
        ours = f"{LOOPBACK}:{self.port}".encode()
        theirs = f"{LOOPBACK}:{self.server_port}".encode()
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if rewrite and not upgraded:
                    upgraded = b"upgrade: websocket" in data.lower()
                    data = data.replace(ours, theirs)
                kept.extend(data)
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.close()

    def everything(self) -> bytes:
        """Every byte seen, both ways."""
        return b"".join(bytes(chunk) for chunk in (*self.to_server, *self.to_browser))

    def _frame_spans(self):
        """Each WebSocket frame the browser sent: its bytes' stream, where the frame starts,
        where its (masked) payload starts, and the payload's length."""
        for stream in self.to_server:
            data = bytes(stream)
            if b"upgrade: websocket" not in data[:2048].lower():
                continue
            position = data.index(b"\r\n\r\n") + 4
            while position + 2 <= len(data):
                length = data[position + 1] & 0x7F
                head = 2
                if length == 126:
                    length, head = int.from_bytes(data[position + 2 : position + 4], "big"), 4
                elif length == 127:
                    length, head = int.from_bytes(data[position + 2 : position + 10], "big"), 10
                start = position + head + 4
                yield data, position, start, length
                position = start + length

    def client_frames(self) -> list[bytes]:
        """The payloads of the WebSocket frames the browser sent (unmasked), in order."""
        frames = []
        for data, _position, start, length in self._frame_spans():
            mask = data[start - 4 : start]
            frames.append(
                bytes(b ^ mask[i % 4] for i, b in enumerate(data[start : start + length]))
            )
        return frames

    def raw_client_frames(self) -> list[bytes]:
        """The browser's WebSocket frames exactly as they crossed the wire (masked)."""
        return [
            data[position : start + length] for data, position, start, length in self._frame_spans()
        ]

    def close(self) -> None:
        """Stops relaying."""
        self._closed = True
        self.listener.close()


def replay_frame(port: int, frame: bytes) -> int | None:
    """Opens a WebSocket to Belonging by hand and sends `frame` exactly as recorded; the
    close code Belonging answers with (None if it never closed)."""
    import base64
    import socket

    with socket.create_connection((LOOPBACK, port), timeout=5) as raw:
        key = base64.b64encode(os.urandom(16)).decode()
        raw.sendall(
            (
                f"GET /ws HTTP/1.1\r\nHost: {LOOPBACK}:{port}\r\nOrigin: http://{LOOPBACK}:{port}\r\n"
                f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        received = b""
        deadline = time.monotonic() + 5
        sent = False
        while time.monotonic() < deadline:
            try:
                data = raw.recv(4096)
            except TimeoutError:
                break
            if not data:
                break
            received += data
            if (
                not sent
                and b"\r\n\r\n" in received
                and len(received.split(b"\r\n\r\n", 1)[1]) >= 26
            ):
                raw.sendall(frame)
                sent = True
                received = b""
                continue
            if sent and len(received) >= 4 and received[0] & 0x0F == 0x8:
                return int.from_bytes(received[2:4], "big")
    return None
