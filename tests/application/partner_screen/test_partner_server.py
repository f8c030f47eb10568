"""The partner's screen's server and session, from the network's side: a page client written
from the protocol (PyNaCl, aiohttp) says what a page would, and what no page would."""

from __future__ import annotations

import secrets
import socket
import urllib.error
import urllib.request

import pytest

from belonging.application.partner_screen import PartnerScreen, QuestionKind, Refusal
from belonging.application.partner_screen.invitation import from_base32
from belonging.application.partner_screen.network import AddressProblem, classify
from belonging.application.partner_screen.protocol import RATE_LIMIT
from belonging.application.runner import ImmediateRunner
from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, ConversationState
from support.flow import TEST_SCRIPT
from support.partner import LOOPBACK, PageClient, live_conversation, loopback, wait_for


@pytest.fixture
def held(engine, seed):
    """A started conversation, its partner's screen listening on loopback, and a runner."""
    runner = ImmediateRunner()
    live = live_conversation(engine, seed, TEST_SCRIPT, runner)
    live.begin({})
    screen = PartnerScreen(live, runner, find_address=loopback, port=0)
    refusals: list[Refusal] = []
    screen.on_refused.append(refusals.append)
    screen.start()
    wait_for(lambda: screen.port, runner)
    yield live, screen, runner, refusals
    screen.stop()


def client(screen: PartnerScreen, *, secret: bytes | None = None, device: bytes | None = None):
    """A page client for `screen`, with the QR code's secret unless told otherwise."""
    return PageClient(
        LOOPBACK,
        screen.port,
        screen.invitation.token,
        secret or screen.invitation.secret,
        device or secrets.token_bytes(16),
    )


def get(screen: PartnerScreen, path: str, host: str | None = None):
    """An HTTP GET to the server, as a browser would send it (status, headers, body)."""
    request = urllib.request.Request(f"http://{LOOPBACK}:{screen.port}{path}")
    if host:
        request.add_header("Host", host)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


def test_the_page_is_served_only_under_its_token_with_a_strict_policy(held):
    """The page answers at its token's path, with a Content-Security-Policy that allows
    nothing but its own files and its one WebSocket; another path or a stranger's Host
    gets nothing."""
    _live, screen, _runner, _ = held
    status, headers, body = get(screen, screen.invitation.page_path())
    assert status == 200 and b'id="too-much"' in body
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert headers["Cache-Control"] == "no-store" and headers["Referrer-Policy"] == "no-referrer"
    assert screen.invitation.secret_text.encode() not in body
    assert get(screen, "/j/someoneelse")[0] == 404
    assert get(screen, "/p/nacl.js")[0] == 200
    assert get(screen, screen.invitation.page_path(), host="evil.example:80")[0] == 421


def test_a_page_with_the_key_sees_the_prompt_and_steps_back(held):
    """A client holding the secret joins, sees the prompt; its "Too much?" steps the
    conversation back, and the event names nobody."""
    live, screen, runner, _ = held
    page = client(screen)
    try:
        page.connect()
        shown = page.receive()
        wait_for(lambda: screen.connected, runner)
        assert shown["prompt"]["text"] == "What did you have for breakfast?"
        assert shown["you"] == "Ben" and shown["can"]["too_much"]
        page.send({"t": "act", "a": "too_much"})
        wait_for(lambda: live.engine.just_stepped_back, runner)
        (too_much,) = [e for e in live.engine.events if e.kind is EventKind.TOO_MUCH]
        assert too_much.actor is None
        held_back = page.receive()
        while held_back is not None and not held_back["held"]:
            held_back = page.receive()
        assert held_back["prompt"] is None  # the page shows the thank-you, not the prompt
    finally:
        page.close()


def test_a_client_without_the_key_is_refused_and_told_nothing(held):
    """A client that does not hold the secret is closed after its hello and receives no
    state; the owner hears that something without the key was refused."""
    live, screen, runner, refusals = held
    page = client(screen, secret=secrets.token_bytes(16))
    try:
        page.connect()
        assert page.receive() is None
        assert page.close_code == 4002
        wait_for(lambda: refusals, runner)
        assert refusals == [Refusal.UNPROVEN] and not screen.connected
        assert live.state is ConversationState.PROMPT
    finally:
        page.close()


