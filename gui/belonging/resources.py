"""Read-only files that ship with the app: built-in scripts, themes, icons, translations.

They live in the top-level `resources/` folder of the checkout and inside the wheel as
`belonging/resources`. An editable install or a plain checkout has no copy inside the
package, so the checkout's folder is the fallback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The folder that holds `scripts/`, `themes/`, `icons/` and `translations/`."""
    packaged = Path(str(resources.files("belonging") / "resources"))
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_RESOURCES


def builtin_scripts_dir() -> Path:
    """The folder of the built-in conversation scripts."""
    return resources_dir() / "scripts"


def themes_dir() -> Path:
    """The folder of the QSS themes."""
    return resources_dir() / "themes"


def icons_dir() -> Path:
    """The folder of the application icons."""
    return resources_dir() / "icons"


def translations_dir() -> Path:
    """The folder of the translation sources and compiled catalogues."""
    return resources_dir() / "translations"
