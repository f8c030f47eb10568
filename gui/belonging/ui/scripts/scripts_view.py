"""The Scripts page (File ▸ Scripts): every script, built in or the user's own, with its size
and where it lives; read one, rename or remove one of your own, open their folder, import.

One list and one row of buttons acting on the chosen script: each button has one name, and
the keyboard moves through the list with the arrows and reaches each button with Tab.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from belonging.application.script_files import ScriptFileRow
from belonging.ui.accessibility import announce
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.styled import make_button, make_card, make_label


class ScriptsView(ScrollPage):
    """The Scripts page.

    Setters: `set_scripts(rows)`, `select_script(script_id)`, `show_removed(title)`,
    `hide_removed()`. Signals: `show_requested(script_id)`, `rename_requested(script_id)`,
    `remove_requested(script_id)`, `undo_requested()`, `open_folder_requested()`,
    `import_requested()`, `back_requested()`.
    """

    show_requested = Signal(str)
    rename_requested = Signal(str)
    remove_requested = Signal(str)
    undo_requested = Signal()
    open_folder_requested = Signal()
    import_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=1040)
        self._rows: dict[str, ScriptFileRow] = {}
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Conversation scripts"), "title")
        self.intro_label = make_label(
            self.tr(
                "The scripts that come with Belonging, and your own. Your own are Markdown "
                "files in a folder of their own: import a question list, or put a script "
                "file there."
            ),
            "muted",
        )
        self.removed_banner = make_card("banner")
        banner = QHBoxLayout(self.removed_banner)
        banner.setContentsMargins(16, 10, 16, 10)
        self.removed_label = make_label("")
        self.undo_button = make_button(self.tr("&Undo"), "primary")
        banner.addWidget(self.removed_label, 1)
        banner.addWidget(self.undo_button)
        self.removed_banner.hide()

        self.table = QTreeWidget()
        self.table.setObjectName("scripts_table")
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(
            [self.tr("Title"), self.tr("Levels"), self.tr("Prompts"), self.tr("Where")]
        )
        self.table.setAccessibleName(self.tr("Scripts"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(220)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.show_button = make_button(self.tr("&Show"))
        self.rename_button = make_button(self.tr("&Rename…"))
        self.remove_button = make_button(self.tr("Re&move…"))
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for button in (self.show_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.selected_label = make_label("", "muted")
        self.selected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body.addWidget(self.title_label)
        self.body.addWidget(self.intro_label)
        self.body.addWidget(self.removed_banner)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.selected_label)
        self.body.addStretch(0)

        self.back_button = make_button(self.tr("&Back"))
        self.open_folder_button = make_button(self.tr("&Open your scripts folder"))
        self.import_button = make_button(self.tr("&Import a question list…"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.open_folder_button)
        self.footer.addWidget(self.import_button)

    def _connect_signals(self) -> None:
        self.table.currentItemChanged.connect(self._on_current_changed)
        self.table.itemActivated.connect(lambda *_: self._emit_for(self.show_requested))
        self.show_button.clicked.connect(lambda: self._emit_for(self.show_requested))
        self.rename_button.clicked.connect(lambda: self._emit_for(self.rename_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for(self.remove_requested))
        self.undo_button.clicked.connect(self.undo_requested)
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.back_button.clicked.connect(self.back_requested)

    # Setters ----------------------------------------------------------------------------------

    def set_scripts(self, rows: Sequence[ScriptFileRow]) -> None:
        """Lists the scripts, keeping the chosen one chosen when it is still there."""
        chosen = self.selected_script_id()
        self._rows = {row.script_id: row for row in rows}
        self.table.clear()
        for row in rows:
            where = (
                self.tr("Comes with Belonging")
                if row.builtin or row.path is None
                else self.tr("Your scripts folder: {file}").format(file=row.path.name)
            )
            item = QTreeWidgetItem([row.title, str(row.level_count), str(row.prompt_count), where])
            item.setData(0, Qt.ItemDataRole.UserRole, row.script_id)
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if row.path is not None:
                item.setToolTip(3, str(row.path))
            self.table.addTopLevelItem(item)
        if not (chosen and self.select_script(chosen)) and rows:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._on_current_changed()

    def select_script(self, script_id: str) -> bool:
        """Chooses the script with this id in the list; False when it is not listed."""
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == script_id:
                self.table.setCurrentItem(item)
                self.table.scrollToItem(item)
                return True
        return False

    def selected_script_id(self) -> str | None:
        """The id of the script chosen in the list."""
        item = self.table.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def show_removed(self, title: str) -> None:
        """Says a script was removed, with Undo in reach (focus on it) for a few seconds."""
        self.removed_label.setText(self.tr("“{title}” was removed.").format(title=title))
        self.removed_banner.show()
        self.undo_button.setFocus()
        announce(
            self.removed_label,
            self.tr("“{title}” was removed. Undo is the next button.").format(title=title),
        )

    def hide_removed(self) -> None:
        """Takes the removal notice away (its Undo has expired or was used)."""
        had_focus = self.undo_button.hasFocus()
        self.removed_banner.hide()
        if had_focus:
            self.table.setFocus()

    # Slots ------------------------------------------------------------------------------------

    def _emit_for(self, signal: Signal) -> None:
        script_id = self.selected_script_id()
        if script_id is not None:
            signal.emit(script_id)

    @Slot()
    def _on_current_changed(self, *_args: object) -> None:
        row = self._rows.get(self.selected_script_id() or "")
        own = row is not None and not row.builtin
        self.show_button.setEnabled(row is not None)
        self.rename_button.setEnabled(own)
        self.remove_button.setEnabled(own)
        if row is None:
            text = ""
        elif own and row.path is not None:
            text = self.tr("File: {path}").format(path=row.path)
        else:
            text = self.tr(
                "Scripts that come with Belonging cannot be renamed or removed; your own can."
            )
        self.selected_label.setText(text)
