"""Plain rows for the continuity pages: a pair's history as Sam and Alex would have it."""

from __future__ import annotations

from datetime import date, datetime

from belonging.application.continuity_rows import (
    CarryItem,
    CarryKind,
    ClosenessReading,
    FollowUpItem,
    HistoryNote,
    HistoryPrompt,
    PairSettings,
    ParkedItem,
    PastConversation,
    PromptPlace,
    SearchGroup,
    SearchLine,
    TalkingPointItem,
    TimelineEntry,
)

#: The day the samples are seen on.
TODAY = date(2025, 3, 24)

FOLLOW_UPS = [
    FollowUpItem(
        "f1", "Send Alex the article on career changes", "Sam", date(2025, 3, 26), owner_key="owner"
    ),
    FollowUpItem("f2", "Book the team lunch", None, None, date(2025, 3, 12)),
    FollowUpItem(
        "f3", "Ask HR about the course budget", "Sam", date(2025, 3, 14), owner_key="owner"
    ),
]

TIMELINE = [
    TimelineEntry(13, date(2025, 3, 19), "Struggles and support", 2, 4, None, None, False),
    TimelineEntry(
        12,
        date(2025, 3, 12),
        "Defining moments",
        3,
        5,
        38.4,
        4.0,
        summary="We both started in jobs we did not choose.",
        note_lines=(
            "Alex wanted to be a baker; Sam a pilot.",
            "Sam changed teams after the merger.",
            "Alex's summer at the bakery: early mornings",
        ),
        more_notes=2,
        follow_ups=(
            FOLLOW_UPS[0],
            FollowUpItem(
                "f0", "Share the reading list", "Alex", done=True, done_on=date(2025, 3, 15)
            ),
        ),
    ),
    TimelineEntry(
        11,
        date(2025, 3, 5),
        "First one-on-one",
        2,
        3,
        27.0,
        0.0,
        note_lines=("How Alex likes feedback: in writing first, then a chat.",),
    ),
]

TALKING_POINTS = [
    TalkingPointItem(1, "The conference in May", "Alex", "partner", date(2025, 3, 20)),
    TalkingPointItem(2, "How the new rota is going", None, None, date(2025, 3, 21)),
]

NEXT_CONVERSATION = datetime(2025, 3, 27, 10, 0).astimezone()

PARKED = [
    ParkedItem("m1", "When did you last feel out of your depth?", "Defining moments"),
    ParkedItem("m2", "Who do you turn to when work gets hard?", "Struggles and support"),
]

READINGS = [
    ClosenessReading(date(2025, 3, 5), before=(3, 2), after=(4, 3)),
    ClosenessReading(date(2025, 3, 12), before=(4, 3), after=(5, 5)),
    ClosenessReading(date(2025, 3, 19), before=(5, 4), after=(6, 5)),
]

SETTINGS = PairSettings(
    owner_name="Sam",
    owner_role="Manager",
    partner_name="Alex",
    partner_role="Report",
    comfortable_depth=2,
    learned_depth=2,
    off_limits_topics=("family",),
    available_topics=("career", "childhood", "family", "health", "money"),
    deepest_level=5,
)

CARRY_PARKED = [
    CarryItem("m1", CarryKind.PARKED, PARKED[0].text, parked_on=date(2025, 3, 12)),
]
CARRY_FOLLOW_UPS = [
    CarryItem(
        "f1", CarryKind.FOLLOW_UP, FOLLOW_UPS[0].text, owner_name="Sam", due=date(2025, 3, 26)
    ),
    CarryItem("f2", CarryKind.FOLLOW_UP, FOLLOW_UPS[1].text),
]

RECORD = PastConversation(
    conversation_id=12,
    on=date(2025, 3, 12),
    script_title="Defining moments",
    owner_name="Sam",
    partner_name="Alex",
    depth_reached=3,
    level_count=5,
    talking_minutes=38,
    prompts=(
        HistoryPrompt(
            "dm-1",
            "What did you want to be when you were ten?",
            1,
            (HistoryNote(1, "Alex wanted to be a **baker**; Sam a pilot."),),
            level_title="Warm-up",
        ),
        HistoryPrompt(
            "dm-2",
            "Tell me about a time you changed your mind.",
            2,
            (
                HistoryNote(2, "Sam changed teams after the merger.", confidential=True),
                HistoryNote(3, "Alex seemed tired; ask gently next time.", private=True),
            ),
            level_title="Turning points",
        ),
        HistoryPrompt("dm-3", "What was a turning point for you?", 3, (), "Deeper"),
        HistoryPrompt(
            "closing",
            "What is one thing you heard today that you want to remember?",
            3,
            (HistoryNote(5, "Sam: that Alex still bakes on Sundays."),),
            place=PromptPlace.CLOSING,
        ),
    ),
    general_notes=(HistoryNote(4, "We both started in jobs we did not choose."),),
    follow_ups=(FOLLOW_UPS[0],),
)

SEARCH_GROUPS = [
    SearchGroup(
        12,
        date(2025, 3, 12),
        "Defining moments",
        "Sam",
        "Alex",
        (
            SearchLine(1, "Alex wanted to be a <b>baker</b>; Sam a pilot.", "Alex wanted…"),
            SearchLine(3, "Ask about the <b>bakery</b> gently.", "Ask about…", private=True),
        ),
    ),
    SearchGroup(
        11,
        date(2025, 3, 5),
        "First one-on-one",
        "Sam",
        "Alex",
        (SearchLine(None, "A <b>baker</b>'s dozen of questions", "A baker's…", is_prompt=True),),
    ),
]


CARRY_POINTS = [
    CarryItem("t1", CarryKind.TALKING_POINT, TALKING_POINTS[0].text, owner_name="Alex"),
]


def fill_pair_page(view) -> None:
    """Puts Sam and Alex's history on a pair page."""
    view.set_title("Sam and Alex", "Manager and report")
    view.set_today(TODAY)
    view.set_next(NEXT_CONVERSATION)
    view.set_people("Sam", "Alex")
    view.set_timeline(TIMELINE)
    view.set_follow_ups(FOLLOW_UPS)
    view.set_talking_points(TALKING_POINTS)
    view.set_parked(PARKED)
    view.set_closeness("Sam", "Alex", READINGS)
    view.set_settings(SETTINGS)


def fill_continuity_pages(window) -> None:
    """Puts Sam and Alex's history on the pair, search, history and carry-forward pages."""
    fill_pair_page(window.pair)
    window.search.set_query("baker")
    window.search.show_results(window.search.search_now(), SEARCH_GROUPS)
    window.history.set_record(RECORD)
    window.carry_forward.set_items(CARRY_PARKED, CARRY_FOLLOW_UPS, CARRY_POINTS, TODAY)
