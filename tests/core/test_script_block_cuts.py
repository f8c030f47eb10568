"""Runs of rules and underlined headings are read in linear time, and mean what they meant."""

import contextlib
from xml.etree import ElementTree

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.core.scripts import block_cuts, blocks
from belonging.core.scripts.model import ScriptError
from belonging.core.scripts.parser import parse_script
from belonging.core.scripts.report import MAX_TOLD


def _tree(text: str, *, cut: bool) -> str:
    """Python-Markdown's block tree for `text`, with or without the cutter, as a string."""
    md = markdown.Markdown()
    md.preprocessors.deregister("html_block")
    if cut:
        block_cuts.install(md.parser)
    lines = text.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    return ElementTree.tostring(md.parser.parseDocument(lines).getroot(), encoding="unicode")


_LINES = st.sampled_from(
    [
        "# h", "## h2", "#", "# a\\", "text ##", "---", "--", "-", "***", "* * *", "___", "===",
        "=", "  ---", "   ***", "    ---", "    # h", "- item", "* item", "1. one", "   - sub",
        "    - nested", "- # h", "    code", "        deeper", "> quote", "> ---", "> # q",
        "para", "[r]: http://x", "\t- tab", "", "", "  ",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_LINES, st.text(max_size=6)), max_size=16).map("\n".join))
def test_cutting_blocks_never_changes_what_a_page_means(text):
    """Every page, nested lists, quotes and code included, reads to the same tree with the
    cutter as with Python-Markdown alone."""
    assert _tree(text, cut=True) == _tree(text, cut=False)


@pytest.mark.parametrize(
    ("block", "pieces"),
    [
        ("a\nb", ["a\nb"]),
        ("---\n---\n---", ["---\n---", "---"]),
        ("A\n---\nB\n===\nC", ["A\n---", "B\n===", "C"]),
        ("a\nb\n---\nc", ["a\nb", "---", "c"]),
        ("# h\n***\n    code\n***", ["# h", "***", "    code\n***"]),
        ("- a\n# b\n- c", ["- a", "# b", "- c"]),
    ],
)
def test_a_block_is_cut_where_python_markdown_cuts_it(block, pieces):
    """Headings, underlined headings and rules are cut off; an indented rest stays whole."""
    assert block_cuts.cut_block(block) == pieces


def _work_on(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters the script reader's block processors are handed to test, in all,
    while `text` is read (Python-Markdown's work grows with it)."""
    md = blocks._structure_reader()
    handed: list[int] = []
    for processor in md.parser.blockprocessors:

        def counting(parent, block, _test=processor.test):
            handed.append(len(block))
            return _test(parent, block)

        monkeypatch.setattr(processor, "test", counting)
    with contextlib.suppress(ScriptError):  # the work is what is measured, not the outcome
        parse_script(text, file="hostile.md", script_id="hostile")
    monkeypatch.undo()
    return sum(handed)


_HEAD = "# Hostile\n\n## Level\n\n- What?\n\n"


@pytest.mark.parametrize("unit", ["---\n", "***\n", "Level\n-----\n", "Level\n=====\n", "# h\n"])
def test_runs_of_rules_and_headings_take_work_in_proportion_to_their_length(unit, monkeypatch):
    """A block of thousands of rules or underlined headings with no blank line between them
    costs the reader work in proportion to its length, not its square (before, half a
    megabyte took an hour): four times the lines, at most about four times the work."""
    small = _HEAD + unit * 1_000
    large = _HEAD + unit * 4_000
    small_work = _work_on(small, monkeypatch)
    large_work = _work_on(large, monkeypatch)
    assert large_work < 5 * small_work
    assert large_work < 40 * len(large)


def test_a_hostile_file_of_underlined_headings_is_refused_with_a_short_clear_list():
    """A file of 20,000 underlined headings is refused with the first problems by line and
    one count of the rest, not twenty thousand lines."""
    text = _HEAD + "Again\n-----\n" * 20_000
    with pytest.raises(ScriptError) as refused:
        parse_script(text, file="hostile.md", script_id="hostile")
    diagnostics = refused.value.diagnostics
    assert len(diagnostics) <= MAX_TOLD + 1
    assert diagnostics[0].line == 7
    assert diagnostics[0].message == 'level "Again" has no prompts; put a list of them under it'
    assert diagnostics[-1].message.startswith("and ")
    assert "more problems from here on" in diagnostics[-1].message


def test_a_long_run_of_rules_between_prompts_changes_nothing():
    """Thousands of rules under a level are only rules: the script keeps its prompts."""
    text = _HEAD + "***\n" * 20_000 + "\n- And now?\n"
    script = parse_script(text, file="rules.md", script_id="rules")
    assert [p.text for p in script.levels[0].prompts] == ["What?", "And now?"]
