"""One of the two people in a conversation, as the engine and every screen name them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Participant:
    """One of the two people: `key` is stable (storage's person id), `name` is shown."""

    key: str
    name: str
    role: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("a participant needs a key")
