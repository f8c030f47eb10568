"""Windows as tall as their words: wrapped text needs more height the narrower it is set.

A dialog opens at its minimum size when its preferred one does not fit the screen (two thirds
of it, as Qt decides), and its minimum is worked out for its widest layout, so wrapped
paragraphs in a narrower dialog are squeezed and cut. Larger text and longer languages make it
likely; growing the window to the height its layout asks at its width puts it right.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Makes `window` at least as tall as its layout needs at its present width."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
