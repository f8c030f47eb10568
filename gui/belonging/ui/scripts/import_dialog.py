"""File ▸ Import a question list…: what the import found, before anything is kept.

Four steps on one dialog: reading the file; a problem, said plainly; the preview (the levels
and their prompts, lightest first and movable; which headings became levels and which
topics, with a box to change each; and everything left out, with why); and, once kept, the
way to start a conversation with it. The dialog only shows and asks; `ImportController`
reads, imports and keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.importing import HeadingRole, HeadingUse, ImportedLevel, LeftOut
from belonging.ui.accessibility import announce
from belonging.ui.scripts.import_words import reason_text
from belonging.ui.widgets.styled import make_button, make_card, make_label


class ImportDialog(QDialog):
    """The import's dialog (see the module docstring).

    Setters: `show_reading(name)`, `show_problem(text)`, `show_preview(...)`, `show_kept(title)`.
    Signals: `level_moved(index, offset)` (a level moved up, -1, or down, +1),
    `levels_chosen(lines)` (the headings to take as levels), `keep_requested()`,
    `another_file_requested()`, `start_requested()` (a conversation with the kept script).
    """

    level_moved = Signal(int, int)
    levels_chosen = Signal(object)
    keep_requested = Signal()
    another_file_requested = Signal()
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a question list"))
        self.resize(880, 620)
        self._filling = False
        self._setup_ui()
        self._connect_signals()

    # Layout ---------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.steps = QStackedWidget()
        self.reading_page = self._message_page()
        self.reading_label = self.reading_page.findChild(QWidget, "message")
        self.problem_page = self._problem_page()
        self.preview_page = self._preview_page()
        self.kept_page = self._kept_page()
        for page in (self.reading_page, self.problem_page, self.preview_page, self.kept_page):
            self.steps.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.steps)

    def _message_page(self) -> QWidget:
        page = QWidget()
        label = make_label("", "muted")
        label.setObjectName("message")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        self.problem_title = make_label(self.tr("This file cannot be imported"), "heading")
        self.problem_label = make_label("")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problem_another_button = make_button(self.tr("Choose &another file…"), "primary")
        self.problem_close_button = make_button(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.problem_close_button)
        buttons.addWidget(self.problem_another_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.problem_title)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.title_label = make_label("", "title")
        self.facts_label = make_label("", "muted")
        self.guess_banner = make_card("banner")
        banner_layout = QVBoxLayout(self.guess_banner)
        banner_layout.setContentsMargins(16, 10, 16, 10)
        self.guess_label = make_label(
            self.tr(
                "Belonging could not tell which level is lighter from the page. Put them in "
                "order, lightest first: choose a level and move it up or down."
            )
        )
        banner_layout.addWidget(self.guess_label)
        self.notes_label = make_label("", "muted")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._levels_tab(), self.tr("&Levels and prompts"))
        self.tabs.addTab(self._headings_tab(), self.tr("&Headings"))
        self.tabs.addTab(self._left_out_tab(), "")

        self.keep_button = make_button(self.tr("&Keep this script"), "primary")
        self.another_button = make_button(self.tr("Choose &another file…"))
        self.cancel_button = make_button(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.guess_banner)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        return page

    def _levels_tab(self) -> QWidget:
        tab = QWidget()
        self.levels_tree = QTreeWidget()
        self.levels_tree.setObjectName("levels_tree")
        self.levels_tree.setHeaderHidden(True)
        self.levels_tree.setAccessibleName(self.tr("Levels and prompts"))
        self.levels_tree.setWordWrap(True)
        self.levels_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.move_up_button = make_button(self.tr("Move &up"))
        self.move_down_button = make_button(self.tr("Move &down"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_up_button)
        buttons.addWidget(self.move_down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.levels_tree, 1)
        layout.addLayout(buttons)
        return tab

    def _headings_tab(self) -> QWidget:
        tab = QWidget()
        intro = make_label(
            self.tr(
                "Headings that name a depth (surface, deep, level 2) became levels; the others "
                "became topics, so a pair's off-limits topics keep their questions away. Tick "
                "the headings to use as levels."
            ),
            "muted",
        )
        self.headings_list = QListWidget()
        self.headings_list.setObjectName("headings_list")
        self.headings_list.setAccessibleName(self.tr("Headings to use as levels"))
        self.headings_list.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.headings_list, 1)
        return tab

    def _left_out_tab(self) -> QWidget:
        tab = QWidget()
        self.left_out_intro = make_label("", "muted")
        self.left_out_tree = QTreeWidget()
        self.left_out_tree.setObjectName("left_out_tree")
        self.left_out_tree.setColumnCount(3)
        self.left_out_tree.setHeaderLabels([self.tr("Line"), self.tr("Why"), self.tr("Text")])
        self.left_out_tree.setAccessibleName(self.tr("Left out"))
        self.left_out_tree.setRootIsDecorated(False)
        self.left_out_tree.setWordWrap(True)
        header = self.left_out_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 300)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.left_out_intro)
        layout.addWidget(self.left_out_tree, 1)
        return tab

    def _kept_page(self) -> QWidget:
        page = QWidget()
        self.kept_title = make_label("", "title")
        self.kept_label = make_label(
            self.tr(
                "It is offered when you set up a conversation, and listed under "
                "File ▸ Scripts, where you can rename or remove it."
            )
        )
        self.start_button = make_button(self.tr("&Start a conversation with it"), "primary")
        self.kept_close_button = make_button(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.kept_close_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.kept_title)
        layout.addWidget(self.kept_label)
        layout.addStretch(2)
        layout.addLayout(buttons)
        return page

    def _connect_signals(self) -> None:
        self.keep_button.clicked.connect(self.keep_requested)
        self.another_button.clicked.connect(self.another_file_requested)
        self.problem_another_button.clicked.connect(self.another_file_requested)
        self.cancel_button.clicked.connect(self.reject)
        self.problem_close_button.clicked.connect(self.reject)
        self.kept_close_button.clicked.connect(self.accept)
        self.start_button.clicked.connect(self.start_requested)
        self.move_up_button.clicked.connect(lambda: self._move(-1))
        self.move_down_button.clicked.connect(lambda: self._move(+1))
        self.levels_tree.currentItemChanged.connect(self._on_current_level_changed)
        self.headings_list.itemChanged.connect(self._on_heading_changed)

    # Steps ------------------------------------------------------------------------------------

    def show_reading(self, name: str) -> None:
        """Says the file is being read."""
        text = self.tr("Reading {name}…").format(name=name)
        self.reading_label.setText(text)
        self.steps.setCurrentWidget(self.reading_page)
        self._set_busy(True)
        announce(self.reading_label, text)

    def show_problem(self, text: str) -> None:
        """Says why the file cannot be imported, with the way to choose another."""
        self.problem_label.setText(text)
        self.steps.setCurrentWidget(self.problem_page)
        self._set_busy(False)
        self.problem_another_button.setFocus()
        announce(self.problem_label, f"{self.problem_title.text()} {text}")

    def show_preview(
        self,
        title: str,
        facts: str,
        levels: Sequence[ImportedLevel],
        headings: Sequence[HeadingUse],
        left_out: Sequence[LeftOut],
        *,
        order_guessed: bool,
        notes: Sequence[str] = (),
        selected_level: int | None = None,
    ) -> None:
        """Shows what the import found. `selected_level` keeps a level chosen (after a move)."""
        self.title_label.setText(title)
        self.facts_label.setText(facts)
        self.guess_banner.setVisible(order_guessed)
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self._fill_levels(levels, selected_level)
        self._fill_headings(headings)
        self._fill_left_out(left_out)
        changing = self.steps.currentWidget() is self.preview_page
        self.steps.setCurrentWidget(self.preview_page)
        self._set_busy(False)
        if not changing:
            self.tabs.setCurrentIndex(0)
            self.keep_button.setFocus()
            announce(self.title_label, f"{title}. {facts}")

    def show_kept(self, title: str) -> None:
        """Says the script is kept, with the way to start a conversation with it."""
        self.kept_title.setText(self.tr("“{title}” is ready").format(title=title))
        self.steps.setCurrentWidget(self.kept_page)
        self._set_busy(False)
        self.start_button.setFocus()
        announce(self.kept_title, f"{self.kept_title.text()}. {self.kept_label.text()}")

    def set_busy(self, busy: bool) -> None:
        """Greys the preview's controls while the import is read again or kept."""
        self._set_busy(busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.keep_button, self.headings_list, self.levels_tree):
            widget.setEnabled(not busy)
        if busy:
            self.move_up_button.setEnabled(False)
            self.move_down_button.setEnabled(False)
        else:
            self._on_current_level_changed()

    # Filling ----------------------------------------------------------------------------------

    def _fill_levels(self, levels: Sequence[ImportedLevel], selected: int | None) -> None:
        tree = self.levels_tree
        tree.clear()
        for depth, level in enumerate(levels, start=1):
            facts = [self.tr("Prompts: {count}").format(count=len(level.prompts))]
            if level.minutes:
                facts.append(self.tr("{minutes} min").format(minutes=level.minutes))
            item = QTreeWidgetItem([f"{depth}. {level.title}  ·  {' · '.join(facts)}"])
            item.setData(0, Qt.ItemDataRole.UserRole, depth - 1)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for prompt in level.prompts:
                marks = []
                if prompt.asked_by is not None:
                    marks.append(self.tr("asked by the leader only"))
                if prompt.topics:
                    marks.append(
                        self.tr("topics: {topics}").format(topics=", ".join(prompt.topics))
                    )
                text = _plain(prompt.text) + (f"  ({'; '.join(marks)})" if marks else "")
                child = QTreeWidgetItem([text])
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.addChild(child)
            tree.addTopLevelItem(item)
            item.setExpanded(len(levels) <= 3)
        if levels:
            index = selected if selected is not None and 0 <= selected < len(levels) else 0
            tree.setCurrentItem(tree.topLevelItem(index))

    def _fill_headings(self, headings: Sequence[HeadingUse]) -> None:
        self._filling = True
        self.headings_list.clear()
        for use in headings:
            if use.role is HeadingRole.TITLE:
                continue
            kind = self.tr("a level") if use.role is HeadingRole.LEVEL else self.tr("a topic")
            text = self.tr("Line {line}: {heading} — {kind} ({why})").format(
                line=use.line, heading=_plain(use.text), kind=kind, why=reason_text(use.reason)
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = use.role is HeadingRole.LEVEL
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, use.line)
            self.headings_list.addItem(item)
        if self.headings_list.count() == 0:
            item = QListWidgetItem(self.tr("The page has no headings over its questions."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.headings_list.addItem(item)
        self._filling = False

    def _fill_left_out(self, left_out: Sequence[LeftOut]) -> None:
        tree = self.left_out_tree
        tree.clear()
        for entry in left_out:
            text = " ".join(entry.text.split())
            item = QTreeWidgetItem([str(entry.line), reason_text(entry.reason), text])
            item.setToolTip(2, text)
            tree.addTopLevelItem(item)
        count = len(left_out)
        self.tabs.setTabText(2, self.tr("Left &out: {count}").format(count=count))
        self.left_out_intro.setText(
            self.tr("Everything on the page that is not a question, and why it was left out.")
            if count
            else self.tr("Nothing was left out: every line of the page is in the script.")
        )

    # Reading what the person chose ------------------------------------------------------------

    def chosen_level_lines(self) -> list[int]:
        """The lines of the headings ticked as levels."""
        lines = []
        for row in range(self.headings_list.count()):
            item = self.headings_list.item(row)
            line = item.data(Qt.ItemDataRole.UserRole)
            if line is not None and item.checkState() == Qt.CheckState.Checked:
                lines.append(int(line))
        return lines

    def current_level(self) -> int | None:
        """The index of the level chosen in the list, if one is."""
        item = self.levels_tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        return int(item.data(0, Qt.ItemDataRole.UserRole))

    # Slots ------------------------------------------------------------------------------------

    def _move(self, offset: int) -> None:
        index = self.current_level()
        if index is not None:
            self.level_moved.emit(index, offset)

    @Slot()
    def _on_current_level_changed(self, *_args: object) -> None:
        index = self.current_level()
        count = self.levels_tree.topLevelItemCount()
        enabled = self.levels_tree.isEnabled()
        self.move_up_button.setEnabled(enabled and index is not None and index > 0)
        self.move_down_button.setEnabled(enabled and index is not None and index < count - 1)

    @Slot(QListWidgetItem)
    def _on_heading_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.levels_chosen.emit(self.chosen_level_lines())


def _plain(markdown: str) -> str:
    """A prompt or heading's words without Markdown, for a plain list."""
    return " ".join(plain_text(markdown).split())
