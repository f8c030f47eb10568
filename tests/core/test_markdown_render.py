"""Script Markdown is rendered to HTML that is safe on a shared screen."""

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.markdown_render import plain_text, render_markdown

_HARMLESS_TAGS = {"p", "em", "strong", "code", "pre", "a", "br", "ul", "ol", "li", "blockquote"}
_HARMLESS_TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6", "hr"}


def test_inline_markdown_becomes_html():
    """Emphasis, strong and code render as the matching tags."""
    assert render_markdown("A *b* **c** `d`") == (
        "<p>A <em>b</em> <strong>c</strong> <code>d</code></p>"
    )


def test_inline_mode_drops_the_single_paragraph_wrapper():
    """A one-line prompt renders without <p>, so a label shows it without margins."""
    assert render_markdown("What *now*?", inline=True) == "What <em>now</em>?"


def test_inline_mode_keeps_paragraphs_when_there_are_several():
    """Two paragraphs stay two paragraphs even in inline mode; nothing is merged."""
    assert render_markdown("One.\n\nTwo.", inline=True) == "<p>One.</p>\n<p>Two.</p>"


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "<b onmouseover='alert(1)'>x</b>",
        "<div>\nblock\n</div>",
        "<style>body{}</style>",
        '<img src="http://example.com/x.png">',
        "text <!-- comment --> text",
    ],
)
def test_raw_html_is_shown_as_text_never_as_markup(source):
    """Raw HTML in a script is escaped: no tag of the author's reaches the screen."""
    html = render_markdown(source)
    assert "<script" not in html
    assert "<style" not in html
    assert "<img" not in html
    assert "<div" not in html
    assert "<b " not in html
    assert "&lt;" in html


def test_images_are_dropped_but_keep_their_alt_text():
    """A Markdown image never loads anything; its description is shown in its place."""
    html = render_markdown("Look: ![a red door](http://example.com/door.png) here")
    assert "<img" not in html
    assert "http://example.com" not in html
    assert html == "<p>Look: a red door here</p>"


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[site](https://example.com/a)", "https://example.com/a"),
        ("[site](http://example.com/)", "http://example.com/"),
        ("<someone@example.com>", "mailto:someone@example.com"),
    ],
)
def test_web_and_mail_links_are_kept_with_a_safe_rel(source, href):
    """http, https and mailto links survive, each marked noopener noreferrer."""
    html = render_markdown(source, inline=True)
    assert f'href="{href}"' in html
    assert 'rel="noopener noreferrer"' in html


@pytest.mark.parametrize(
    "source",
    [
        "[x](javascript:alert(1))",
        "[x](data:text/html,hi)",
        "[x](file:///etc/passwd)",
        "[x](/relative/path)",
        "[x](vbscript:msgbox)",
    ],
)
def test_other_links_lose_their_address(source):
    """Any link that is not http, https or mailto keeps its text but loses its href."""
    html = render_markdown(source, inline=True)
    assert "href" not in html
    assert ">x</a>" in html


def test_plain_text_strips_markup_and_decodes_entities():
    """plain_text gives the words a reader sees, for titles and prompt ids."""
    assert plain_text("What *did* you & [they](http://x.org) say?") == ("What did you & they say?")


class _TagCollector(HTMLParser):
    """Collects every start tag and its attributes from a piece of HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


_MARKUP = st.sampled_from(
    [*"<>/\"'=:()[]!*`&; \n", "script", "img", "src", "onerror", "a href", "javascript", "http"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_MARKUP, max_size=40).map("".join))
def test_no_active_markup_survives_any_input(source):
    """Whatever the text, only harmless tags remain, with safe links and no other attributes."""
    collector = _TagCollector()
    collector.feed(render_markdown(source))
    for tag, attributes in collector.tags:
        assert tag in _HARMLESS_TAGS
        assert set(attributes) <= {"href", "title", "rel"}
        href = attributes.get("href")
        assert href is None or href.lower().startswith(("http:", "https:", "mailto:"))
