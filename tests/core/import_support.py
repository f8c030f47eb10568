"""Helpers the importer's tests share: import a small list, read it back, find a reason."""

from textwrap import dedent

from belonging.core.scripts.importing import ImportResult, import_question_list
from belonging.core.scripts.model import Script
from belonging.core.scripts.parser import parse_script


def imported(markdown: str, **kwargs) -> ImportResult:
    """`markdown` (dedented) imported as the file `questions.md`."""
    return import_question_list(dedent(markdown), source_name="questions.md", **kwargs)


def parsed(result: ImportResult) -> Script:
    """The imported script read back by our parser, which must accept it."""
    return parse_script(result.markdown, file="imported.md")


def prompt_texts(result: ImportResult) -> list[str]:
    """Every prompt's text, level after level."""
    return [prompt.text for level in result.levels for prompt in level.prompts]


def reason(result: ImportResult, line: int) -> str:
    """Why the thing on `line` of the source was left out; fails when it was not."""
    reasons = [entry.reason for entry in result.left_out if entry.line == line]
    assert reasons, f"nothing on line {line} was reported as left out: {result.left_out}"
    return reasons[0]


def prompt_at(result: ImportResult, line: int):
    """The imported prompt from `line` of the source."""
    return next(p for level in result.levels for p in level.prompts if p.line == line)
