"""The server of the partner's page: aiohttp on an asyncio loop of its own, on a thread of its
own, listening on one address of the local network for as long as the conversation runs.

It serves the page's few files (only under the invitation's path for the page itself) and
one WebSocket. A new connection is sent a random challenge; its first message must be a
sealed hello naming that challenge, the token and the device (see `invitation`), or it is
closed. Every later message must name the challenge too, with a sequence number one higher
each time, so no recorded message can be played back. Only one device is connected at a
time; the device the token is bound to may come back after a drop.

What the server hears is handed to `ServerEvents` on the server's thread; the caller moves
it to its own (`PartnerScreen` does, through the runner's `relay`). What it sends is the
newest snapshot of the page given to `publish`, sealed afresh for each connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from belonging.application.partner_screen.invitation import (
    DEVICE_BYTES,
    Admission,
    Invitation,
    from_base32,
    to_base32,
)
from belonging.application.partner_screen.network import PREFERRED_PORT
from belonging.application.partner_screen.page_files import PageFiles, security_headers
from belonging.application.partner_screen.protocol import (
    CONNECTION_LIMIT,
    HELLO_SECONDS,
    RATE_LIMIT,
    RATE_WINDOW,
    RateLimit,
)
from belonging.application.partner_screen.sealing import PAGE_FRAME_BYTES, Sealer, UnreadableError

CHALLENGE_BYTES = 24
#: WebSocket close codes the page reads (4000–4999 are for applications).
CLOSE_TAKEN = 4001
CLOSE_UNPROVEN = 4002
CLOSE_TOO_FAST = 4003
CLOSE_REPLACED = 4004
CLOSE_ENDED = 4005


class ServerEvents(Protocol):
    """What the server tells its owner; called on the server's thread."""

    def listening(self, port: int) -> None:
        """The port is open."""

    def failed(self, error: OSError) -> None:
        """The address could not be listened on; the server has stopped."""

    def joined(self) -> None:
        """The partner's device is connected (first time, or back)."""

    def left(self) -> None:
        """The partner's device is no longer connected."""

    def refused(self, reason: str) -> None:
        """A connection was refused: "taken" (another device, the address used already) or
        "unproven" (it did not hold this conversation's key, or replayed a message)."""

    def request(self, message: dict[str, Any]) -> None:
        """A message of the connected page, opened and in order (not yet checked)."""


@dataclass
class _Connection:
    socket: web.WebSocketResponse
    challenge: str
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    sent: int = 0
    final_sent: bool = False


