"""Markdown from scripts turned into HTML that is safe to show on a shared screen.

Script files come from anywhere (a colleague, an import of a web page), so nothing in them may
run, load or hide: raw HTML is escaped to visible text, images are replaced by their alt text
(no remote image ever loads), and links keep only web and mail addresses.

Nor may a text make the app hang. Links are read in linear time (`markdown_links`), but
Python-Markdown re-reads the rest of a paragraph after each thing it finds there, so its work
grows with the square of a paragraph's length when the paragraph is made of thousands of small
pieces (rules, underlined headings, emphasis). A text with a paragraph longer than
`MAX_PARAGRAPH_CHARS`, or nested too deeply for Python-Markdown, is therefore shown as written:
its paragraphs escaped, without Markdown formatting.
"""

from __future__ import annotations

import html as html_module
import re
import threading
from xml.etree import ElementTree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from belonging.core.markdown_links import forget_texts, use_linear_links

#: Longer than any paragraph a person writes (about 1,700 words), short enough that the worst
#: paragraph renders in a fraction of a second.
MAX_PARAGRAPH_CHARS = 10_000

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
            if any(child.tag == "img" for child in parent):
                _images_to_text(parent)


def _images_to_text(parent: ElementTree.Element) -> None:
    """Puts each image child's alt text and tail in its place, in one pass over the children.

    Removing images one by one would shift the rest each time: thousands of images in one
    paragraph would take seconds.
    """
    kept: list[ElementTree.Element] = []
    # The text that follows the last kept element (or starts `parent`), in pieces.
    pieces = [parent.text or ""]
    for child in parent:
        if child.tag == "img":
            pieces += [child.get("alt", ""), child.tail or ""]
            continue
        _set_following_text(parent, kept, "".join(pieces))
        kept.append(child)
        pieces = [child.tail or ""]
    _set_following_text(parent, kept, "".join(pieces))
    parent[:] = kept


def _set_following_text(
    parent: ElementTree.Element, kept: list[ElementTree.Element], text: str
) -> None:
    """Sets the text after the last kept element, or the parent's own text when none is."""
    if kept:
        kept[-1].tail = text or None
    else:
        parent.text = text or None


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
    """This thread's converter: raw HTML off, images to alt text, links read in linear time."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(output_format="html")
        # Without these two, raw HTML would pass through; without them it is escaped as text.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ImagesToAltText(md), "images_to_alt_text", 5)
        use_linear_links(md)
        _local.md = md
    md.reset()
    return md


def render_markdown(text: str, *, inline: bool = False) -> str:
    """Renders script Markdown to sanitised HTML.

    With `inline=True` a result that is a single paragraph loses its `<p>` wrapper, for
    one-line texts such as prompts shown in a label.
    """
    html = _CLEANER.clean(_unsanitised_html(text)).strip()
    if inline and html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[len("<p>") : -len("</p>")]
    return html


# A line that starts with a letter and holds no character Markdown gives a meaning to, nor
# two spaces in a row: most prompts. A list of 20,000 of them imports in a second, not four.
_PLAIN_LINE_RE = re.compile(r"[^\W\d_](?:[^\\`*_\[\]<>&\s]| (?=\S))*")


def _unsanitised_html(text: str) -> str:
    """Python-Markdown's HTML for `text`, or the text as written when that would take long."""
    if _PLAIN_LINE_RE.fullmatch(text) and text.isprintable():
        return f"<p>{text}</p>"  # what Python-Markdown makes of it, in a hundredth of the time
    if _longest_paragraph(text) > MAX_PARAGRAPH_CHARS:
        return _as_written(text)
    md = _converter()
    try:
        converted = md.convert(text)
    except RecursionError:
        _local.md = None  # a converter that failed half-way may hold state; never reuse it
        return _as_written(text)
    except BaseException:
        _local.md = None
        raise
    forget_texts(md)
    return converted


_BLANK_LINES_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _paragraphs(text: str) -> list[str]:
    """The text's runs of lines between blank lines, as Python-Markdown splits it."""
    # As Python-Markdown does before splitting: one kind of line end, tabs as spaces.
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    return [part for part in _BLANK_LINES_RE.split(text.strip()) if part.strip()]


def _longest_paragraph(text: str) -> int:
    """How many characters the longest run of lines without a blank line has."""
    if len(text) * 4 <= MAX_PARAGRAPH_CHARS:  # a tab may become four spaces
        return len(text)
    return max((len(part) for part in _paragraphs(text)), default=0)


def _as_written(text: str) -> str:
    """The text's paragraphs, escaped, in `<p>` elements: what is written, without formatting."""
    return "\n".join(f"<p>{html_module.escape(part.strip())}</p>" for part in _paragraphs(text))


def plain_text(text: str) -> str:
    """The words of a piece of script Markdown with all markup removed and entities decoded."""
    return text_of_html(render_markdown(text, inline=True))


def text_of_html(html: str) -> str:
    """The words of HTML made by `render_markdown`, without tags and with entities decoded."""
    return html_module.unescape(_TEXT_ONLY.clean(html))
