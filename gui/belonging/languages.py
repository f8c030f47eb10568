"""The languages Belonging speaks, and which one a start uses: the person's choice (View ▸
Language, kept in the data folder's settings), else the system's, else English.

No Qt here: the command line lists the built-in scripts and writes exports in the same
language as the window, without loading Qt. The window asks Qt for the system's languages
(`ui.language`), which also knows the platforms' own settings; the command line reads the
POSIX environment the way gettext does.
"""

from __future__ import annotations

import configparser
import locale
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

ENGLISH = "en"
SPANISH = "es"
#: Every language with a translation of the window, the scripts and the exports.
LANGUAGES = (ENGLISH, SPANISH)
#: What the app speaks when the system's language is none of `LANGUAGES`.
DEFAULT_LANGUAGE = ENGLISH
#: The choice that means "whatever the system speaks".
SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)

#: Where the window keeps the choice: `settings.ini` in the data folder, `[view] language=`
#: (see `ui.settings.Settings.language`, which writes it).
SETTINGS_FILE = "settings.ini"
SETTINGS_SECTION = "view"
SETTINGS_KEY = "language"


def supported_language(tag: str | None) -> str | None:
    """The language of `tag` if Belonging speaks it: "es_MX.UTF-8", "es-419" and "Spanish_Spain"
    (Windows) give "es"; "C", "POSIX", "fr_FR" and "" give None."""
    if not tag:
        return None
    head = tag.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    by_english_name = {"english": ENGLISH, "spanish": SPANISH}
    head = by_english_name.get(head, head)
    return head if head in LANGUAGES else None


def first_supported(tags: Iterable[str]) -> str | None:
    """The first of `tags`, in order of preference, that Belonging speaks."""
    for tag in tags:
        language = supported_language(tag)
        if language is not None:
            return language
    return None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as gettext finds it: LANGUAGE (a preference list, unless the
    locale is C), then LC_ALL, LC_MESSAGES and LANG; on other systems the locale's own."""
    env = os.environ if environ is None else environ
    posix = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    tags = []
    if posix and supported_language(posix) is None and posix.split(".")[0] in ("C", "POSIX"):
        return DEFAULT_LANGUAGE
    if env.get("LANGUAGE"):
        tags += env["LANGUAGE"].split(":")
    tags.append(posix)
    if not posix and environ is None:
        tags.append(locale.getlocale()[0] or "")
    return first_supported(tags) or DEFAULT_LANGUAGE


def saved_choice(data_dir: Path) -> str:
    """What the person chose in View ▸ Language for this data folder: a language, or SYSTEM
    (also when nothing was chosen, or the file cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(data_dir) / SETTINGS_FILE, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return SYSTEM
    choice = parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback=SYSTEM).strip()
    return choice if choice in CHOICES else SYSTEM


def language_for(data_dir: Path, environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks for this data folder: the window's choice, else
    the environment's."""
    choice = saved_choice(data_dir)
    return choice if choice in LANGUAGES else environment_language(environ)
