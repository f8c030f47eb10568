"""The window's language: the system's, or the one chosen in View ▸ Language, at the next start.

A start installs Belonging's compiled catalogue (`belonging_<lang>.qm`) and Qt's own for its
dialogs, and makes that language the default locale, so dates are written in it too. A new
choice is kept in the settings and used from the next start, and the person is told so in
the language they chose. Not at once: every page words itself as it is built, and the
conversation in progress keeps the script it began with, so a start is the one moment when
the window, the built-in scripts and the exports all change together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from belonging.languages import (
    DEFAULT_LANGUAGE,
    ENGLISH,
    LANGUAGES,
    SPANISH,
    SYSTEM,
    first_supported,
    supported_language,
)
from belonging.resources import translations_dir
from belonging.ui.settings import Settings

TRANSLATION_PREFIX = "belonging"
_CONTEXT = "LanguageMenu"

#: Each language named in its own words, as a person looking for theirs reads it.
ENDONYMS = {ENGLISH: "English", SPANISH: "Español"}
#: Each language named in a sentence of the language in use ("in Spanish", "en español").
_NAMES_IN_A_SENTENCE = {
    ENGLISH: QT_TRANSLATE_NOOP("LanguageMenu", "English"),
    SPANISH: QT_TRANSLATE_NOOP("LanguageMenu", "Spanish"),
}
_WILL_CHANGE = QT_TRANSLATE_NOOP(
    "LanguageMenu",
    "Belonging will be in {language} the next time you open it. To switch now, quit and "
    "open it again: nothing you have written is lost.",
)
_CHANGED_TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
_UNDERSTOOD = QT_TRANSLATE_NOOP("LanguageMenu", "OK")


def system_language() -> str:
    """The first of the system's preferred languages that Belonging speaks, else English."""
    return first_supported(QLocale.system().uiLanguages()) or DEFAULT_LANGUAGE


def resolve_language(choice: str) -> str:
    """The language a choice means: itself, or for "system" the system's."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language this start speaks (the default locale's, as `use_language` set it)."""
    return supported_language(QLocale().name()) or DEFAULT_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale to write in: the system's when it is in `language` (its dates and
    country kept), else the language's own."""
    system = QLocale.system()
    if supported_language(system.name()) == language:
        return system
    return QLocale(language)


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Loads Belonging's and Qt's own translations for `locale` (default: the system's) from
    `folder` (default: resources/translations).

    A language without a compiled catalogue (`belonging_<lang>.qm`) simply stays in English.
    """
    locale = locale or QLocale()
    installed = []
    sources = (
        (TRANSLATION_PREFIX, folder or translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    for prefix, source in sources:
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", str(source)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def use_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Makes `language` the window's: its catalogues installed, its locale the default (so
    dates are written in it). Returns the translators, for `stop_using`."""
    locale = locale_for(language)
    QLocale.setDefault(locale)
    return install_translators(app, locale)


def stop_using(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Takes `translators` out again (tests that switch language put things back)."""
    for translator in translators:
        app.removeTranslator(translator)


def in_language(language: str, context: str, source: str) -> str:
    """`source` translated into `language` whatever the window speaks now, for telling
    someone about their new choice in the words they chose."""
    translator = QTranslator()
    if language != DEFAULT_LANGUAGE and translator.load(
        QLocale(language), TRANSLATION_PREFIX, "_", str(translations_dir())
    ):
        return translator.translate(context, source) or source
    return source


class LanguageMenu(QObject):
    """View ▸ Language: System, English, Español; the choice is remembered in `settings`.

    `menu` is the submenu; `actions` maps each choice ("system", "en", "es") to its item.
    Choosing a language other than the one in use says, in that language, that it applies
    from the next start (`notice` is that message box while it is open).
    """

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = parent
        self.notice: QMessageBox | None = None
        self.menu = QMenu(self.tr("&Language"), parent)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        items = [(SYSTEM, self.tr("&System language"))]
        items += [(language, ENDONYMS[language]) for language in LANGUAGES]
        for choice, text in items:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setData(choice)
            self._group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        self.actions[settings.language].setChecked(True)
        self._group.triggered.connect(self._on_chosen)

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        choice = str(action.data())
        self._settings.language = choice
        self._settings.sync()
        language = resolve_language(choice)
        if language == current_language():
            return
        name = in_language(language, _CONTEXT, _NAMES_IN_A_SENTENCE[language])
        box = QMessageBox(
            QMessageBox.Icon.Information,
            in_language(language, _CONTEXT, _CHANGED_TITLE),
            in_language(language, _CONTEXT, _WILL_CHANGE).format(language=name),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        # Qt would word its button in the language in use; all of it is in the new one.
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(in_language(language, _CONTEXT, _UNDERSTOOD))
        ok.setAccessibleName(ok.text())
        box.setObjectName("language_notice")
        self.notice = box
        box.open()
