"""What the conversation page shows for an engine state: the prompt and whose turn it is,
the level, the time, a gentle hint, and which commands apply.

Plain functions over the engine's read-only pictures, so the words are chosen in one place
and the controller only decides when to show them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from belonging.core.engine import Action, Conversation, ShownPrompt
from belonging.core.markdown_render import plain_text
from belonging.core.scripts.model import TurnMode
from belonging.ui.shortcuts import Command
from belonging.ui.views.conversation_view import ConversationView
from belonging.ui.views.deeper_view import DeeperView

#: The engine's default closing prompt, marked for translation under the same words.
_DEFAULT_CLOSING = QT_TRANSLATE_NOOP(
    "Conversation",
    "What is one thing you appreciated about the other person in this conversation?",
)


#: Which engine action each command of the page stands for.
COMMAND_ACTIONS = {
    Command.NEXT: (Action.NEXT,),
    Command.BACK: (Action.BACK,),
    Command.SKIP: (Action.SKIP,),
    Command.TOO_MUCH: (Action.TOO_MUCH,),
    Command.PARK: (Action.PARK,),
    Command.WRAP_UP: (Action.WRAP_UP,),
    Command.DEEPER_AGAIN: (Action.ASK_DEEPER,),
    Command.PAUSE: (Action.PAUSE, Action.RESUME),
}


def prompt_words(shown: ShownPrompt) -> tuple[str, str]:
    """The prompt's HTML and its plain words for screen readers, translated if it is the
    engine's default closing prompt."""
    if shown.is_default_closing:
        text = QCoreApplication.translate("Conversation", _DEFAULT_CLOSING)
        return f"<p>{text}</p>", text
    return shown.html, plain_text(shown.text)


def show_prompt(view: ConversationView, conversation: Conversation) -> None:
    """Puts the engine's current prompt on the page with whose turn it is."""
    shown = conversation.current_prompt
    turn = conversation.turn
    if shown is None or turn is None:
        return
    html, words = prompt_words(shown)
    if turn.mode is TurnMode.ONE_WAY:
        first, second = turn.second.name, None
    else:
        first, second = turn.first.name, turn.second.name
    view.show_prompt(
        html,
        words,
        first,
        second,
        shown.follow_ups,
        shown.is_lighter,
        turn.leader_first_rule,
        lent_from=shown.lent_from,
    )


def show_level(view: ConversationView, conversation: Conversation) -> None:
    """ "Level n of m · title", its guidance, and the time spent at it."""
    level = conversation.level
    view.set_level(level.depth, level.level_count, level.title, level.guidance_html)
    show_time(view, conversation)


def show_time(view: ConversationView, conversation: Conversation) -> None:
    """The level's time against its plan, and a gentle hint when time is up (never an alarm)."""
    pacing = conversation.pacing
    planned = (
        None
        if pacing.level_planned_seconds is None
        else max(1, round(pacing.level_planned_seconds / 60))
    )
    view.set_level_time(int(pacing.level_seconds // 60), planned)
    view.set_pacing_hint(pacing_hint(conversation))


def pacing_hint(conversation: Conversation) -> str:
    """A suggestion when the plan says so; empty otherwise."""
    pacing = conversation.pacing
    if pacing.near_planned_end:
        return QCoreApplication.translate(
            "Conversation",
            "You are close to the time you planned. Whenever it feels right, you can wrap up.",
        )
    if pacing.level_time_up:
        return QCoreApplication.translate(
            "Conversation",
            "You have had the time planned for this level. Move on when you are ready; "
            "there is no hurry.",
        )
    return ""


def enabled_commands(conversation: Conversation, *, stepping_back: bool) -> dict[Command, bool]:
    """Which commands apply now. While the calm "thank you" shows after "Too much?", only
    Pause does: nobody should answer a prompt that is not on the screen yet."""
    allowed = conversation.allowed_actions()
    enabled = {
        command: any(action in allowed for action in actions)
        for command, actions in COMMAND_ACTIONS.items()
    }
    if stepping_back:
        enabled = {command: command is Command.PAUSE for command in enabled}
    return enabled


def show_deeper(view: DeeperView, conversation: Conversation, comfort: int | None) -> None:
    """Shows the crossroads: the deeper level on offer (if any), why the pair is here, whether
    they can stay, and how the next level sits with the pair's comfort."""
    crossroads = conversation.crossroads
    if crossroads is None:
        return
    script = conversation.script
    next_level = None
    if crossroads.target_depth is not None:
        level = script.level(crossroads.target_depth)
        next_level = (level.depth, len(script.levels), level.title, level.guidance_html)
    view.set_crossroads(
        next_level, crossroads.reason, crossroads.can_stay, can_borrow=crossroads.can_borrow
    )
    if comfort is None or crossroads.target_depth is None:
        note = ""
    elif crossroads.target_depth <= comfort:
        note = QCoreApplication.translate(
            "Conversation", "You have both been comfortable at this depth before."
        )
    else:
        note = QCoreApplication.translate(
            "Conversation", "This is deeper than you have gone together before. Take your time."
        )
    view.set_comfort_note(note)
