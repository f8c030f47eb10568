"""Prompt marks: too-much and never-again prompts are withheld, parked ones come back."""

from __future__ import annotations

from belonging.storage import repositories as repo
from belonging.storage.models import PromptMark

SCRIPT = "defining-moments"


def _mark(session, seed, prompt_id, mark, script_id=SCRIPT):
    return repo.mark_prompt(
        session=session,
        pair_id=seed.pair.id,
        script_id=script_id,
        prompt_id=prompt_id,
        mark=mark,
        conversation_id=seed.conversation.id,
    )


def test_withheld_and_parked_prompts_are_told_apart(session, seed):
    """Too much and never again withhold a prompt; parked ones are offered as suggestions."""
    _mark(session, seed, "p1", PromptMark.TOO_MUCH)
    _mark(session, seed, "p2", PromptMark.NEVER_AGAIN)
    _mark(session, seed, "p3", PromptMark.PARKED)
    _mark(session, seed, "p4", PromptMark.TOO_MUCH, script_id="other-script")
    pid = seed.pair.id
    assert repo.withheld_prompt_ids(session=session, pair_id=pid, script_id=SCRIPT) == {"p1", "p2"}
    assert repo.parked_prompt_ids(session=session, pair_id=pid, script_id=SCRIPT) == {"p3"}


def test_choosing_to_see_a_prompt_again_lifts_its_mark(session, seed):
    """A resolved mark no longer withholds the prompt but stays in the history."""
    mark = _mark(session, seed, "p1", PromptMark.TOO_MUCH)
    repo.resolve_mark(session=session, mark_id=mark.id)
    pid = seed.pair.id
    assert repo.withheld_prompt_ids(session=session, pair_id=pid, script_id=SCRIPT) == set()
    history = repo.marks_for_pair(session=session, pair_id=pid, include_resolved=True)
    assert [(m.prompt_id, m.resolved_at is not None) for m in history] == [("p1", True)]


def test_the_same_mark_in_force_is_not_repeated(session, seed):
    """Marking a prompt twice the same way keeps a single mark."""
    first = _mark(session, seed, "p1", PromptMark.PARKED)
    second = _mark(session, seed, "p1", PromptMark.PARKED)
    assert first.id == second.id
    assert len(repo.marks_for_pair(session=session, pair_id=seed.pair.id)) == 1


def test_marks_belong_to_their_pair(session, seed):
    """Another pair's marks do not withhold prompts from this pair."""
    carla = repo.add_person(session=session, name="Carla")
    other = repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=carla.id)
    _mark(session, seed, "p1", PromptMark.NEVER_AGAIN)
    assert repo.withheld_prompt_ids(session=session, pair_id=other.id, script_id=SCRIPT) == set()
