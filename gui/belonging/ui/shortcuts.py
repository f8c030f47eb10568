"""Every keyboard shortcut of the app, in one table, and the actions made from it.

The conversation keys are chosen to work while a notes editor has the focus: each carries
Ctrl or is a function key, and none is an editing key on any platform (Ctrl+Return rather
than Return, Ctrl+Shift+S rather than Ctrl+S). The actions use Qt.WindowShortcut, so they
fire from inside any editor of the window, and only while their page is on screen.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from belonging.ui.accessibility import strip_mnemonic

#: The translation context of the table's strings (pyside6-lupdate reads the literal).
_CONTEXT = "Shortcuts"


class Command(enum.StrEnum):
    """Something the user can do by key as well as by button; the value is a stable id."""

    NEXT = "next"
    BACK = "back"
    PAUSE = "pause"
    TOO_MUCH = "too_much"
    SKIP = "skip"
    PARK = "park"
    WRAP_UP = "wrap_up"
    DEEPER_AGAIN = "deeper_again"
    FOLLOW_UPS = "follow_ups"
    LARGER_TEXT = "larger_text"
    NORMAL_TEXT = "normal_text"
    SHOW_PRIVATE = "show_private"
    PRESENT = "present"
    UNDO = "undo"
    PARTNER_SCREEN = "partner_screen"
    SHORTCUTS_HELP = "shortcuts_help"
    HEAVY_MOMENT = "heavy_moment"
    SEARCH = "search"
    LOCK = "lock"
    QUIT = "quit"


@dataclass(frozen=True)
class ShortcutSpec:
    """One row of the table: the command, its button text (with its &mnemonic), its keys
    (portable text, as QKeySequence reads it), where it works and what the Help page says.

    The strings are untranslated source text; the methods translate them when shown.
    """

    command: Command
    text: str
    keys: tuple[str, ...]
    where: str
    description: str

    def label(self) -> str:
        """The translated button or menu text, with its & mnemonic."""
        return QCoreApplication.translate(_CONTEXT, self.text)

    def help_text(self) -> str:
        """What the Help page says the shortcut does, translated."""
        return QCoreApplication.translate(_CONTEXT, self.description)

    def where_text(self) -> str:
        """Where the shortcut works, translated."""
        return QCoreApplication.translate(_CONTEXT, self.where)

    def sequences(self) -> list[QKeySequence]:
        """The key sequences, first one shown in tooltips and menus."""
        return [QKeySequence(key) for key in self.keys]

    def key_text(self) -> str:
        """The keys as the user reads them on this platform, e.g. "Ctrl+Return or F5"."""
        shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()]
        return QCoreApplication.translate("Shortcuts", " or ").join(shown)

    def first_key_text(self) -> str:
        """The first key as the user reads it on this platform, e.g. "Ctrl+Return"."""
        return self.sequences()[0].toString(QKeySequence.SequenceFormat.NativeText)

    def tooltip(self) -> str:
        """The tooltip, e.g. "Next (Ctrl+Return)": the label without mnemonic, first key."""
        return f"{strip_mnemonic(self.label())} ({self.first_key_text()})"


_IN_CONVERSATION = QT_TRANSLATE_NOOP("Shortcuts", "During a conversation")
_ANYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
_FROM_GROUND_RULES = QT_TRANSLATE_NOOP("Shortcuts", "From the ground rules to the wrap-up")

#: The whole table, in the order the Help page lists it.
SHORTCUTS: tuple[ShortcutSpec, ...] = (
    ShortcutSpec(
        Command.NEXT,
        QT_TRANSLATE_NOOP("Shortcuts", "&Next"),
        ("Ctrl+Return", "Ctrl+Enter"),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Next prompt"),
    ),
    ShortcutSpec(
        Command.BACK,
        QT_TRANSLATE_NOOP("Shortcuts", "&Back"),
        ("Ctrl+Shift+B",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the prompt before, its notes as you left them"),
    ),
    ShortcutSpec(
        Command.PAUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "&Pause"),
        ("Ctrl+P", "F5"),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Pause, or resume after a pause"),
    ),
    ShortcutSpec(
        Command.TOO_MUCH,
        QT_TRANSLATE_NOOP("Shortcuts", "&Too much?"),
        ("Ctrl+Shift+T", "F8"),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Too much? Step back to something lighter"),
    ),
    ShortcutSpec(
        Command.SKIP,
        QT_TRANSLATE_NOOP("Shortcuts", "&Skip"),
        ("Ctrl+Shift+S",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Skip this prompt"),
    ),
    ShortcutSpec(
        Command.PARK,
        QT_TRANSLATE_NOOP("Shortcuts", "Par&k it"),
        ("Ctrl+Shift+K",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Park this prompt for another time"),
    ),
    ShortcutSpec(
        Command.WRAP_UP,
        QT_TRANSLATE_NOOP("Shortcuts", "&Wrap up"),
        ("Ctrl+Shift+W",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Wrap up the conversation"),
    ),
    ShortcutSpec(
        Command.DEEPER_AGAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Ready to go &deeper?"),
        ("Ctrl+Shift+D",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Say you are both ready to go deeper: each of you answers privately"
        ),
    ),
    ShortcutSpec(
        Command.FOLLOW_UPS,
        QT_TRANSLATE_NOOP("Shortcuts", "M&ore to ask"),
        ("Ctrl+Shift+F",),
        _IN_CONVERSATION,
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide more questions to ask about this prompt"),
    ),
    ShortcutSpec(
        Command.LARGER_TEXT,
        QT_TRANSLATE_NOOP("Shortcuts", "&Larger text"),
        ("Ctrl++", "Ctrl+="),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "Larger text, for a shared screen or a call"),
    ),
    ShortcutSpec(
        Command.NORMAL_TEXT,
        QT_TRANSLATE_NOOP("Shortcuts", "&Normal text size"),
        ("Ctrl+-",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the normal text size"),
    ),
    ShortcutSpec(
        Command.SHOW_PRIVATE,
        QT_TRANSLATE_NOOP("Shortcuts", "Show my &private notes"),
        ("Ctrl+Shift+H",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Show your private notes for a few minutes, or hide them again (they are hidden "
            "whenever a conversation starts)",
        ),
    ),
    ShortcutSpec(
        Command.PRESENT,
        QT_TRANSLATE_NOOP("Shortcuts", "Pr&esentation mode"),
        ("Ctrl+Shift+P",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "During a conversation, the prompt alone in large type for a shared screen, notes "
            "folded away; again to bring them back",
        ),
    ),
    ShortcutSpec(
        Command.UNDO,
        QT_TRANSLATE_NOOP("Shortcuts", "&Undo"),
        ("Ctrl+Z",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Undo a deletion, an archive, a park or a skip while its bar shows (in a note it "
            "undoes typing; Alt and the underlined letter works there too)",
        ),
    ),
    ShortcutSpec(
        Command.PARTNER_SCREEN,
        QT_TRANSLATE_NOOP("Shortcuts", "&Join on your own screen…"),
        ("Ctrl+Shift+J",),
        _FROM_GROUND_RULES,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "The partner holds Pause, Too much?, their secret yes and their own notes on "
            "their own phone or laptop",
        ),
    ),
    ShortcutSpec(
        Command.SHORTCUTS_HELP,
        QT_TRANSLATE_NOOP("Shortcuts", "&Keyboard shortcuts"),
        ("F1",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts"),
    ),
    ShortcutSpec(
        Command.HEAVY_MOMENT,
        QT_TRANSLATE_NOOP("Shortcuts", "When something heav&y comes up"),
        ("Shift+F1", "Ctrl+Shift+Y"),
        _ANYWHERE,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "A calm card for the listener when something heavy comes up: what helps, what not "
            "to say, where to find support (the conversation goes on as it was)",
        ),
    ),
    ShortcutSpec(
        Command.SEARCH,
        QT_TRANSLATE_NOOP("Shortcuts", "&Search notes and prompts…"),
        ("Ctrl+F",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "Search every note and prompt (not during a conversation)"),
    ),
    ShortcutSpec(
        Command.LOCK,
        QT_TRANSLATE_NOOP("Shortcuts", "&Lock"),
        ("Ctrl+L",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "Lock: hide everything on screen until unlocked"),
    ),
    ShortcutSpec(
        Command.QUIT,
        QT_TRANSLATE_NOOP("Shortcuts", "&Quit"),
        ("Ctrl+Q",),
        _ANYWHERE,
        QT_TRANSLATE_NOOP("Shortcuts", "Quit Belonging (nothing written is lost)"),
    ),
)

#: The commands of the conversation page, which the view turns into buttons and actions.
CONVERSATION_COMMANDS = tuple(spec.command for spec in SHORTCUTS if spec.where == _IN_CONVERSATION)


def spec(command: Command) -> ShortcutSpec:
    """The table row of `command`."""
    for row in SHORTCUTS:
        if row.command is command:
            return row
    raise KeyError(command)


def make_action(command: Command, parent: QObject, *, checkable: bool = False) -> QAction:
    """A QAction for `command` with its text, keys, tooltip and window-wide key context.

    Add it to a widget (`widget.addAction(action)`) to give its keys a scope: they fire
    while that widget is visible in the active window, even from inside a text editor.
    """
    row = spec(command)
    action = QAction(row.label(), parent)
    action.setObjectName(f"action_{command.value}")
    action.setShortcuts(row.sequences())
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(row.tooltip())
    action.setCheckable(checkable)
    return action
