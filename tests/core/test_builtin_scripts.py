"""The scripts shipped with the app meet the bar every script author is held to, and more."""

import re

import pytest

from belonging.core.scripts.parser import load_script_file, read_script, validate_script_file
from belonging.resources import builtin_scripts_dir

SCRIPT_FILES = sorted(p for p in builtin_scripts_dir().glob("*.md") if p.name != "README.md")


def test_there_are_enough_builtin_scripts_and_prompts():
    """At least six scripts and 150 prompts ship, so there is real choice from day one."""
    assert len(SCRIPT_FILES) >= 6
    assert sum(load_script_file(p, builtin=True).prompt_count for p in SCRIPT_FILES) >= 150


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_builtin_script_has_no_errors_or_warnings(path):
    """Each built-in validates cleanly: no error, and no warning an author would be shown."""
    problems = [str(d) for d in validate_script_file(path)]
    assert problems == []


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_builtin_script_goes_deeper_gradually_and_safely(path):
    """3–5 levels, guidance on each, a Lighter on every deep prompt, and a closing prompt."""
    script = load_script_file(path, builtin=True)
    assert 3 <= len(script.levels) <= 5
    assert all(level.guidance.strip() for level in script.levels)
    for level in script.levels[-2:]:
        assert all(prompt.lighter for prompt in level.prompts), level.title
    assert script.closing
    assert script.id == path.stem
    assert script.summary


def test_readme_example_is_a_valid_script():
    """The example in the authors' reference parses without a single problem."""
    readme = (builtin_scripts_dir() / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    script, diagnostics = read_script(example.group(1), file="README example")
    assert diagnostics == []
    assert script is not None
