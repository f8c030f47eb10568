"""English plurals for the words the app is written in: "1 conversation", "2 conversations".

Counted strings are written with Qt's `%n` and a "(s)" where English adds an s ("%n
conversation(s)"), and translated with the count (`tr(text, "", n)`), so every language
chooses its own plural forms in its catalogue. English, the source language, has no
catalogue: this translator gives its two forms instead, and only for counted strings. It is
installed before any other, so a language's own catalogue is always asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

#: Where English adds an "s" for more (or fewer) than one.
PLURAL_MARK = "(s)"


def english_plural(text: str, n: int) -> str:
    """`text` with each "(s)" made singular (n is 1) or plural (any other n)."""
    return text.replace(PLURAL_MARK, "" if n == 1 else "s")


class SourcePlurals(QTranslator):
    """Answers counted strings that carry "(s)" with their English form; leaves everything
    else to the other translators and to the source text (None: not translated here)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The English form of a counted string; None for any other."""
        if n < 0 or PLURAL_MARK not in source:
            return None
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        """Never empty: Qt skips an empty translator."""
        return False


def install_source_plurals(app: QCoreApplication) -> SourcePlurals:
    """Installs the English plurals once on `app` (before any language's catalogue)."""
    existing = app.findChild(SourcePlurals)
    if existing is not None:
        return existing
    translator = SourcePlurals(app)
    app.installTranslator(translator)
    return translator