class PageServer:
    """Serves the page for one invitation (see the module docstring)."""

    def __init__(self, invitation: Invitation, files: PageFiles, events: ServerEvents) -> None:
        self._invitation = invitation
        self._files = files
        self._events = events
        self._sealer = Sealer(invitation.key)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._current: _Connection | None = None
        self._latest: dict[str, Any] | None = None
        self._final = False
        self._origin = ""
        self._stopped = threading.Event()
        self._stop_asked = False
        self._shutting = False
        self._connections = RateLimit(CONNECTION_LIMIT, RATE_WINDOW)
        self.port: int | None = None

    # --- from the owner's thread -----------------------------------------------------------

    def start(self, host: str, port: int = PREFERRED_PORT) -> None:
        """Starts listening on `host` (events say how it went); returns at once."""
        self._thread = threading.Thread(
            target=self._run, args=(host, port), name="belonging-partner", daemon=True
        )
        self._thread.start()

    def publish(self, message: dict[str, Any]) -> None:
        """Makes `message` what the page shows now; sent at once if a device is connected."""
        self._call(self._set_latest, message, False)

    def finish(self, message: dict[str, Any]) -> None:
        """Sends `message` as the last one, then stops listening."""
        self._call(self._set_latest, message, True)

    def drop(self) -> None:
        """Closes the connected device's connection (it sent what it must not)."""
        self._call(self._drop, CLOSE_UNPROVEN)

    def stop(self, timeout: float | None = 5.0) -> bool:
        """Stops listening and closes every connection; waits up to `timeout` seconds for
        the port to close (None: do not wait). True once it has."""
        self._stop_asked = True
        self._call(self._begin_shutdown)
        if self._thread is None:
            return True
        if timeout is None:
            return self._stopped.is_set()
        return self._stopped.wait(timeout)

    @property
    def running(self) -> bool:
        """Whether the server thread is still listening (or starting)."""
        return self._thread is not None and not self._stopped.is_set()

    def _call(self, function, *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(function, *args)

    # --- on the server's thread ------------------------------------------------------------

    def _run(self, host: str, port: int) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            try:
                bound = loop.run_until_complete(self._listen(host, port))
            except OSError as error:
                self._events.failed(error)
                return
            self.port = bound
            self._origin = f"{host}:{bound}"
            self._events.listening(bound)
            if self._stop_asked:  # asked before the loop could hear it
                self._begin_shutdown()
            loop.run_forever()
        finally:
            if self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
            loop.run_until_complete(loop.shutdown_asyncgens())
            self._loop = None
            loop.close()
            self._stopped.set()

    async def _listen(self, host: str, port: int) -> int:
        app = web.Application(client_max_size=1024, middlewares=[self._guard])
        app.router.add_get(self._invitation.page_path(), self._page)
        app.router.add_get("/p/{name}", self._asset)
        app.router.add_get("/ws", self._socket)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await self._runner.setup()
        for candidate in (port, 0):
            site = web.TCPSite(self._runner, host, candidate)
            try:
                await site.start()
            except OSError as error:
                if candidate == 0 or error.errno != errno.EADDRINUSE:
                    raise
                continue
            server = site._server  # the asyncio server: which port the system gave
            return server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        raise OSError(errno.EADDRINUSE, "no port")

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        # Only requests addressed to this computer's address itself: a web page elsewhere
        # that renames itself to it (DNS rebinding) gets nothing.
        if request.host != self._origin:
            return web.Response(status=421, headers=security_headers(self._origin))
        try:
            response = await handler(request)
        except web.HTTPException as error:
            response = web.Response(status=error.status)
        if not response.prepared:
            response.headers.update(security_headers(self._origin))
        return response

    async def _page(self, _request: web.Request) -> web.Response:
        return web.Response(body=self._files.index, content_type="text/html", charset="utf-8")

    async def _asset(self, request: web.Request) -> web.Response:
        found = self._files.assets.get(request.match_info["name"])
        if found is None:
            raise web.HTTPNotFound()
        body, content_type = found
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Origin") != f"http://{self._origin}" or self._final:
            raise web.HTTPForbidden()
        if not self._connections.allow():
            raise web.HTTPTooManyRequests()
        # aiohttp refuses a message as large as its limit, not only a larger one.
        socket = web.WebSocketResponse(
            max_msg_size=PAGE_FRAME_BYTES + 1, heartbeat=20, compress=False
        )
        socket.headers.update(security_headers(self._origin))
        await socket.prepare(request)
        challenge = secrets.token_bytes(CHALLENGE_BYTES)
        await socket.send_bytes(challenge)
        connection = await self._hello(socket, to_base32(challenge))
        if connection is None:
            return socket
        sender = asyncio.ensure_future(self._send_loop(connection))
        try:
            await self._read_loop(connection)
        finally:
            sender.cancel()
            if self._current is connection:
                self._current = None
                self._events.left()
            if not socket.closed:
                await socket.close()
        return socket

    async def _hello(self, socket: web.WebSocketResponse, challenge: str) -> _Connection | None:
        try:
            first = await asyncio.wait_for(socket.receive(), HELLO_SECONDS)
            hello = self._sealer.open(first.data) if first.type is WSMsgType.BINARY else {}
            device = from_base32(str(hello.get("device", "")))
            if (
                hello.get("t") != "hello"
                or hello.get("c") != challenge
                or hello.get("n") != 1
                or len(device) != DEVICE_BYTES
            ):
                raise UnreadableError("not a hello to this connection")
        except (TimeoutError, UnreadableError, ValueError, TypeError):
            self._events.refused("unproven")
            await socket.close(code=CLOSE_UNPROVEN)
            return None
        connection = _Connection(socket, challenge)
        if self._invitation.admit(str(hello.get("token", "")), device) is Admission.TAKEN:
            self._events.refused("taken")
            await socket.send_bytes(self._sealed(connection, {"t": "refused", "why": "taken"}))
            await socket.close(code=CLOSE_TAKEN)
            return None
        previous, self._current = self._current, connection
        if previous is not None:
            await previous.socket.close(code=CLOSE_REPLACED)
        self._events.joined()
        connection.wake.set()
        return connection

    async def _read_loop(self, connection: _Connection) -> None:
        rate = RateLimit(RATE_LIMIT, RATE_WINDOW)
        expected = 2
        async for frame in connection.socket:
            if frame.type is not WSMsgType.BINARY:
                break
            if not rate.allow():
                await connection.socket.close(code=CLOSE_TOO_FAST)
                break
            try:
                message = self._sealer.open(frame.data)
            except UnreadableError:
                await connection.socket.close(code=CLOSE_UNPROVEN)
                break
            if message.get("c") != connection.challenge or message.get("n") != expected:
                await connection.socket.close(code=CLOSE_UNPROVEN)
                break
            expected += 1
            if message.get("t") != "ping":
                self._events.request(message)

    async def _send_loop(self, connection: _Connection) -> None:
        while True:
            await connection.wake.wait()
            connection.wake.clear()
            latest, final = self._latest, self._final
            if latest is not None and not connection.socket.closed and not connection.final_sent:
                connection.final_sent = final
                await connection.socket.send_bytes(self._sealed(connection, latest))
            if final:
                await connection.socket.close(code=CLOSE_ENDED)
                self._begin_shutdown()
                return

    def _sealed(self, connection: _Connection, message: dict[str, Any]) -> bytes:
        connection.sent += 1
        return self._sealer.seal({**message, "c": connection.challenge, "n": connection.sent})

    def _set_latest(self, message: dict[str, Any], final: bool) -> None:
        self._latest = message
        self._final = self._final or final
        if self._current is not None:
            self._current.wake.set()
        elif final:
            self._begin_shutdown()

    def _drop(self, code: int) -> None:
        current = self._current
        if current is not None and self._loop is not None:
            self._loop.create_task(current.socket.close(code=code))

    def _begin_shutdown(self) -> None:
        loop = self._loop
        if loop is None or self._shutting:
            return
        self._shutting = True
        loop.create_task(self._shutdown())

    async def _shutdown(self) -> None:
        current, self._current = self._current, None
        if current is not None and not current.socket.closed:
            if self._final and self._latest is not None and not current.final_sent:
                current.final_sent = True
                await current.socket.send_bytes(self._sealed(current, self._latest))
            await current.socket.close(code=CLOSE_ENDED)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        asyncio.get_running_loop().stop()
