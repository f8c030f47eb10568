"""What the window says about the partner's own screen, in plain words: where it stands, why
it cannot work here, and what was refused. Never who pressed what."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belonging.application.partner_screen import (
    AddressProblem,
    PartnerScreen,
    Refusal,
    ScreenStatus,
)

_CONTEXT = "PartnerScreen"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(screen: PartnerScreen | None, name: str) -> str:
    """Where `name`'s screen stands now, in a sentence."""
    if screen is None or screen.status is ScreenStatus.STOPPED:
        return _tr("{name}'s own screen is off.").format(name=name)
    status = screen.status
    if status is ScreenStatus.STARTING:
        return _tr("Getting {name}'s screen ready…").format(name=name)
    if status is ScreenStatus.WAITING:
        return _tr("Waiting for {name} to join.").format(name=name)
    if status is ScreenStatus.CONNECTED:
        return _tr("{name}'s own screen is connected.").format(name=name)
    if status is ScreenStatus.DROPPED:
        return _tr(
            "{name}'s screen dropped. Carry on here; it joins again by itself when it can."
        ).format(name=name)
    return problem_text(screen.problem, name)


def problem_text(problem: AddressProblem | OSError | None, name: str) -> str:
    """Why `name`'s screen cannot work on this computer, and that the talk goes on."""
    if problem is AddressProblem.NOT_LOCAL:
        text = _tr(
            "This computer's only network address can be reached from the internet, so "
            "Belonging does not open {name}'s screen on it. Carry on together at this screen."
        )
    elif isinstance(problem, OSError):
        reason = problem.strerror or str(problem)
        text = _tr(
            "Belonging could not listen on this computer's network ({reason}). Carry on "
            "together at this screen."
        ).replace("{reason}", reason)
    else:
        text = _tr(
            "This computer is not on a local network, so {name} cannot join on their own "
            "screen. Carry on together at this screen."
        )
    return text.replace("{name}", name)


def refusal_text(refusal: Refusal, name: str) -> str:
    """What was refused, said once, so the owner knows (and nothing more)."""
    if refusal is Refusal.TAKEN:
        return _tr(
            "Another device tried to join with {name}'s address and was refused: it works "
            "only on the first device that opened it."
        ).format(name=name)
    return _tr(
        "Something on the network tried to join without this conversation's key. It was "
        "refused and saw nothing."
    )
