"""The linear link patterns read every text exactly as Python-Markdown's own, in linear time."""

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.core import markdown_links
from belonging.core.markdown_links import use_linear_links


def _converter(*, linear: bool) -> markdown.Markdown:
    """A Markdown converter as the app sets it up, with or without the linear patterns."""
    md = markdown.Markdown(output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    if linear:
        use_linear_links(md)
    return md


_STOCK = _converter(linear=False)
_LINEAR = _converter(linear=True)


def _both(text: str) -> tuple[str, str]:
    """Python-Markdown's HTML for `text`, then the linear patterns' HTML for it."""
    results = []
    for md in (_STOCK, _LINEAR):
        md.reset()
        results.append(md.convert(text))
    return results[0], results[1]


@pytest.mark.parametrize(
    "text",
    [
        "[site](https://example.com/a) and ![door](http://x.org/d.png)",
        "[t](http://x.org \"a title\") [u](<http://y.org> 'other')",
        "[nested [brackets]](http://x.org/(a)(b)) [not a link] (x)",
        '[quirk](a "b) c [d](e) "f")',
        '[backtrack](a "b ( c) d) e',
        '[alt](a \'b "c" ) d " e) f',
        "[r] and [text][r] and ![img][r] and ![r] and [missing][nope]\n\n[r]: http://x.org/r",
        "*[em](http://x.org)* `[code](x)` \\[escaped](x)",
        "[" * 50 + "]" * 49 + "(x)",
        "[a](" * 20 + ")" * 19,
    ],
)
def test_links_read_as_python_markdown_reads_them(text):
    """Links, images, titles, references and Python-Markdown's odd cases come out the same."""
    stock, linear = _both(text)
    assert linear == stock


_SOUP = st.lists(
    st.sampled_from(
        [*"[]()!\"' a\\`*<\n", "[a](b)", "[r]", "](", '" )', "' )", "  ", "\n\n", "[r]: /x\n\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SOUP)
def test_any_bracket_soup_reads_as_python_markdown_reads_it(text):
    """Whatever mix of brackets, parentheses and quotes, the HTML is Python-Markdown's own."""
    stock, linear = _both(text)
    assert linear == stock


@pytest.mark.parametrize(
    "text",
    ["[" * 8000, "![" * 4000, "[a](" * 2000, "[" * 4000 + "]" * 4000, '[a]("b) ' * 1000],
)
def test_each_character_is_read_a_bounded_number_of_times(text, monkeypatch):
    """Hostile bracket runs cost a few passes over the text, not one pass per bracket."""
    read: list[int] = []

    class CountingClosings(markdown_links._Closings):
        def __init__(self, data: str) -> None:
            read.append(len(data))
            super().__init__(data)

    monkeypatch.setattr(markdown_links, "_Closings", CountingClosings)
    _LINEAR.reset()
    _LINEAR.convert(text)
    # One table per link pattern (six of them) and per link text read inside a link.
    assert read
    assert sum(read) <= 12 * len(text)
