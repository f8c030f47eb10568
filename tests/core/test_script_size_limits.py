"""Script files and question lists beyond the size limit are refused at once; the largest
allowed ones are read in time linear in their size."""

import time
from pathlib import Path

import pytest

from belonging.core.scripts import parser
from belonging.core.scripts.frontmatter import MAX_SCRIPT_BYTES
from belonging.core.scripts.importing import importer
from belonging.core.scripts.importing.importer import import_question_list
from belonging.core.scripts.model import ScriptError, Severity
from belonging.core.scripts.parser import parse_script, validate_script_file

_WORDS = [
    "what",
    "when",
    "how",
    "did",
    "you",
    "your",
    "team",
    "learn",
    "feel",
    "proud",
    "moment",
    "story",
    "hard",
    "change",
    "grow",
]


def _question_list(size: int) -> str:
    """A question list of about `size` bytes: a title, then sections of fifty questions."""
    lines = ["# Many questions", ""]
    total, number = 0, 0
    while total < size:
        if number % 50 == 0:
            lines += ["", f"## Part {number // 50 + 1}", ""]
        words = [_WORDS[(number * 7 + k * 3) % len(_WORDS)] for k in range(4 + number % 9)]
        lines.append(f"- {' '.join(words).capitalize()} {number}?")
        total += len(lines[-1]) + 1
        number += 1
    return "\n".join(lines) + "\n"


def _import_and_parse(text: str) -> int:
    """Imports `text` and reads the result back as the command does; returns its prompt count."""
    result = import_question_list(text, source_name="questions.md")
    return parse_script(result.markdown, file="q.md", script_id=result.script_id).prompt_count


def test_a_question_list_over_the_limit_is_refused_before_it_is_read(monkeypatch):
    """Ten megabytes of questions are refused, naming size and limit, without being parsed."""

    def never_read(text):
        raise AssertionError("the text was read")

    monkeypatch.setattr(importer, "read_outline", never_read)
    with pytest.raises(ScriptError) as refused:
        import_question_list("- Why?\n" * (10 * MAX_SCRIPT_BYTES // 7), source_name="big.md")
    (diagnostic,) = refused.value.diagnostics
    assert diagnostic.message == "the text is 10 MiB, more than the 1 MiB a script can be"


def test_the_largest_question_list_allowed_imports_in_time_linear_in_its_size():
    """A list as large as an import can hold once written in our format (a third of the
    limit, some 7,000 questions: each prompt gains its topic line) imports and reads back
    whole, taking no longer per byte than a list a sixteenth its size (before the fix, ten
    megabytes took 75 s)."""
    largest = _question_list(MAX_SCRIPT_BYTES // 3)
    small = largest[: len(largest) // 16].rsplit("\n", 1)[0] + "\n"
    began = time.perf_counter()
    small_count = _import_and_parse(small)
    small_time = time.perf_counter() - began
    began = time.perf_counter()
    count = _import_and_parse(largest)
    largest_time = time.perf_counter() - began
    assert count == largest.count("\n- ")
    assert small_count == small.count("\n- ")
    assert largest_time < 3 * 16 * small_time


def test_validating_a_file_over_the_limit_reads_no_more_than_the_limit(tmp_path, monkeypatch):
    """A 10 MiB script file is one error, found from its first mebibyte and a byte."""
    path = tmp_path / "big.md"
    with path.open("wb") as file:
        file.truncate(10 * MAX_SCRIPT_BYTES)
    asked: list[int] = []
    real_read_start = parser.read_start

    def counting_read_start(file_path: Path, count: int) -> bytes:
        asked.append(count)
        return real_read_start(file_path, count)

    monkeypatch.setattr(parser, "read_start", counting_read_start)
    (diagnostic,) = validate_script_file(path)
    assert diagnostic.severity is Severity.ERROR
    assert "larger than 1024 KiB" in diagnostic.message
    assert asked == [MAX_SCRIPT_BYTES + 1]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_validating_an_endless_device_ends():
    """`validate /dev/zero` reports a file too large instead of reading for ever."""
    (diagnostic,) = validate_script_file(Path("/dev/zero"))
    assert "larger than 1024 KiB" in diagnostic.message