def test_a_second_device_is_refused_and_the_first_may_come_back(held):
    """The token binds to the first device: another is refused with a message it can
    read; the first, reconnecting after a drop, is welcome again."""
    _live, screen, runner, refusals = held
    device = secrets.token_bytes(16)
    first = client(screen, device=device)
    first.connect()
    assert first.receive()["t"] == "state"
    first.close()
    wait_for(lambda: not screen.connected, runner)
    second = client(screen)
    try:
        second.connect()
        refused = second.receive()
        assert (refused["t"], refused["why"]) == ("refused", "taken")
        assert second.receive() is None and second.close_code == 4001
    finally:
        second.close()
    wait_for(lambda: refusals, runner)
    assert refusals == [Refusal.TAKEN]
    again = client(screen, device=device)
    try:
        again.connect()
        assert again.receive()["t"] == "state"
        wait_for(lambda: screen.connected, runner)
    finally:
        again.close()


def test_a_message_played_again_or_out_of_order_closes_the_connection(held):
    """The same sealed message sent twice (a replay inside the connection) is refused: the
    connection closes and the conversation does not step twice."""
    live, screen, runner, _ = held
    page = client(screen)
    try:
        page.connect()
        page.receive()
        page.send({"t": "act", "a": "pause"})
        wait_for(lambda: live.state is ConversationState.PAUSED, runner)
        replayed = page.sealer.seal(
            {"c": page.challenge, "n": page.sent, "t": "act", "a": "resume"}, sizes=(512,)
        )
        page.send({}, raw=replayed)
        while page.receive() is not None:
            pass
        assert page.close_code == 4002
        runner.deliver_relayed()
        assert live.state is ConversationState.PAUSED
    finally:
        page.close()


def test_too_many_messages_close_the_connection(held):
    """Past the rate limit the server closes the connection rather than act on a flood."""
    _live, screen, _runner, _ = held
    page = client(screen)
    try:
        page.connect()
        page.receive()
        for _ in range(RATE_LIMIT + 5):
            page.send({"t": "ping"})
        while page.receive() is not None:
            pass
        assert page.close_code == 4003
    finally:
        page.close()


def test_an_oversized_frame_is_refused(held):
    """A frame larger than any message of the page closes the connection."""
    _live, screen, _runner, _ = held
    page = client(screen)
    try:
        page.connect()
        page.receive()
        page.send({}, raw=secrets.token_bytes(4096))
        while page.receive() is not None:
            pass
        # 1009 says why; a server that closes with the rest of the frame unread may reset
        # the connection before that close frame arrives (1006). Either way it is closed.
        assert page.close_code in (1009, 1006)
    finally:
        page.close()


def test_the_partners_answer_goes_to_the_listeners_as_the_window_would_give_it(held):
    """A ballot question opened on the page is answered there: the listener gets a plain
    yes, and an answer to a question that is not open is refused."""
    live, screen, runner, _ = held
    answers = []
    screen.on_answer.append(lambda kind, answer: answers.append((kind, answer)))
    while live.state is ConversationState.PROMPT:
        live.act(Action.NEXT)
    assert live.state is ConversationState.AWAITING_CONSENT
    page = client(screen)
    try:
        page.connect()
        screen.ask(QuestionKind.BALLOT)
        shown = page.receive()
        while shown is not None and shown["question"] is None:
            shown = page.receive()
        page.send({"t": "answer", "q": shown["question"]["q"], "yes": True})
        wait_for(lambda: answers, runner)
        assert answers == [(QuestionKind.BALLOT, True)]
    finally:
        page.close()


def test_after_stop_the_port_refuses_connections(held):
    """Stopping (the wrap-up, quit, or the owner turning it off) closes the port."""
    _live, screen, _runner, _ = held
    port = screen.port
    assert screen.stop()
    with pytest.raises(OSError), socket.create_connection((LOOPBACK, port), timeout=1):
        pass


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("192.168.1.20", "192.168.1.20"),
        ("10.0.0.7", "10.0.0.7"),
        ("172.20.1.1", "172.20.1.1"),
        ("169.254.3.4", "169.254.3.4"),
        ("8.8.8.8", AddressProblem.NOT_LOCAL),
        ("100.64.0.1", AddressProblem.NOT_LOCAL),
        ("127.0.0.1", AddressProblem.NO_NETWORK),
        (None, AddressProblem.NO_NETWORK),
    ],
)
def test_only_a_local_network_address_is_listened_on(host, expected):
    """Private and link-local addresses are used; a public one or none is refused, with
    the reason the window words."""
    found = classify(host)
    assert (found.host or found.problem) == expected


def test_base32_reads_what_it_writes():
    """The address's secret reads back as the same bytes, dashes and case aside."""
    from belonging.application.partner_screen.invitation import Invitation

    invitation = Invitation()
    short = invitation.short_address("192.168.1.2", 48620).split("#")[1]
    assert from_base32(short.upper()) == invitation.secret
