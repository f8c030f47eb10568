"""Read-only files that ship with the app: built-in scripts, guides, themes, icons, translations.

They live in the top-level `resources/` folder of the checkout and inside the wheel as
`belonging/resources`. An editable install or a plain checkout has no copy inside the
package, so the checkout's folder is the fallback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from belonging.languages import DEFAULT_LANGUAGE

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The folder that holds `scripts/`, `themes/`, `icons/` and `translations/`."""
    packaged = Path(str(resources.files("belonging") / "resources"))
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_RESOURCES


def builtin_scripts_dir(language: str = DEFAULT_LANGUAGE) -> Path:
    """The folder of the built-in conversation scripts in `language`.

    English ones are the folder itself; each translation is a whole-file twin in a folder
    named after its language (`scripts/es/`), with the same ids. A language without one
    gets the English scripts.
    """
    return _in_language(resources_dir() / "scripts", language)


def guide_path(name: str, language: str = DEFAULT_LANGUAGE) -> Path:
    """A guide for the listener, such as `heavy-moment`, in `language` when translated."""
    folder = _in_language(resources_dir() / "guides", language)
    translated = folder / f"{name}.md"
    return translated if translated.is_file() else resources_dir() / "guides" / f"{name}.md"


def _in_language(folder: Path, language: str) -> Path:
    """`folder`'s translation into `language` (a subfolder), or `folder` itself."""
    if language != DEFAULT_LANGUAGE and (folder / language).is_dir():
        return folder / language
    return folder


def themes_dir() -> Path:
    """The folder of the QSS themes."""
    return resources_dir() / "themes"


def icons_dir() -> Path:
    """The folder of the application icons."""
    return resources_dir() / "icons"


def translations_dir() -> Path:
    """The folder of the translation sources and compiled catalogues."""
    return resources_dir() / "translations"
