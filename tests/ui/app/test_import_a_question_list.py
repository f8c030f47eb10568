"""File ▸ Import a question list…: a list written by someone else is previewed (its levels,
its prompts, what was left out and why), put in order, kept only when asked, and a
conversation starts with it — with the keyboard, as a mentor would."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.ui.main_window import Page
from support.flow import click, prompt_words, window_of

_SPANISH = """\
# Preguntas para conocernos

## Primera ronda
- ¿Cuál es tu comida favorita?
- Cuéntame de tu primer trabajo.

## Segunda ronda
- ¿Qué te hace sentir orgulloso?
- ¿Qué puedo hacer para ayudarte?

Gracias por participar. Visita nuestra web.
"""

_TOPICS = """\
# Team questions

## Apples
- What do you like about apples?
- Tell me about an orchard you visited.

## Pears
- Which pear is best?
- What would you cook with a pear?
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(qtbot, app, path: Path):
    """File ▸ Import a question list…, the file chooser answered with `path`."""
    app.navigator.importer.choose_file = lambda _parent: path
    window_of(app).import_list_action.trigger()
    dialog = app.navigator.importer.dialog
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is not dialog.reading_page)
    return dialog


def _press_space_on_focus(qtbot) -> None:
    """Presses Space on the focused control, as a keyboard user would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Space)


def _levels(dialog) -> list[str]:
    tree = dialog.levels_tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_list_is_previewed_then_kept_and_a_conversation_starts_with_it(
    qtbot, start_app, tmp_path, shooter
):
    """The preview shows the rounds as levels, the one-way question and the left-out line;
    nothing is written until Keep; Start opens set-up on the new script, whose first prompt
    is the list's first question."""
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    window = window_of(app)
    window.resize(1280, 720)
    path = _write(tmp_path / "lists", "preguntas.md", _SPANISH)

    dialog = _import(qtbot, app, path)
    assert dialog.steps.currentWidget() is dialog.preview_page
    assert dialog.title_label.text() == "Preguntas para conocernos"
    assert "Levels: 2 · Prompts: 4" in dialog.facts_label.text()
    levels = _levels(dialog)
    assert levels[0].startswith("1. Primera ronda") and levels[1].startswith("2. Segunda ronda")
    asked = dialog.levels_tree.topLevelItem(1).child(1).text(0)
    assert asked.startswith("¿Qué puedo hacer para ayudarte?")
    assert "asked by the leader only" in asked
    assert not dialog.guess_banner.isVisible()
    assert dialog.tabs.tabText(2).replace("&", "") == "Left out: 1"
    left = dialog.left_out_tree.topLevelItem(0)
    assert (left.text(0), left.text(2)) == ("11", "Gracias por participar. Visita nuestra web.")
    shooter.shoot(dialog, "import-preview")
    window.set_larger_text(True)
    shooter.shoot(dialog, "import-preview-larger-text")
    dialog.tabs.setCurrentIndex(2)
    shooter.shoot(dialog, "import-left-out-larger-text")
    dialog.tabs.setCurrentIndex(1)
    shooter.shoot(dialog, "import-headings-larger-text")
    dialog.tabs.setCurrentIndex(0)
    window.set_larger_text(False)
    assert not (data_dir / "scripts").exists() or not any((data_dir / "scripts").iterdir())

    assert QApplication.focusWidget() is dialog.keep_button
    _press_space_on_focus(qtbot)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.kept_page)
    kept = data_dir / "scripts" / "preguntas-para-conocernos.md"
    assert "¿Cuál es tu comida favorita?" in kept.read_text(encoding="utf-8")
    assert "Preguntas para conocernos" in dialog.kept_title.text()
    shooter.shoot(dialog, "import-kept")

    assert QApplication.focusWidget() is dialog.start_button
    _press_space_on_focus(qtbot)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    assert setup.script_list.currentItem().text().startswith("Preguntas para conocernos")
    if setup.new_people_radio.isVisible():
        click(qtbot, setup.new_people_radio)
    qtbot.keyClicks(setup.owner_name_edit, "Sam")
    qtbot.keyClicks(setup.partner_name_edit, "Alex")
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    click(qtbot, window.check_in.skip_button)
    assert window.current_page() is Page.CONVERSATION
    assert prompt_words(window) == "¿Cuál es tu comida favorita?"
    shooter.keep()


def test_topic_headings_taken_as_levels_and_put_in_order_before_keeping(qtbot, start_app, tmp_path):
    """Headings that name topics become topics; ticked as levels, the order is said to be a
    guess, and moving a level up changes the order the kept script has."""
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    dialog = _import(qtbot, app, _write(tmp_path / "lists", "team.md", _TOPICS))
    assert len(_levels(dialog)) == 1
    assert "No heading names a depth" in dialog.notes_label.text()
    assert "topics: apples" in dialog.levels_tree.topLevelItem(0).child(0).text(0)

    dialog.tabs.setCurrentIndex(1)
    headings = dialog.headings_list
    headings.setFocus()
    for row in range(2):
        headings.setCurrentRow(row)
        qtbot.keyClick(headings, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.keep_button.isEnabled())
    qtbot.waitUntil(lambda: len(_levels(dialog)) == 2)
    assert dialog.chosen_level_lines() == [3, 7]
    assert dialog.guess_banner.isVisible()

    dialog.tabs.setCurrentIndex(0)
    dialog.levels_tree.setCurrentItem(dialog.levels_tree.topLevelItem(1))
    assert not dialog.move_down_button.isEnabled()
    click(qtbot, dialog.move_up_button)
    levels = _levels(dialog)
    assert levels[0].startswith("1. Pears") and levels[1].startswith("2. Apples")
    assert not dialog.guess_banner.isVisible()

    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.kept_page)
    text = (data_dir / "scripts" / "team-questions.md").read_text(encoding="utf-8")
    assert text.index("## Pears") < text.index("## Apples")
    click(qtbot, dialog.kept_close_button)
    assert not dialog.isVisible()
    assert "team-questions" in [s.id for s in app.services.workspace.library.scripts]


def test_a_page_with_no_questions_is_refused_and_another_file_can_be_chosen(
    qtbot, start_app, tmp_path, shooter
):
    """A file with nothing to ask says so plainly and keeps nothing; "Choose another
    file…" previews the next one in the same dialog."""
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    lists = tmp_path / "lists"
    dialog = _import(qtbot, app, _write(lists, "shopping.md", "# Shopping\n\nMilk and eggs.\n"))
    assert dialog.steps.currentWidget() is dialog.problem_page
    assert "Nothing in shopping.md reads as a prompt" in dialog.problem_label.text()
    shooter.shoot(dialog, "import-problem")
    assert not (data_dir / "scripts").exists() or not any((data_dir / "scripts").iterdir())

    app.navigator.importer.choose_file = lambda _parent: _write(lists, "team.md", _TOPICS)
    assert QApplication.focusWidget() is dialog.problem_another_button
    _press_space_on_focus(qtbot)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.preview_page)
    assert dialog.title_label.text() == "Team questions"
    shooter.keep()
