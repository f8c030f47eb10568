"""A pair's history written straight into storage, for the continuity controller tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage import repositories as repo
from belonging.storage.models import CheckInMoment, PromptMark, Visibility

START = datetime(2025, 3, 5, 10, tzinfo=UTC)


def talk_through_levels(
    session, script, pair_id: int, at: datetime, depth: int, *, second_prompts=False, **details
):
    """A conversation of `script` started `at`, its levels' prompts shown down to `depth`:
    each level's first, and with `second_prompts` its second too. `details` go to
    `start_conversation`."""
    talk = repo.start_conversation(
        session=session,
        pair_id=pair_id,
        script_id=script.id,
        script_sha256=script.sha256,
        script_title=script.title,
        setup={},
        started_at=at,
        **details,
    )
    for level in script.levels[:depth]:
        for prompt in level.prompts[: 2 if second_prompts else 1]:
            repo.record_shown_prompt(
                session=session,
                conversation_id=talk.id,
                prompt_id=prompt.id,
                text=prompt.text,
                depth=level.depth,
            )
    return talk


def build_history(session, library) -> dict:
    """Sam and Alex after two conversations of "Defining moments": notes (one private), a
    follow-up, a parked prompt, a "too much?" at level 2, and check-ins before and after."""
    script = library.get("defining-moments")
    sam = repo.add_person(session=session, name="Sam", role="Manager")
    alex = repo.add_person(session=session, name="Alex", role="Report")
    pair = repo.create_pair(session=session, owner_id=sam.id, partner_id=alex.id)
    talks = []
    for week, (depth, too_much) in enumerate(((2, None), (3, 2))):
        at = START + timedelta(days=7 * week)
        talk = talk_through_levels(session, script, pair.id, at, depth)
        events = [ConversationEvent(1, EventKind.STARTED, at, depth=1)]
        if too_much:
            prompt_id = script.level(too_much).prompts[0].id
            events.append(ConversationEvent(2, EventKind.TOO_MUCH, at, depth, prompt_id))
        repo.append_events(session=session, conversation_id=talk.id, events=events)
        repo.finish_conversation(
            session=session,
            conversation_id=talk.id,
            summary={
                "talking_seconds": 1800.0 + week * 600,
                "paused_seconds": 0.0,
                "too_much_prompt_ids": [e.prompt_id for e in events[1:]],
            },
            ended_at=at + timedelta(hours=1),
            depth_reached=depth,
        )
        for person, before, after in ((sam, 3 + week, 4 + week), (alex, 2 + week, 4 + week)):
            for moment, value in ((CheckInMoment.BEFORE, before), (CheckInMoment.AFTER, after)):
                repo.record_check_in(
                    session=session,
                    conversation_id=talk.id,
                    person_id=person.id,
                    moment=moment,
                    closeness=value,
                )
        talks.append(talk)
    first_prompt = script.levels[0].prompts[0]
    repo.add_note(
        session=session,
        conversation_id=talks[0].id,
        text="Alex: **bakery**",
        prompt_id=first_prompt.id,
    )
    repo.add_note(
        session=session,
        conversation_id=talks[0].id,
        text="Seemed tired",
        prompt_id=first_prompt.id,
        visibility=Visibility.PRIVATE,
    )
    repo.add_note(session=session, conversation_id=talks[0].id, text="Good start overall")
    follow_up = repo.add_follow_up(
        session=session,
        pair_id=pair.id,
        text="Send the article",
        owner_id=sam.id,
        conversation_id=talks[0].id,
    )
    parked_prompt = script.levels[1].prompts[0]
    mark = repo.mark_prompt(
        session=session,
        pair_id=pair.id,
        script_id=script.id,
        prompt_id=parked_prompt.id,
        mark=PromptMark.PARKED,
        conversation_id=talks[1].id,
    )
    session.commit()
    return {
        "pair": pair,
        "talks": talks,
        "follow_up": follow_up,
        "mark": mark,
        "parked_prompt": parked_prompt,
        "script": script,
    }


def add_unfinished(session, pair, library, count: int) -> list:
    """`count` conversations of "Defining moments" begun a day apart after the two of
    `build_history`, none finished nor reaching a level: a long history that says nothing
    new about the pair's comfort."""
    script = library.get("defining-moments")
    talks = [
        repo.start_conversation(
            session=session,
            pair_id=pair.id,
            script_id=script.id,
            script_sha256=script.sha256,
            script_title=script.title,
            setup={},
            started_at=START + timedelta(days=30 + n),
        )
        for n in range(count)
    ]
    session.commit()
    return talks


def build_dozen(session, library, script_id: str = "test-walk", count: int = 12) -> dict:
    """Sam and Alex after `count` weekly conversations of `script_id`, oldest first, each
    with a shared note on its first prompt ("Week N: …", a word of its own) and a private
    one, and a follow-up from every fourth week. Returns the pair and the conversations."""
    script = library.get(script_id)
    sam = repo.add_person(session=session, name="Sam", role="Manager")
    alex = repo.add_person(session=session, name="Alex", role="Report")
    pair = repo.create_pair(session=session, owner_id=sam.id, partner_id=alex.id)
    prompt = script.levels[0].prompts[0]
    talks = []
    for week in range(count):
        at = START + timedelta(days=7 * week)
        talk = repo.start_conversation(
            session=session,
            pair_id=pair.id,
            script_id=script.id,
            script_sha256=script.sha256,
            script_title=script.title,
            setup={},
            started_at=at,
        )
        repo.record_shown_prompt(
            session=session, conversation_id=talk.id, prompt_id=prompt.id, text=prompt.text
        )
        repo.append_events(
            session=session,
            conversation_id=talk.id,
            events=[ConversationEvent(1, EventKind.STARTED, at, depth=1)],
        )
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            prompt_id=prompt.id,
            text=f"Week {week + 1}: Alex spoke about {WEEK_WORDS[week % len(WEEK_WORDS)]}.",
        )
        repo.add_note(
            session=session,
            conversation_id=talk.id,
            text=f"Private thought {week + 1}",
            visibility=Visibility.PRIVATE,
        )
        if week % 4 == 0:
            repo.add_follow_up(
                session=session, pair_id=pair.id, text=f"Task {week + 1}", conversation_id=talk.id
            )
        repo.finish_conversation(
            session=session,
            conversation_id=talk.id,
            summary={"talking_seconds": 1500.0, "paused_seconds": 0.0},
            ended_at=at + timedelta(minutes=30),
            depth_reached=1,
        )
        talks.append(talk)
    session.commit()
    return {"pair": pair, "talks": talks, "prompt": prompt}


#: A word for each week's note, found nowhere else.
WEEK_WORDS = (
    "lighthouses",
    "marathons",
    "sourdough",
    "kayaking",
    "origami",
    "falconry",
    "beekeeping",
    "calligraphy",
    "orienteering",
    "glassblowing",
    "birdwatching",
    "woodturning",
)
