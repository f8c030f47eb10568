"""Rendering prompts and notes never reaches the network: a script whose prompts link images
and pages on a local web server is shown in the real views, and the server hears nothing."""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtWidgets import QApplication

from belonging.core.markdown_render import plain_text, render_markdown
from belonging.core.scripts.parser import parse_script
from belonging.ui.main_window import Page
from belonging.ui.widgets.styled import make_label

#: The server stops by itself after this long, whatever the test does.
SERVER_LIFETIME_S = 30.0


class Recorder:
    """A web server on 127.0.0.1 that answers every request with a tiny PNG and notes it."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.paths.append(self.path)
                body = bytes.fromhex(
                    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
                )
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.timeout = 0.05
        self.port = self.server.server_address[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        deadline = time.monotonic() + SERVER_LIFETIME_S
        while not self._stop.is_set() and time.monotonic() < deadline:
            self.server.handle_request()

    def url(self, path: str) -> str:
        """The address of `path` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def flush(self) -> list[str]:
        """Every path requested so far: a last request of our own goes through the same
        queue, so any request made before it has been heard when it returns."""
        with urllib.request.urlopen(self.url("/sentinel"), timeout=5) as response:
            response.read()
        return [path for path in self.paths if path != "/sentinel"]

    def start(self) -> None:
        """Serves in a thread of its own."""
        self._thread.start()

    def stop(self) -> None:
        """Stops serving and closes the socket."""
        self._stop.set()
        self._thread.join(timeout=5)
        self.server.server_close()


@pytest.fixture
def server() -> Iterator[Recorder]:
    """The local server, stopped after the test (and by itself after 30 seconds)."""
    recorder = Recorder()
    recorder.start()
    yield recorder
    recorder.stop()


def _script(server: Recorder) -> str:
    image, page, raw = server.url("/pixel.png"), server.url("/page"), server.url("/raw.png")
    return f"""---
title: Remote things
---

Before we start: ![a picture]({image}) and <img src="{raw}">.

## Warm-up

> Guidance with a picture: ![guide]({image}?guidance)

- Look at ![this pixel]({image}?prompt) and [this page]({page}), then <img src="{raw}?prompt">
    - Follow-up: and ![again]({image}?follow-up)
"""


def _render_everything(qtbot, window) -> None:
    """Lay out and paint the whole window: anything it would load, it loads now."""
    window.grab()
    QApplication.processEvents()


def test_the_server_does_hear_a_request(server):
    """The check can fail: a real request is heard."""
    with urllib.request.urlopen(server.url("/control"), timeout=5) as response:
        assert response.status == 200
    assert server.flush() == ["/control"]


def test_a_script_with_remote_images_and_links_loads_nothing(qtbot, filled_window, server):
    """Introduction, level guidance, prompt and follow-up shown in the real views: no request
    reaches the server, and the images are shown as their words."""
    script = parse_script(_script(server), file="remote.md")
    level = script.level(1)
    prompt = level.prompts[0]
    window = filled_window
    window.ground_rules.set_introduction(script.introduction_html, plain_text(script.introduction))
    window.show_page(Page.GROUND_RULES)
    _render_everything(qtbot, window)
    view = window.conversation
    view.set_level(1, len(script.levels), level.title, level.guidance_html)
    view.show_prompt(prompt.html, plain_text(prompt.text), "Sam", "Alex", prompt.follow_ups)
    window.show_page(Page.CONVERSATION)
    _render_everything(qtbot, window)
    assert "this pixel" in view.prompt_card.prompt_label.text()
    assert "<img" not in prompt.html
    assert server.flush() == []


def test_notes_with_remote_images_preview_without_loading_them(qtbot, filled_window, server):
    """A note's preview (Qt's own Markdown reader keeps the <img>) refuses the image; the
    history's renderer turns it into words."""
    window = filled_window
    window.show_page(Page.CONVERSATION)
    note = window.conversation.notes_panel.prompt_note
    text = (
        f"She showed me ![a photo]({server.url('/note.png')}) and "
        f'<img src="{server.url("/note-raw.png")}"> from [her blog]({server.url("/blog")}).'
    )
    note.set_text(text)
    note.set_preview(True)
    _render_everything(qtbot, window)
    history_label = make_label(render_markdown(text), rich=True)
    qtbot.addWidget(history_label)
    history_label.show()
    history_label.grab()
    assert server.flush() == []


def test_even_raw_html_in_a_label_loads_no_remote_image(qtbot, filled_window, server):
    """Should unsanitised HTML ever reach the prompt label, Qt still fetches nothing."""
    window = filled_window
    window.show_page(Page.CONVERSATION)
    label = window.conversation.prompt_card.prompt_label
    label.setText(f'<p>Look <img src="{server.url("/label.png")}" width="20" height="20"></p>')
    _render_everything(qtbot, window)
    assert server.flush() == []
