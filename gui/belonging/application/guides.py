"""The short guides that ship with Belonging, such as "When something heavy comes up", read
in the person's language and rendered to safe HTML.

A guide is a Markdown file in `resources/guides/` (English) with its translations beside it
in a folder per language (`resources/guides/es/`); a language without one reads English.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belonging.core.markdown_render import plain_text, render_markdown
from belonging.resources import resources_dir

#: The card for the listener when something heavy comes up.
HEAVY_MOMENT = "heavy-moment"


@dataclass(frozen=True)
class Guide:
    """A guide ready to show: its title (its `# ` heading), its body as safe HTML, and the
    body's words without markup (for a screen reader's summary)."""

    title: str
    html: str
    text: str


def guide_path(name: str, language: str, folder: Path | None = None) -> Path:
    """The file of guide `name` in `language` ("es", "es_ES"), else the English one."""
    guides = folder if folder is not None else resources_dir() / "guides"
    code = language.split("_")[0].split("-")[0].lower()
    translated = guides / code / f"{name}.md"
    if code and code != "en" and translated.is_file():
        return translated
    return guides / f"{name}.md"


def read_guide(name: str, language: str, folder: Path | None = None) -> Guide:
    """Guide `name` in `language` (English when it has no translation), rendered.

    Reads a file: call it off the screen's thread. Raises OSError when the file is missing.
    """
    text = guide_path(name, language, folder).read_text(encoding="utf-8")
    lines = text.lstrip("\ufeff").splitlines()
    title = ""
    if lines and lines[0].startswith("# "):
        title, lines = plain_text(lines[0][2:].strip()), lines[1:]
    body = "\n".join(lines).strip()
    return Guide(title=title, html=render_markdown(body), text=plain_text(body))
