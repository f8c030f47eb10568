"""Every word a window shows, read as a person or a screen reader would, and held to a
translation catalogue: what is on screen must not be English the catalogue translates.

`shown_texts(widget)` gathers the visible labels, buttons, menus, tooltips, accessible names,
placeholders, combo box items and table cells; `english_left(texts, catalogue)` names each one
that is an English source text with a different translation, fills an English template
("Level {depth} of {count}"), or holds a common English word.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from belonging.resources import translations_dir

#: Common English words that are not Spanish words too (so "no", "me", "has", "van", "date",
#: "normal", "actual", "mentor", "min", "may" (a short month) and the like are not here). One
#: is enough to give a page away.
_ENGLISH = """
    the and you your yours with this that these those what which who whom whose when where why
    how is are was were be been being will would can could should shall might must do does
    did done not here there now yet back next skip pause paused resume continue save saved
    saving open close start started level levels notes prompt prompts both we our us my mine
    they them their she his her it its one two three too much many more less about from into
    by up down out off all any every some yes ready deeper deep wrap private shared
    confidential follow search export help view file quit lock locked unlock settings history
    conversation conversations script scripts time minute minutes hour hours today last first
    then again only each other people person name role manager report partner together thank
    thanks please passphrase privacy keep kept keys shortcuts text larger size preview cancel
    choose include format page nothing none something lighter step go going say says said agree
    agrees waiting read write written wrote apart overlap almost closer closeness before after
    than found remove add due set change changed never always just whenever
    whether while without within because if so but or an of for to in on at
    i'm let's don't it's you're isn't i'll can't won't we'll
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ']+")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def strip_mnemonic(text: str) -> str:
    """`text` as read, without the & that marks a keyboard mnemonic ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain(text: str) -> str:
    """The words of `text`, rich text turned plain, white space collapsed."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(strip_mnemonic(text).split())


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue: its context, English source and translation."""

    context: str
    source: str
    translation: str


class Catalogue:
    """A translation source file (`belonging_<lang>.ts`), as what English it translates."""

    def __init__(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self.entries = [
            Entry(
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("translation") or "",
            )
            for context in root.iter("context")
            for message in context.iter("message")
        ]
        # Sources read the same in both languages ("PDF", "{minutes} min") give nothing away.
        changed = [e for e in self.entries if plain(e.source) != plain(e.translation)]
        self.sources = {plain(e.source): e for e in changed if not _PLACEHOLDER.search(e.source)}
        self.templates = [
            (_template(plain(e.source)), e)
            for e in changed
            if _PLACEHOLDER.search(e.source) and _PLACEHOLDER.sub("", e.source).strip(" .,:·()")
        ]

    @classmethod
    def spanish(cls) -> Catalogue:
        """The Spanish catalogue shipped with the app."""
        return cls(translations_dir() / "belonging_es.ts")

    def english_source(self, text: str) -> Entry | None:
        """The catalogue entry whose English `text` is, word for word or as a filled-in
        template, when its translation reads differently."""
        shown = plain(text)
        if shown in self.sources:
            return self.sources[shown]
        for pattern, entry in self.templates:
            if pattern.fullmatch(shown):
                return entry
        return None


def _template(source: str) -> re.Pattern[str]:
    """A pattern matching `source` with each {placeholder} filled by anything."""
    parts = _PLACEHOLDER.split(source)
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


def english_words(text: str) -> list[str]:
    """The words of `text` that are English and not Spanish."""
    words = (word.strip("'").lower() for word in _WORD.findall(plain(text)))
    return [word for word in words if word in ENGLISH_WORDS]


def english_left(texts: Iterable[tuple[str, str]], catalogue: Catalogue) -> list[str]:
    """One line per shown text that is still English: where it is, what it says, and why."""
    found = []
    for where, text in texts:
        entry = catalogue.english_source(text)
        if entry is not None:
            found.append(f"{where}: {text!r} is untranslated ({entry.context}: {entry.source!r})")
            continue
        words = english_words(text)
        if words:
            found.append(f"{where}: {text!r} has English words {words}")
    return found


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """What one widget shows or says to a screen reader, as (where, text) pairs."""
    where = _name(widget)
    texts = [
        (f"{where} tooltip", widget.toolTip()),
        (f"{where} accessible name", widget.accessibleName()),
        (f"{where} accessible description", widget.accessibleDescription()),
    ]
    if widget.isWindow():
        texts.append((f"{where} title", widget.windowTitle()))
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append((where, widget.text()))
    if isinstance(widget, QGroupBox):
        texts.append((where, widget.title()))
    if isinstance(widget, QLineEdit):
        texts.append((f"{where} placeholder", widget.placeholderText()))
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append((f"{where} placeholder", widget.placeholderText()))
        if widget.isReadOnly():
            texts.append((where, widget.toPlainText()))
    if isinstance(widget, QComboBox):
        texts += [(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QMessageBox):
        texts += [(where, widget.text()), (where, widget.informativeText())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _model_texts(widget)
    return [(where, text) for where, text in texts if text and text.strip()]


def _model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    where = _name(view)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    texts = []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for column in range(columns):
        for role in roles:
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                texts.append((f"{where} header", header))
        for row in range(model.rowCount(root)):
            for role in (*roles, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(model.index(row, column, root), role)
                if isinstance(value, str):
                    texts.append((f"{where} cell", value))
    return texts


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text visible in `root` now (hidden widgets left out), with where it is."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and not isinstance(widget, QMenu):
            texts += widget_texts(widget)
    return texts


def menu_texts(bar: QMenuBar, skip: Iterable[QAction] = ()) -> list[tuple[str, str]]:
    """The text and tooltip of every menu and item reachable from `bar`, open or not."""
    skipped = set(skip)
    texts: list[tuple[str, str]] = []

    def walk(actions: Iterable[QAction], path: str) -> None:
        for action in actions:
            if action.isSeparator() or action in skipped:
                continue
            label = plain(action.text().split("\t")[0])
            texts.append((f"menu {path}", label))
            if action.toolTip() and plain(action.toolTip()) != label:
                texts.append((f"menu {path} tooltip", action.toolTip()))
            if action.menu() is not None:
                walk(action.menu().actions(), f"{path} ▸ {label}")

    walk(bar.actions(), "")
    return texts
