"""Every page rendered to PNG in light and dark, as people will see it.

The images go to a temporary folder; set BELONGING_SCREENSHOTS=DIR to keep a copy (to look
at them, or to pick the ones for packaging/screenshots/).
"""

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from belonging.ui.main_window import Page
from belonging.ui.theme_source import Scheme, read_theme


def _save(widget, folder: Path, name: str) -> Path:
    QApplication.processEvents()  # let pending layout requests settle, as the event loop would
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path


@pytest.mark.parametrize("scheme", list(Scheme))
def test_every_page_renders_in_the_theme(filled_window, theme, scheme, tmp_path):
    """Each page, and the paused, stepped-back and shared-screen states, render in both
    schemes, on the theme's own background colour."""
    theme.set_scheme_override(scheme)
    background = QColor(read_theme(scheme).colours["window"])
    folder = tmp_path / "screens"
    folder.mkdir()
    saved = []
    for page in Page:
        filled_window.show_page(page)
        filled_window.set_shared_screen(False)
        path = _save(filled_window, folder, f"{page.value}-{scheme.value}")
        saved.append(path)
        image = filled_window.grab().toImage()
        corner = image.pixelColor(4, image.height() - 4)
        assert corner == background, f"{page} does not sit on the {scheme} background"

    view = filled_window.conversation
    filled_window.show_page(Page.CONVERSATION)
    filled_window.set_shared_screen(True)
    saved.append(_save(filled_window, folder, f"conversation-shared-screen-{scheme.value}"))
    view.show_paused()
    view.set_paused_elapsed(4 * 60 + 10)
    saved.append(_save(filled_window, folder, f"conversation-paused-{scheme.value}"))
    view.show_resumed()
    view.show_step_back()
    saved.append(_save(filled_window, folder, f"conversation-too-much-{scheme.value}"))
    view.show_prompt(
        "<p>What did you want to be when you were ten?</p>",
        "What did you want to be when you were ten?",
        "Sam",
        "Alex",
        ("And now?",),
    )
    filled_window.set_larger_text(True)
    saved.append(_save(filled_window, folder, f"conversation-larger-text-{scheme.value}"))
    filled_window.set_larger_text(False)

    dialog = filled_window.show_shortcuts_help()
    saved.append(_save(dialog, folder, f"keyboard-shortcuts-{scheme.value}"))
    dialog.close()
    filled_window.show_page(Page.WRAP_UP)
    bar = filled_window.wrap_up.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    saved.append(_save(filled_window, folder, f"wrap_up-end-{scheme.value}"))

    assert all(path.stat().st_size > 10_000 for path in saved)
    keep = os.environ.get("BELONGING_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for path in saved:
            shutil.copy(path, Path(keep) / path.name)
