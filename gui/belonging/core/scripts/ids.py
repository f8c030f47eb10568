"""Ids of scripts and prompts: short, readable, and stable when a file is edited elsewhere.

A pair's history points at prompts by id ("already had", "asked not to see again", "parked"),
so a prompt's id depends on its own words only, never on its position in the file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from belonging.core.markdown_render import plain_text

MAX_ID_LENGTH = 64
#: The readable part of a prompt id; with the hyphen and six hex digits an id stays within 40.
PROMPT_SLUG_LENGTH = 33
_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_valid_id(value: str) -> bool:
    """Whether `value` may name a script: lowercase letters, digits and single hyphens."""
    return len(value) <= MAX_ID_LENGTH and _ID_RE.fullmatch(value) is not None


def id_from_file_name(file: str) -> str | None:
    """The id a script gets from its file name when its front matter names none."""
    return slug_words(Path(file).stem, MAX_ID_LENGTH) or None


def slug_words(text: str, limit: int) -> str:
    """Lowercase ASCII words of `text` joined by hyphens, cut at a word to at most `limit`."""
    # Apostrophes join rather than split, so "What's" reads "whats", not "what-s".
    text = text.replace("'", "").replace("\u2019", "")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            return slug or word[:limit]
        slug = candidate
    return slug


def normalise_prompt_text(text: str) -> str:
    """A prompt's words alone: markup stripped, whitespace collapsed, lowercased."""
    return normalise_plain_text(plain_text(text))


def normalise_plain_text(plain: str) -> str:
    """Plain text (markup already stripped) with whitespace collapsed and lowercased."""
    return " ".join(plain.split()).lower()


def prompt_id(text: str) -> str:
    """The stable id of a prompt with this Markdown text, e.g. `what-did-you-want-3fa2c1`."""
    return prompt_id_from_normalised(normalise_prompt_text(text))


def prompt_id_from_normalised(normalised: str) -> str:
    """`prompt_id` for text already normalised, to spare rendering it twice."""
    digest = hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:6]
    return f"{slug_words(normalised, PROMPT_SLUG_LENGTH) or 'prompt'}-{digest}"
