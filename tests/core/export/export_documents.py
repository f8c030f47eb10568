"""Hand-written export documents the renderer tests share."""

from datetime import UTC, date, datetime

from belonging.core.export import (
    ExportCheckIn,
    ExportConversation,
    ExportDocument,
    ExportFollowUp,
    ExportNote,
    ExportPrompt,
    ExportScope,
    IncludeOptions,
    LeftOut,
    PromptCounts,
)

STARTED = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def small_document() -> ExportDocument:
    """One conversation with one of everything, and one private note left out."""
    conversation = ExportConversation(
        started_at=STARTED,
        script_title="Defining moments",
        depth_reached=2,
        talking_minutes=31,
        counts=PromptCounts(answered=3, parked=1),
        check_ins=(ExportCheckIn("Ada", 3, 5), ExportCheckIn("Ben", 4, None)),
        prompts=(
            ExportPrompt(
                "What did you want to be when you were *ten*?",
                1,
                (ExportNote("Ben: the **bakery**."),),
            ),
        ),
        notes=(ExportNote("We both started\nin jobs we did not choose."),),
        follow_ups=(
            ExportFollowUp("Send the article", "Ada", date(2024, 5, 20)),
            ExportFollowUp("Book a room", None, None, True),
        ),
        parked=("Who taught you the most?",),
    )
    return ExportDocument(
        owner="Ada",
        partner="Ben",
        scope=ExportScope.CONVERSATION,
        conversations=(conversation,),
        left_out=LeftOut(private_notes=1),
    )


def hostile_document() -> ExportDocument:
    """Every field carries markup that must come out as inert text."""
    attack = '<script>alert("x")</script><img src="https://tracker.example/p.png">'
    conversation = ExportConversation(
        started_at=STARTED,
        script_title=f"# Title {attack}",
        prompts=(ExportPrompt(f"Prompt {attack} ![pixel](https://tracker.example/i.png)"),),
        notes=(
            ExportNote(f"Note {attack}\n\n![pixel](https://tracker.example/n.png)"),
            ExportNote("<iframe src=https://evil.example></iframe> [ok](javascript:alert(1))"),
        ),
        follow_ups=(ExportFollowUp(f"- [x] {attack}", f"*{attack}*"),),
        parked=(f"Parked {attack}",),
    )
    return ExportDocument(
        owner=f"Ada {attack}",
        partner="**Ben**",
        scope=ExportScope.PAIR,
        conversations=(conversation,),
        follow_ups=(ExportFollowUp(f"<b>{attack}</b>"),),
    )


def marked_notes_document() -> ExportDocument:
    """A private, a confidential and a both note, included because they were asked for."""
    conversation = ExportConversation(
        started_at=STARTED,
        notes=(
            ExportNote("mine", private=True),
            ExportNote("between us", confidential=True),
            ExportNote("mine and secret", private=True, confidential=True),
        ),
    )
    return ExportDocument(
        owner="Ada",
        partner="Ben",
        scope=ExportScope.CONVERSATION,
        conversations=(conversation,),
        options=IncludeOptions(include_private=True, include_confidential=True),
        exported_at=datetime(2025, 3, 12, 18, 0, tzinfo=UTC),
    )
