"""Fixtures for the window's tests: settings in a temporary data folder, the theme, the main
window, and every page filled with a real built-in script and two people."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTextEdit, QWidget

from belonging.application.rows import (
    OWNER,
    PARTNER,
    FollowUpDraft,
    NoteLine,
    PairRow,
    Participant,
)
from belonging.core.markdown_render import plain_text
from belonging.core.scripts.library import ScriptLibrary
from belonging.ui.app import configure_application
from belonging.ui.main_window import MainWindow
from belonging.ui.script_rows import script_row
from belonging.ui.settings import Settings
from belonging.ui.source_plurals import install_source_plurals
from belonging.ui.theme import ThemeManager
from belonging.ui.widgets.save_status import SaveState
from support.continuity_samples import fill_continuity_pages

SAM = Participant(OWNER, "Sam", "Manager")


ALEX = Participant(PARTNER, "Alex", "Report")


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """Counted strings in English ("1 conversation", "2 conversations"), as the app has them
    from its start (`configure_application`)."""
    return install_source_plurals(qapp)


@pytest.fixture
def settings(data_dir) -> Settings:
    """Settings kept in the test's data folder."""
    return Settings(data_dir)


@pytest.fixture
def theme(qapp):
    """The theme manager on the test application, light, normal text; restored after."""
    # Widgets earlier tests let go of are deleted now, not while the theme re-polishes them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    configure_application(qapp)
    manager = ThemeManager(qapp)
    manager.set_scheme_override(None)
    manager.apply()
    yield manager
    manager.set_larger_text(False)
    manager.set_scheme_override(None)
    manager.deleteLater()


@pytest.fixture
def window(qtbot, settings, theme) -> MainWindow:
    """The main window, shown, as `run_app` builds it but without the event loop."""
    main_window = MainWindow(settings, theme)
    qtbot.addWidget(main_window)
    with qtbot.waitExposed(main_window):
        main_window.show()
    return main_window


@pytest.fixture(scope="session")
def library() -> ScriptLibrary:
    """The built-in scripts."""
    return ScriptLibrary(None)


@pytest.fixture
def filled_window(window, library) -> MainWindow:
    """The main window with every page showing what a real conversation would show."""
    fill_pages(window, library)
    return window


def fill_pages(window: MainWindow, library: ScriptLibrary) -> None:
    """Puts two people, the library and a real prompt on every page of `window`."""
    rows = [script_row(script) for script in library.scripts]
    pairs = [
        PairRow(
            "p1", "Sam", "Alex", "Manager", "Report", date(2025, 3, 12), "Defining moments", 2, 2
        ),
        PairRow("p2", "Sam", "Jordan", "Mentor", "Mentee", None, "", 0, None),
    ]
    window.home.set_pairs(pairs)
    window.home.set_scripts(rows)
    window.home.show_resume_banner(
        "Defining moments with Alex", "You stopped at level 2 of 5, on 12 March at 10:40."
    )
    window.setup.set_pairs(pairs)
    window.setup.set_scripts(rows)
    window.setup.select_script("defining-moments")
    window.setup.set_depth_suggestion(2, "Last time you were both comfortable at level 2.")

    script = library.get("defining-moments")
    window.ground_rules.set_people(SAM, ALEX)
    window.ground_rules.set_introduction(script.introduction_html, plain_text(script.introduction))
    window.check_in.set_people(SAM, ALEX)

    level = script.level(2)
    prompt = level.prompts[0]
    view = window.conversation
    view.set_level(2, len(script.levels), level.title, level.guidance_html)
    view.set_level_time(6, level.minutes)
    view.show_prompt(prompt.html, plain_text(prompt.text), "Alex", "Sam", prompt.follow_ups)
    view.set_pacing_hint("You have time for one or two more at this level.")
    view.set_notes(
        "Alex: the summer at the **bakery** taught her to love early mornings.",
        "We both started in jobs we did not choose.",
        "Ask about the move to Lyon next time.",
    )
    view.set_save_state(SaveState.SAVED)

    window.deeper.set_people(SAM, ALEX)
    deeper = script.level(3)
    window.deeper.set_crossroads(
        (3, len(script.levels), deeper.title, deeper.guidance_html), "level_done", True
    )
    window.deeper.set_comfort_note("Last time you were both comfortable at level 2.")

    wrap_up = window.wrap_up
    wrap_up.set_people(SAM, ALEX, ALEX.key)
    wrap_up.set_closing_prompt(f"<p>{script.closing}</p>", script.closing or "")
    wrap_up.set_note_lines(
        [
            NoteLine(1, "Alex's summer at the bakery: early mornings", "A high point"),
            NoteLine(2, "We both started in jobs we did not choose", "The whole conversation"),
            NoteLine(3, "Sam's year abroad, and why it ended early", "A turning point"),
        ]
    )
    wrap_up.set_follow_ups(
        [FollowUpDraft("f1", "Send Alex the article on career changes", OWNER, date(2025, 3, 19))]
    )
    fill_continuity_pages(window)


def _visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a person (or a screen reader) could read in `root` right now."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return [text for text in texts if text]


@pytest.fixture
def visible_texts():
    """A function: the texts readable on screen in a widget (hidden widgets excluded)."""
    return _visible_texts


@pytest.fixture
def choose(qtbot):
    """A function that clicks a radio button or check box on its mark, as a person would
    (Qt only counts clicks on the mark and its text, not the empty width beside them)."""

    def click(button: QAbstractButton) -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, button.height() // 2))

    return click
