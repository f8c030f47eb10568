"""The "when something heavy comes up" card reads well, in every language, and stays offline."""

import re

import pytest

from belonging.core.markdown_render import plain_text, render_markdown
from belonging.resources import resources_dir

GUIDES_DIR = resources_dir() / "guides"
#: The card in English, then each translation beside it under a language folder.
HEAVY_MOMENT = [GUIDES_DIR / "heavy-moment.md", GUIDES_DIR / "es" / "heavy-moment.md"]


def test_the_heavy_moment_card_ships():
    """Every language of the card is in the resources folder."""
    assert all(path.is_file() for path in HEAVY_MOMENT)


@pytest.mark.parametrize("path", HEAVY_MOMENT, ids=lambda p: p.parent.name)
def test_the_heavy_moment_card_is_short_and_scannable(path):
    """A title, a few headed sections and a list, in 150–250 words: readable in a minute."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert len(re.findall(r"^## ", text, re.MULTILINE)) >= 5
    assert re.search(r"^- ", text, re.MULTILINE)
    words = re.findall(r"\w[\w'’-]*", plain_text(text))
    assert 150 <= len(words) <= 250


@pytest.mark.parametrize("path", HEAVY_MOMENT, ids=lambda p: p.parent.name)
def test_the_heavy_moment_card_points_nowhere_online(path):
    """No web address, link or phone number: resources differ by country and the app is offline."""
    text = path.read_text(encoding="utf-8")
    assert "<a " not in render_markdown(text)
    assert not re.search(r"https?:|www\.|\.(com|org|net)\b|@", text)
    assert not re.search(r"\d", text)
