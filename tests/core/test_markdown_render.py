"""Script Markdown is rendered to HTML that is safe on a shared screen."""

import time
from html.parser import HTMLParser

import markdown
import nh3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.markdown_render import MAX_PARAGRAPH_CHARS, plain_text, render_markdown

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


def _best_time(function, *args) -> float:
    """The shortest of three runs of `function(*args)`, in seconds: the least disturbed one."""
    timings = []
    for _ in range(3):
        began = time.perf_counter()
        function(*args)
        timings.append(time.perf_counter() - began)
    return min(timings)


def _ordinary_note(size: int) -> str:
    """A note of `size` characters as people write them: words, emphasis, a link, an image."""
    sentence = "We spoke of *the move*, see [the notes](https://example.com/n) and ![a door](x). "
    return (sentence * (size // len(sentence) + 1))[:size]


# Before the linear link patterns these took from a hundred to a thousand times as long as an
# ordinary note of the same length; now about as long. The margin absorbs a busy machine.
_TIME_RATIO = 20


@pytest.mark.parametrize(
    "source", ["![" * 4000, "[" * 8000, "[a](" * 2000, "[ " * 4000, "[" * 4000 + "]" * 4000]
)
def test_runs_of_brackets_render_as_written_and_quickly(source):
    """Thousands of brackets that open no link show as typed, as fast as an ordinary note."""
    assert render_markdown(source) == f"<p>{source}</p>"
    ordinary = _best_time(render_markdown, _ordinary_note(len(source)))
    assert _best_time(render_markdown, source) < _TIME_RATIO * ordinary


def test_hundreds_of_images_in_a_paragraph_become_their_descriptions_quickly():
    """Every image in a long paragraph becomes its description, in time linear in their number."""
    source = " ".join(["![a](http://x.org/i.png)"] * 350)
    assert render_markdown(source) == "<p>" + " ".join("a" * 350) + "</p>"
    ordinary = _best_time(render_markdown, _ordinary_note(len(source)))
    assert _best_time(render_markdown, source) < _TIME_RATIO * ordinary


def test_a_paragraph_too_long_to_format_is_shown_as_written():
    """A paragraph beyond the limit (here 3,000 rules) is shown as typed, escaped, and fast."""
    rules = "***\n" * (MAX_PARAGRAPH_CHARS // 4)
    source = "<b>Rules</b>\n" + rules
    assert render_markdown(source) == f"<p>&lt;b&gt;Rules&lt;/b&gt;\n{rules.strip()}</p>"
    ordinary = _best_time(render_markdown, _ordinary_note(len(source)))
    assert _best_time(render_markdown, source) < _TIME_RATIO * ordinary


def test_long_texts_of_ordinary_paragraphs_keep_their_formatting():
    """The limit is per paragraph: a long note of ordinary paragraphs is still formatted."""
    paragraph = _ordinary_note(MAX_PARAGRAPH_CHARS // 2).strip()
    html = render_markdown("\n\n".join([paragraph] * 6))
    assert html.count("<p>") == 6
    assert "<em>the move</em>" in html
    assert 'href="https://example.com/n"' in html


def test_nesting_too_deep_for_python_markdown_is_shown_as_written():
    """Lists nested hundreds deep, which Python-Markdown cannot read, are shown, not raised."""
    source = "".join("    " * depth + f"- item{depth}\n" for depth in range(400))
    text = plain_text(source)
    assert "item0" in text
    assert "item399" in text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_MARKUP, max_size=60).map("".join)))
def test_any_text_renders_without_error_or_anything_active(source):
    """No text makes rendering fail or yields a script, an image or a javascript: address."""
    html = render_markdown(source)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    collector = _TagCollector()
    collector.feed(html)
    for _tag, attributes in collector.tags:
        assert not any("javascript:" in (value or "").lower() for value in attributes.values())


_STOCK = markdown.Markdown(output_format="html")
_STOCK.preprocessors.deregister("html_block")
_STOCK.inlinePatterns.deregister("html")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZé1 .,;:?'\"()-+#=*_`\\/\t\n\u00a0"]), max_size=40))
def test_text_without_links_or_html_renders_as_python_markdown_renders_it(source):
    """Shortcuts for plain lines and long paragraphs change nothing an ordinary text shows."""
    _STOCK.reset()
    expected = nh3.clean(_STOCK.convert(source), tags=_HARMLESS_TAGS, attributes={}).strip()
    assert render_markdown(source) == expected
