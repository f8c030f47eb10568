"""Wrap-up: a closing prompt, the shared notes read back, follow-ups, the second check-in,
a summary, and Save and finish."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.application.rows import FollowUpDraft, NoteLine, Participant, WrapUpResult
from belonging.ui.accessibility import announce
from belonging.ui.views.follow_up_editor import FollowUpEditor
from belonging.ui.views.next_conversation_card import NextConversationCard
from belonging.ui.views.private_questions import ClosingQuestion
from belonging.ui.views.read_back_list import ReadBackList
from belonging.ui.widgets.markdown_note import MarkdownNoteEditor
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.private_round import PrivateRound
from belonging.ui.widgets.save_status import SaveState, SaveStatus, SaveStatusLabel
from belonging.ui.widgets.styled import make_button, make_card, make_label, show_focus_on_card


class WrapUpView(ScrollPage):
    """The last page of a conversation.

    Setters: `set_people(first, second, partner_key)`, `set_closing_prompt(html,
    plain_text)`, `set_note_lines(lines)`, `set_follow_ups(drafts)`,
    `set_carried_follow_ups(items, today)`, `set_summary(text)`,
    `set_save_state(state, reason)`, `set_facts(text)`, `set_finishing(bool)`,
    `set_back_available(bool)`.
    Reading: `result() -> WrapUpResult`.
    Signals: `line_struck_changed(id, bool)`, `line_confidential_changed(id, bool)`,
    `follow_up_added(FollowUpDraft)`, `follow_up_removed(id)`, `carried_done(id, done)`
    (a follow-up from last time ticked), `closing_answered(answers)`
    (each person's (closeness, keep check-ins) by key, once both have answered privately),
    `summary_changed(str)`, `finish_requested(WrapUpResult)`, `back_requested()`.
    """

    line_struck_changed = Signal(object, bool)
    line_confidential_changed = Signal(object, bool)
    follow_up_added = Signal(object)
    follow_up_removed = Signal(object)
    carried_done = Signal(object, bool)
    closing_answered = Signal(dict)
    summary_changed = Signal(str)
    finish_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: tuple[Participant, ...] = ()
        self._partner_key = ""
        self._setup_ui()
        self._connect_signals()
        self.set_closing_prompt("", "")

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("Wrapping up"), "title"))

        closing_card = make_card()
        closing = QVBoxLayout(closing_card)
        closing.setContentsMargins(28, 22, 28, 24)
        closing.addWidget(make_label(self.tr("One last question"), "level"))
        self.closing_label = make_label("", "calm", rich=True)
        self.closing_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        show_focus_on_card(closing_card, self.closing_label)
        closing.addWidget(self.closing_label)
        self.body.addWidget(closing_card)

        self.body.addWidget(make_label(self.tr("What you wrote together"), "heading"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "Read it back together. Either of you can strike a line, and it will not "
                    "be kept; or mark it confidential, and it stays out of every export."
                ),
                "muted",
            )
        )
        self.read_back = ReadBackList()
        self.body.addWidget(self.read_back)

        self.body.addWidget(make_label(self.tr("Follow-ups"), "heading"))
        self.follow_up_editor = FollowUpEditor()
        self.body.addWidget(self.follow_up_editor)
        self.next_card = NextConversationCard()
        self.body.addWidget(self.next_card)

        self.body.addWidget(make_label(self.tr("How close do you feel now?"), "heading"))
        self._keep_hint = make_label("", "muted")
        self.body.addWidget(self._keep_hint)
        self.closing_round = PrivateRound(self._closing_question)
        self.body.addWidget(self.closing_round)

        self.facts_label = make_label("", "muted")
        self.facts_label.hide()
        self.body.addWidget(self.facts_label)
        self.summary_editor = MarkdownNoteEditor(
            self.tr("Su&mmary"), self.tr("A few words to remember this conversation by.")
        )
        self.body.addWidget(self.summary_editor)

        self.back_button = make_button(self.tr("&Back to the prompts"), "quiet")
        self.save_status = SaveStatusLabel()
        self.finish_button = make_button(self.tr("&Save and finish"), "primary")
        status = QHBoxLayout()
        status.addWidget(self.save_status)
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addLayout(status)
        self.footer.addWidget(self.finish_button)

    def _connect_signals(self) -> None:
        self.read_back.struck_changed.connect(self.line_struck_changed)
        self.read_back.confidential_changed.connect(self.line_confidential_changed)
        self.follow_up_editor.follow_up_added.connect(self.follow_up_added)
        self.follow_up_editor.follow_up_removed.connect(self.follow_up_removed)
        self.follow_up_editor.carried_done.connect(self.carried_done)
        self.closing_round.finished.connect(self.closing_answered)
        self.summary_editor.text_changed.connect(self.summary_changed)
        self.back_button.clicked.connect(self.back_requested)
        self.finish_button.clicked.connect(self._on_finish_clicked)

    def set_people(self, first: Participant, second: Participant, partner_key: str = "") -> None:
        """The two people (follow-up owners are named after them) and which of them is the
        partner, who alone is asked whether their check-ins are kept; the private round of
        the closing check-in starts again."""
        self._people = (first, second)
        self._partner_key = partner_key
        self.follow_up_editor.set_people(first, second)
        partner = next((p.name for p in self._people if p.key == partner_key), second.name)
        self._keep_hint.setText(
            self.tr(
                "Each of you, in private, if you like. Nothing of {partner}'s check-ins is "
                "kept unless {partner} says so."
            ).format(partner=partner)
        )
        self.closing_round.start(self._people)

    def _closing_question(self, person: Participant) -> ClosingQuestion:
        return ClosingQuestion(ask_to_keep=person.key == self._partner_key)

    def set_closing_prompt(self, html: str, plain_text: str) -> None:
        """The closing prompt (the script's, or the engine's default appreciation)."""
        self.closing_label.setText(html)
        self.closing_label.setAccessibleName(plain_text)
        if plain_text:
            announce(self.closing_label, plain_text)

    def set_note_lines(self, lines: Sequence[NoteLine]) -> None:
        """The shared notes to read back, one line each, with their marks."""
        self.read_back.set_lines(lines)

    def set_follow_ups(self, drafts: Sequence[FollowUpDraft]) -> None:
        """The follow-ups already written (after a restart)."""
        self.follow_up_editor.set_follow_ups(drafts)

    def set_carried_follow_ups(self, items, today=None) -> None:
        """The follow-ups taken up from last time, each with its Done box."""
        self.follow_up_editor.set_carried(items, today)

    def set_summary(self, text: str) -> None:
        """The summary written so far, without emitting."""
        self.summary_editor.set_text(text)

    def set_save_state(self, state: SaveState, reason: str = "") -> None:
        """Shows whether the wrap-up is saved."""
        self.save_status.set_state(state, reason)

    def show_save_status(self, status: SaveStatus) -> None:
        """Shows the save loop's status, in the app's one wording for its reason."""
        self.save_status.show_status(status)

    def set_facts(self, text: str) -> None:
        """What the conversation amounted to ("You went as deep as level 2 of 5…"), above
        the summary; empty hides it."""
        self.facts_label.setText(text)
        self.facts_label.setVisible(bool(text))

    def set_finishing(self, finishing: bool) -> None:
        """While "Save and finish" is under way its button waits, so it is pressed once."""
        self.finish_button.setEnabled(not finishing)

    def set_back_available(self, available: bool) -> None:
        """Shows or hides "Back to the conversation" (there is no way back once the
        conversation itself has moved on to its wrap-up)."""
        self.back_button.setVisible(available)

    def result(self) -> WrapUpResult:
        """Everything on the page, as it stands."""
        return WrapUpResult(
            struck_line_ids=self.read_back.struck_ids(),
            confidential_line_ids=self.read_back.confidential_ids(),
            follow_ups=self.follow_up_editor.follow_ups(),
            closeness={key: answer[0] for key, answer in self.closing_round.answers().items()},
            summary=self.summary_editor.text(),
        )

    @Slot()
    def _on_finish_clicked(self) -> None:
        self.finish_requested.emit(self.result())
