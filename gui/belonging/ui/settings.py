"""The window's own preferences, typed, in an INI file inside the data folder.

Keeping them beside the database (not in the platform's registry or ~/.config) means
`--data-dir` isolates everything: a test, a demo or a second profile never sees the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from belonging.languages import CHOICES, SETTINGS_KEY, SETTINGS_SECTION, SYSTEM

SETTINGS_FILE = "settings.ini"

T = TypeVar("T")


class _Option(Generic[T]):
    """One typed setting: a key, a default and a conversion from what QSettings hands back."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, settings: Settings | None, owner: type) -> Any:
        if settings is None:
            return self
        raw = settings.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            return self.convert(raw)
        except (TypeError, ValueError):  # a hand-edited or foreign value: fall back calmly
            return self.default

    def __set__(self, settings: Settings, value: T) -> None:
        if value is None:
            settings.qsettings.remove(self.key)
        else:
            settings.qsettings.setValue(self.key, value)

    def convert(self, raw: Any) -> T:
        """Turns the stored value into the option's type."""
        raise NotImplementedError


class _BoolOption(_Option[bool]):
    def convert(self, raw: Any) -> bool:
        if isinstance(raw, str):
            if raw.lower() in ("true", "1", "yes"):
                return True
            if raw.lower() in ("false", "0", "no"):
                return False
            raise ValueError(raw)
        return bool(raw)


class _IntOption(_Option[int]):
    def convert(self, raw: Any) -> int:
        return int(raw)


class _StrOption(_Option["str | None"]):
    def convert(self, raw: Any) -> str | None:
        return str(raw)


class _ChoiceOption(_Option[str]):
    def __init__(self, key: str, default: str, choices: tuple[str, ...]) -> None:
        super().__init__(key, default)
        self.choices = choices

    def convert(self, raw: Any) -> str:
        if str(raw) not in self.choices:
            raise ValueError(raw)
        return str(raw)


class _BytesOption(_Option["QByteArray | None"]):
    def convert(self, raw: Any) -> QByteArray | None:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes):
            return QByteArray(raw)
        raise TypeError(type(raw).__name__)


class Settings:
    """Typed preferences of the window, stored in `settings.ini` in the data folder.

    Read and assign the attributes; QSettings writes them out on its own, and `sync()`
    forces it (the main window calls it on close).
    """

    #: The main window's size and place, from QMainWindow.saveGeometry().
    window_geometry = _BytesOption("window/geometry", None)
    #: The main window's toolbars and docks, from QMainWindow.saveState().
    window_state = _BytesOption("window/state", None)
    #: View ▸ Larger text.
    larger_text = _BoolOption("view/larger_text", False)
    #: View ▸ Language: "system", "en" or "es". The command line reads it too, without Qt
    #: (`belonging.languages.saved_choice`), so it stays a plain word under `[view]`.
    language = _ChoiceOption(f"{SETTINGS_SECTION}/{SETTINGS_KEY}", SYSTEM, CHOICES)
    #: The script and length chosen last time, offered first in set-up.
    last_script_id = _StrOption("setup/last_script_id", None)
    last_minutes = _IntOption("setup/last_minutes", 30)
    #: The owner's own words on where to find support at their organisation (an employee
    #: assistance programme, an HR contact), shown on the "When something heavy comes up"
    #: card; Markdown, rendered safely. None until written.
    support_resources = _StrOption("support/resources", None)
    #: How Home orders the pairs (an `application.home.PairOrder` value).
    home_order = _StrOption("home/order", None)

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        """Writes pending changes to the file now."""
        self.qsettings.sync()
