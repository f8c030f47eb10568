"""The partner's page speaks the window's language: its English and Spanish catalogues hold
the same strings, with the same placeholders, and every string the page asks for."""

from __future__ import annotations

import re

import pytest

from belonging.application.partner_screen.page_files import (
    LANGUAGES,
    PageFiles,
    catalogue,
    page_folder,
    page_language,
)

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _keys_the_page_uses() -> set[str]:
    script = (page_folder() / "page.js").read_text(encoding="utf-8")
    asked = set(re.findall(r"""\bt\(\s*["']([a-z_0-9]*[a-z0-9])["']""", script))
    asked |= set(re.findall(r"""["']([a-z]+_[a-z_0-9]+)["']\s*\]""", script))
    asked |= {f"closeness_{value}" for value in range(1, 8)}
    return asked


def test_every_language_has_every_string_with_the_same_placeholders():
    """No string is missing in Spanish, and none names a placeholder English lacks."""
    english = catalogue("en")
    for language in LANGUAGES:
        strings = catalogue(language)
        assert set(strings) == set(english), language
        for key, text in strings.items():
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[key])), key


def test_every_string_the_page_asks_for_is_in_the_catalogue():
    """A key used in page.js but missing from the catalogue would show as a bare key."""
    missing = _keys_the_page_uses() - set(catalogue("en"))
    assert missing == set()


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [(["es_ES"], "es"), (["es-MX", "en"], "es"), (["de", "en_GB"], "en"), ([], "en")],
)
def test_the_page_follows_the_windows_language(preferred, expected):
    """The page takes the first of the window's languages it speaks; else English."""
    assert page_language(preferred) == expected


def test_the_served_page_carries_its_language_and_strings_safely():
    """The page is served with its lang and its strings inside; a "<" in a string cannot
    end the script element that holds them."""
    page = PageFiles.load("es").index.decode("utf-8")
    assert '<html lang="es">' in page
    assert "Tu propia pantalla" in page or "tu propia pantalla" in page
    strings = page.split('id="strings">', 1)[1].split("</script>", 1)[0]
    assert "<" not in strings
