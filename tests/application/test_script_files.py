"""The user's own script files: an import kept, renamed, removed and taken back, as the
window and the command line both ask for it; built-in scripts are never touched."""

from pathlib import Path

import pytest

from belonging.application.script_files import (
    IdTakenError,
    ListNotTextError,
    ListTooLargeError,
    NotOwnScriptError,
    ScriptFileExistsError,
    free_script_id,
    import_file,
    keep_import,
    remove_script,
    rename_script,
    restore_script,
    script_rows,
)
from belonging.core.scripts.frontmatter import MAX_SCRIPT_BYTES
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.retitle import TitleError, with_title

QUESTIONS = """\
# Walking questions

## Surface
- What did you see on your way in?
- Tell me about your favourite walk.

## Deep
- Where do you go when you need to think?
"""


@pytest.fixture
def library(tmp_path) -> ScriptLibrary:
    """The built-in scripts and an empty folder of the user's own."""
    return ScriptLibrary(tmp_path / "data")


def _kept(library: ScriptLibrary, tmp_path: Path, text: str = QUESTIONS, name: str = "walk.md"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    script = keep_import(library, import_file(source, library=library))
    library.reload()
    return script


def test_an_imported_list_is_kept_as_a_script_the_library_then_offers(library, tmp_path):
    """Keeping an import writes `<id>.md` in the user's folder; reloaded, the library has it."""
    script = _kept(library, tmp_path)
    assert script.source == library.user_dir / "walking-questions.md"
    offered = library.get("walking-questions")
    assert offered is not None and not offered.builtin
    assert [level.title for level in offered.levels] == ["Surface", "Deep"]


def test_the_same_list_imported_twice_gets_a_free_id_instead_of_a_clash(library, tmp_path):
    """A second import of one list is kept beside the first as "walking-questions-2"."""
    _kept(library, tmp_path)
    second = _kept(library, tmp_path)
    assert second.id == "walking-questions-2"
    assert free_script_id(library, "walking-questions") == "walking-questions-3"


def test_keeping_never_overwrites_nor_takes_a_builtin_id(library, tmp_path):
    """An id a built-in script has, or a file already there, stops the keep; nothing written."""
    source = tmp_path / "walk.md"
    source.write_text(QUESTIONS, encoding="utf-8")
    with pytest.raises(IdTakenError) as taken:
        keep_import(library, import_file(source, script_id="defining-moments"))
    assert taken.value.builtin
    library.user_dir.mkdir(parents=True)
    (library.user_dir / "mine.md").write_text("not mine to lose", encoding="utf-8")
    with pytest.raises(ScriptFileExistsError):
        keep_import(library, import_file(source, script_id="mine"))
    assert (library.user_dir / "mine.md").read_text(encoding="utf-8") == "not mine to lose"


def test_a_list_too_large_or_not_text_is_told_by_its_facts(tmp_path):
    """Reading refuses a file over the limit and names the first byte that is not UTF-8."""
    big = tmp_path / "big.md"
    big.write_bytes(b"- Why?\n" * (2 * MAX_SCRIPT_BYTES // 7))
    with pytest.raises(ListTooLargeError) as too_large:
        import_file(big)
    assert too_large.value.limit_text == "1 MiB"
    latin = tmp_path / "latin.md"
    latin.write_bytes(b"# Q\n\n- caf\xe9?\n")
    with pytest.raises(ListNotTextError) as not_text:
        import_file(latin)
    assert (not_text.value.byte, not_text.value.line) == (0xE9, 3)


def test_renaming_changes_only_the_title_line(library, tmp_path):
    """A new title is written in the front matter; the id, prompts and the rest stay."""
    script = _kept(library, tmp_path)
    before = script.source.read_text(encoding="utf-8")
    renamed = rename_script(library, script.id, "Questions for a walk")
    after = script.source.read_text(encoding="utf-8")
    assert renamed.id == script.id
    assert library.get(script.id).title == "Questions for a walk"
    changed = [(a, b) for a, b in zip(before.split("\n"), after.split("\n"), strict=True) if a != b]
    assert changed == [("title: Walking questions", "title: Questions for a walk")]
    assert not list(library.user_dir.glob(".*"))  # no temporary file left behind


def test_removing_deletes_the_file_and_restoring_puts_it_back_byte_for_byte(library, tmp_path):
    """A removal takes the script out of the library; Undo brings back the very same file."""
    script = _kept(library, tmp_path)
    data = script.source.read_bytes()
    removed = remove_script(library, script.id)
    assert not script.source.exists()
    assert library.get(script.id) is None
    restore_script(library, removed)
    assert script.source.read_bytes() == data
    assert library.get(script.id).title == "Walking questions"


def test_built_in_scripts_cannot_be_renamed_or_removed(library):
    """Only the user's own scripts change; a built-in one is refused by its id."""
    with pytest.raises(NotOwnScriptError) as refused:
        remove_script(library, "defining-moments")
    assert refused.value.builtin
    with pytest.raises(NotOwnScriptError):
        rename_script(library, "defining-moments", "Mine now")
    assert library.get("defining-moments").title == "Defining moments"


def test_rows_list_built_in_scripts_first_then_own_ones_with_their_file(library, tmp_path):
    """The Scripts page's rows: every built-in script (no file shown), then the user's own."""
    script = _kept(library, tmp_path)
    rows = script_rows(library)
    assert [row.builtin for row in rows] == sorted((row.builtin for row in rows), reverse=True)
    own = rows[-1]
    assert (own.script_id, own.level_count, own.prompt_count) == (script.id, 2, 3)
    assert own.path == script.source
    assert all(row.path is None for row in rows if row.builtin)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "---\ntitle: Old\nid: x\n---\n\n## L\n",
            '---\ntitle: New: a "fresh" one\nid: x\n---\n\n## L\n',
        ),
        ("---\nid: x\n---\n# Old\n", '---\ntitle: New: a "fresh" one\nid: x\n---\n# Old\n'),
        ("# Old\n\n## L\n", '---\ntitle: New: a "fresh" one\n---\n\n# Old\n\n## L\n'),
        ("---\r\ntitle: Old\r\n---\r\n", '---\r\ntitle: New: a "fresh" one\r\n---\r\n'),
    ],
)
def test_a_new_title_is_written_where_the_parser_reads_it(text, expected):
    """Front matter gains or changes its title line; a file without any gains front matter."""
    assert with_title(text, 'New: a "fresh" one') == expected


def test_a_title_without_words_is_refused():
    """An empty or blank title is not written."""
    with pytest.raises(TitleError):
        with_title("# Old\n", "   ")
