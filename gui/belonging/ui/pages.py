"""The pages of the window, and which of them belong to a conversation."""

from __future__ import annotations

import enum
from collections.abc import Callable


class Page(enum.Enum):
    """The pages of the window, in the order of a conversation."""

    HOME = "home"
    SETUP = "setup"
    GROUND_RULES = "ground_rules"
    CHECK_IN = "check_in"
    CONVERSATION = "conversation"
    DEEPER = "deeper"
    WRAP_UP = "wrap_up"
    #: A pair's history, search, one past conversation, and last time's leftovers.
    PAIR = "pair"
    SEARCH = "search"
    HISTORY = "history"
    CARRY_FORWARD = "carry_forward"
    #: Every script, built in or the user's own (File ▸ Scripts).
    SCRIPTS = "scripts"


#: Pages on which the two people are talking: entering them from elsewhere turns on Shared
#: screen (unless the owner has switched that default off).
TALKING_PAGES = frozenset({Page.CONVERSATION, Page.DEEPER, Page.WRAP_UP})

#: Pages of a conversation being set up or held, from last time's leftovers to the
#: wrap-up: search and the other pages wait until it is over.
CONVERSATION_PAGES = frozenset(
    {Page.CARRY_FORWARD, Page.GROUND_RULES, Page.CHECK_IN} | TALKING_PAGES
)

#: How a controller asks the window to bring a page forward.
ShowPage = Callable[[Page], None]
