"""One past conversation read again: its prompts as shown, the notes taken on each, the notes
on the whole of it, and its follow-ups. A note can be corrected here (it then says when),
and the whole conversation deleted.

Prompts with nothing written on them are left out unless asked for ("Show all prompts"):
the record reads as what the two of you kept, not as a list of every question. Each prompt
says where it was asked: its level (and the level's title), its lighter version, or the
closing question. Private notes are the owner's own: they are shown only while the screen
is not shared, and taken off at once when it becomes shared. A search result opens the page
at its note.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from belonging.application.continuity_rows import (
    HistoryNote,
    HistoryPrompt,
    PastConversation,
    PromptPlace,
)
from belonging.core.markdown_render import plain_text
from belonging.ui.views.describe import and_text, depth_text, short_date
from belonging.ui.views.pair_story import follow_up_line, minutes_text
from belonging.ui.views.past_note import PastNote
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label, set_kind


class ConversationHistoryView(ScrollPage):
    """The page of one past conversation.

    Setters: `set_record(PastConversation)`, `set_shared_screen(on)`,
    `set_all_prompts(on)`, `scroll_to_note(note_id) -> bool`, `show_note(HistoryNote)` (a
    correction kept), `show_note_problem(note_id, text)`. Signals: `back_requested()`,
    `export_requested(conversation_id)`, `note_edited(note_id, text)`,
    `delete_requested(conversation_id)`.
    """

    back_requested = Signal()
    export_requested = Signal(object)
    note_edited = Signal(object, str)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: PastConversation | None = None
        self._shared = False
        self._all_prompts = False
        self._note_frames: dict[Hashable, PastNote] = {}
        self._prompt_cards: list[QFrame] = []
        self._highlighted: QFrame | None = None
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.title_label = make_label("", "title")
        self.facts_label = make_label("", "muted")
        self.body.addWidget(self.title_label)
        self.body.addWidget(self.facts_label)
        self.all_prompts_button = make_button(self.tr("Show &all prompts"), "quiet")
        self.all_prompts_button.hide()
        self.body.addWidget(self.all_prompts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content_layout = QVBoxLayout()
        self.content_layout.setSpacing(14)
        self.body.addLayout(self.content_layout)
        self.body.addStretch(1)
        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.delete_button = make_button(self.tr("&Delete this conversation…"), "quiet")
        self.delete_button.setAccessibleDescription(
            self.tr("Asks first; for a few seconds afterwards it can be undone")
        )
        self.export_button = make_button(self.tr("E&xport…"))
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.delete_button)
        self.footer.addWidget(self.export_button)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.all_prompts_button.clicked.connect(lambda: self.set_all_prompts(not self._all_prompts))

    # Setters --------------------------------------------------------------------------------

    def set_record(self, record: PastConversation) -> None:
        """Shows one conversation, from the top, with the prompts that have notes."""
        self._record = record
        self._all_prompts = False
        self._render()
        self.scroll_area.verticalScrollBar().setValue(0)

    def set_shared_screen(self, on: bool) -> None:
        """Hides private notes (on) or shows them again."""
        if on != self._shared:
            self._shared = on
            self._render()

    def set_all_prompts(self, on: bool) -> None:
        """Shows every prompt asked (on), or only those with notes."""
        if on != self._all_prompts:
            self._all_prompts = on
            self._render()

    def prompt_texts_shown(self) -> list[str]:
        """The prompts on the page now, in order, as written."""
        return [frame.accessibleName() for frame in self._prompt_cards]

    def record(self) -> PastConversation | None:
        """The conversation shown."""
        return self._record

    def note_ids_shown(self) -> list[Hashable]:
        """The notes on the page now, in order."""
        return list(self._note_frames)

    def scroll_to_note(self, note_id: Hashable) -> bool:
        """Brings a note into view and marks it; False when it is not on the page (struck,
        or private on a shared screen)."""
        frame = self._note_frames.get(note_id)
        if frame is None:
            return False
        if self._highlighted is not None and self._highlighted is not frame:
            set_kind(self._highlighted, None)
        # The theme's banner (a warm panel with a border) marks the note that was looked for.
        set_kind(frame, "banner")
        self._highlighted = frame
        frame.setFocus()
        # Layout settles after the page is shown; ask again once it has.
        self.scroll_area.ensureWidgetVisible(frame, 0, 60)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(frame, 0, 60))
        return True

    def show_note(self, note: HistoryNote) -> None:
        """Shows a note as corrected and kept (and remembers it for a later redraw)."""
        record = self._record
        if record is not None:
            self._record = _with_note(record, note)
        frame = self._note_frames.get(note.note_id)
        if frame is not None:
            frame.show_note(note)

    def show_note_problem(self, note_id: Hashable, text: str) -> None:
        """Says why a correction was not kept, its words still in the box."""
        frame = self._note_frames.get(note_id)
        if frame is not None:
            frame.show_problem(text)

    def note_widget(self, note_id: Hashable) -> PastNote | None:
        """The panel showing a note, if it is on the page."""
        return self._note_frames.get(note_id)

    def highlighted_note(self) -> Hashable | None:
        """The note `scroll_to_note` marked, if it is still on the page."""
        for note_id, frame in self._note_frames.items():
            if frame is self._highlighted:
                return note_id
        return None

    # Building -------------------------------------------------------------------------------

    def _render(self) -> None:
        clear_layout(self.content_layout)
        self._note_frames = {}
        self._prompt_cards = []
        self._highlighted = None
        record = self._record
        if record is None:
            return
        self.title_label.setText(record.script_title)
        facts = [
            short_date(record.on),
            and_text(record.owner_name, record.partner_name),
            depth_text(record.depth_reached, record.level_count),
        ]
        if record.talking_minutes is not None:
            facts.append(self.tr("talked {time}").format(time=minutes_text(record.talking_minutes)))
        if not record.finished:
            facts.append(self.tr("not finished"))
        self.facts_label.setText(" · ".join(part for part in facts if part))
        written = [p for p in record.prompts if self._has_words(p.notes)]
        quiet = len(record.prompts) - len(written)
        shown = record.prompts if self._all_prompts else tuple(written)
        for prompt in shown:
            card = make_card()
            layout = QVBoxLayout(card)
            layout.setContentsMargins(22, 16, 22, 16)
            layout.setSpacing(8)
            where = self._place_text(prompt)
            if where:
                layout.addWidget(make_label(where, "level"))
            prompt_label = make_label(plain_text(prompt.text), "calm")
            prompt_label.setAccessibleName(plain_text(prompt.text))
            card.setAccessibleName(plain_text(prompt.text))
            layout.addWidget(prompt_label)
            self._add_notes(layout, prompt.notes)
            self._prompt_cards.append(card)
            self.content_layout.addWidget(card)
        self._show_all_prompts_button(quiet)
        general = self._visible(record.general_notes)
        if general:
            self.content_layout.addWidget(
                make_label(self.tr("Notes on the whole conversation"), "heading")
            )
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._add_notes(layout, general)
            self.content_layout.addWidget(holder)
        self.content_layout.addWidget(make_label(self.tr("Follow-ups"), "heading"))
        if not record.follow_ups:
            self.content_layout.addWidget(make_label(self.tr("None."), "muted"))
        for item in record.follow_ups:
            self.content_layout.addWidget(make_label(follow_up_line(item, None)))
        if not record.prompts and not general:
            self.content_layout.insertWidget(
                0, make_label(self.tr("No prompt was shown in this conversation."), "muted")
            )
        elif not shown and not general:
            self.content_layout.insertWidget(
                0, make_label(self.tr("Nothing was written in this conversation."), "muted")
            )

    def _show_all_prompts_button(self, quiet: int) -> None:
        """Offers the prompts left out (those with nothing written), or to leave them out
        again."""
        if self._all_prompts:
            self.all_prompts_button.setText(self.tr("Show only the prompts with &notes"))
        else:
            self.all_prompts_button.setText(
                self.tr("Show &all prompts (%n without notes)", "", quiet)
            )
        self.all_prompts_button.setVisible(quiet > 0)

    def _has_words(self, notes: tuple[HistoryNote, ...]) -> bool:
        return any(note.text.strip() for note in self._visible(notes))

    def _place_text(self, prompt: HistoryPrompt) -> str:
        """Where a prompt was asked: "Level 2 · Turning points", "Level 2 · Turning points,
        the lighter version", or "The closing question"."""
        if prompt.place is PromptPlace.CLOSING:
            return self.tr("The closing question")
        if not prompt.depth:
            return ""
        level = self.tr("Level {depth}").format(depth=prompt.depth)
        if prompt.level_title:
            level = self.tr("{level} · {title}").format(level=level, title=prompt.level_title)
        if prompt.place is PromptPlace.LIGHTER:
            level = self.tr("{level}, the lighter version").format(level=level)
        return level

    def _visible(self, notes: tuple[HistoryNote, ...]) -> tuple[HistoryNote, ...]:
        return tuple(note for note in notes if not (self._shared and note.private))

    def _add_notes(self, layout: QVBoxLayout, notes: tuple[HistoryNote, ...]) -> None:
        for note in self._visible(notes):
            if not note.text.strip():
                continue
            frame = PastNote(note)
            frame.save_requested.connect(self.note_edited)
            self._note_frames[note.note_id] = frame
            layout.addWidget(frame)

    def _on_export_clicked(self) -> None:
        if self._record is not None:
            self.export_requested.emit(self._record.conversation_id)

    def _on_delete_clicked(self) -> None:
        if self._record is not None:
            self.delete_requested.emit(self._record.conversation_id)


def _with_note(record: PastConversation, note: HistoryNote) -> PastConversation:
    """`record` with `note` in place of the note of the same id."""

    def swap(notes: tuple[HistoryNote, ...]) -> tuple[HistoryNote, ...]:
        return tuple(note if kept.note_id == note.note_id else kept for kept in notes)

    return replace(
        record,
        prompts=tuple(replace(p, notes=swap(p.notes)) for p in record.prompts),
        general_notes=swap(record.general_notes),
    )
