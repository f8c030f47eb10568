"""Python-Markdown's link and image patterns, deciding the same things in linear time.

To find where `[text]` ends, Python-Markdown scans forward from each `[`; to find where
`(address "title")` ends, from each `(`. A text of thousands of brackets that never close
(`[[[[`, `![![`, `[a](` repeated, or brackets nested thousands deep) makes every scan run to
the end, so the work grows with the square of the text: 4,000 `![` took seconds to render.
Here one pass over a text records where each bracket, parenthesis and quote closes, and the
patterns look the answers up. They decide exactly what Python-Markdown's own decide; a test
compares the two on every kind of bracket soup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from xml.etree import ElementTree

import markdown
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    dequote,
)

_SPECIAL_RE = re.compile(r"""[\[\]()'"]""")
_QUOTES = ("'", '"')

# What `handleMatch` returns: the element and where its source starts and ends in the text,
# or Nones when the pattern does not apply there.
_Match = tuple[ElementTree.Element | None, int | None, int | None]


def _before(ascending: list[int], from_end: int, *, inclusive: bool = False) -> int:
    """How many entries of `ascending` lie after the position `from_end` (at it too, if told)."""
    return (bisect_right if inclusive else bisect_left)(ascending, from_end)


class _Closings:
    """Where every bracket, parenthesis and quote of one text closes, found in one pass.

    Positions are kept as distances from the end of the text: when Python-Markdown puts a
    placeholder in place of a link it has read, the text after the link is unchanged and so
    are its distances from the end, and the table still holds for it.
    """

    def __init__(self, text: str) -> None:
        size = len(text)
        self.bracket_closes: dict[int, int] = {}
        self.paren_closes: dict[int, int] = {}
        # Parentheses opened minus closed before each `(` and quote, to tell the depth at a quote.
        self.depth_before: dict[int, int] = {}
        self.parens: list[int] = []
        self.any_quote: list[int] = []
        self.quotes: dict[str, list[int]] = {quote: [] for quote in _QUOTES}
        # For each quote character: `)` right after it (spaces apart), as (quote, `)`) pairs.
        self.quoted_ends: dict[str, tuple[list[int], list[int]]] = {q: ([], []) for q in _QUOTES}
        open_brackets: list[int] = []
        open_parens: list[int] = []
        depth = 0
        for match in _SPECIAL_RE.finditer(text):
            position = match.start()
            char, from_end = match.group(), size - position
            if char == "[":
                open_brackets.append(from_end)
            elif char == "]":
                if open_brackets:
                    self.bracket_closes[open_brackets.pop()] = from_end
            elif char == "(":
                self.depth_before[from_end] = depth
                depth += 1
                open_parens.append(from_end)
                self.parens.append(from_end)
            elif char == ")":
                depth -= 1
                if open_parens:
                    self.paren_closes[open_parens.pop()] = from_end
                self.parens.append(from_end)
                previous = position - 1
                while previous >= 0 and text[previous] == " ":
                    previous -= 1
                if previous >= 0 and text[previous] in _QUOTES:
                    quote_ends, paren_ends = self.quoted_ends[text[previous]]
                    quote_ends.append(size - previous)
                    paren_ends.append(from_end)
            else:
                self.depth_before[from_end] = depth
                self.quotes[char].append(from_end)
                self.any_quote.append(from_end)
        # Found in text order, so with falling distances; bisect wants them rising.
        for ascending in (self.parens, self.any_quote, *self.quotes.values()):
            ascending.reverse()
        for quote_ends, paren_ends in self.quoted_ends.values():
            quote_ends.reverse()
            paren_ends.reverse()

    def first_quote(self, from_end: int, quote: str | None = None) -> int | None:
        """The first quote (of the kind given, else of either kind) at or after a position."""
        ascending = self.any_quote if quote is None else self.quotes[quote]
        index = _before(ascending, from_end, inclusive=True)
        return ascending[index - 1] if index else None

    def nth_paren_after(self, from_end: int, count: int) -> int | None:
        """The `count`-th parenthesis of either kind after a position."""
        index = _before(self.parens, from_end) - count
        return self.parens[index] if index >= 0 else None

    def quoted_end_after(self, quote: str, from_end: int) -> tuple[int, int] | None:
        """The first `)` right after a `quote` that lies after a position, and that quote."""
        quote_ends, paren_ends = self.quoted_ends[quote]
        index = _before(quote_ends, from_end)
        return (quote_ends[index - 1], paren_ends[index - 1]) if index else None


class _ClosingsCache:
    """The closings of the text a pattern is reading, kept across its placeholders."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._closings: _Closings | None = None
        # How much of the end of `_text` the table is known to describe.
        self._trusted = 0

    def closings(self, data: str, position: int) -> _Closings:
        """The table for `data`, good for `position` and everything after it."""
        previous = self._text
        if (
            previous is None
            or self._closings is None
            or len(data) - position > self._trusted
            or (
                data is not previous
                and not data.endswith(previous[len(previous) - self._trusted :])
            )
        ):
            self._closings = _Closings(data)
            self._trusted = len(data)
        self._text = data
        return self._closings

    def replaced(self, data: str, end: int) -> None:
        """Python-Markdown is about to replace `data[:end]`'s match; only the rest is kept."""
        self._trusted = min(self._trusted, len(data) - end)

    def forget(self) -> None:
        """Lets go of the last text and its table, which may be large."""
        self._text, self._closings, self._trusted = None, None, 0


class _LinearScans(LinkInlineProcessor):
    """`getText` and `getLink` answered from the closings table instead of by scanning."""

    def __init__(self, pattern: str, md: markdown.Markdown) -> None:
        super().__init__(pattern, md)
        self.cache = _ClosingsCache()

    def _text_end(self, data: str, index: int) -> int | None:
        """Where the `]` closing the `[` just before `index` is, if it is closed at all."""
        size = len(data)
        close = self.cache.closings(data, index - 1).bracket_closes.get(size - index + 1)
        return None if close is None else size - close

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802
        """The link text from `index` to its closing `]`, as Python-Markdown reads it."""
        end = self._text_end(data, index)
        if end is None:
            return data[index:], len(data), False
        return data[index:end], end + 1, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        """The address and title in `(...)` at `index`, as Python-Markdown reads them."""
        href, title, handled = "", None, False
        match = self.RE_LINK.match(data, pos=index)
        if match and match.group(1):
            href = match.group(1)[1:-1].strip()
            if match.group(2):
                title = match.group(2)[1:-1]
            index, handled = match.end(0), True
        elif match:
            href, title, index, handled = self._destination(data, index, match.end())
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(" ", dequote(self.unescape(title.strip())))
        return self.unescape(href).strip(), title, index, handled

    def _destination(self, data: str, paren: int, start: int) -> tuple[str, str | None, int, bool]:
        """What Python-Markdown's scan from `start`, after the `(` at `paren`, would find.

        Until a quote, parentheses nest and the matching `)` ends the link. After a quote the
        scan reads a title: a `)` right after a second quote of the same kind (or a third of
        the other kind) ends it, and failing that the parenthesis that would have brought the
        depth at the quote back to zero does.
        """
        size = len(data)
        closings = self.cache.closings(data, paren)
        close = closings.paren_closes.get(size - paren)
        quote_at = closings.first_quote(size - start)
        if close is not None and (quote_at is None or close > quote_at):
            return data[start : size - close], None, size - close + 1, True
        if quote_at is None:
            return "", None, size, False
        quote = data[size - quote_at]
        other = _QUOTES[0] if quote == _QUOTES[1] else _QUOTES[1]
        ends = []
        same = closings.quoted_end_after(quote, quote_at)
        if same is not None:
            ends.append((same, quote_at))
        other_at = closings.first_quote(quote_at - 1, other)
        if other_at is not None:
            after_other = closings.quoted_end_after(other, other_at)
            if after_other is not None:
                ends.append((after_other, other_at))
        if ends:
            # The end nearest the start (largest distance from the end) is the one met first.
            (title_end, paren_end), title_quote = max(ends, key=lambda end: end[0][1])
            title = data[size - title_quote + 1 : size - title_end]
            return data[start : size - title_quote], title, size - paren_end + 1, True
        # The depth at the quote, counting the `(` at `paren` as the first level.
        depth = closings.depth_before[quote_at] - closings.depth_before[size - paren]
        last = closings.nth_paren_after(quote_at, depth)
        if last is None:
            return "", None, size, False
        # Python-Markdown's own quirk: a depth run out on a `(` leaves the end at -1.
        end = size - last + 1 if data[size - last] == ")" else -1
        return data[start : end - 1], None, end, True


class LinearLinkProcessor(_LinearScans):
    """`[text](address "title")`, read in linear time."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(LINK_RE, md)

    def handleMatch(self, m: re.Match[str], data: str) -> _Match:  # noqa: N802
        """An `a` element, or nothing when the text is not a complete link."""
        start = m.end(0)
        text_end = self._text_end(data, start)
        if text_end is None:
            return None, None, None
        href, title, index, handled = self.getLink(data, text_end + 1)
        if not handled:
            return None, None, None
        element = ElementTree.Element("a")
        element.text = data[start:text_end]
        element.set("href", href)
        if title is not None:
            element.set("title", title)
        self.cache.replaced(data, index)
        return element, m.start(0), index


class LinearImageProcessor(_LinearScans):
    """`![description](address "title")`, read in linear time."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(IMAGE_LINK_RE, md)

    def handleMatch(self, m: re.Match[str], data: str) -> _Match:  # noqa: N802
        """An `img` element, or nothing when the text is not a complete image."""
        start = m.end(0)
        text_end = self._text_end(data, start)
        if text_end is None:
            return None, None, None
        src, title, index, handled = self.getLink(data, text_end + 1)
        if not handled:
            return None, None, None
        element = ElementTree.Element("img")
        element.set("src", src)
        if title is not None:
            element.set("title", title)
        element.set("alt", self.unescape(data[start:text_end]))
        self.cache.replaced(data, index)
        return element, m.start(0), index


class LinearReferenceProcessor(_LinearScans, ReferenceInlineProcessor):
    """`[text][id]`, read in linear time; the link text is copied only once it is needed."""

    def __init__(self, md: markdown.Markdown, pattern: str = REFERENCE_RE) -> None:
        super().__init__(pattern, md)

    def handleMatch(self, m: re.Match[str], data: str) -> _Match:  # noqa: N802
        """A link to a defined reference; an undefined one is skipped as Python-Markdown does."""
        start = m.end(0)
        text_end = self._text_end(data, start)
        if text_end is None:
            return None, None, None
        found = self._reference(data, start, text_end)
        if found is None:
            return None, None, None
        reference, end = found
        reference = self.NEWLINE_CLEANUP_RE.sub(" ", reference)
        if reference not in self.md.references:
            return None, m.start(0), end
        href, title = self.md.references[reference]
        self.cache.replaced(data, end)
        return self.makeTag(href, title, data[start:text_end]), m.start(0), end

    def _reference(self, data: str, start: int, text_end: int) -> tuple[str, int] | None:
        """The id in `[id]` after the text (the text itself for `[]`) and where it ends."""
        match = self.RE_LINK.match(data, pos=text_end + 1)
        if not match:
            return None
        return match.group(1).lower() or data[start:text_end].lower(), match.end(0)


class LinearImageReferenceProcessor(LinearReferenceProcessor, ImageReferenceInlineProcessor):
    """`![description][id]`, read in linear time."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md, IMAGE_REFERENCE_RE)


class LinearShortReferenceProcessor(LinearReferenceProcessor):
    """`[id]` alone, read in linear time."""

    def _reference(self, data: str, start: int, text_end: int) -> tuple[str, int] | None:
        """The text is the id."""
        return data[start:text_end].lower(), text_end + 1


class LinearShortImageReferenceProcessor(
    LinearShortReferenceProcessor, ImageReferenceInlineProcessor
):
    """`![id]` alone, read in linear time."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md, IMAGE_REFERENCE_RE)


def use_linear_links(md: markdown.Markdown) -> None:
    """Puts the linear patterns in place of Python-Markdown's, under the same names."""
    patterns = (
        (LinearReferenceProcessor(md), "reference", 170),
        (LinearLinkProcessor(md), "link", 160),
        (LinearImageProcessor(md), "image_link", 150),
        (LinearImageReferenceProcessor(md), "image_reference", 140),
        (LinearShortReferenceProcessor(md), "short_reference", 130),
        (LinearShortImageReferenceProcessor(md), "short_image_ref", 125),
    )
    for pattern, name, priority in patterns:
        md.inlinePatterns.register(pattern, name, priority)


def forget_texts(md: markdown.Markdown) -> None:
    """Drops the tables the linear patterns keep of the last text they read."""
    for pattern in md.inlinePatterns:
        if isinstance(pattern, _LinearScans):
            pattern.cache.forget()
