"""A mentor with ten people, several months in, written straight into storage: the data the
tests of Home, the pair page, set-up and search for ten people start from.

Ten pairs with the same owner's name (set-up makes a new owner for each pair), most with a
conversation and a note on "the deep work"; the one with Ben has a dozen weekly
conversations, each with a summary, shared notes (and a private one), follow-ups (one
overdue, some done), a prompt parked last time and one parked long ago, a talking point,
and a next conversation three days after "today".
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from belonging.core.engine.snapshots import CLOSING_PROMPT_ID, SUMMARY_PROMPT_ID
from belonging.storage import repositories as repo
from belonging.storage.models import PromptMark, Relationship, Visibility
from support.history import talk_through_levels

OWNER = "Sam"
PARTNERS = ("Ben", "Alex", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivo", "Jules")
#: How many conversations Ben and Sam have had.
BEN_CONVERSATIONS = 12


def _local(day, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def seed_ten_people(session, library, today: datetime) -> dict:
    """The ten pairs, most recently met first apart from Ben (met a week ago); returns
    {"pairs": {name: pair}, "ben": pair, "talks": [...], "overdue": follow-up, "open":
    follow-up, "parked_recent": mark, "parked_old": mark, "parked_texts": [their prompts'
    words, recent first], "point": talking point,
    "next_at": datetime, "scripts": [script ids used, oldest first]}."""
    pairs = {}
    for index, name in enumerate(PARTNERS):
        owner = repo.add_person(session=session, name=OWNER, role="Mentor")
        partner = repo.add_person(session=session, name=name, role="Mentee")
        pairs[name] = repo.create_pair(
            session=session,
            owner_id=owner.id,
            partner_id=partner.id,
            relationship=Relationship.MENTOR_MENTEE,
        )
        if name != "Ben" and index % 3 != 2:
            script = library.scripts[index % len(library.scripts)]
            at = today - timedelta(days=2 + index * 5)
            talk = _conversation(session, script, pairs[name], at, index)
            # The same words as Ben's notes: found for everyone, not when Ben is chosen.
            repo.add_note(
                session=session, conversation_id=talk.id, text=f"{name} wants the deep work"
            )
    ben = pairs["Ben"]
    scripts = list(library.scripts)
    talks, used = [], []
    for week in range(BEN_CONVERSATIONS):
        script = scripts[week % len(scripts)]
        at = today - timedelta(days=7 * (BEN_CONVERSATIONS - week))
        talks.append(_conversation(session, script, ben, at, week, notes=True))
        used.append(script.id)
    first = talks[0]
    done = repo.add_follow_up(
        session=session, pair_id=ben.id, text="Share the reading list", conversation_id=first.id
    )
    repo.complete_follow_up(session=session, follow_up_id=done.id, at=first.started_at)
    overdue = repo.add_follow_up(
        session=session,
        pair_id=ben.id,
        text="Introduce Ben to the platform team",
        owner_id=ben.owner_id,
        conversation_id=talks[-2].id,
        due=(today - timedelta(days=5)).astimezone().date(),
    )
    still_open = repo.add_follow_up(
        session=session,
        pair_id=ben.id,
        text="Ben drafts the talk proposal",
        owner_id=ben.partner_id,
        conversation_id=talks[-1].id,
        due=(today + timedelta(days=10)).astimezone().date(),
    )
    for name in ("Alex", "Dev"):
        repo.add_follow_up(session=session, pair_id=pairs[name].id, text=f"Send {name} the notes")
    marks, parked_texts = [], []
    for talk, script in (
        (talks[-1], scripts[(BEN_CONVERSATIONS - 1) % len(scripts)]),
        (talks[1], scripts[1 % len(scripts)]),
    ):
        prompt = script.levels[-1].prompts[-1]
        shown = {p.prompt_id for p in repo.shown_prompts(session=session, conversation_id=talk.id)}
        if prompt.id not in shown:
            repo.record_shown_prompt(
                session=session,
                conversation_id=talk.id,
                prompt_id=prompt.id,
                text=prompt.text,
                depth=len(script.levels),
            )
        parked_texts.append(prompt.text)
        marks.append(
            repo.mark_prompt(
                session=session,
                pair_id=ben.id,
                script_id=script.id,
                prompt_id=prompt.id,
                mark=PromptMark.PARKED,
                conversation_id=talk.id,
                at=talk.started_at,
            )
        )
    point = repo.add_talking_point(
        session=session, pair_id=ben.id, text="The conference in May", raised_by_id=ben.partner_id
    )
    next_at = _local((today + timedelta(days=3)).astimezone().date(), 10)
    repo.set_next_conversation(session=session, pair_id=ben.id, at=next_at)
    session.commit()
    return {
        "pairs": pairs,
        "ben": ben,
        "talks": talks,
        "overdue": overdue,
        "open": still_open,
        "parked_recent": marks[0],
        "parked_old": marks[1],
        "parked_texts": parked_texts,
        "point": point,
        "next_at": next_at,
        "scripts": used,
    }


def _conversation(session, script, pair, at: datetime, n: int, notes: bool = False):
    depth = min(len(script.levels), 1 + n % 3)
    # A second prompt on each level with nothing written on it: the record leaves it out.
    talk = talk_through_levels(
        session,
        script,
        pair.id,
        at.astimezone(UTC),
        depth,
        planned_minutes=30,
        second_prompts=True,
    )
    repo.record_shown_prompt(
        session=session,
        conversation_id=talk.id,
        prompt_id=CLOSING_PROMPT_ID,
        text="What will you remember from today?",
        depth=depth,
    )
    if notes:
        first = script.levels[0].prompts[0]
        words = (
            f"Week {n + 1}: Ben on *{script.title.lower()}*, and what he wants from it",
            f"Ben's hope for week {n + 1}: more time for the deep work",
        )
        for text in words[: 1 + n % 2]:
            repo.add_note(session=session, conversation_id=talk.id, text=text, prompt_id=first.id)
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            text=f"Private: Ben seemed tired in week {n + 1}",
            visibility=Visibility.PRIVATE,
        )
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            text=f"Sam: that Ben still bakes on Sundays (week {n + 1})",
            prompt_id=CLOSING_PROMPT_ID,
        )
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            text=f"A good talk about {script.title.lower()}",
            prompt_id=SUMMARY_PROMPT_ID,
        )
    repo.finish_conversation(
        session=session,
        conversation_id=talk.id,
        summary={
            "talking_seconds": 1500.0 + 60 * n,
            "paused_seconds": 0.0,
            "too_much_prompt_ids": [],
        },
        ended_at=(at + timedelta(minutes=40)).astimezone(UTC),
        depth_reached=depth,
    )
    return talk
