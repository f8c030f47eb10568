"""Reading a pair's history for its page, a past conversation for its history page and last
time's leftovers for the next set-up, from a real database; and the few writes they make."""

from __future__ import annotations

import pytest

from belonging.application.carry_forward import apply_carry_choices, read_carry_forward
from belonging.application.continuity_rows import CarryChoice, CarryKind
from belonging.application.pair_page import (
    TIMELINE_PAGE,
    lift_parked_marks_shown,
    read_pair_page,
    read_timeline_page,
    save_pair_settings,
)
from belonging.application.past_conversation import read_conversation_record
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.database import create_database_engine, new_session
from belonging.storage.migrations import upgrade_to_head
from support.history import add_unfinished, build_history


@pytest.fixture(scope="module")
def library():
    """The built-in scripts."""
    return ScriptLibrary(None)


@pytest.fixture
def session():
    """A session on a fresh in-memory database."""
    engine = create_database_engine(None)
    upgrade_to_head(engine)
    with new_session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture
def history(session, library):
    """Sam and Alex after two conversations (see `build_history`)."""
    return build_history(session, library)


def test_pair_page_gathers_the_whole_history(session, library, history):
    """The page has the names, both conversations newest first, the follow-up, the parked
    prompt in its words, a reading per conversation and the learned comfort."""
    page = read_pair_page(session, history["pair"].id, library)
    assert (page.owner_name, page.partner_name) == ("Sam", "Alex")
    assert (page.owner_role, page.partner_role) == ("Manager", "Report")
    levels = len(history["script"].levels)
    assert [(e.depth_reached, e.level_count) for e in page.timeline] == [
        (3, levels),
        (2, levels),
    ]
    assert page.timeline[0].talking_minutes == 40
    assert [f.text for f in page.follow_ups] == ["Send the article"]
    assert page.follow_ups[0].owner_name == "Sam"
    assert [p.text for p in page.parked] == [history["parked_prompt"].text]
    assert [(r.before, r.after) for r in page.readings] == [((3, 2), (4, 4)), ((4, 3), (5, 5))]
    assert page.settings.learned_depth == 1  # "too much?" at level 2 caps it at 1
    assert "family" in page.settings.available_topics


def test_settings_are_kept(session, library, history):
    """Saving settings renames, sets the comfort and the off-limits topics."""
    from dataclasses import replace

    page = read_pair_page(session, history["pair"].id, library)
    changed = replace(
        page.settings, partner_name="Alexandra", comfortable_depth=2, off_limits_topics=("money",)
    )
    save_pair_settings(session, history["pair"].id, changed)
    again = read_pair_page(session, history["pair"].id, library)
    assert again.partner_name == "Alexandra"
    assert again.settings.comfortable_depth == 2
    assert again.settings.off_limits_topics == ("money",)


def test_conversation_record_hides_private_notes_unless_asked(session, library, history):
    """The record lists prompts with their notes; private ones only when asked for."""
    talk = history["talks"][0]
    shared = read_conversation_record(session, talk.id, library, include_private=False)
    assert [p.depth for p in shared.prompts] == [1, 2]
    assert [n.text for n in shared.prompts[0].notes] == ["Alex: **bakery**"]
    assert [n.text for n in shared.general_notes] == ["Good start overall"]
    assert shared.follow_ups[0].owner_name == "Sam"
    assert shared.talking_minutes == 30 and shared.finished
    owner_only = read_conversation_record(session, talk.id, library, include_private=True)
    assert [n.private for n in owner_only.prompts[0].notes] == [False, True]


def test_carry_forward_offers_parked_and_open_and_lets_go(session, history):
    """Last time's parked prompt and the open follow-up are offered; letting both go lifts
    the mark and closes the follow-up, so nothing is offered again."""
    script = history["script"]
    carry = read_carry_forward(session, history["pair"].id, script.id)
    assert [item.text for item in carry.parked] == [history["parked_prompt"].text]
    assert carry.prompt_ids == {history["mark"].id: history["parked_prompt"].id}
    assert carry.parked[0].item_id == (CarryKind.PARKED, history["mark"].id)
    assert [item.text for item in carry.follow_ups] == ["Send the article"]
    assert read_carry_forward(session, history["pair"].id, "career-paths").parked == ()
    apply_carry_choices(
        session,
        {history["mark"].id: CarryChoice.LET_GO},
        {history["follow_up"].id: CarryChoice.LET_GO},
    )
    assert read_carry_forward(session, history["pair"].id, script.id).empty


def test_taking_up_keeps_the_mark_until_shown(session, history):
    """Taking a parked prompt up does not lift its mark yet: if the pair never reaches it,
    it is offered again next time."""
    apply_carry_choices(session, {history["mark"].id: CarryChoice.TAKE_UP}, {})
    carry = read_carry_forward(session, history["pair"].id, history["script"].id)
    assert len(carry.parked) == 1


def test_wrap_up_lifts_marks_of_prompts_shown(session, history):
    """A parked prompt shown again (even as its lighter form) has its mark lifted."""
    pair_id, script = history["pair"].id, history["script"]
    assert lift_parked_marks_shown(session, pair_id, script.id, ["other"]) == 0
    shown = [history["parked_prompt"].id + "~lighter"]
    assert lift_parked_marks_shown(session, pair_id, script.id, shown) == 1
    assert read_carry_forward(session, pair_id, script.id).parked == ()


def test_a_long_history_is_read_a_page_at_a_time(session, library, history):
    """The page holds the newest conversations and the count of all; the next page starts
    where it ended; the comfort is still learned from the last finished conversations, even
    when they are older than the first page."""
    pair_id = history["pair"].id
    newer = add_unfinished(session, history["pair"], library, TIMELINE_PAGE + 5)
    page = read_pair_page(session, pair_id, library)
    assert page.timeline_total == TIMELINE_PAGE + 7
    assert [e.conversation_id for e in page.timeline] == [t.id for t in newer[::-1]][:TIMELINE_PAGE]
    assert not page.timeline[0].finished
    rest = read_timeline_page(session, pair_id, library, page.timeline[-1].conversation_id)
    listed = [e.conversation_id for e in page.timeline + rest]
    assert listed == [t.id for t in newer[::-1]] + [t.id for t in history["talks"][::-1]]
    assert rest[-1].level_count == len(history["script"].levels)
    assert page.settings.learned_depth == 1
