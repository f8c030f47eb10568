"""The script library: built-in and user scripts together, with problems told, never hidden."""

import textwrap
from pathlib import Path

from belonging.core.scripts.library import ScriptLibrary
from belonging.paths import user_scripts_dir
from belonging.resources import builtin_scripts_dir


def _script_text(script_id: str, title: str) -> str:
    """A small valid script with this id and title."""
    return textwrap.dedent(
        f"""\
        ---
        id: {script_id}
        title: {title}
        ---

        ## Only level

        > Go gently.

        - What brought you here, {title}?
            - Lighter: What did you have for breakfast?
        """
    )


def _write(folder: Path, name: str, text: str) -> Path:
    """Writes `text` to `folder/name`, creating the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_and_user_scripts_are_loaded_together(tmp_path):
    """User scripts sit next to the built-in ones, each marked with where it came from."""
    builtin = tmp_path / "builtin"
    _write(builtin, "alpha.md", _script_text("alpha", "Alpha"))
    _write(builtin, "README.md", "# Not a script\n")
    data_dir = tmp_path / "data"
    _write(user_scripts_dir(data_dir), "mine.md", _script_text("mine", "Mine"))

    library = ScriptLibrary(data_dir, builtin_dir=builtin)

    assert [s.id for s in library.scripts] == ["alpha", "mine"]
    assert library.get("alpha").builtin is True
    assert library.get("mine").builtin is False
    assert library.get("mine").source == user_scripts_dir(data_dir) / "mine.md"
    assert library.get("missing") is None
    assert library.problems == ()


def test_scripts_are_sorted_by_title(tmp_path):
    """The list reads alphabetically by what people see, not by file name."""
    builtin = tmp_path / "builtin"
    _write(builtin, "a.md", _script_text("a", "Zebra talk"))
    _write(builtin, "b.md", _script_text("b", "apple talk"))
    assert [s.title for s in ScriptLibrary(None, builtin_dir=builtin).scripts] == [
        "apple talk",
        "Zebra talk",
    ]


def test_a_user_script_cannot_shadow_a_builtin_id(tmp_path):
    """The built-in wins an id clash, and the clash is reported naming both files."""
    builtin = tmp_path / "builtin"
    original = _write(builtin, "shared.md", _script_text("shared", "Original"))
    data_dir = tmp_path / "data"
    impostor = _write(user_scripts_dir(data_dir), "copy.md", _script_text("shared", "Impostor"))

    library = ScriptLibrary(data_dir, builtin_dir=builtin)

    assert library.get("shared").title == "Original"
    (problem,) = library.problems
    assert problem.file == str(impostor)
    assert str(original) in problem.message
    assert "shared" in problem.message


def test_two_user_scripts_with_one_id_keep_the_first_and_report_the_second(tmp_path):
    """Between two user files, the first by name wins and the other is reported."""
    folder = user_scripts_dir(tmp_path / "data")
    first = _write(folder, "a.md", _script_text("same", "First"))
    second = _write(folder, "b.md", _script_text("same", "Second"))
    library = ScriptLibrary(tmp_path / "data", builtin_dir=tmp_path / "none")
    assert library.get("same").title == "First"
    (problem,) = library.problems
    assert (problem.file, str(first) in problem.message) == (str(second), True)


def test_a_broken_file_is_reported_and_the_rest_still_load(tmp_path):
    """One bad file never hides the good ones; its errors are in `problems` with lines."""
    folder = user_scripts_dir(tmp_path / "data")
    _write(folder, "good.md", _script_text("good", "Good"))
    broken = _write(folder, "broken.md", "---\ntitle: Broken\n---\n\n## Level\n")
    (folder / "binary.md").write_bytes(b"\xff\xfe")
    library = ScriptLibrary(tmp_path / "data", builtin_dir=tmp_path / "none")
    assert [s.id for s in library.scripts] == ["good"]
    files = {problem.file for problem in library.problems}
    assert files == {str(broken), str(folder / "binary.md")}
    assert any(p.line == 5 and "no prompts" in p.message for p in library.problems)


def test_reload_sees_new_user_scripts(tmp_path):
    """After an import, reload() picks the new file up without a new library."""
    library = ScriptLibrary(tmp_path / "data", builtin_dir=tmp_path / "none")
    assert len(library) == 0
    _write(user_scripts_dir(tmp_path / "data"), "new.md", _script_text("new", "New"))
    library.reload()
    assert "new" in library


def test_default_library_holds_the_builtin_scripts():
    """With no folder given, the built-in folder of the app is read, its README skipped."""
    library = ScriptLibrary(None)
    assert library.builtin_dir == builtin_scripts_dir()
    expected = {p.stem for p in builtin_scripts_dir().glob("*.md") if p.name != "README.md"}
    assert {s.id for s in library.scripts} | {Path(p.file).stem for p in library.problems} == (
        expected
    )
    assert all(s.builtin for s in library.scripts)
