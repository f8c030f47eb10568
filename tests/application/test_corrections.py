"""Correcting what was written, through the application layer on a real data folder: a past
note edited and marked so, a conversation or a person deleted and undone, a deletion that
stays leaves no word in any file, a pair archived off Home and brought back."""

from __future__ import annotations

import re

import pytest

from belonging.application.corrections import archive_pair, edit_past_note, read_archived_pairs
from belonging.application.first_look import InstanceLock
from belonging.application.home import read_home
from belonging.application.opening import open_workspace
from belonging.application.pair_page import open_pair_page
from belonging.application.past_conversation import read_past_conversation
from belonging.application.removals import (
    delete_conversation,
    delete_person,
    settle_removals,
    undo_removal,
)
from belonging.application.search import SearchScope, search_notes
from belonging.storage.repositories import NotFoundError
from support.history import build_history
from support.privacy_scan import find_words


@pytest.fixture
def workspace(data_dir):
    """The data folder opened as the app opens it."""
    opened = open_workspace(data_dir, lock=InstanceLock(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def history(workspace):
    """Sam and Alex after two conversations (see `build_history`)."""
    with workspace.session() as session:
        made = build_history(session, workspace.library)
        return {
            "pair_id": made["pair"].id,
            "partner_id": made["pair"].partner_id,
            "first": made["talks"][0].id,
            "second": made["talks"][1].id,
        }


def _notes(record):
    return [note for prompt in record.prompts for note in prompt.notes] + list(record.general_notes)


def test_a_past_note_corrected_is_read_back_corrected_and_edited(workspace, history):
    """The record shows the new words, says when they were edited, and search follows."""
    record = read_past_conversation(workspace, history["first"], include_private=True)
    note = _notes(record)[0]
    assert note.edited_at is None

    edited = edit_past_note(workspace, int(note.note_id), "Alex loved the **bakery** mornings")

    again = read_past_conversation(workspace, history["first"], include_private=True)
    shown = next(n for n in _notes(again) if n.note_id == note.note_id)
    assert shown.text == "Alex loved the **bakery** mornings"
    assert shown.edited_at is not None and shown.edited_at == edited.edited_at
    assert search_notes(workspace, "bakery", include_private=True)
    # Formatted where it is read, so the window only shows it: safe HTML, and plain words
    # for a screen reader.
    for kept in (edited, shown):
        assert "<strong>bakery</strong>" in kept.html
        assert kept.words == "Alex loved the bakery mornings"


def test_a_note_is_formatted_safely_where_it_is_read(workspace, history):
    """A note holding HTML and a remote image comes back from the read already formatted:
    the HTML shown as text, the image as its words, nothing to fetch."""
    record = read_past_conversation(workspace, history["first"], include_private=True)
    note = _notes(record)[0]
    edit_past_note(
        workspace,
        int(note.note_id),
        "<script>alert(1)</script> ![the sea](https://example.org/a.png)",
    )
    again = read_past_conversation(workspace, history["first"], include_private=True)
    shown = next(n for n in _notes(again) if n.note_id == note.note_id)
    assert "<script>" not in shown.html and "&lt;script&gt;" in shown.html
    assert "<img" not in shown.html and "example.org" not in shown.html
    assert shown.words == "<script>alert(1)</script> the sea"


def test_a_deleted_conversation_is_gone_until_undone(workspace, history):
    """Deleted, it leaves the pair page and the search; undone, it is back as it was."""
    before = read_past_conversation(workspace, history["first"], include_private=True)
    word = max(re.findall(r"[A-Za-z]+", _notes(before)[0].text), key=len)
    scope = SearchScope(pair_id=history["pair_id"])  # by person, newest first

    def found() -> list[int]:
        groups = search_notes(workspace, word, include_private=True, scope=scope)
        return [int(group.conversation_id) for group in groups]

    assert history["first"] in found()

    removal = delete_conversation(workspace, history["first"])

    page = open_pair_page(workspace, history["pair_id"])
    assert [e.conversation_id for e in page.timeline] == [history["second"]]
    assert removal.conversations == 1 and removal.notes == len(_notes(before))
    with pytest.raises(NotFoundError):
        read_past_conversation(workspace, history["first"], include_private=True)
    assert history["first"] not in found()
    undo_removal(workspace, removal)
    assert read_past_conversation(workspace, history["first"], include_private=True) == before
    assert history["first"] in found()


def test_a_deletion_that_stays_leaves_no_word_in_any_file(workspace, history, data_dir):
    """Once settled, the deleted person's name and notes are in no file of the data folder."""
    words = ["Alex", "bakery", "Seemed", "overall", "article"]  # a name, notes, a follow-up
    assert set(find_words(data_dir, words)["belonging.sqlite3-wal"]) == set(words)

    removal = delete_person(workspace, history["partner_id"])
    assert settle_removals(workspace)

    assert removal.people == 2  # Alex, and Sam's row for this pair
    assert read_home(workspace).pairs == ()
    assert find_words(data_dir, words) == {}


def test_an_archived_pair_leaves_home_and_comes_back(workspace, history):
    """Archived, the pair is listed apart and its page says so; brought back, on Home."""
    archive_pair(workspace, history["pair_id"])

    assert read_home(workspace).pairs == ()
    assert [row.partner_name for row in read_archived_pairs(workspace)] == ["Alex"]
    assert open_pair_page(workspace, history["pair_id"]).archived_on is not None
    archive_pair(workspace, history["pair_id"], archived=False)
    assert [row.partner_name for row in read_home(workspace).pairs] == ["Alex"]
    assert read_archived_pairs(workspace) == []
