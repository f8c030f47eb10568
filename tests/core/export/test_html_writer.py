"""The HTML export: a complete, inert page; exact bytes for a fixed document."""

import re
from dataclasses import replace
from html.parser import HTMLParser

from export_documents import hostile_document, marked_notes_document, small_document

from belonging.core.export import to_html
from belonging.core.export.html_writer import STYLE

SMALL_BODY = """\
<body>
<h1>Ada &amp; Ben</h1>
<p class="subtitle">A conversation kept in Belonging.</p>
<h2>Defining moments — 6 May 2024, 09:30</h2>
<p class="facts">As deep as level 2 · talked for 31 min · 3 prompts answered · 1 parked.</p>
<h3>Check-ins</h3>
<p class="hint">How close each felt, from 1 (far apart) to 7 (almost one).</p>
<ul><li>Ada: 3 before, 5 after</li><li>Ben: 4 before</li></ul>
<h3>Prompts discussed</h3>
<h4>What did you want to be when you were <em>ten</em>?</h4>
<p class="level">Level 1</p>
<blockquote class="note">
<p>Ben: the <strong>bakery</strong>.</p>
</blockquote>
<h3>Notes on the whole conversation</h3>
<blockquote class="note">
<p>We both started
in jobs we did not choose.</p>
</blockquote>
<h3>Follow-ups</h3>
<ul><li>☐ Send the article <span class="details">(Ada, by 20 May 2024)</span></li><li>☑ Book a room <span class="details">(both, done)</span></li></ul>
<h3>Parked for another time</h3>
<ul><li>Who taught you the most?</li></ul>
<div class="left-out">
<h2>Left out of this export</h2>
<ul><li>1 private note</li></ul>
<p class="hint">They stay in Belonging on this computer. To include them, ask for them by name when exporting.</p>
</div>
</body>
</html>
"""  # noqa: E501

HEAD = (
    "<!DOCTYPE html>\n"
    '<html lang="en">\n<head>\n'
    '<meta charset="utf-8">\n'
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="generator" content="Belonging">\n'
    "<title>Ada &amp; Ben</title>\n"
    f"<style>\n{STYLE}\n</style>\n"
    "</head>\n"
)


class _Tags(HTMLParser):
    """Every start tag and attribute of a page, to check what it could load or run."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_a_small_document_gives_exactly_the_expected_page():
    """Byte for byte: the head with its own style sheet, then the body."""
    assert to_html(small_document()) == HEAD + SMALL_BODY


def test_the_same_document_always_gives_the_same_bytes():
    """Exports are deterministic, so two exports of the same history can be compared."""
    assert to_html(small_document()).encode() == to_html(small_document()).encode()


def test_the_page_loads_and_runs_nothing_even_from_hostile_text():
    """No script, image, frame, style or link to another file; the CSP forbids them too."""
    tags = _tags(to_html(hostile_document()))
    names = {tag for tag, _ in tags}
    assert names.isdisjoint({"script", "img", "iframe", "link", "object", "embed", "b"})
    for tag, attrs in tags:
        assert "src" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), tag
        assert not attrs.get("href", "https:").lower().startswith("javascript")
    assert not re.search(r"url\(|@import|https?://", STYLE)


def test_hostile_text_is_shown_as_text():
    """What people typed is still readable, escaped, not dropped."""
    html = to_html(hostile_document())
    assert "&lt;script&gt;alert(" in html
    assert "**Ben**" in html


def test_private_and_confidential_notes_are_labelled_when_asked_for():
    """An included private or confidential note carries its label, and the page warns."""
    html = to_html(marked_notes_document())
    assert html.count('<p class="notice">') == 2
    assert '<p class="note-label">Private and confidential note</p>\n<p>mine and secret</p>' in html
    assert "Exported on 12 March 2025." in html


def test_progress_follows_each_conversation_and_changes_nothing():
    """`progress(done, total)` comes once per conversation, in order, and the page written
    is the same byte for byte as without it."""
    one = small_document()
    doc = replace(one, conversations=one.conversations * 3)
    calls: list[tuple[int, int]] = []
    html = to_html(doc, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert html == to_html(doc)
