"""Markdown from scripts turned into HTML that is safe to show on a shared screen.

Script files come from anywhere (a colleague, an import of a web page), so nothing in them may
run, load or hide: raw HTML is escaped to visible text, images are replaced by their alt text
(no remote image ever loads), and links keep only web and mail addresses.
"""

from __future__ import annotations

import html as html_module
import threading
from xml.etree import ElementTree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

_ALLOWED_TAGS = {
    "a",
    "blockquote",
    "br",
    "code",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "ul",
}
_ALLOWED_SCHEMES = ("http:", "https:", "mailto:")
_LINK_REL = "noopener noreferrer"


class _ImagesToAltText(Treeprocessor):
    """Replaces every image by its alt text, so a script can never fetch anything remote."""

    def run(self, root: ElementTree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in reversed(list(enumerate(parent))):
                if child.tag == "img":
                    _replace_with_text(parent, index, child.get("alt", ""))


def _replace_with_text(parent: ElementTree.Element, index: int, text: str) -> None:
    """Removes `parent[index]`, keeping `text` and the element's tail in its place."""
    child = parent[index]
    joined = text + (child.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + joined
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + joined
    parent.remove(child)


def _keep_safe_links(tag: str, attribute: str, value: str) -> str | None:
    """Keeps an href only when it is a web or mail address; relative ones go too."""
    if tag == "a" and attribute == "href":
        return value if value.strip().lower().startswith(_ALLOWED_SCHEMES) else None
    return value


_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags={"script", "style"},
    attributes={"a": {"href", "title"}},
    attribute_filter=_keep_safe_links,
    url_schemes={"http", "https", "mailto"},
    url_relative="deny",
    link_rel=_LINK_REL,
    strip_comments=True,
)

_TEXT_ONLY = nh3.Cleaner(tags=set())

# A Markdown instance is cheap but not thread-safe; the UI may render from worker threads.
_local = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter, with raw HTML handling switched off."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(output_format="html")
        # Without these two, raw HTML would pass through; without them it is escaped as text.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ImagesToAltText(md), "images_to_alt_text", 5)
        _local.md = md
    md.reset()
    return md


def render_markdown(text: str, *, inline: bool = False) -> str:
    """Renders script Markdown to sanitised HTML.

    With `inline=True` a result that is a single paragraph loses its `<p>` wrapper, for
    one-line texts such as prompts shown in a label.
    """
    try:
        converted = _converter().convert(text)
    except BaseException:
        _local.md = None  # a converter that failed half-way may hold state; never reuse it
        raise
    html = _CLEANER.clean(converted).strip()
    if inline and html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[len("<p>") : -len("</p>")]
    return html


def plain_text(text: str) -> str:
    """The words of a piece of script Markdown with all markup removed and entities decoded."""
    return text_of_html(render_markdown(text, inline=True))


def text_of_html(html: str) -> str:
    """The words of HTML made by `render_markdown`, without tags and with entities decoded."""
    return html_module.unescape(_TEXT_ONLY.clean(html))
